import type { Role } from '@klimaschutz/contracts';
import { Brackets } from 'typeorm';
import type { AuthUser } from './auth-user';

/**
 * The one place that says who may do what. Routes name the roles that may call them at all
 * (`@Roles(...ROLE_SETS.x)`); the record-level questions below are asked by the services.
 */
export const ROLE_SETS = {
  everyone: ['ADMIN', 'CLIMATE_MANAGER', 'DEPARTMENT', 'EXECUTIVE', 'COMMUNICATION'],
  admin: ['ADMIN'],
  climateManager: ['CLIMATE_MANAGER'],
  /** Who may read cross-cutting logs such as the global audit trail. */
  oversight: ['ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'],
  /** Measure writes of any kind: master data (climate managers) or publication (communication). */
  measureWriters: ['CLIMATE_MANAGER', 'COMMUNICATION'],
  milestoneWriters: ['CLIMATE_MANAGER', 'DEPARTMENT'],
} as const satisfies Record<string, readonly Role[]>;

/** Measure fields that the communication unit may change: what the public sees, nothing else. */
export const PUBLICATION_FIELDS = ['published', 'publicSummary'] as const;

export interface MeasureScope {
  leadOrgUnitId: string;
  participatingOrgUnitIds: string[];
}

export const policy = {
  mayEditMeasure: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  mayEditPublication: (user: AuthUser) => user.role === 'CLIMATE_MANAGER' || user.role === 'COMMUNICATION',
  mayArchiveMeasure: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  mayManageMilestones: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  /** A department takes part in a measure when its org unit leads it or is listed as participating. */
  takesPart: (user: AuthUser, measure: MeasureScope) =>
    user.orgUnitId !== null && (measure.leadOrgUnitId === user.orgUnitId || measure.participatingOrgUnitIds.includes(user.orgUnitId)),
  /** Departments may tick off (or reopen) the milestones their own org unit is responsible for. */
  mayUpdateMilestoneState: (user: AuthUser, milestone: { responsibleOrgUnitId: string | null }) =>
    user.role === 'CLIMATE_MANAGER' ||
    (user.role === 'DEPARTMENT' && user.orgUnitId !== null && milestone.responsibleOrgUnitId === user.orgUnitId),
};

// ---------------------------------------------------------------- reporting (Sachstandsmeldungen)

export const REPORTING_ROLE_SETS = {
  /** Who may write progress reports at all: departments (for their own measures) and climate managers. */
  reporters: ['CLIMATE_MANAGER', 'DEPARTMENT'],
  /** Who opens and closes reporting periods and reviews reports. */
  reviewers: ['CLIMATE_MANAGER'],
  /** Who reads the cross-department review queue. */
  reviewQueueReaders: ['ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'],
} as const satisfies Record<string, readonly Role[]>;

export interface ReportScope {
  orgUnitId: string;
  authorId: string | null;
}

/** Where a query finds what `maySeeDraft` looks at: SQL for "is not a draft", and the draft's org unit and author columns. */
export interface DraftColumns {
  notDraft: string;
  orgUnitId: string;
  authorId: string;
}

export const reportingPolicy = {
  mayManagePeriods: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  mayReview: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  /** Departments report only where their org unit leads or takes part; climate managers may record any. */
  mayReportOn: (user: AuthUser, measure: MeasureScope) =>
    user.role === 'CLIMATE_MANAGER' || (user.role === 'DEPARTMENT' && policy.takesPart(user, measure)),
  /**
   * Who may change, submit or revise a report: the reporting org unit (while it still takes part in the
   * measure), or the climate manager who recorded it.
   */
  mayWriteReport: (user: AuthUser, report: ReportScope, measure: MeasureScope) =>
    (user.role === 'DEPARTMENT' && user.orgUnitId === report.orgUnitId && policy.takesPart(user, measure)) ||
    (user.role === 'CLIMATE_MANAGER' && (report.authorId === user.id || user.orgUnitId === report.orgUnitId)),
  /** Drafts are work in progress: only the writing unit and the climate managers see them. */
  maySeeDraft: (user: AuthUser, report: ReportScope) =>
    user.role === 'CLIMATE_MANAGER' || (user.orgUnitId !== null && user.orgUnitId === report.orgUnitId) || report.authorId === user.id,
  /**
   * `maySeeDraft` as a query condition, for lists of reports and for the history of reports: keeps
   * what is no draft and the drafts the user may see; null when the user sees every draft.
   */
  draftCondition: (user: AuthUser, columns: DraftColumns): Brackets | null =>
    user.role === 'CLIMATE_MANAGER'
      ? null
      : new Brackets((w) => {
          w.where(columns.notDraft).orWhere(`${columns.authorId} = :draftViewerId`, { draftViewerId: user.id });
          if (user.orgUnitId) w.orWhere(`${columns.orgUnitId} = :draftViewerOrgUnitId`, { draftViewerOrgUnitId: user.orgUnitId });
        }),
};

