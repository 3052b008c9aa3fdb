import type { User } from '@klimaschutz/contracts';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import type { UserEntity } from './user.entity';

export const toUser = (e: UserEntity): User => ({
  id: e.id,
  email: e.email,
  displayName: e.displayName,
  role: e.role,
  orgUnit: e.orgUnit ? toOrgUnitRef(e.orgUnit) : null,
  active: e.active,
  version: e.version,
  lastLoginAt: e.lastLoginAt ? e.lastLoginAt.toISOString() : null,
  totpEnabled: Boolean(e.totpEnabledAt),
  erasedAt: e.erasedAt ? e.erasedAt.toISOString() : null,
});

/** Not deliverable (RFC 6761 reserves `.invalid`), and unique like every account's address. */
export const erasedEmail = (id: string) => `geloescht-${id}@geloescht.invalid`;
