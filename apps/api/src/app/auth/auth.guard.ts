import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@klimaschutz/contracts';
import type { Request } from 'express';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
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
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const token = tokenFrom(request);
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw new UnauthorizedException({ detail: 'Bitte melden Sie sich an.' });
    request.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(user.role)) {
      throw new ForbiddenException({ detail: 'Ihre Rolle darf diese Aktion nicht ausführen.' });
    }
    return true;
  }
}
