import type { ConsultationStatus } from '@klimaschutz/contracts';
import type { BadgeTone } from '../shared/badges';

export function consultationTone(status: ConsultationStatus): BadgeTone {
  return ({ REQUESTED: 'warning', SCHEDULED: 'info', DONE: 'success', DECLINED: 'muted' } as const)[status];
}
