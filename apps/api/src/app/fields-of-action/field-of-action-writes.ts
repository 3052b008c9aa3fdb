import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { diff, type RecordAudit } from '../audit/audit.service';
import { definedOnly } from '../common/dto-rules';
import { duplicateCode, staleVersion } from '../common/errors';
import { FieldOfActionEntity } from './field-of-action.entity';

/** The record type of a field of action in the change history. */
export const FIELD_OF_ACTION_RECORD = 'field-of-action';
export const FIELD_OF_ACTION_AUDITED = ['code', 'name', 'description', 'sortOrder', 'colour'] as const;
export const DEFAULT_FIELD_COLOUR = '#1b5e20';

type Columns = Pick<FieldOfActionEntity, (typeof FIELD_OF_ACTION_AUDITED)[number]>;
export type NewFieldOfAction = Pick<Columns, 'code' | 'name'> & Partial<Columns>;

const label = (f: Pick<FieldOfActionEntity, 'code' | 'name'>) => `${f.code} ${f.name}`;

/**
 * The only writes of `fields_of_action` (besides the demo seed): the service and the import call them
 * in their own transaction, so a code stays unique, a stale version is refused and the history is written alike.
 */
export async function createFieldOfAction(
  manager: EntityManager,
  audit: RecordAudit,
  values: NewFieldOfAction,
): Promise<FieldOfActionEntity> {
  if (await manager.existsBy(FieldOfActionEntity, { code: values.code })) throw duplicateCode('Ein Handlungsfeld', values.code);
  const entity = manager.create(FieldOfActionEntity, {
    description: null,
    sortOrder: 0,
    colour: DEFAULT_FIELD_COLOUR,
    ...definedOnly(values),
    id: randomUUID(),
    version: 1,
  });
  await manager.insert(FieldOfActionEntity, entity);
  await audit(manager, {
    action: 'CREATE',
    entityType: FIELD_OF_ACTION_RECORD,
    entityId: entity.id,
    entityLabel: label(entity),
    changes: diff({}, entity, FIELD_OF_ACTION_AUDITED),
  });
  return entity;
}

/** Changes `entity` (as read in this transaction) if it still has `version`; returns it with the new values. */
export async function updateFieldOfAction(
  manager: EntityManager,
  audit: RecordAudit,
  entity: FieldOfActionEntity,
  changes: Partial<Columns>,
  version: number,
): Promise<FieldOfActionEntity> {
  if (entity.version !== version) throw staleVersion('Das Handlungsfeld');
  if (changes.code && changes.code !== entity.code && (await manager.existsBy(FieldOfActionEntity, { code: changes.code }))) {
    throw duplicateCode('Ein Handlungsfeld', changes.code);
  }
  const result = await manager.update(FieldOfActionEntity, { id: entity.id, version }, { ...changes, version: version + 1 });
  if (!result.affected) throw staleVersion('Das Handlungsfeld');
  const after = { ...entity, ...changes, version: version + 1 };
  await audit(manager, {
    action: 'UPDATE',
    entityType: FIELD_OF_ACTION_RECORD,
    entityId: entity.id,
    entityLabel: label(after),
    changes: diff(entity, after, FIELD_OF_ACTION_AUDITED),
  });
  return after;
}
