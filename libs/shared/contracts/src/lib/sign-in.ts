import type { LoginResponse } from './api';
import type { Role } from './enums';

/** Length of a password in characters (Unicode code points); no composition rules beyond it. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The password rule as every password field shows it; the server names the reason when it refuses one. */
export const PASSWORD_RULE_TEXT =
  'Mindestens 12 und höchstens 128 Zeichen; am besten mehrere Wörter oder ein Satz. Abgelehnt werden häufig verwendete Passwörter, ' +
  'Ihr Name und Ihre E-Mail-Adresse sowie naheliegende Wörter wie „Klimaschutz“ oder der Name der Stadt.';

/** Machine-readable `code` of a problem answer where the dashboard acts on it. */
export const PROBLEM_CODES = {
  /** 401: the session ended after SESSION_IDLE_MINUTES without activity. */
  sessionIdle: 'SESSION_IDLE',
  /** 403: the user's role requires a second factor; this session may only set one up. */
  totpEnrolmentRequired: 'TOTP_ENROLMENT_REQUIRED',
} as const;

/**
 * Request header the dashboard sets on requests nobody asked for (the bell's polling, progress
 * polling): they keep no session alive, so the idle timeout still ends an unattended one.
 */
export const BACKGROUND_REQUEST_HEADER = 'X-Ksc-Background';

/** First answer of a login when the account has a second factor: no session yet. */
export interface SecondFactorChallenge {
  secondFactorRequired: true;
  /** Short-lived, single-purpose token for `POST /auth/login/totp`. */
  challenge: string;
  expiresAt: string;
}

export type LoginResult = LoginResponse | SecondFactorChallenge;

export interface TotpLoginRequest {
  challenge: string;
  /** The six digits of the authenticator app, or one of the recovery codes. */
  code: string;
}

export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

/** The signed-in user's own sign-in settings (page „Mein Konto“). */
export interface AccountSecurity {
  totpEnabled: boolean;
  /** The user's role requires a second factor (set by an admin). */
  totpRequired: boolean;
  /** Unused recovery codes left. */
  recoveryCodesLeft: number;
}

/** A started TOTP enrolment: shown once, confirmed with a code before it counts. */
export interface TotpEnrolment {
  /** Base32 secret, for typing it into the app instead of scanning. */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code (SVG markup). */
  qrSvg: string;
}

export interface TotpCodeRequest {
  code: string;
}

export interface TotpDisableRequest {
  password: string;
  /** A code of the authenticator app or a recovery code. */
  code: string;
}

/** One-time codes for when the phone is lost; shown once, stored only as hashes. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** Which roles must sign in with a second factor. */
export interface SignInPolicy {
  totpRequiredRoles: Role[];
  version: number;
  updatedAt: string;
}

export interface SignInPolicyUpdate {
  totpRequiredRoles: Role[];
  version: number;
}
