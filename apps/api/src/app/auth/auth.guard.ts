import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { BACKGROUND_REQUEST_HEADER, PROBLEM_CODES, type Role } from '@klimaschutz/contracts';
import type { Request } from 'express';
import type { AppConfig } from '../config/app.config';
import { crossSiteWrite, isWrite, OwnOrigins, sentByBrowser, sessionCookieName } from './cross-site';
import { DURING_ENROLMENT_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';
import { SessionService } from './session.service';

/** The bearer token, else the session cookie (an ambient credential: the browser sends it by itself). */
function credentialOf(request: Request, cookieName: string): { token: string; fromCookie: boolean } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice('Bearer '.length).trim();
    return token ? { token, fromCookie: false } : null;
  }
  const cookie = (request.cookies as Record<string, string> | undefined)?.[cookieName];
  return cookie ? { token: cookie, fromCookie: true } : null;
}

/**
 * Global guard, deny by default: a route without `@Public()` needs a valid session, and a route
 * without `@Roles(...)` is refused to everyone, so a forgotten decorator cannot open anything.
 * A write that a browser sends from a page of another origin is refused when it rides on the
 * session cookie, and on public routes (the login among them) whenever a browser sent it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly cookieName: string;
  private readonly ownOrigins: OwnOrigins;
  private readonly idleMinutes: number;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    config: ConfigService,
  ) {
    const app = config.getOrThrow<AppConfig>('app');
    this.cookieName = sessionCookieName(app.publicUrl);
    this.ownOrigins = new OwnOrigins(app);
    this.idleMinutes = app.sessionIdleMinutes;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const foreignWrite = isWrite(request) && !this.ownOrigins.sentFrom(request);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (foreignWrite && sentByBrowser(request)) throw crossSiteWrite();
      return true;
    }

    const credential = credentialOf(request, this.cookieName);
    if (foreignWrite && credential?.fromCookie) throw crossSiteWrite();
    // Polling the dashboard does by itself says nothing about whether anyone is at the screen.
    const activity = !request.headers[BACKGROUND_REQUEST_HEADER.toLowerCase()];
    const user = credential ? await this.sessions.resolve(credential.token, activity) : null;
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
        detail:
          'Für Ihre Rolle ist die Anmeldung mit zweitem Faktor vorgeschrieben. Bitte richten Sie unter „Mein Konto“ zuerst Ihre Authenticator-App ein.',
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
