import type { ListQuery, OrgUnitRef } from './api';
import type { Assessment, MeasureStatus } from './enums';

/**
 * Reporting periods and Sachstandsmeldungen (progress reports): departments report on the measures
 * their org unit leads or takes part in, climate managers review, accepted reports become the
 * measure's current state and its history.
 */

/** DRAFT → SUBMITTED → ACCEPTED | REVISION_REQUESTED. A revision is a new report that supersedes the old one. */
export const REPORT_STATES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  DRAFT: 'Entwurf',
  SUBMITTED: 'eingereicht',
  ACCEPTED: 'angenommen',
  REVISION_REQUESTED: 'Überarbeitung angefordert',
};

/** A department's own report state for one measure in one period; NONE = nothing written yet. */
export const INBOX_REPORT_STATES = ['NONE', ...REPORT_STATES] as const;
export type InboxReportState = (typeof INBOX_REPORT_STATES)[number];

export const INBOX_REPORT_STATE_LABELS: Record<InboxReportState, string> = {
  NONE: 'noch nicht begonnen',
  ...REPORT_STATE_LABELS,
};

export const REVIEW_DECISIONS = ['ACCEPT', 'REQUEST_REVISION'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  ACCEPT: 'annehmen',
  REQUEST_REVISION: 'Überarbeitung anfordern',
};

/**
 * Whether the expected report of a measure came in time: ON_TIME / LATE (first submission on or
 * before / after the due date), MISSING (nothing submitted and the due date has passed or the
 * period is closed), PENDING (nothing submitted yet, not due yet).
 */
export const TIMELINESS = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  ON_TIME: 'fristgerecht',
  LATE: 'verspätet',
  MISSING: 'fehlt',
  PENDING: 'noch nicht fällig',
};

/** Whose report it is, relative to the measure: the expected one of the lead, or a participant's contribution. */
export const REPORT_ORG_UNIT_ROLES = ['LEAD', 'PARTICIPANT'] as const;
export type ReportOrgUnitRole = (typeof REPORT_ORG_UNIT_ROLES)[number];

export const REPORT_ORG_UNIT_ROLE_LABELS: Record<ReportOrgUnitRole, string> = {
  LEAD: 'federführend',
  PARTICIPANT: 'beteiligt',
};

/** German names of report fields, for validation messages, forms and the change history. */
export const PROGRESS_REPORT_FIELD_LABELS: Record<string, string> = {
  periodId: 'Berichtszeitraum',
  orgUnitId: 'Meldende Organisationseinheit',
  status: 'Status',
  assessment: 'Bewertung',
  progressPercent: 'Fortschritt (%)',
  text: 'Sachstand',
  obstacles: 'Hemmnisse',
  nextSteps: 'Nächste Schritte',
  milestonesReached: 'Erreichte Meilensteine',
  actualCostsEur: 'Bisherige Kosten (EUR)',
  staffEffortHours: 'Bisheriger Personalaufwand (Stunden)',
  ghgReductionAchievedT: 'THG-Minderung erreicht (t CO2e/a)',
  state: 'Bearbeitungsstand',
  reviewComment: 'Anmerkung der Prüfung',
};

// ---------------------------------------------------------------- reporting periods

export interface ReportingPeriodRef {
  id: string;
  name: string;
  /** ISO dates `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** Reports are due on this day (inclusive). */
  dueDate: string;
  /** A closed period takes no new reports and no submissions; reviews may still be finished. */
  closed: boolean;
}

