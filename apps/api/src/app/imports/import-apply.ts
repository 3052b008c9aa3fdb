import type { ImportCounts, ImportIssue, ImportPreview, ImportPreviewRow, ImportRowAction, MeasureStatus } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { AuditEntry } from '../audit/audit.service';
import { diff } from '../audit/audit.service';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { searchTextOf } from '../measures/measures.service';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { periodKey, type ImportPlan, type PlannedMeasure } from './import-plan';

export const DEFAULT_LEAD = { code: 'KS-IMPORT', name: 'Stabsstelle Klimaschutz (Import)' } as const;

/** What the user decides for the whole file, in the wizard or by a CLI flag. */
export interface ImportChoices {
  /** Code of an existing org unit that leads new measures whose row names none; null: the automatic choice. */
  defaultLeadOrgUnit?: string | null;
}

export interface ApplyOptions extends ImportChoices {
  /** Preview: read the database, decide every action, write nothing. */
  dryRun: boolean;
  fileName: string;
  importId: string;
  actor: { id: string | null; displayName: string } | null;
  audit: (manager: EntityManager, entry: AuditEntry) => Promise<void>;
  onProgress?: (percent: number) => void;
}

export interface ApplyResult extends ImportPreview {
  /** Created/updated measure codes, for the CLI's printout. */
  measureCodes: { created: string[]; updated: string[] };
}

export const unknownLead = (code: string) =>
  `Die gewählte Federführung „${code}“ gibt es nicht oder sie ist nicht aktiv; bitte eine vorhandene Organisationseinheit wählen.`;