// ---------------------------------------------------------------- Stabsstelle (Schulungen, Beratungen, Klimacheck)

/**
 * The Stabsstelle's cross-departmental work: trainings, consultations, climate checks.
 *
 * - Trainings are planned and run by climate managers; everyone reads them. Participant counts per
 *   org unit are public within the administration, participant names (personal data) are read by
 *   climate managers and admins only, and both may delete a name (GDPR request).
 * - Consultations and climate checks belong to an org unit. A department requests, drafts and submits
 *   only for its own org unit and sees only its own org unit's records — in every status, including
 *   submitted and reviewed checks of others. A record it may not see answers 404, exactly like one
 *   that does not exist, so ids cannot be probed. Climate managers handle all of them; admins,
 *   executives and the communication unit read all of them.
 */
export const STABSSTELLE_ROLE_SETS = {
  readers: ROLE_SETS.everyone,
  trainingPlanners: ['CLIMATE_MANAGER'],
  /** Who sees and may delete participant names. */
  participantNameKeepers: ['ADMIN', 'CLIMATE_MANAGER'],
  /** Individual feedback comments: the evaluation of a training, not for every reader. */
  feedbackReaders: ['ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'],
  /** Departments for their own org unit; climate managers on behalf of any. */
  requesters: ['CLIMATE_MANAGER', 'DEPARTMENT'],
  consultants: ['CLIMATE_MANAGER'],
  climateCheckAuthors: ['CLIMATE_MANAGER', 'DEPARTMENT'],
  climateCheckReviewers: ['CLIMATE_MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

interface OrgUnitOwned {
  orgUnitId: string;
}

export const stabsstellePolicy = {
  seesParticipantNames: (user: AuthUser) => user.role === 'ADMIN' || user.role === 'CLIMATE_MANAGER',
  mayPlanTrainings: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  /** Whose consultations and climate checks the user sees: all, one org unit's, or (a department without one) none. */
  orgUnitScope: (user: AuthUser): 'all' | 'none' | { orgUnitId: string } =>
    user.role !== 'DEPARTMENT' ? 'all' : user.orgUnitId ? { orgUnitId: user.orgUnitId } : 'none',
  maySee: (user: AuthUser, record: OrgUnitOwned) =>
    user.role !== 'DEPARTMENT' || (user.orgUnitId !== null && user.orgUnitId === record.orgUnitId),
  /** A department writes only for its own org unit; a climate manager for any. */
  mayActFor: (user: AuthUser, orgUnitId: string) =>
    user.role === 'CLIMATE_MANAGER' || (user.role === 'DEPARTMENT' && user.orgUnitId !== null && user.orgUnitId === orgUnitId),
  mayHandleConsultations: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
  mayReviewClimateChecks: (user: AuthUser) => user.role === 'CLIMATE_MANAGER',
};

// ---------------------------------------------------------------- public area and personal data

export const PUBLIC_ROLE_SETS = {
  /** Who edits Impressum, Datenschutz and the accessibility statement. */
  pageEditors: ['ADMIN', 'COMMUNICATION'],
  /** Who reads, closes and erases citizens' feedback (barrier reports). */
  feedbackHandlers: ['ADMIN', 'COMMUNICATION'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * The history of a record is read by those who may read the record. Routes that show history (a
 * measure's, a training's, the global audit trail) let every role of the route see the events of
 * most records; the events of these types only go to the roles that read such records themselves.
 * Drafts of progress reports follow `reportingPolicy.draftCondition` on top.
 */
export const HISTORY_READERS: Readonly<Record<string, readonly Role[]>> = {
  /** Accounts, their e-mail addresses and logins: the admins' business. */
  user: ROLE_SETS.admin,
  feedback: PUBLIC_ROLE_SETS.feedbackHandlers,
  'training-feedback': STABSSTELLE_ROLE_SETS.feedbackReaders,
};

export const historyPolicy = {
  /** The record types whose events `user` must not see. */
  hiddenTypes: (user: AuthUser): string[] =>
    Object.entries(HISTORY_READERS)
      .filter(([, roles]) => !roles.includes(user.role))
      .map(([type]) => type),
};
