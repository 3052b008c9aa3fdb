import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { diff, type RecordAudit } from '../audit/audit.service';
import { definedOnly } from '../common/dto-rules';
import { duplicateCode, staleVersion } from '../common/errors';
import { OrgUnitEntity } from './org-unit.entity';

/** The record type of an org unit in the change history. */
export const ORG_UNIT_RECORD = 'org-unit';
export const ORG_UNIT_AUDITED = ['code', 'name', 'kind', 'parentId', 'email', 'active'] as const;

type Columns = Pick<OrgUnitEntity, (typeof ORG_UNIT_AUDITED)[number]>;
export type NewOrgUnit = Pick<Columns, 'code' | 'name' | 'kind'> & Partial<Columns>;

const label = (o: Pick<OrgUnitEntity, 'code' | 'name'>) => `${o.code} ${o.name}`;

/**
 * The only writes of `org_units` (besides the demo seed): the service and
 * the import call them in their own transaction. Whether a parent exists is the caller's check.
 */
export async function createOrgUnit(manager: EntityManager, audit: RecordAudit, values: NewOrgUnit): Promise<OrgUnitEntity> {
  if (await manager.existsBy(OrgUnitEntity, { code: values.code })) throw duplicateCode('Eine Organisationseinheit', values.code);
  const entity = manager.create(OrgUnitEntity, {
    parentId: null,
    email: null,
    active: true,
    ...definedOnly(values),
    id: randomUUID(),
    version: 1,
  });
  await manager.insert(OrgUnitEntity, entity);
  await audit(manager, {
    action: 'CREATE',
    entityType: ORG_UNIT_RECORD,
    entityId: entity.id,
    entityLabel: label(entity),
    changes: diff({}, entity, ORG_UNIT_AUDITED),
  });
  return entity;
}

/** Changes `entity` (as read in this transaction) if it still has `version`; returns it with the new values. */
export async function updateOrgUnit(
  manager: EntityManager,
  audit: RecordAudit,
  entity: OrgUnitEntity,
  changes: Partial<Columns>,
  version: number,
): Promise<OrgUnitEntity> {
  if (entity.version !== version) throw staleVersion('Die Organisationseinheit');
  if (changes.code && changes.code !== entity.code && (await manager.existsBy(OrgUnitEntity, { code: changes.code }))) {
    throw duplicateCode('Eine Organisationseinheit', changes.code);
  }
  const result = await manager.update(OrgUnitEntity, { id: entity.id, version }, { ...changes, version: version + 1 });
  if (!result.affected) throw staleVersion('Die Organisationseinheit');
  const after = { ...entity, ...changes, version: version + 1 };
  await audit(manager, {
    action: 'UPDATE',
    entityType: ORG_UNIT_RECORD,
    entityId: entity.id,
    entityLabel: label(after),
    changes: diff(entity, after, ORG_UNIT_AUDITED),
  });
  return after;
}
