import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@klimaschutz/contracts';
import type { AuthUser } from './auth-user';

export const PUBLIC_KEY = 'ksc:public';
export const ROLES_KEY = 'ksc:roles';
export const DURING_ENROLMENT_KEY = 'ksc:during-enrolment';

/** Opens a route to anonymous callers (public page, health, login). Everything else needs a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles that may call a route at all; record-level rules follow in the service via the policy. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Open to a session that may only set up its second factor (the role requires one): who am I,
 * sign out, and the enrolment itself. Every other route refuses such a session.
 */
export const DuringEnrolment = () => SetMetadata(DURING_ENROLMENT_KEY, true);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest().user as AuthUser;
});
