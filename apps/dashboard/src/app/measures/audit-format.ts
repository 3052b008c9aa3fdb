import {
  ASSESSMENT_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_STATUS_LABELS,
  MILESTONE_STATE_LABELS,
  PRIORITY_LABELS,
  PROGRESS_REPORT_FIELD_LABELS,
  REPORT_STATE_LABELS,
} from '../shared/labels';
import { MILESTONE_FIELD_LABELS } from '../shared/dashboard-labels';
import { EMPTY_VALUE, formatDecimal, formatEur, formatIsoDate, formatYesNo } from '../shared/format';

/** Names for ids that appear in the change history (org units, fields of action). */
export interface AuditLookup {
  locale: string;
  orgUnits: ReadonlyMap<string, string>;
  fieldsOfAction: ReadonlyMap<string, string>;
}

const ENUM_LABELS: Record<string, Record<string, string>> = {
  status: MEASURE_STATUS_LABELS,
  assessment: ASSESSMENT_LABELS,
  priority: PRIORITY_LABELS,
  // Milestone and report states do not share a key, so one table serves both.
  state: { ...MILESTONE_STATE_LABELS, ...REPORT_STATE_LABELS },
};

const DATE_FIELDS = new Set(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'dueDate', 'doneDate']);
const ORG_UNIT_FIELDS = new Set(['leadOrgUnitId', 'participatingOrgUnitIds', 'responsibleOrgUnitId', 'orgUnitId']);
const EUR_FIELDS = new Set(['costEstimateEur', 'actualCostsEur']);

/** Events of a Sachstandsmeldung (`progress_report`) appear in the history of its measure. */
export function isReportEvent(entityType: string): boolean {
  return entityType
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .includes('progressreport');
}

/** The German label of a changed field; milestone and report events use their own names. */
export function auditFieldLabel(field: string, entityType: string): string {
  const isMilestone = entityType.toLowerCase().includes('milestone');
  return (
    (isMilestone ? MILESTONE_FIELD_LABELS[field] : undefined) ??
    (isReportEvent(entityType) ? PROGRESS_REPORT_FIELD_LABELS[field] : undefined) ??
    MEASURE_FIELD_LABELS[field] ??
    MILESTONE_FIELD_LABELS[field] ??
    field
  );
}

/** A before/after value as a person reads it: labels not enum keys, names not ids, German dates. */
export function formatAuditValue(field: string, value: unknown, lookup: AuditLookup): string {
  if (value === null || value === undefined || value === '') {
    return EMPTY_VALUE;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? EMPTY_VALUE : value.map((item) => formatAuditValue(field, item, lookup)).join(', ');
  }
  if (typeof value === 'boolean') {
    return formatYesNo(value);
  }
  if (typeof value === 'number') {
    if (EUR_FIELDS.has(field)) return formatEur(value, lookup.locale);
    if (field === 'progressPercent') return `${formatDecimal(value, lookup.locale, 0)} %`;
    return formatDecimal(value, lookup.locale, 2);
  }
  if (typeof value === 'string') {
    const enumLabel = ENUM_LABELS[field]?.[value];
    if (enumLabel) return enumLabel;
    if (DATE_FIELDS.has(field)) return formatIsoDate(value, lookup.locale);
    if (ORG_UNIT_FIELDS.has(field)) return lookup.orgUnits.get(value) ?? value;
    if (field === 'fieldOfActionId') return lookup.fieldsOfAction.get(value) ?? value;
    return value;
  }
  if (typeof value === 'object') {
    const ref = value as { code?: unknown; name?: unknown };
    if (typeof ref.name === 'string') {
      return typeof ref.code === 'string' ? `${ref.code} – ${ref.name}` : ref.name;
    }
    return JSON.stringify(value);
  }
  return String(value);
}
