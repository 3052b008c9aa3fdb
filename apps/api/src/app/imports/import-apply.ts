import {
  masterDataKey,
  type ImportCounts,
  type ImportIssue,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportRowAction,
  type MasterDataDecision,
  type MasterDataItem,
  type MasterDataKind,
  type MeasureStatus,
} from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { AuditEntry, RecordAudit } from '../audit/audit.service';
import { diff } from '../audit/audit.service';
import { dateInBerlin } from '../common/date-time';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { createFieldOfAction, updateFieldOfAction } from '../fields-of-action/field-of-action-writes';
import { MeasureEntity } from '../measures/measure.entity';
import { createMeasure, newMeasureRow, updateMeasure } from '../measures/measure-writes';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { createOrgUnit, updateOrgUnit } from '../org-units/org-unit-writes';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { correctAcceptedReport, createAcceptedReport } from '../reporting/progress-report-writes';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { createReportingPeriod } from '../reporting/reporting-period-writes';
import { periodKey, type ImportPlan, type PlannedMeasure } from './import-plan';

export const DEFAULT_LEAD = { code: 'KS-IMPORT', name: 'Stabsstelle Klimaschutz (Import)' } as const;

/** What the user decides for the whole file, in the wizard or by a CLI flag. */
export interface ImportChoices {
  /** Code of an existing org unit that leads new measures whose row names none; null: the automatic choice. */
  defaultLeadOrgUnit?: string | null;
  /** Decisions for master data by `masterDataKey`; the default keeps every existing record as it is. */
  masterData?: Record<string, MasterDataDecision>;
}

/** One write of an import, enough to take it back (see ImportUndo): what it was before, and the version it left. */
export interface UndoEntry {
  table: 'fields_of_action' | 'org_units' | 'reporting_periods' | 'measures' | 'progress_reports';
  id: string;
  op: 'CREATE' | 'UPDATE';
  /** The row's version right after the import wrote it: a different one later means someone changed it since. */
  version: number;
  /** UPDATE: the changed columns' values before the import. */
  before?: Record<string, string | number | boolean | null>;
}

export interface ApplyOptions extends ImportChoices {
  /** Preview: read the database, decide every action, write nothing. */
  dryRun: boolean;
  fileName: string;
  importId: string;
  actor: { id: string | null; displayName: string } | null;
  /** Writes a history entry; every write goes through its feature's write functions, which call it. */
  audit: RecordAudit;
  onProgress?: (percent: number) => void;
}

export interface ApplyResult extends ImportPreview {
  /** Created/updated measure codes, for the CLI's printout. */
  measureCodes: { created: string[]; updated: string[] };
  masterData: MasterDataItem[];
  /** Every write, in order (empty for a dry run). */
  undoLog: UndoEntry[];
}

export const unknownLead = (code: string) =>
  `Die gewählte Federführung „${code}“ gibt es nicht oder sie ist nicht aktiv; bitte eine vorhandene Organisationseinheit wählen.`;

