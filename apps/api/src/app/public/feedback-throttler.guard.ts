import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { DatabaseThrottlerStorage } from '../auth/database-throttler-storage';
import { clientAddress } from '../common/client-address';
import type { AppConfig } from '../config/app.config';

/**
 * Feedback submissions per client address and hour (FEEDBACK_PER_HOUR), far below the public read
 * limit: counted in the database like login attempts, so the figure holds for all instances
 * together, and keyed by an HMAC, so the table holds no address. Every submission counts, taken or
 * refused, so a robot cannot probe its way in.
 */
@Injectable()
export class FeedbackThrottlerGuard extends ThrottlerGuard {
  // Its own throttler, not the module's: the module's apply to every route of the public API. The
  // explicit @Inject overrides the tokens these parameters inherit from ThrottlerGuard's constructor.
  constructor(
    @Inject(ConfigService) config: ConfigService,
    @Inject(DatabaseThrottlerStorage) storage: DatabaseThrottlerStorage,
    @Inject(Reflector) reflector: Reflector,
  ) {
    super(
      { throttlers: [{ name: 'feedback', ttl: 3_600_000, limit: config.getOrThrow<AppConfig>('app').feedback.perHour }] },
      storage,
      reflector,
    );
  }

  protected override generateKey(_context: ExecutionContext, suffix: string, name: string): string {
    return `${name}-${suffix}`;
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return clientAddress(request as unknown as Request);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException(
      'Von Ihrer Adresse kamen in der letzten Stunde schon mehrere Meldungen. Bitte versuchen Sie es in einer Stunde noch einmal.',
    );
  }
}
