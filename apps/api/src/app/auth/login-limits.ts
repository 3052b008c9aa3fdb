import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { clientAddress } from '../common/client-address';
import type { AppConfig } from '../config/app.config';
import { type Backoff, DatabaseThrottlerStorage } from './database-throttler-storage';
import { SecurityEvents } from './security-events';

const BY_ADDRESS = 'login';
const BY_ACCOUNT = 'login-account';

/**
 * Per account, whatever the address: five failures pass at full speed (typos), then each further
 * attempt waits 30 s, 1, 2, 4, 8 minutes, at most 15; a quiet day forgets them. A wait, never a lock:
 * someone who keeps failing on the mayor's account on purpose slows her down by at most 15 minutes
 * per attempt, but cannot shut her out for good (README "Sign-in").
 */
export const ACCOUNT_BACKOFF: Backoff = {
  threshold: 5,
  waitsMs: [30_000, 60_000, 120_000, 240_000, 480_000],
  capMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
};

/** 429 with the German reason and Retry-After. */
class TooManyAttempts extends HttpException {
  constructor(detail: string, retryAfterSeconds: number) {
    super({ detail, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

const waitText = (seconds: number) => (seconds < 90 ? `${seconds} Sekunden` : `${Math.ceil(seconds / 60)} Minuten`);

/**
 * The two sign-in limits, both counted in the database (`throttle_counters`) so they hold across
 * instances: per client address LOGIN_ATTEMPTS_PER_MINUTE failed attempts, and per account a growing
 * wait (ACCOUNT_BACKOFF). Every attempt is counted before the password or code is checked and handed
 * back when it was right, so only failures stay counted — colleagues signing in behind one NAT address
 * do not use up each other's budget — while parallel guesses cannot slip past the count.
 */
@Injectable()
export class LoginLimits {
  private readonly perMinute: number;

  constructor(
    private readonly counters: DatabaseThrottlerStorage,
    private readonly events: SecurityEvents,
    config: ConfigService,
  ) {
    this.perMinute = config.getOrThrow<AppConfig>('app').loginAttemptsPerMinute;
  }

  /** Counts an attempt for `email` from this request's address, or refuses it with 429 (and logs it). */
  async admit(request: Request, email: string, userId: string | null = null): Promise<void> {
    const address = clientAddress(request);
    const byAddress = await this.counters.increment(address, 60_000, this.perMinute, 60_000, BY_ADDRESS);
    if (byAddress.isBlocked) {
      this.events.failed(request, 'address_limited', { userId, account: await this.pseudonym(email) });
      throw new TooManyAttempts('Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.', byAddress.timeToBlockExpire);
    }
    const byAccount = await this.counters.backoff(normalised(email), BY_ACCOUNT, ACCOUNT_BACKOFF);
    if (byAccount.waitSeconds > 0) {
      this.events.failed(request, 'account_backoff', { userId, account: await this.pseudonym(email) });
      throw new TooManyAttempts(
        `Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte warten Sie ${waitText(byAccount.waitSeconds)} und versuchen Sie es dann erneut.`,
        byAccount.waitSeconds,
      );
    }
  }

  /**
   * The attempt was right: hand it back. `complete` = the account's owner is fully signed in (or
   * proved it again), so its failures are forgotten; after the password alone (a second factor
   * follows) only this attempt is handed back.
   */
  async passed(request: Request, email: string, complete: boolean): Promise<void> {
    await this.counters.refund(clientAddress(request), BY_ADDRESS);
    if (complete) await this.counters.clear(normalised(email), BY_ACCOUNT);
    else await this.counters.refund(normalised(email), BY_ACCOUNT, true);
  }

  /** A keyed hash of the e-mail for security logs: the same account gives the same value, the log names no one. */
  async pseudonym(email: string): Promise<string> {
    return (await this.counters.counterKey('log-account', normalised(email))).slice(0, 16);
  }
}

const normalised = (email: string) => email.trim().toLowerCase();
