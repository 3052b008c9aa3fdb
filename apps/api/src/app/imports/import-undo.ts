import { EntityManager, In, type EntityMetadata } from 'typeorm';
import type { AuditEntry } from '../audit/audit.service';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { FIELD_OF_ACTION_RECORD } from '../fields-of-action/field-of-action-writes';
import { MeasureEntity } from '../measures/measure.entity';
import { MEASURE_RECORD, searchTextOf } from '../measures/measure-writes';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ORG_UNIT_RECORD } from '../org-units/org-unit-writes';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { PROGRESS_REPORT_RECORD } from '../reporting/progress-report-writes';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { REPORTING_PERIOD_RECORD } from '../reporting/reporting-period-writes';
import type { UndoEntry } from './import-apply';

/** The tables an import writes, with the entity, the audit's name for it and how a row is named to the user. */
const TABLES = {
  fields_of_action: {
    entity: FieldOfActionEntity,
    auditType: FIELD_OF_ACTION_RECORD,
    noun: 'Handlungsfeld',
    label: (r: Row) => `${r['code']} ${r['name']}`,
  },
  org_units: {
    entity: OrgUnitEntity,
    auditType: ORG_UNIT_RECORD,
    noun: 'Organisationseinheit',
    label: (r: Row) => `${r['code']} ${r['name']}`,
  },
  reporting_periods: {
    entity: ReportingPeriodEntity,
    auditType: REPORTING_PERIOD_RECORD,
    noun: 'Berichtszeitraum',
    label: (r: Row) => String(r['name']),
  },
  measures: { entity: MeasureEntity, auditType: MEASURE_RECORD, noun: 'Maßnahme', label: (r: Row) => `${r['code']} ${r['title']}` },
  progress_reports: {
    entity: ProgressReportEntity,
    auditType: PROGRESS_REPORT_RECORD,
    noun: 'Sachstand',
    label: (r: Row) => `vom ${String(r['submittedAt'] ?? '').slice(0, 10)}`,
  },
} as const;
type Row = Record<string, unknown>;

const chunks = <T>(items: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

export interface UndoOutcome {
  /** Why the import cannot be undone (someone changed or added to what it wrote); nothing was changed then. */
  conflicts: string[];
  deleted: number;
  restored: number;
}

/**
 * Takes an import back from its log: rows it created are deleted, rows it changed get their earlier
 * values. Only when nothing it wrote has been touched since (each row still has the version the
 * import left) and nothing new refers to a row it created (a report on an imported measure, a
 * measure in an imported field of action — found from the schema's foreign keys, so a new table is
 * covered without being named here). Otherwise nothing is changed and the conflicts are listed.
 * Runs in the caller's transaction.
 */
export async function undoImport(
  manager: EntityManager,
  log: UndoEntry[],
  audit: (entry: AuditEntry) => Promise<void>,
): Promise<UndoOutcome> {
  const conflicts: string[] = [];
  const current = new Map<string, Row>();
  for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const ids = log.filter((e) => e.table === table).map((e) => e.id);
    for (const part of chunks(ids)) {
      for (const row of (await manager.find(TABLES[table].entity, { where: { id: In(part) } })) as unknown as Row[])
        current.set(`${table}:${row['id']}`, row);
    }
  }
  const described = (entry: UndoEntry, row?: Row) => `${TABLES[entry.table].noun} ${row ? TABLES[entry.table].label(row) : entry.id}`;
  for (const entry of log) {
    const row = current.get(`${entry.table}:${entry.id}`);
    if (!row) conflicts.push(`${described(entry)} wurde nach dem Import gelöscht.`);
    else if (row['version'] !== entry.version) conflicts.push(`${described(entry, row)} wurde nach dem Import geändert.`);
  }

  // Rows that refer to a created row and were not created by this import themselves.
  const created = new Map<string, Set<string>>();
  for (const entry of log.filter((e) => e.op === 'CREATE')) {
    const tableName = manager.connection.getMetadata(TABLES[entry.table].entity).tableName;
    if (!created.has(tableName)) created.set(tableName, new Set());
    created.get(tableName)!.add(entry.id);
  }
  for (const [tableName, ids] of created) {
    for (const metadata of manager.connection.entityMetadatas) {
      for (const fk of metadata.foreignKeys.filter((f) => f.referencedTablePath === tableName)) {
        const column = fk.columnNames[0];
        const own = created.get(metadata.tableName) ?? new Set<string>();
        for (const part of chunks([...ids])) {
          const referring = await referringRows(manager, metadata, column, part);
          for (const r of referring.filter((r) => !own.has(String(r.id)))) {
            const entry = log.find((e) => e.id === r.ref)!;
            conflicts.push(
              `${described(entry, current.get(`${entry.table}:${entry.id}`))} wird inzwischen verwendet (${metadata.tableName}).`,
            );
          }
        }
      }
    }
  }
  if (conflicts.length) return { conflicts: [...new Set(conflicts)], deleted: 0, restored: 0 };

  let deleted = 0;
  let restored = 0;
  for (const entry of [...log].reverse()) {
    const { entity, auditType } = TABLES[entry.table];
    const row = current.get(`${entry.table}:${entry.id}`)!;
    const label = TABLES[entry.table].label(row).slice(0, 300);
    if (entry.op === 'CREATE') {
      await manager.delete(entity, { id: entry.id });
      deleted++;
      await audit({
        action: 'DELETE',
        entityType: auditType,
        entityId: entry.id,
        entityLabel: label,
        changes: [{ field: 'undoneImport', before: null, after: true }],
      });
    } else {
      const before = entry.before ?? {};
      const values: Row = { ...before };
      if (entry.table === 'measures') values['searchText'] = searchTextOf({ ...row, ...before } as unknown as MeasureEntity);
      await manager.update(entity, { id: entry.id }, values);
      restored++;
      const changes = Object.entries(before).map(([field, value]) => ({ field, before: row[field] ?? null, after: value ?? null }));
      await audit({ action: 'UPDATE', entityType: auditType, entityId: entry.id, entityLabel: label, changes });
    }
  }
  return { conflicts: [], deleted, restored };
}

/** Rows of `metadata`'s table whose `column` names one of `ids`: their own id (or the junction's other key) and the id they refer to. */
async function referringRows(
  manager: EntityManager,
  metadata: EntityMetadata,
  column: string,
  ids: string[],
): Promise<{ id: unknown; ref: string }[]> {
  const own = metadata.primaryColumns.find((c) => c.databaseName !== column)?.databaseName ?? column;
  const rows: Row[] = await manager
    .createQueryBuilder()
    .select(`t."${own}"`, 'id')
    .addSelect(`t."${column}"`, 'ref')
    .from(metadata.tablePath, 't')
    .where(`t."${column}" IN (:...ids)`, { ids })
    .getRawMany();
  return rows.map((r) => ({ id: r['id'], ref: String(r['ref']) }));
}
