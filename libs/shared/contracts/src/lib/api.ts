import type { Assessment, AuditAction, MeasureStatus, MilestoneState, OrgUnitKind, Priority, Role } from './enums';

/** Every list endpoint answers in this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListQuery {
  page?: number;
  pageSize?: number;
  /** `field` ascending, `-field` descending. */
  sort?: string;
  q?: string;
}

/** RFC 9457 problem details, as every error is answered. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  /** Machine-readable reason where a client acts on it (see PROBLEM_CODES). */
  code?: string;
}

export interface OrgUnitRef {
  id: string;
  code: string;
  name: string;
}

export interface OrgUnit extends OrgUnitRef {
  kind: OrgUnitKind;
  parentId: string | null;
  email: string | null;
  active: boolean;
  version: number;
}

export interface OrgUnitInput {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId?: string | null;
  email?: string | null;
  active?: boolean;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  orgUnit: OrgUnitRef | null;
  active: boolean;
  version: number;
  lastLoginAt: string | null;
  /** Set once the account was erased (anonymised): name and e-mail are placeholders, it can no longer sign in. */
  erasedAt: string | null;
  /** Signs in with a second factor (authenticator app). */
  totpEnabled: boolean;
}

/** The languages of the user interface; German is the default and the source of every text. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
/** The cookie that tells the dashboard (before it starts) to load the English texts: `en` or absent. */
export const LANGUAGE_COOKIE = 'ksc_lang';

/** The signed-in user as `/auth/me` and the login answer give it. */
export interface SessionUser extends User {
  /** The role requires a second factor this user has not set up: the session may only set it up. */
  totpEnrolmentRequired: boolean;
  /** The language of the user's interface, e-mails and council report. */
  locale: Locale;
}

/** `PUT /auth/me/locale`: the own interface language. */
export interface LocaleUpdate {
  locale: Locale;
}

/** What an admin confirms when erasing a user: the version that was read. */
export interface UserErasureRequest {
  version: number;
}

/** The name an erased user's records and history show instead of the old one. */
export const ERASED_PERSON_NAME = 'Gelöschte Person';

export interface UserInput {
  email: string;
  displayName: string;
  role: Role;
  orgUnitId?: string | null;
  active?: boolean;
  /** Only on create or when an admin sets a new one; never returned. */
  password?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

export interface FieldOfAction {
  id: string;
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
  /** CSS colour, e.g. `#1b6e3c`; always paired with the name in the UI. */
  colour: string;
  version: number;
}

export interface FieldOfActionInput {
  code: string;
  name: string;
  description?: string | null;
  sortOrder?: number;
  colour?: string;
}

export interface MeasureFields {
  code: string;
  title: string;
  summary: string | null;
  description: string | null;
  goal: string | null;
  externalActors: string | null;
  targetGroup: string | null;
  priority: Priority;
  status: MeasureStatus;
  assessment: Assessment;
  progressPercent: number;
  /** ISO dates `YYYY-MM-DD`. */
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  costEstimateEur: number | null;
  fundingSource: string | null;
  /** t CO2e per year. */
  ghgReductionTargetT: number | null;
  ghgReductionAchievedT: number | null;
  /** Sector of the GHG balance the measure acts on (`GET /api/v1/emissions/sectors`); `null` = none named. */
  emissionSectorId?: string | null;
  /** Years the reduction lasts from the start year; `null` = until the climate-neutrality year. */
  lifetimeYears?: number | null;
  responsibleContact: string | null;
  internalNotes: string | null;
  published: boolean;
  publicSummary: string | null;
}

export interface MeasureSummary {
  id: string;
  code: string;
  title: string;
  status: MeasureStatus;
  assessment: Assessment;
  priority: Priority;
  progressPercent: number;
  plannedEnd: string | null;
  fieldOfAction: Pick<FieldOfAction, 'id' | 'code' | 'name' | 'colour'>;
  leadOrgUnit: OrgUnitRef;
  published: boolean;
  archived: boolean;
  updatedAt: string;
  version: number;
}

export interface Measure extends MeasureFields {
  id: string;
  fieldOfAction: Pick<FieldOfAction, 'id' | 'code' | 'name' | 'colour'>;
  leadOrgUnit: OrgUnitRef;
  participatingOrgUnits: OrgUnitRef[];
  milestones: Milestone[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the asking user may do with this record, so the UI shows only working buttons. */
  permissions: { edit: boolean; editPublication: boolean; archive: boolean; manageMilestones: boolean };
}

export type MeasureCreate = Partial<Omit<MeasureFields, 'code' | 'title'>> &
  Pick<MeasureFields, 'code' | 'title'> & {
    fieldOfActionId: string;
    leadOrgUnitId: string;
    participatingOrgUnitIds?: string[];
  };

export type MeasureUpdate = Partial<Omit<MeasureCreate, never>> & {
  /** The `version` that was read; a stale one is answered with 409. */
  version: number;
};

export interface MeasureFilter extends ListQuery {
  status?: MeasureStatus[];
  assessment?: Assessment[];
  fieldOfActionId?: string;
  orgUnitId?: string;
  /** `lead` (default: lead or participating) narrows to the lead org unit only. */
  orgUnitRole?: 'lead' | 'any';
  published?: boolean;
  archived?: boolean;
}

export interface Milestone {
  id: string;
  measureId: string;
  title: string;
  responsibleOrgUnit: OrgUnitRef | null;
  dueDate: string | null;
  state: MilestoneState;
  doneDate: string | null;
  version: number;
}

export interface MilestoneInput {
  title: string;
  responsibleOrgUnitId?: string | null;
  dueDate?: string | null;
  state?: MilestoneState;
  doneDate?: string | null;
}

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; displayName: string } | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Short human-readable label of the record, e.g. the measure code. */
  entityLabel: string | null;
  changes: AuditChange[];
}

export interface Health {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
}
