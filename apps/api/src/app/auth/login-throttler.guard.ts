import { Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, ThrottlerException, ThrottlerGuard, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { DatabaseThrottlerStorage } from './database-throttler-storage';

/**
 * Counts login attempts per client address; the limit comes from LOGIN_ATTEMPTS_PER_MINUTE. The
 * counters live in the database, so with several instances behind a load balancer the limit holds
 * for all of them together, not once per instance.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  // The explicit @Inject overrides the storage token this constructor parameter inherits from ThrottlerGuard.
  constructor(@InjectThrottlerOptions() options: ThrottlerModuleOptions, @Inject(DatabaseThrottlerStorage) storage: DatabaseThrottlerStorage, reflector: Reflector) {
    super(options, storage, reflector);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.');
  }
}