const zero = (): ImportCounts => ({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
const MEASURE_FIELDS = [
  'title',
  'summary',
  'description',
  'goal',
  'fieldOfActionId',
  'leadOrgUnitId',
  'status',
  'assessment',
  'priority',
  'progressPercent',
  'plannedStart',
  'plannedEnd',
] as const;
/** The columns a change touched, with the row's values before it: what an undo writes back. */
const valuesOf = (row: object, changes: { field: string }[]): Record<string, string | number | boolean | null> =>
  Object.fromEntries(
    changes.map((c) => [c.field, ((row as Record<string, unknown>)[c.field] ?? null) as string | number | boolean | null]),
  );
/** A preview's stand-in for a row the import would create: enough for the rows that refer to it. */
const provisional = <T>(values: object): T => ({ ...values, id: randomUUID(), version: 1 }) as T;
const chunks = <T>(items: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/**
 * Turns a plan into database rows — or, with `dryRun`, into the preview of exactly what that would do.
 * The caller runs it inside one transaction; any error thrown rolls every row back.
 */
export async function applyPlan(manager: EntityManager, plan: ImportPlan, options: ApplyOptions): Promise<ApplyResult> {
  const warnings: ImportIssue[] = [...plan.warnings];
  const errors: ImportIssue[] = [...plan.errors];
  const create = zero();
  const update = zero();
  const rows: ImportPreviewRow[] = [];
  const measureCodes = { created: [] as string[], updated: [] as string[] };
  const write = !options.dryRun;
  const now = new Date();
  const audit = (entry: AuditEntry) => (write ? options.audit(manager, entry) : Promise.resolve());
  const total = plan.fields.length + plan.measures.length + plan.reports.length + 1;
  let done = 0;
  const tick = async () => {
    done++;
    if (done % 20 === 0) {
      options.onProgress?.(Math.round((done / total) * 100));
      // Lets other requests run between batches, so a big import does not block the API.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  const undoLog: UndoEntry[] = [];
  const logWrite = (entry: UndoEntry) => {
    if (write) undoLog.push(entry);
  };

  // Master data (fields of action, org units, periods): each item the file names is decided once —
  // by the user in the preview, else by the default, which never changes an existing record.
  const items = new Map<string, MasterDataItem>();
  const note = (
    kind: MasterDataKind,
    key: string,
    fromFile: string | null,
    existing: { id: string; code: string | null; name: string } | null,
    differs: boolean,
  ) => {
    const id = masterDataKey(kind, key);
    let item = items.get(id);
    if (!item) {
      const decision =
        options.masterData?.[id] ?? (existing ? { action: 'MATCH' as const, targetId: existing.id } : { action: 'CREATE' as const });
      item = { kind, key, fromFile, existing, differs, rowCount: 0, decision };
      items.set(id, item);
    }
    item.rowCount++;
    if (!item.fromFile && fromFile) item.fromFile = fromFile;
    item.differs ||= differs;
    return item;
  };
  const decisionError = (message: string) => {
    errors.push({ row: 0, column: null, message, rule: 'Stammdaten' });
    return null;
  };
  const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

  // Fields of action: matched by code; renamed, or another one used, only by decision.
  const fields = new Map((await manager.find(FieldOfActionEntity)).map((f) => [f.code, f]));
  const fieldsById = new Map([...fields.values()].map((f) => [f.id, f]));
  let sortOrder = Math.max(0, ...[...fields.values()].map((f) => f.sortOrder));
  const resolvedFields = new Map<string, { id: string; action: ImportRowAction } | null>();
  const ensureField = async (code: string, name: string | null, row: number): Promise<{ id: string; action: ImportRowAction } | null> => {
    const existing = fields.get(code) ?? null;
    const item = note(
      'FIELD_OF_ACTION',
      code,
      name,
      existing && { id: existing.id, code: existing.code, name: existing.name },
      Boolean(existing && name && name !== existing.name),
    );
    if (resolvedFields.has(code)) return resolvedFields.get(code)!;
    const resolved = await resolveField(item, code, name, row);
    resolvedFields.set(code, resolved);
    return resolved;
  };
  const resolveField = async (
    item: MasterDataItem,
    code: string,
    name: string | null,
    row: number,
  ): Promise<{ id: string; action: ImportRowAction } | null> => {
    const existing = fields.get(code);
    const decision = item.decision;
    if (decision.action === 'MATCH') {
      const target = fieldsById.get(decision.targetId);
      if (!target) return decisionError(`Das für „${code}“ gewählte Handlungsfeld gibt es nicht (mehr); bitte neu wählen.`);
      if (existing && target.id === existing.id && name && name !== existing.name) {
        warnings.push({
          row,
          column: null,
          rule: 'Handlungsfeld mit anderem Namen zugeordnet',
          message: `Das Handlungsfeld „${code}“ heißt in der Datei „${name}“, im Cockpit „${existing.name}“: die Zeilen werden dem vorhandenen zugeordnet, sein Name bleibt. Umbenennen oder neu anlegen unter „Stammdaten“.`,
        });
      }
      return { id: target.id, action: 'UNCHANGED' };
    }
    if (decision.action === 'RENAME') {
      if (!existing) return decisionError(`Das Handlungsfeld „${code}“ gibt es noch nicht; umbenennen lässt sich nur ein vorhandenes.`);
      if (!name || name === existing.name) return { id: existing.id, action: 'UNCHANGED' };
      update.fieldsOfAction++;
      if (write) await updateFieldOfAction(manager, options.audit, existing, { name }, existing.version);
      logWrite({
        table: 'fields_of_action',
        id: existing.id,
        op: 'UPDATE',
        version: existing.version + 1,
        before: { name: existing.name },
      });
      return { id: existing.id, action: 'UPDATE' };
    }
    const newCode = decision.code?.trim() || code;
    if (fields.has(newCode))
      return decisionError(`Ein Handlungsfeld „${newCode}“ gibt es schon; für ein neues bitte eine freie Kennung wählen.`);
    if (newCode.length > 10 || !CODE.test(newCode))
      return decisionError(
        `„${newCode}“ taugt nicht als Kennung eines Handlungsfelds (höchstens 10 Buchstaben, Ziffern, „.“, „-“ oder „_“).`,
      );
    if (!name)
      warnings.push({
        row,
        column: null,
        rule: 'Handlungsfeld ohne Namen',
        message: `Das Handlungsfeld „${code}“ ist unbekannt und wird mit der Kennung als Namen angelegt.`,
      });
    const values = { code: newCode, name: name ?? code, sortOrder: ++sortOrder };
    const entity = write ? await createFieldOfAction(manager, options.audit, values) : provisional<FieldOfActionEntity>(values);
    create.fieldsOfAction++;
    logWrite({ table: 'fields_of_action', id: entity.id, op: 'CREATE', version: 1 });
    fields.set(newCode, entity);
    fieldsById.set(entity.id, entity);
    return { id: entity.id, action: 'CREATE' };
  };
  for (const f of plan.fields) {
    const resolved = await ensureField(f.code, f.name, f.row);
    rows.push({ row: f.row, kind: 'FIELD_OF_ACTION', code: f.code, label: f.name ?? f.code, action: resolved?.action ?? 'ERROR' });
    await tick();
  }

  // Org units: matched by code; new ones are created as Fachbereich; renamed or another one used only by decision.
  const orgUnits = new Map((await manager.find(OrgUnitEntity)).map((o) => [o.code, o]));
  const orgUnitsById = new Map([...orgUnits.values()].map((o) => [o.id, o]));
  const resolvedUnits = new Map<string, string | null>();
  const ensureOrgUnit = async (code: string, name: string | null, kind: OrgUnitEntity['kind'], row: number): Promise<string | null> => {
    const existing = orgUnits.get(code) ?? null;
    const item = note(
      'ORG_UNIT',
      code,
      name,
      existing && { id: existing.id, code: existing.code, name: existing.name },
      Boolean(existing && name && name !== existing.name),
    );
    if (resolvedUnits.has(code)) return resolvedUnits.get(code)!;
    const resolved = await resolveOrgUnit(item, code, name, kind, row);
    resolvedUnits.set(code, resolved);
    return resolved;
  };
  const resolveOrgUnit = async (
    item: MasterDataItem,
    code: string,
    name: string | null,
    kind: OrgUnitEntity['kind'],
    row: number,
  ): Promise<string | null> => {
    const existing = orgUnits.get(code);
    const decision = item.decision;
    if (decision.action === 'MATCH') {
      const target = orgUnitsById.get(decision.targetId);
      if (!target) return decisionError(`Die für „${code}“ gewählte Organisationseinheit gibt es nicht (mehr); bitte neu wählen.`);
      if (existing && target.id === existing.id && name && name !== existing.name) {
        warnings.push({
          row,
          column: null,
          rule: 'Organisationseinheit mit anderem Namen zugeordnet',
          message: `Die Organisationseinheit „${code}“ heißt in der Datei „${name}“, im Cockpit „${existing.name}“: die Zeilen werden der vorhandenen zugeordnet, ihr Name bleibt.`,
        });
      }
      return target.id;
    }
    if (decision.action === 'RENAME') {
      if (!existing)
        return decisionError(`Die Organisationseinheit „${code}“ gibt es noch nicht; umbenennen lässt sich nur eine vorhandene.`);
      if (!name || name === existing.name) return existing.id;
      update.orgUnits++;
      if (write) await updateOrgUnit(manager, options.audit, existing, { name }, existing.version);
      logWrite({ table: 'org_units', id: existing.id, op: 'UPDATE', version: existing.version + 1, before: { name: existing.name } });
      return existing.id;
    }
    const newCode = decision.code?.trim() || code;
    if (orgUnits.has(newCode))
      return decisionError(`Eine Organisationseinheit „${newCode}“ gibt es schon; für eine neue bitte eine freie Kennung wählen.`);
    if (newCode.length > 20 || !CODE.test(newCode))
      return decisionError(
        `„${newCode}“ taugt nicht als Kennung einer Organisationseinheit (höchstens 20 Buchstaben, Ziffern, „.“, „-“ oder „_“).`,
      );
    if (row > 0)
      warnings.push({
        row,
        column: null,
        rule: 'Organisationseinheit wird angelegt',
        message: `Die Organisationseinheit „${code}“ ist unbekannt und wird als ${kind === 'STABSSTELLE' ? 'Stabsstelle' : 'Fachbereich'} „${name ?? code}“ angelegt.`,
      });
    const values = { code: newCode, name: name ?? code, kind };
    const entity = write ? await createOrgUnit(manager, options.audit, values) : provisional<OrgUnitEntity>({ ...values, active: true });
    create.orgUnits++;
    logWrite({ table: 'org_units', id: entity.id, op: 'CREATE', version: 1 });
    orgUnits.set(newCode, entity);
    orgUnitsById.set(entity.id, entity);
    return entity.id;
  };
  // New measures whose row names no lead: the org unit the user chose, else the Stabsstelle Klimaschutz, else a new one.
  const chosen = options.defaultLeadOrgUnit ? orgUnits.get(options.defaultLeadOrgUnit) : undefined;
  const chosenLead = chosen?.active ? chosen : undefined;
  if (options.defaultLeadOrgUnit && !chosenLead) {
    errors.push({ row: 0, column: null, message: unknownLead(options.defaultLeadOrgUnit) });
  }
  let defaultLead: OrgUnitEntity | undefined = chosenLead;
  const choose = 'Eine andere Organisationseinheit lässt sich als Federführung für Zeilen ohne Angabe wählen.';
  const defaultLeadFor = async (row: number): Promise<string | null> => {
    if (!defaultLead) {
      const stabsstelle = [...orgUnits.values()].find((o) => o.kind === 'STABSSTELLE' && o.active && /klimaschutz/i.test(o.name));
      if (stabsstelle) {
        warnings.push({
          row: 0,
          column: null,
          rule: 'Federführung fehlt',
          message: `Die Datei nennt keine Federführung; neue Maßnahmen werden der vorhandenen Stabsstelle „${stabsstelle.name}“ (${stabsstelle.code}) zugeordnet. ${choose}`,
        });
        defaultLead = stabsstelle;
      } else {
        warnings.push({
          row: 0,
          column: null,
          rule: 'Federführung fehlt',
          message: `Die Datei nennt keine Federführung; neue Maßnahmen werden der Organisationseinheit „${DEFAULT_LEAD.name}“ (${DEFAULT_LEAD.code}) zugeordnet, die dafür angelegt wird. ${choose}`,
        });
        const id = await ensureOrgUnit(DEFAULT_LEAD.code, DEFAULT_LEAD.name, 'STABSSTELLE', 0);
        if (!id) return null;
        defaultLead = orgUnitsById.get(id)!;
      }
    }
    warnings.push({
      row,
      column: null,
      rule: 'Federführung fehlt',
      message: `Keine Federführung angegeben; die neue Maßnahme wird „${defaultLead.name}“ (${defaultLead.code}) zugeordnet.`,
    });
    return defaultLead.id;
  };

  // Reporting periods: matched by name, ignoring the spacing around "/"; another one used only by decision.
  const periods = new Map((await manager.find(ReportingPeriodEntity)).map((p) => [periodKey(p.name), p]));
  const periodsById = new Map([...periods.values()].map((p) => [p.id, p]));
  const periodIds = new Map<string, string>();
  const reportsPerPeriod = new Map<string, number>();
  for (const r of plan.reports) reportsPerPeriod.set(r.periodKey, (reportsPerPeriod.get(r.periodKey) ?? 0) + 1);
  for (const p of plan.periods) {
    const existing = periods.get(p.key) ?? null;
    const item = note(
      'REPORTING_PERIOD',
      p.name,
      `${p.startDate} bis ${p.endDate}`,
      existing && { id: existing.id, code: null, name: existing.name },
      Boolean(existing && (existing.startDate !== p.startDate || existing.endDate !== p.endDate)),
    );
    item.rowCount = reportsPerPeriod.get(p.key) ?? 0;
    const decision = item.decision;
    if (decision.action === 'MATCH') {
      const target = periodsById.get(decision.targetId);
      if (target) periodIds.set(p.key, target.id);
      else decisionError(`Der für „${p.name}“ gewählte Berichtszeitraum gibt es nicht (mehr); bitte neu wählen.`);
      continue;
    }
    if (decision.action === 'RENAME' || existing) {
      decisionError(
        `Den Berichtszeitraum „${p.name}“ gibt es schon; die Sachstände lassen sich ihm oder einem anderen vorhandenen zuordnen.`,
      );
      continue;
    }
    // A period that ended before the import is closed at once: its reports are history.
    const values = { name: p.name, startDate: p.startDate, endDate: p.endDate, dueDate: p.dueDate, closed: p.endDate < dateInBerlin(now) };
    const entity = write ? await createReportingPeriod(manager, options.audit, values) : provisional<ReportingPeriodEntity>(values);
    create.reportingPeriods++;
    logWrite({ table: 'reporting_periods', id: entity.id, op: 'CREATE', version: 1 });
    periodIds.set(p.key, entity.id);
    periodsById.set(entity.id, entity);
  }

  // Measures: the code is the key; a re-import changes only what the file gives.
  const existingMeasures = new Map<string, MeasureEntity>();
  for (const part of chunks(plan.measures.map((m) => m.code))) {
    for (const m of await manager.find(MeasureEntity, { where: { code: In(part) } })) existingMeasures.set(m.code, m);
  }
  const withReports = new Set(plan.reports.map((r) => r.measureCode));
  let statusRuleStated = false;
  const measures = new Map<string, MeasureEntity>();
  for (const m of plan.measures) {
    const action = await upsertMeasure(m);
    rows.push({ row: m.row, kind: 'MEASURE', code: m.code, label: m.title ?? existingMeasures.get(m.code)?.title ?? m.code, action });
    for (const extra of m.extraRows)
      rows.push({ row: extra.row, kind: extra.kind, code: m.code, label: 'Plantext → Beschreibung', action });
    await tick();
  }

  async function upsertMeasure(m: PlannedMeasure): Promise<ImportRowAction> {
    const existing = existingMeasures.get(m.code);
    const field = m.fieldCode ? await ensureField(m.fieldCode, m.fieldName ?? null, m.row) : undefined;
    const lead = m.leadCode ? await ensureOrgUnit(m.leadCode, m.leadName ?? null, 'FACHBEREICH', m.row) : undefined;
    // A master-data decision that failed is an error of its own (row 0); the row is not written.
    if (field === null || lead === null) return 'ERROR';
    const fieldOfActionId = field?.id;
    const leadOrgUnitId = lead;
    const given: Partial<MeasureEntity> = Object.fromEntries(
      Object.entries({ ...m, fieldOfActionId, leadOrgUnitId }).filter(
        ([k, v]) => v !== undefined && (MEASURE_FIELDS as readonly string[]).includes(k),
      ),
    );
    if (existing) {
      if (existing.archivedAt)
        warnings.push({
          row: m.row,
          column: null,
          rule: 'Archivierte Maßnahme',
          message: `Die Maßnahme ${m.code} ist archiviert; sie wird aktualisiert und bleibt archiviert.`,
        });
      const changes = diff(existing, { ...existing, ...given }, MEASURE_FIELDS);
      measures.set(m.code, { ...existing, ...given } as MeasureEntity);
      if (!changes.length) return 'UNCHANGED';
      update.measures++;
      measureCodes.updated.push(m.code);
      if (write) await updateMeasure(manager, options.audit, existing, given, existing.version);
      logWrite({ table: 'measures', id: existing.id, op: 'UPDATE', version: existing.version + 1, before: valuesOf(existing, changes) });
      return 'UPDATE';
    }
    let failed = false;
    if (!m.title) {
      errors.push({ row: m.row, column: null, message: `Die neue Maßnahme ${m.code} hat keinen Titel.` });
      failed = true;
    }
    if (!fieldOfActionId) {
      errors.push({ row: m.row, column: null, message: `Die neue Maßnahme ${m.code} nennt kein Handlungsfeld.` });
      failed = true;
    }
    if (failed) return 'ERROR';
    if (!m.status && !statusRuleStated) {
      statusRuleStated = true;
      warnings.push({
        row: 0,
        column: null,
        rule: 'Status fehlt',
        message: 'Die Datei nennt keinen Status; neue Maßnahmen mit Sachständen gelten als „in Umsetzung“, ohne Sachstand als „geplant“.',
      });
    }
    const status: MeasureStatus = m.status ?? (withReports.has(m.code) ? 'IN_PROGRESS' : 'PLANNED');
    const leadId = leadOrgUnitId ?? (await defaultLeadFor(m.row));
    if (!leadId) return 'ERROR';
    const values = { ...given, code: m.code, title: m.title!, fieldOfActionId: fieldOfActionId!, leadOrgUnitId: leadId, status };
    const entity = write ? await createMeasure(manager, options.audit, values) : newMeasureRow(values);
    create.measures++;
    measureCodes.created.push(m.code);
    logWrite({ table: 'measures', id: entity.id, op: 'CREATE', version: 1 });
    measures.set(m.code, entity);
    return 'CREATE';
  }

  // Reports: an accepted report of the lead org unit per measure and period, so the cockpit counts it.
  const existingReports = new Map<string, ProgressReportEntity>();
  const knownIds = [...measures.values()].filter((m) => existingMeasures.has(m.code)).map((m) => m.id);
  for (const part of chunks(knownIds)) {
    for (const r of await manager.find(ProgressReportEntity, { where: { measureId: In(part), state: 'ACCEPTED' } })) {
      existingReports.set(`${r.measureId}|${r.periodId}|${r.orgUnitId}`, r);
    }
  }
  for (const r of plan.reports) {
    const measure = measures.get(r.measureCode);
    const periodId = periodIds.get(r.periodKey);
    const periodName = plan.periods.find((p) => p.key === r.periodKey)?.name ?? r.periodKey;
    if (!measure || !periodId) {
      rows.push({ row: r.row, kind: 'REPORT', code: r.measureCode, label: periodName, action: 'ERROR' });
      continue;
    }
    const existing = existingReports.get(`${measure.id}|${periodId}|${measure.leadOrgUnitId}`);
    const values = {
      status: r.status ?? existing?.status ?? measure.status,
      assessment: r.assessment,
      progressPercent: r.progressPercent ?? existing?.progressPercent ?? measure.progressPercent ?? 0,
      text: r.text,
    };
    let action: ImportRowAction;
    if (existing) {
      const changes = diff(existing, { ...existing, ...values }, ['status', 'assessment', 'progressPercent', 'text']);
      action = changes.length ? 'UPDATE' : 'UNCHANGED';
      if (changes.length) {
        update.reports++;
        if (write) await correctAcceptedReport(manager, options.audit, existing, { measure, period: { name: periodName } }, values);
        logWrite({
          table: 'progress_reports',
          id: existing.id,
          op: 'UPDATE',
          version: existing.version + 1,
          before: valuesOf(existing, changes),
        });
      }
    } else {
      const period = plan.periods.find((p) => p.key === r.periodKey);
      create.reports++;
      if (write) {
        const entity = await createAcceptedReport(manager, options.audit, {
          measure,
          period: { id: periodId, name: periodName },
          content: values,
          submittedAt: period ? new Date(`${period.endDate}T12:00:00Z`) : now,
          author: { id: options.actor?.id ?? null, name: `Import ${options.fileName}` },
          reviewer: { id: options.actor?.id ?? null, name: options.actor?.displayName ?? 'Import' },
          reviewComment: 'Importiert',
        });
        logWrite({ table: 'progress_reports', id: entity.id, op: 'CREATE', version: 1 });
      }
      action = 'CREATE';
    }
    rows.push({ row: r.row, kind: 'REPORT', code: r.measureCode, label: periodName, action });
    await tick();
  }

  await audit({
    action: 'CREATE',
    entityType: 'import',
    entityId: options.importId,
    entityLabel: options.fileName.slice(0, 300),
    changes: [
      { field: 'created', before: null, after: create },
      { field: 'updated', before: null, after: update },
      { field: 'warnings', before: null, after: warnings.length },
    ],
  });
  options.onProgress?.(100);
  const errorRows = new Set(errors.map((e) => e.row));
  for (const row of rows) if (errorRows.has(row.row)) row.action = 'ERROR';
  rows.sort((a, b) => a.row - b.row);
  const byPosition = (a: ImportIssue, b: ImportIssue) => a.row - b.row;
  return {
    rows,
    create,
    update,
    warnings: warnings.sort(byPosition),
    errors: errors.sort(byPosition),
    measureCodes,
    masterData: [...items.values()],
    undoLog,
  };
}
