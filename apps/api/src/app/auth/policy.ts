import type { Role } from '@klimaschutz/contracts';
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
    user.orgUnitId !== null &&
    (measure.leadOrgUnitId === user.orgUnitId || measure.participatingOrgUnitIds.includes(user.orgUnitId)),
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
};
