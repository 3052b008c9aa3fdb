import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { clientAddress } from '../common/client-address';

/** Why a sign-in (or a step that proves who someone is) failed, as the security log names it. */
export type SignInFailure =
  | 'unknown_account'
  | 'wrong_password'
  | 'inactive_account'
  | 'wrong_second_factor'
  | 'expired_challenge'
  | 'wrong_current_password'
  | 'address_limited'
  | 'account_backoff';

export type SecurityEvent =
  | 'login_failed'
  | 'login_succeeded'
  | 'login_second_factor_required'
  | 'password_changed'
  | 'second_factor_enabled'
  | 'second_factor_disabled'
  | 'second_factor_reset'
  | 'recovery_code_used';

/** Who it concerns: the user id where the account exists, else a keyed hash of the e-mail given. */
export interface AccountRef {
  userId?: string | null;
  /** Keyed hash (see LoginLimits.pseudonym): correlates attempts on one address without naming it. */
  account: string;
}

/**
 * Structured security events in the JSON log (`event`, `reason`, `client`, `userId`/`account`), for
 * a city's SIEM or log review. Never a password, a code, a token or an e-mail address.
 */
@Injectable()
export class SecurityEvents {
  private readonly logger = new Logger('Security');

  failed(request: Request, reason: SignInFailure, who: AccountRef): void {
    this.logger.warn({ event: 'login_failed', reason, client: clientAddress(request), ...this.ids(who) }, `sign-in failed: ${reason}`);
  }

  record(request: Request, event: Exclude<SecurityEvent, 'login_failed'>, who: AccountRef, details: Record<string, string> = {}): void {
    this.logger.log({ event, client: clientAddress(request), ...this.ids(who), ...details }, event.replace(/_/g, ' '));
  }

  private ids(who: AccountRef): Record<string, string> {
    return who.userId ? { userId: who.userId, account: who.account } : { account: who.account };
  }
}
