import { Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';

/** Counts login attempts per client address; the limit comes from LOGIN_ATTEMPTS_PER_MINUTE. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.');
  }
}
