import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { BACKGROUND_REQUEST_HEADER, PROBLEM_CODES, type Role } from '@klimaschutz/contracts';
import type { Request } from 'express';
import type { AppConfig } from '../config/app.config';
import { DURING_ENROLMENT_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';
import { SessionService } from './session.service';

export const SESSION_COOKIE = 'ksc_session';

export function tokenFrom(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/**
 * Global guard, deny by default: a route without `@Public()` needs a valid session, and a route
 * without `@Roles(...)` is refused to everyone, so a forgotten decorator cannot open anything.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly idleMinutes: number;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    config: ConfigService,
  ) {
    this.idleMinutes = config.getOrThrow<AppConfig>('app').sessionIdleMinutes;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const token = tokenFrom(request);
    // Polling the dashboard does by itself says nothing about whether anyone is at the screen.
    const activity = !request.headers[BACKGROUND_REQUEST_HEADER.toLowerCase()];
    const user = token ? await this.sessions.resolve(token, activity) : null;
    if (user === 'IDLE') {
      throw new UnauthorizedException({
        detail: `Sie wurden nach ${this.idleMinutes} Minuten ohne Aktivität abgemeldet. Bitte melden Sie sich erneut an.`,
        code: PROBLEM_CODES.sessionIdle,
      });
    }
    if (!user) throw new UnauthorizedException({ detail: 'Bitte melden Sie sich an.' });
    request.user = user;

    if (user.sessionKind === 'ENROL' && !this.reflector.getAllAndOverride<boolean>(DURING_ENROLMENT_KEY, targets)) {
      throw new ForbiddenException({
        detail: 'Für Ihre Rolle ist die Anmeldung mit zweitem Faktor vorgeschrieben. Bitte richten Sie unter „Mein Konto“ zuerst Ihre Authenticator-App ein.',
        code: PROBLEM_CODES.totpEnrolmentRequired,
      });
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(user.role)) {
      throw new ForbiddenException({ detail: 'Ihre Rolle darf diese Aktion nicht ausführen.' });
    }
    return true;
  }
}
