import type { TrainingStatus } from '@klimaschutz/contracts';
import type { BadgeTone } from '../shared/badges';

export function trainingTone(status: TrainingStatus): BadgeTone {
  return ({ PLANNED: 'info', HELD: 'success', CANCELLED: 'muted' } as const)[status];
}
