import type { ClimateCheckStatus, ClimateImpact } from '@klimaschutz/contracts';
import type { BadgeTone } from '../shared/badges';

export function climateCheckTone(status: ClimateCheckStatus): BadgeTone {
  return ({ DRAFT: 'neutral', SUBMITTED: 'info', REVIEWED: 'success' } as const)[status];
}

/** A sign next to each rating so it does not rely on colour: + / = / − / ? */
export const IMPACT_SIGNS: Record<ClimateImpact, string> = { POSITIVE: '+', NEUTRAL: '=', NEGATIVE: '−', UNKNOWN: '?' };
