import type { Locale, Role } from '@klimaschutz/contracts';

/** The logged-in user as the request knows it. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  orgUnitId: string | null;
  /** The interface language: notifications are answered in it. */
  locale: Locale;
  sessionId: string;
  /** ENROL: the role requires a second factor the user has not set up; the session may only set it up. */
  sessionKind: 'FULL' | 'ENROL';
}