export interface ReportingPeriod extends ReportingPeriodRef {
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ReportingPeriodInput {
  name: string;
  startDate: string;
  endDate: string;
  dueDate: string;
  closed?: boolean;
}

export type ReportingPeriodUpdate = Partial<ReportingPeriodInput> & {
  /** The `version` that was read; a stale one is answered with 409. */
  version: number;
};

export interface ReportingPeriodFilter extends ListQuery {
  closed?: boolean;
}

// ---------------------------------------------------------------- progress reports

export interface ProgressReportFields {
  status: MeasureStatus;
  assessment: Assessment;
  progressPercent: number;
  /** The Sachstand itself. Required for submission, optional while a draft. */
  text: string | null;
  /** Hemmnisse. */
  obstacles: string | null;
  nextSteps: string | null;
  milestonesReached: string | null;
  /** Costs so far, EUR. */
  actualCostsEur: number | null;
  /** Staff effort so far, hours. */
  staffEffortHours: number | null;
  /** t CO2e per year; taken over into the measure on acceptance when given. */
  ghgReductionAchievedT: number | null;
  // Indicator values (Kennzahlen) follow with the indicators feature, as a child list of the report.
}

/** The content fields of a report in form order: what the history compares and a comparison shows row by row. */
export const REPORT_CONTENT_FIELDS = [
  'status',
  'assessment',
  'progressPercent',
  'text',
  'obstacles',
  'nextSteps',
  'milestonesReached',
  'actualCostsEur',
  'staffEffortHours',
  'ghgReductionAchievedT',
] as const satisfies readonly (keyof ProgressReportFields)[];

export interface ProgressReportReview {
  decision: ReviewDecision;
  comment: string | null;
  reviewedAt: string;
  reviewer: { id: string | null; displayName: string };
}

export interface ProgressReport extends ProgressReportFields {
  id: string;
  measure: { id: string; code: string; title: string };
  period: ReportingPeriodRef | null;
  /** The reporting org unit; for a climate manager's entry, the unit reported on behalf of. */
  orgUnit: OrgUnitRef;
  orgUnitRole: ReportOrgUnitRole;
  author: { id: string | null; displayName: string };
  state: ReportState;
  /** 1 for the first report of a measure, period and org unit; +1 for each revision. */
  revision: number;
  /** The report this one replaces after a revision request. */
  supersedesId: string | null;
  /** The newer report that replaced this one, if any. */
  supersededById: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  review: ProgressReportReview | null;
  /** True when the acceptance of this report set the measure's status, assessment and progress. */
  appliedToMeasure: boolean;
  version: number;
  /** What the asking user may do with this report, so the UI shows only working buttons. */
  permissions: { edit: boolean; submit: boolean; revise: boolean; review: boolean };
}

export type ProgressReportCreate = Partial<ProgressReportFields> & {
  /** Optional: a report may stand outside any period. */
  periodId?: string | null;
  /** Only for climate managers reporting on behalf of a unit; default: the lead. Departments report as their own unit. */
  orgUnitId?: string;
  /** true: submit right away; false/absent: save as draft. */
  submit?: boolean;
};

export type ProgressReportUpdate = Partial<ProgressReportFields> & { version: number };

export type ProgressReportRevise = Partial<ProgressReportFields> & { submit?: boolean };

export interface ProgressReportSubmit {
  version: number;
}

export interface ProgressReportReviewRequest {
  decision: ReviewDecision;
  /** Required when requesting a revision: what should change. */
  comment?: string | null;
  version: number;
}

export interface ProgressReportFilter extends ListQuery {
  state?: ReportState[];
  periodId?: string;
  orgUnitId?: string;
  measureId?: string;
}

/** A review queue entry: the report and, side by side, the previous accepted report of the same measure and unit. */
export interface ReviewQueueItem extends ProgressReport {
  previousAccepted: ProgressReport | null;
}

// ---------------------------------------------------------------- period status (timeliness)

export interface ReportCounts {
  /** Measures from whose lead org unit a report is expected. */
  expected: number;
  /** Of those, reports received (in review, accepted or sent back). */
  submitted: number;
  /** Received and waiting for review. */
  inReview: number;
  accepted: number;
  /** Sent back; a new version is awaited. */
  revisionRequested: number;
  /** Nothing received yet (possibly a draft exists). */
  missing: number;
  /** Missing and past the due date (or the period is closed). */
  overdue: number;
  /** Missing but not yet due. */
  pending: number;
  /** Missing, but a draft exists. */
  drafts: number;
  onTime: number;
  late: number;
  /** Measures whose last accepted report is older than the last two periods. */
  stale: number;
}

export interface MeasureTimeliness {
  measure: { id: string; code: string; title: string; status: MeasureStatus };
  leadOrgUnit: OrgUnitRef;
  /** State of the lead unit's newest report in this period; NONE if there is none. */
  reportState: InboxReportState;
  reportId: string | null;
  /** First submission in this period; timeliness is judged on it. */
  firstSubmittedAt: string | null;
  timeliness: Timeliness;
  /** Reports of participating units in this period (not expected, shown for completeness). */
  participantReports: number;
  /** Data-quality hint: no accepted report in the last two periods. */
  stale: boolean;
  /** Name of the period of the last accepted report, if any. */
  lastAcceptedPeriod: string | null;
}

export interface OrgUnitTimeliness extends ReportCounts {
  orgUnit: OrgUnitRef;
}

export interface ReportingPeriodStatus {
  period: ReportingPeriod;
  /** The day the figures refer to (Europe/Berlin). */
  asOf: string;
  counts: ReportCounts;
  byOrgUnit: OrgUnitTimeliness[];
  measures: MeasureTimeliness[];
}

// ---------------------------------------------------------------- department inbox

export interface InboxItem {
  measure: { id: string; code: string; title: string; status: MeasureStatus; assessment: Assessment; progressPercent: number };
  /** Whether the user's unit leads the measure (report expected) or takes part. */
  role: ReportOrgUnitRole;
  /** A report is expected from the lead unit of an active measure. */
  expected: boolean;
  period: ReportingPeriodRef;
  dueDate: string;
  reportState: InboxReportState;
  report: { id: string; state: ReportState; revision: number; version: number; submittedAt: string | null; updatedAt: string } | null;
  /** Expected, nothing submitted, and the due date has passed. */
  overdue: boolean;
  /** The climate managers' comment when a revision was requested. */
  revisionComment: string | null;
  timeliness: Timeliness | null;
  stale: boolean;
}

export interface InboxMilestone {
  id: string;
  title: string;
  dueDate: string | null;
  overdue: boolean;
  version: number;
  measure: { id: string; code: string; title: string };
}

export interface Inbox {
  orgUnit: OrgUnitRef | null;
  asOf: string;
  openPeriods: ReportingPeriodRef[];
  items: InboxItem[];
  /** The unit's drafts outside the open periods (e.g. without a period). */
  otherDrafts: {
    id: string;
    measure: { id: string; code: string; title: string };
    period: ReportingPeriodRef | null;
    updatedAt: string;
    version: number;
  }[];
  milestones: InboxMilestone[];
  counts: {
    due: number;
    overdue: number;
    drafts: number;
    revisionRequested: number;
    submitted: number;
    accepted: number;
    openMilestones: number;
    overdueMilestones: number;
  };
}
