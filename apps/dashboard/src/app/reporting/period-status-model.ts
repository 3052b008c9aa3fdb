import type { MeasureTimeliness, ReportCounts, Timeliness } from '@klimaschutz/contracts';
import { REPORT_COUNT_LABELS } from '../shared/dashboard-labels';

/** '' = all; a timeliness; or only the measures with the data-quality hint. */
export type MeasureFilter = '' | Timeliness | 'STALE';

export function filterMeasures(rows: readonly MeasureTimeliness[], filter: MeasureFilter): MeasureTimeliness[] {
  if (!filter) return [...rows];
  if (filter === 'STALE') return rows.filter((r) => r.stale);
  return rows.filter((r) => r.timeliness === filter);
}

export interface CountTile {
  key: keyof ReportCounts;
  label: string;
  value: number;
  /** Needs attention (overdue, sent back, stale): tinted and named. */
  alert: boolean;
}

const ALERTING: ReadonlySet<keyof ReportCounts> = new Set(['overdue', 'stale', 'late']);

export function countTiles(counts: ReportCounts): CountTile[] {
  return (Object.keys(REPORT_COUNT_LABELS) as (keyof ReportCounts)[]).map((key) => ({
    key,
    label: REPORT_COUNT_LABELS[key],
    value: counts[key],
    alert: ALERTING.has(key) && counts[key] > 0,
  }));
}

/** Share of expected reports that came in, as a whole percent; `null` when nothing is expected. */
export function receivedShare(counts: Pick<ReportCounts, 'expected' | 'submitted'>): number | null {
  return counts.expected > 0 ? Math.round((counts.submitted / counts.expected) * 100) : null;
}
