import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { diff, type RecordAudit } from '../audit/audit.service';
import { definedOnly } from '../common/dto-rules';
import { duplicateCode, staleVersion } from '../common/errors';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { MeasureEntity } from './measure.entity';

/** The record type of a measure in the change history. */
export const MEASURE_RECORD = 'measure';

/** Fields compared for the change history, in Steckbrief order. */
export const MEASURE_AUDITED = [
  'code',
  'title',
  'summary',
  'description',
  'goal',
  'fieldOfActionId',
  'leadOrgUnitId',
  'participatingOrgUnitIds',
  'externalActors',
  'targetGroup',
  'priority',
  'status',
  'assessment',
  'progressPercent',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'costEstimateEur',
  'fundingSource',
  'ghgReductionTargetT',
  'ghgReductionAchievedT',
  'emissionSectorId',
  'lifetimeYears',
  'responsibleContact',
  'internalNotes',
  'published',
  'publicSummary',
] as const;

type Column = Exclude<(typeof MEASURE_AUDITED)[number], 'participatingOrgUnitIds'>;
export type MeasureColumns = Pick<MeasureEntity, Column>;
export type NewMeasure = Pick<MeasureColumns, 'code' | 'title' | 'fieldOfActionId' | 'leadOrgUnitId'> & Partial<MeasureColumns>;
export type MeasureChanges = Partial<MeasureColumns> & { participatingOrgUnitIds?: string[] };

/** What the list's text search looks in: kept with every write of these fields. */
export function searchTextOf(m: Pick<MeasureEntity, 'code' | 'title' | 'summary' | 'description' | 'goal'>): string {
  return [m.code, m.title, m.summary, m.description, m.goal].filter(Boolean).join('\n').toLocaleLowerCase('de-DE');
}

/** The history's view of a measure: its columns and its participants as a set of ids. */
export function auditShapeOf(m: MeasureEntity): Partial<Record<(typeof MEASURE_AUDITED)[number], unknown>> {
  return {
    ...Object.fromEntries(MEASURE_AUDITED.map((f) => [f, (m as unknown as Record<string, unknown>)[f]])),
    participatingOrgUnitIds: (m.participatingOrgUnits ?? []).map((o) => o.id).sort(),
  };
}

/** A new measure's row with every default and derived column, not yet written (an import's preview shows it). */
export function newMeasureRow(values: NewMeasure): MeasureEntity {
  const entity = {
    summary: null,
    description: null,
    goal: null,
    externalActors: null,
    targetGroup: null,
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    costEstimateEur: null,
    fundingSource: null,
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    emissionSectorId: null,
    lifetimeYears: null,
    responsibleContact: null,
    internalNotes: null,
    published: false,
    publicSummary: null,
    archivedAt: null,
    ...definedOnly(values),
    id: randomUUID(),
    version: 1,
  } as MeasureEntity;
  entity.searchText = searchTextOf(entity);
  return entity;
}

/**
 * The writes of `measures` that the service and the import share, in the caller's transaction: a code
 * stays unique, the search text follows the texts, a stale version is refused, and the history is
 * written alike. Whether the field and the units exist is the caller's check.
 */
export async function createMeasure(
  manager: EntityManager,
  audit: RecordAudit,
  values: NewMeasure,
  participants: OrgUnitEntity[] = [],
): Promise<MeasureEntity> {
  if (await manager.existsBy(MeasureEntity, { code: values.code })) throw duplicateCode('Eine Maßnahme', values.code);
  const entity = newMeasureRow(values);
  await manager.insert(MeasureEntity, entity);
  if (participants.length) {
    await manager
      .createQueryBuilder()
      .relation(MeasureEntity, 'participatingOrgUnits')
      .of(entity.id)
      .add(participants.map((p) => p.id));
  }
  entity.participatingOrgUnits = participants;
  await audit(manager, {
    action: 'CREATE',
    entityType: MEASURE_RECORD,
    entityId: entity.id,
    entityLabel: entity.code,
    changes: diff({}, auditShapeOf(entity), MEASURE_AUDITED),
  });
  return entity;
}

/**
 * Changes `entity` (read in this transaction, with its participants when they change) if it still has
 * `version`. `participants` are the new participating units when `changes.participatingOrgUnitIds` is given.
 */
export async function updateMeasure(
  manager: EntityManager,
  audit: RecordAudit,
  entity: MeasureEntity,
  changes: MeasureChanges,
  version: number,
  participants: OrgUnitEntity[] = [],
): Promise<void> {
  if (entity.version !== version) throw staleVersion('Die Maßnahme');
  if (changes.code && changes.code !== entity.code && (await manager.existsBy(MeasureEntity, { code: changes.code }))) {
    throw duplicateCode('Eine Maßnahme', changes.code);
  }
  const { participatingOrgUnitIds, ...columns } = changes;
  const before = auditShapeOf(entity);
  const searchText = searchTextOf({ ...entity, ...columns });
  const result = await manager.update(MeasureEntity, { id: entity.id, version }, { ...columns, searchText, version: version + 1 });
  if (!result.affected) throw staleVersion('Die Maßnahme');
  const current = before.participatingOrgUnitIds as string[];
  const next = participatingOrgUnitIds ? participants.map((p) => p.id) : current;
  if (participatingOrgUnitIds) {
    await manager
      .createQueryBuilder()
      .relation(MeasureEntity, 'participatingOrgUnits')
      .of(entity.id)
      .addAndRemove(
        next.filter((p) => !current.includes(p)),
        current.filter((p) => !next.includes(p)),
      );
  }
  const changeList = diff(before, { ...before, ...columns, participatingOrgUnitIds: next }, MEASURE_AUDITED);
  if (changeList.length) {
    await audit(manager, {
      action: 'UPDATE',
      entityType: MEASURE_RECORD,
      entityId: entity.id,
      entityLabel: columns.code ?? entity.code,
      changes: changeList,
    });
  }
}
