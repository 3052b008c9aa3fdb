import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';

/** Limits anonymous callers per address, so the public page cannot be used to load the server (PUBLIC_REQUESTS_PER_MINUTE). */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  /** One budget per address across all public routes, not one per route. */
  protected override generateKey(_context: ExecutionContext, suffix: string, name: string): string {
    return `${name}-${suffix}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Zu viele Anfragen. Bitte versuchen Sie es in einer Minute erneut.');
  }
}
