import type { MeasureStatus } from '@klimaschutz/contracts';
import type { MeasureEntity } from '../measures/measure.entity';
import type { ProgressReportEntity } from './progress-report.entity';

/** Measures in these states are finished; no report is expected of them (unless one came in anyway). */
export const INACTIVE_STATUSES: readonly MeasureStatus[] = ['COMPLETED', 'CANCELLED'];

export const isActive = (m: Pick<MeasureEntity, 'status' | 'archivedAt'>) => !m.archivedAt && !INACTIVE_STATUSES.includes(m.status);

/** The columns the status needs from each report of a period. */
export type PeriodReport = Pick<
  ProgressReportEntity,
  'id' | 'measureId' | 'orgUnitId' | 'state' | 'submittedAt' | 'createdAt' | 'revision' | 'reviewComment' | 'version' | 'updatedAt'
>;
