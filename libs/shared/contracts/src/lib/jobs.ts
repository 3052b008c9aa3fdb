import type { Assessment, MeasureStatus } from './enums';

export type CountsByStatus = Record<MeasureStatus, number>;
export type CountsByAssessment = Record<Assessment, number>;

export interface JobRun {
  id: string;
  slot: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  trigger: 'SCHEDULE' | 'MANUAL';
  triggeredBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  summary: string | null;
  error: string | null;
}

export interface Job {
  name: string;
  /** German description for the admin page. */
  description: string;
  /** Cron expression (Europe/Berlin). */
  schedule: string;
  nextRun: string | null;
  lastRun: JobRun | null;
}

/** What one daily status snapshot records about all active measures. */
export interface SnapshotCounts {
  total: number;
  byStatus: CountsByStatus;
  byAssessment: CountsByAssessment;
  byFieldOfAction: { id: string; code: string; total: number; byStatus: CountsByStatus; byAssessment: CountsByAssessment }[];
  byOrgUnit: { id: string; code: string; total: number; byStatus: CountsByStatus; byAssessment: CountsByAssessment }[];
  averageProgressPercent: number;
  ghg: { targetTPerYear: number; achievedTPerYear: number };
}

export interface TrendPoint extends SnapshotCounts {
  /** `YYYY-MM-DD` */
  day: string;
}
