/** Roles of DESIGN.md §1; the API value is the English constant. */
export const ROLES = ['ADMIN', 'CLIMATE_MANAGER', 'DEPARTMENT', 'EXECUTIVE', 'COMMUNICATION'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_UNIT_KINDS = ['DEZERNAT', 'FACHBEREICH', 'ABTEILUNG', 'STABSSTELLE', 'EIGENBETRIEB', 'EXTERN'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const MEASURE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'ON_HOLD', 'CANCELLED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Traffic light of a measure: green / yellow / red, or not yet assessed. */
export const ASSESSMENTS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ASSESSED'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MILESTONE_STATES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** `ERASE`: personal data removed on request (a user anonymised, a sender's contact data deleted). */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE', 'LOGIN', 'LOGOUT', 'ERASE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