const zero = (): ImportCounts => ({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
const MEASURE_FIELDS = ['title', 'summary', 'description', 'goal', 'fieldOfActionId', 'leadOrgUnitId', 'status', 'assessment', 'priority', 'progressPercent', 'plannedStart', 'plannedEnd'] as const;
const chunks = <T>(items: T[], size = 500): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

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

  // Fields of action: matched by code; a different name in the file renames.
  const fields = new Map((await manager.find(FieldOfActionEntity)).map((f) => [f.code, f]));
  let sortOrder = Math.max(0, ...[...fields.values()].map((f) => f.sortOrder));
  const ensureField = async (code: string, name: string | null, row: number): Promise<{ id: string; action: ImportRowAction }> => {
    const existing = fields.get(code);
    if (existing) {
      if (name && name !== existing.name) {
        update.fieldsOfAction++;
        if (write) await manager.update(FieldOfActionEntity, { id: existing.id }, { name });
        await audit({ action: 'UPDATE', entityType: 'field-of-action', entityId: existing.id, entityLabel: code, changes: [{ field: 'name', before: existing.name, after: name }] });
        existing.name = name;
        return { id: existing.id, action: 'UPDATE' };
      }
      return { id: existing.id, action: 'UNCHANGED' };
    }
    if (!name) warnings.push({ row, column: null, message: `Das Handlungsfeld „${code}“ ist unbekannt und wird mit der Kennung als Namen angelegt.` });
    const entity = { id: randomUUID(), code, name: name ?? code, description: null, sortOrder: ++sortOrder, colour: '#1b5e20' } as FieldOfActionEntity;
    create.fieldsOfAction++;
    if (write) await manager.insert(FieldOfActionEntity, entity);
    await audit({ action: 'CREATE', entityType: 'field-of-action', entityId: entity.id, entityLabel: code, changes: diff({}, entity, ['code', 'name']) });
    fields.set(code, entity);
    return { id: entity.id, action: 'CREATE' };
  };
  for (const f of plan.fields) {
    rows.push({ row: f.row, kind: 'FIELD_OF_ACTION', code: f.code, label: f.name ?? f.code, action: (await ensureField(f.code, f.name, f.row)).action });
    await tick();
  }

  // Org units: matched by code; new ones are created as Fachbereich.
  const orgUnits = new Map((await manager.find(OrgUnitEntity)).map((o) => [o.code, o]));
  const ensureOrgUnit = async (code: string, name: string | null, kind: OrgUnitEntity['kind'], row: number) => {
    const existing = orgUnits.get(code);
    if (existing) return existing.id;
    if (row > 0) warnings.push({ row, column: null, message: `Die Organisationseinheit „${code}“ ist unbekannt und wird als ${kind === 'STABSSTELLE' ? 'Stabsstelle' : 'Fachbereich'} „${name ?? code}“ angelegt.` });
    const entity = { id: randomUUID(), code, name: name ?? code, kind, parentId: null, email: null, active: true } as OrgUnitEntity;
    create.orgUnits++;
    if (write) await manager.insert(OrgUnitEntity, entity);
    await audit({ action: 'CREATE', entityType: 'org-unit', entityId: entity.id, entityLabel: code, changes: diff({}, entity, ['code', 'name', 'kind']) });
    orgUnits.set(code, entity);
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
  const defaultLeadFor = async (row: number) => {
    if (!defaultLead) {
      const stabsstelle = [...orgUnits.values()].find((o) => o.kind === 'STABSSTELLE' && o.active && /klimaschutz/i.test(o.name));
      if (stabsstelle) {
        warnings.push({ row: 0, column: null, message: `Die Datei nennt keine Federführung; neue Maßnahmen werden der vorhandenen Stabsstelle „${stabsstelle.name}“ (${stabsstelle.code}) zugeordnet. ${choose}` });
        defaultLead = stabsstelle;
      } else {
        warnings.push({ row: 0, column: null, message: `Die Datei nennt keine Federführung; neue Maßnahmen werden der Organisationseinheit „${DEFAULT_LEAD.name}“ (${DEFAULT_LEAD.code}) zugeordnet, die dafür angelegt wird. ${choose}` });
        await ensureOrgUnit(DEFAULT_LEAD.code, DEFAULT_LEAD.name, 'STABSSTELLE', 0);
        defaultLead = orgUnits.get(DEFAULT_LEAD.code)!;
      }
    }
    warnings.push({ row, column: null, message: `Keine Federführung angegeben; die neue Maßnahme wird „${defaultLead.name}“ (${defaultLead.code}) zugeordnet.` });
    return defaultLead.id;
  };

  // Reporting periods: matched by name, ignoring the spacing around "/".
  const periods = new Map((await manager.find(ReportingPeriodEntity)).map((p) => [periodKey(p.name), p]));
  const periodIds = new Map<string, string>();
  for (const p of plan.periods) {
    const existing = periods.get(p.key);
    if (existing) {
      periodIds.set(p.key, existing.id);
      continue;
    }
    const closed = p.endDate < now.toISOString().slice(0, 10);
    const entity = { id: randomUUID(), name: p.name, startDate: p.startDate, endDate: p.endDate, dueDate: p.dueDate, closed, closedAt: closed ? now : null } as ReportingPeriodEntity;
    create.reportingPeriods++;
    if (write) await manager.insert(ReportingPeriodEntity, entity);
    await audit({ action: 'CREATE', entityType: 'reporting-period', entityId: entity.id, entityLabel: p.name, changes: diff({}, entity, ['name', 'startDate', 'endDate', 'dueDate', 'closed']) });
    periodIds.set(p.key, entity.id);
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
    for (const extra of m.extraRows) rows.push({ row: extra.row, kind: extra.kind, code: m.code, label: 'Plantext → Beschreibung', action });
    await tick();
  }

  async function upsertMeasure(m: PlannedMeasure): Promise<ImportRowAction> {
    const existing = existingMeasures.get(m.code);
    const fieldOfActionId = m.fieldCode ? (await ensureField(m.fieldCode, m.fieldName ?? null, m.row)).id : undefined;
    const leadOrgUnitId = m.leadCode ? await ensureOrgUnit(m.leadCode, m.leadName ?? null, 'FACHBEREICH', m.row) : undefined;
    const given: Partial<MeasureEntity> = Object.fromEntries(
      Object.entries({ ...m, fieldOfActionId, leadOrgUnitId }).filter(([k, v]) => v !== undefined && (MEASURE_FIELDS as readonly string[]).includes(k)),
    );
    if (existing) {
      if (existing.archivedAt) warnings.push({ row: m.row, column: null, message: `Die Maßnahme ${m.code} ist archiviert; sie wird aktualisiert und bleibt archiviert.` });
      const changes = diff(existing, { ...existing, ...given }, MEASURE_FIELDS);
      measures.set(m.code, { ...existing, ...given } as MeasureEntity);
      if (!changes.length) return 'UNCHANGED';
      update.measures++;
      measureCodes.updated.push(m.code);
      if (write) {
        const merged = { ...existing, ...given } as MeasureEntity;
        await manager.update(MeasureEntity, { id: existing.id }, { ...given, searchText: searchTextOf(merged) });
      }
      await audit({ action: 'UPDATE', entityType: 'measure', entityId: existing.id, entityLabel: m.code, changes });
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
      warnings.push({ row: 0, column: null, message: 'Die Datei nennt keinen Status; neue Maßnahmen mit Sachständen gelten als „in Umsetzung“, ohne Sachstand als „geplant“.' });
    }
    const status: MeasureStatus = m.status ?? (withReports.has(m.code) ? 'IN_PROGRESS' : 'PLANNED');
    const entity = {
      id: randomUUID(), code: m.code, title: m.title!, summary: null, description: null, goal: null, fieldOfActionId: fieldOfActionId!,
      leadOrgUnitId: leadOrgUnitId ?? (await defaultLeadFor(m.row)), externalActors: null, targetGroup: null, priority: 'MEDIUM' as const,
      status, assessment: 'NOT_ASSESSED' as const, progressPercent: 0, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null,
      costEstimateEur: null, fundingSource: null, ghgReductionTargetT: null, ghgReductionAchievedT: null, responsibleContact: null,
      internalNotes: null, published: false, publicSummary: null, archivedAt: null, ...given,
    } as MeasureEntity;
    entity.searchText = searchTextOf(entity);
    create.measures++;
    measureCodes.created.push(m.code);
    if (write) await manager.insert(MeasureEntity, entity);
    await audit({ action: 'CREATE', entityType: 'measure', entityId: entity.id, entityLabel: m.code, changes: diff({}, entity, ['code', ...MEASURE_FIELDS]) });
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
        if (write) await manager.update(ProgressReportEntity, { id: existing.id }, values);
        await audit({ action: 'UPDATE', entityType: 'progress-report', entityId: existing.id, entityLabel: `${measure.code} · ${periodName}`, scopeId: measure.id, changes });
      }
    } else {
      const period = plan.periods.find((p) => p.key === r.periodKey);
      const entity = {
        id: randomUUID(), measureId: measure.id, periodId, orgUnitId: measure.leadOrgUnitId, authorId: options.actor?.id ?? null,
        authorName: `Import ${options.fileName}`.slice(0, 200), state: 'ACCEPTED' as const, revision: 1, supersedesId: null, ...values,
        obstacles: null, nextSteps: null, milestonesReached: null, actualCostsEur: null, staffEffortHours: null, ghgReductionAchievedT: null,
        submittedAt: period ? new Date(`${period.endDate}T12:00:00Z`) : now, reviewDecision: 'ACCEPT' as const, reviewComment: 'Importiert',
        reviewedAt: now, reviewerId: options.actor?.id ?? null, reviewerName: options.actor?.displayName ?? 'Import', appliedToMeasure: false,
      } as ProgressReportEntity;
      create.reports++;
      if (write) await manager.insert(ProgressReportEntity, entity);
      await audit({ action: 'CREATE', entityType: 'progress-report', entityId: entity.id, entityLabel: `${measure.code} · ${periodName}`, scopeId: measure.id, changes: diff({}, entity, ['periodId', 'status', 'assessment', 'text']) });
      action = 'CREATE';
    }
    rows.push({ row: r.row, kind: 'REPORT', code: r.measureCode, label: periodName, action });
    await tick();
  }

  await audit({
    action: 'CREATE', entityType: 'import', entityId: options.importId, entityLabel: options.fileName.slice(0, 300),
    changes: [{ field: 'created', before: null, after: create }, { field: 'updated', before: null, after: update }, { field: 'warnings', before: null, after: warnings.length }],
  });
  options.onProgress?.(100);
  const errorRows = new Set(errors.map((e) => e.row));
  for (const row of rows) if (errorRows.has(row.row)) row.action = 'ERROR';
  rows.sort((a, b) => a.row - b.row);
  const byPosition = (a: ImportIssue, b: ImportIssue) => a.row - b.row;
  return { rows, create, update, warnings: warnings.sort(byPosition), errors: errors.sort(byPosition), measureCodes };
}
