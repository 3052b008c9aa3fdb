import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { clientAddress } from '../common/client-address';

/** Limits anonymous callers per address, so the public page cannot be used to load the server (PUBLIC_REQUESTS_PER_MINUTE). */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  /** One budget per address across all public routes, not one per route. */
  protected override generateKey(_context: ExecutionContext, suffix: string, name: string): string {
    return `${name}-${suffix}`;
  }

  /** The public summary embedded into a citizen's page counts against that citizen's address. */
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return clientAddress(request as unknown as Request);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Zu viele Anfragen. Bitte versuchen Sie es in einer Minute erneut.');
  }
}
