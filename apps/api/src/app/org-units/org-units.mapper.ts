import type { OrgUnit, OrgUnitRef } from '@klimaschutz/contracts';
import type { OrgUnitEntity } from './org-unit.entity';

/** How an org unit appears in answers: in full, and as the reference other records carry. */

export const toOrgUnitRef = (e: OrgUnitEntity): OrgUnitRef => ({ id: e.id, code: e.code, name: e.name });

export const toOrgUnit = (e: OrgUnitEntity): OrgUnit => ({
  id: e.id,
  code: e.code,
  name: e.name,
  kind: e.kind,
  parentId: e.parentId,
  email: e.email,
  active: e.active,
  version: e.version,
});
