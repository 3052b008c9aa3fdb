import type { Locale, OrgUnitRef } from './api';
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

export interface SnapshotBucket {
  id: string;
  code: string;
  total: number;
  byStatus: CountsByStatus;
  byAssessment: CountsByAssessment;
  /** Recorded since the cockpit shows GHG figures per field of action; older snapshots lack it. */
  ghg?: { targetTPerYear: number; achievedTPerYear: number };
}

/** What one daily status snapshot records about all active measures. */
export interface SnapshotCounts {
  total: number;
  byStatus: CountsByStatus;
  byAssessment: CountsByAssessment;
  byFieldOfAction: SnapshotBucket[];
  byOrgUnit: SnapshotBucket[];
  averageProgressPercent: number;
  ghg: { targetTPerYear: number; achievedTPerYear: number };
}

/** One day of the trend: the city-wide counts of that day's snapshot. */
export interface TrendPoint extends Omit<SnapshotCounts, 'byFieldOfAction' | 'byOrgUnit'> {
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
  /** Summed GHG figures of the bucket's measures (t CO2e per year). */
  ghg: { targetTPerYear: number; achievedTPerYear: number };
}

/** `GET /dashboard/summary` — the fixed shape of DESIGN.md ("Fixed points"). */
export interface DashboardSummary {
  /** The period the report figures (and, when asked for, the assessments) refer to. */
  reportingPeriod: { id: string; name: string; dueDate: string; closed: boolean } | null;
  /**
   * True when `byAssessment` counts the assessments of that period's accepted reports — always when
   * there is a period (the chosen one or, without a choice, the current one); false only while no
   * reporting period exists, when it counts each measure's current traffic light.
   */
  assessmentsFromPeriod: boolean;
  /** When these figures were read from the database (ISO 8601): the „Stand“ of the basis sentence. */
  asOf: string;
  measures: { total: number; byStatus: CountsByStatus; byAssessment: CountsByAssessment; averageProgressPercent: number };
  byFieldOfAction: SummaryBucket[];
  byOrgUnit: SummaryBucket[];
  reports: {
    expected: number;
    submitted: number;
    accepted: number;
    overdue: number;
    inReview: number;
    revisionRequested: number;
    onTime: number;
    late: number;
    stale: number;
  };
  ghg: { targetTPerYear: number; achievedTPerYear: number };
  trainings: StabsstelleSummary['trainings'];
  consultations: StabsstelleSummary['consultations'];
  climateChecks: StabsstelleSummary['climateChecks'];
}

// ---------------------------------------------------------------- measures that need attention

/**
 * Why a measure shows up on the cockpit's attention list: traffic light red, status delayed, the
 * expected report of the period is overdue, no accepted report for two periods (stale), or an open
 * milestone is past its due date.
 */
export const ATTENTION_REASONS = ['OFF_TRACK', 'DELAYED', 'REPORT_OVERDUE', 'STALE', 'MILESTONE_OVERDUE'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export const ATTENTION_REASON_LABELS: Record<AttentionReason, string> = {
  OFF_TRACK: 'Ampel rot (kritisch)',
  DELAYED: 'verzögert',
  REPORT_OVERDUE: 'Sachstandsmeldung überfällig',
  STALE: 'keine aktuelle Meldung',
  MILESTONE_OVERDUE: 'Meilenstein überfällig',
};

export interface AttentionItem {
  measure: { id: string; code: string; title: string; status: MeasureStatus; assessment: Assessment; progressPercent: number };
  fieldOfAction: { id: string; code: string; name: string };
  leadOrgUnit: OrgUnitRef;
  /** Most serious first. */
  reasons: AttentionReason[];
  overdueMilestones: number;
  /** Name of the period of the last accepted report, if any. */
  lastAcceptedPeriod: string | null;
}

/** `GET /dashboard/attention` — same filters as the summary. */
export interface DashboardAttention {
  reportingPeriod: { id: string; name: string; dueDate: string } | null;
  /** All measures that need attention (the list may be cut to `limit`). */
  total: number;
  /** How many measures carry each reason. */
  counts: Record<AttentionReason, number>;
  /** Most serious first. */
  items: AttentionItem[];
}

const asOfFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * What the traffic lights count, in the words the cockpit and the council report both print beside
 * them, so a figure quoted from either names its basis: the one definition of a measure's traffic
 * light for a period (see docs/features.md, "Cockpit and council report: one set of figures").
 */
export function assessmentBasisText(
  summary: Pick<DashboardSummary, 'reportingPeriod' | 'assessmentsFromPeriod' | 'asOf'>,
  locale: Locale = 'de',
): string {
  const period = summary.reportingPeriod;
  if (locale === 'en') {
    const at = `As of ${asOfFormat.format(new Date(summary.asOf))}.`;
    if (!summary.assessmentsFromPeriod || !period)
      return `Basis of the traffic lights: each measure's current assessment, as no reporting period has been created yet. ${at}`;
    return (
      `Basis of the traffic lights: for each measure, the lead unit's most recently accepted progress report in the reporting period ` +
      `“${period.name}”; measures without an accepted report count as “not assessed”. ${at}`
    );
  }
  const asOf = `Stand ${asOfFormat.format(new Date(summary.asOf))} Uhr.`;
  if (!summary.assessmentsFromPeriod || !period) {
    return `Grundlage der Ampel: die aktuelle Bewertung jeder Maßnahme, denn es ist noch kein Berichtszeitraum angelegt. ${asOf}`;
  }
  return (
    `Grundlage der Ampel: je Maßnahme die zuletzt angenommene Sachstandsmeldung der federführenden Stelle im Berichtszeitraum ` +
    `„${period.name}“; Maßnahmen ohne angenommene Meldung zählen als „nicht bewertet“. ${asOf}`
  );
}
