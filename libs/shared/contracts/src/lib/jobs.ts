import type { Assessment, MeasureStatus } from './enums';
import type { StabsstelleSummary } from './stabsstelle';

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

export interface SummaryBucket {
  id: string;
  code: string;
  name: string;
  total: number;
  byStatus: CountsByStatus;
  byAssessment: CountsByAssessment;
}

/** `GET /dashboard/summary` — the fixed shape of DESIGN.md ("Fixed points"). */
export interface DashboardSummary {
  /** The period the report figures (and, when asked for, the assessments) refer to. */
  reportingPeriod: { id: string; name: string; dueDate: string; closed: boolean } | null;
  /** True when `byAssessment` counts the assessments of that period's accepted reports. */
  assessmentsFromPeriod: boolean;
  measures: { total: number; byStatus: CountsByStatus; byAssessment: CountsByAssessment; averageProgressPercent: number };
  byFieldOfAction: SummaryBucket[];
  byOrgUnit: SummaryBucket[];
  reports: { expected: number; submitted: number; accepted: number; overdue: number; inReview: number; revisionRequested: number; onTime: number; late: number; stale: number };
  ghg: { targetTPerYear: number; achievedTPerYear: number };
  trainings: StabsstelleSummary['trainings'];
  consultations: StabsstelleSummary['consultations'];
  climateChecks: StabsstelleSummary['climateChecks'];
}
