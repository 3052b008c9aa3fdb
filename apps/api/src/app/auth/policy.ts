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
