import {
  ASSESSMENT_LABELS,
  ASSESSMENTS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  PRIORITY_LABELS,
  PRIORITIES,
  type Assessment,
  type ImportColumn,
  type ImportField,
  type ImportIssue,
  type ImportMapping,
  type ImportRowKind,
  type MeasureStatus,
  type Priority,
} from '@klimaschutz/contracts';
import type { RawTable } from './import-file';
import { periodSpanFromName } from './period-name';
import { textProblem } from '../common/validation';

/** Header spellings (German and English) that are recognised, compared after `normaliseHeader`. */
const SYNONYMS: Record<ImportField, string[]> = {
  code: ['kennung', 'code', 'id', 'nr', 'nummer', 'massnahmennummer', 'massnahmennr', 'massnahmenkennung', 'measurecode'],
  parent: ['parent', 'uebergeordnet', 'uebergeordnetekennung', 'elternelement'],
  title: ['titel', 'title', 'bezeichnung', 'massnahme', 'massnahmentitel', 'name'],
  text: ['text', 'beschreibung', 'description', 'plantext'],
  summary: ['kurzbeschreibung', 'summary', 'zusammenfassung'],
  goal: ['ziel', 'goal', 'ziele'],
  fieldOfAction: ['handlungsfeld', 'fieldofaction', 'handlungsfeldkennung', 'handlungsfeldcode', 'field'],
  fieldOfActionName: ['handlungsfeldname', 'fieldofactionname', 'handlungsfeldbezeichnung'],
  leadOrgUnit: [
    'federfuehrung',
    'lead',
    'leadorgunit',
    'federfuehrendeorganisationseinheit',
    'organisationseinheit',
    'amt',
    'federfuehrungkennung',
  ],
  leadOrgUnitName: ['federfuehrungname', 'leadorgunitname', 'federfuehrungbezeichnung'],
  status: ['status', 'umsetzungsstand'],
  assessment: ['bewertung', 'assessment', 'ampel', 'einschaetzung'],
  priority: ['prioritaet', 'priority', 'prio'],
  potential: ['potenzial', 'potential', 'einsparpotenzial', 'thgpotenzial'],
  progressPercent: ['fortschritt', 'progress', 'progresspercent', 'fortschrittprozent', 'fortschrittinprozent'],
  plannedStart: ['geplanterbeginn', 'plannedstart', 'beginn', 'start'],
  plannedEnd: ['geplantesende', 'plannedend', 'ende', 'end'],
  period: ['berichtszeitraum', 'period', 'reportingperiod', 'zeitraum'],
  periodStart: ['zeitraumbeginn', 'periodstart', 'berichtszeitraumbeginn'],
  periodEnd: ['zeitraumende', 'periodend', 'berichtszeitraumende'],
  reportStatus: ['sachstandstatus', 'reportstatus'],
  reportAssessment: ['sachstandbewertung', 'reportassessment', 'bewertungimzeitraum'],
  reportText: ['sachstand', 'sachstandtext', 'reporttext', 'sachstandsmeldung'],
};

export const normaliseHeader = (h: string) =>
  h
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

export function detectColumns(headers: string[]): { columns: ImportColumn[]; mapping: ImportMapping } {
  const used = new Set<ImportField>();
  const columns = headers.map((header, index) => {
    const key = normaliseHeader(header);
    const field = (IMPORT_FIELDS.find((f) => !used.has(f) && (normaliseHeader(f) === key || SYNONYMS[f].includes(key))) ??
      null) as ImportField | null;
    if (field) used.add(field);
    return { index, header, field };
  });
  return { columns, mapping: Object.fromEntries(columns.map((c) => [String(c.index), c.field])) };
}

// ---------------------------------------------------------------- value rules

const lookup = <T extends string>(values: readonly T[], labels: Record<T, string>, extra: Record<string, T>) => {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(v.toLowerCase(), v);
    map.set(v.toLowerCase().replace(/_/g, ' '), v);
    map.set(labels[v].toLowerCase(), v);
  }
  for (const [k, v] of Object.entries(extra)) map.set(k, v);
  return map;
};

/** Colour words and the colour codes of the Münster report (#01873B green, #AE1B1B red). */
const ASSESSMENT_WORDS = lookup(ASSESSMENTS, ASSESSMENT_LABELS, {
  grün: 'ON_TRACK',
  gruen: 'ON_TRACK',
  green: 'ON_TRACK',
  '#01873b': 'ON_TRACK',
  'im plan': 'ON_TRACK',
  gelb: 'AT_RISK',
  orange: 'AT_RISK',
  yellow: 'AT_RISK',
  amber: 'AT_RISK',
  gefährdet: 'AT_RISK',
  rot: 'OFF_TRACK',
  red: 'OFF_TRACK',
  '#ae1b1b': 'OFF_TRACK',
  kritisch: 'OFF_TRACK',
  grau: 'NOT_ASSESSED',
  grey: 'NOT_ASSESSED',
  gray: 'NOT_ASSESSED',
  'nicht bewertet': 'NOT_ASSESSED',
  white: 'NOT_ASSESSED',
  weiß: 'NOT_ASSESSED',
});
const STATUS_WORDS = lookup(MEASURE_STATUSES, MEASURE_STATUS_LABELS, {
  geplant: 'PLANNED',
  'in umsetzung': 'IN_PROGRESS',
  'in bearbeitung': 'IN_PROGRESS',
  umgesetzt: 'COMPLETED',
  abgeschlossen: 'COMPLETED',
  verzögert: 'DELAYED',
  ruht: 'ON_HOLD',
  verworfen: 'CANCELLED',
  abgebrochen: 'CANCELLED',
  'in progress': 'IN_PROGRESS',
  'on hold': 'ON_HOLD',
});
const PRIORITY_WORDS = lookup(PRIORITIES, PRIORITY_LABELS, {
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  hoch: 'HIGH',
  mittel: 'MEDIUM',
  niedrig: 'LOW',
});

const allowed = (labels: Record<string, string>) => Object.values(labels).join(', ');

// ---------------------------------------------------------------- the plan

export interface PlannedField {
  row: number;
  code: string;
  name: string | null;
}
export interface PlannedMeasure {
  row: number;
  code: string;
  title?: string;
  summary?: string;
  description?: string;
  goal?: string;
  fieldCode: string | null;
  fieldName?: string;
  leadCode?: string;
  leadName?: string;
  status?: MeasureStatus;
  assessment?: Assessment;
  priority?: Priority;
  progressPercent?: number;
  plannedStart?: string;
  plannedEnd?: string;
  /** Rows that also belong to this measure (plan rows), for the preview. */
  extraRows: { row: number; kind: ImportRowKind }[];
}
export interface PlannedPeriod {
  key: string;
  name: string;
  startDate: string;
  endDate: string;
  dueDate: string;
  row: number;
}
export interface PlannedReport {
  row: number;
  measureCode: string;
  periodKey: string;
  assessment: Assessment;
  status?: MeasureStatus;
  progressPercent?: number;
  text: string | null;
}

export interface ImportPlan {
  hierarchical: boolean;
  fields: PlannedField[];
  measures: PlannedMeasure[];
  periods: PlannedPeriod[];
  reports: PlannedReport[];
  warnings: ImportIssue[];
  errors: ImportIssue[];
}

/** "Sachstand 2015 / 2016" and "Sachstand 2015/2016" are one period. */
export const normalisePeriodName = (name: string) =>
  name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/');
export const periodKey = (name: string) => normalisePeriodName(name).toLocaleLowerCase('de-DE');

/** Fields that hold running text and may keep line breaks; every other one is a single line. */
const MULTILINE = new Set<ImportField>(['text', 'summary', 'goal', 'reportText']);

const FORMULA = /^[=+@\t\r]|^-(?!\s*$)(?![\d.,\s]+$)/;

export function buildPlan(table: RawTable, mapping: ImportMapping): ImportPlan {
  const warnings: ImportIssue[] = [];
  const errors: ImportIssue[] = [];
  const header = (i: number) => table.headers[i] ?? `Spalte ${i + 1}`;
  for (const e of table.cellErrors) errors.push({ row: e.line, column: header(e.column), message: e.message });
  for (const w of table.cellWarnings) warnings.push({ row: w.line, column: header(w.column), message: w.message, rule: w.rule });

  const columnOf = new Map<ImportField, number>();
  for (const [index, field] of Object.entries(mapping)) {
    if (!field) continue;
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      errors.push({ row: 0, column: header(Number(index)), message: `Unbekanntes Zielfeld „${field}“.` });
      continue;
    }
    if (columnOf.has(field)) {
      errors.push({ row: 0, column: header(Number(index)), message: `„${field}“ ist mehreren Spalten zugeordnet; bitte nur einer.` });
      continue;
    }
    columnOf.set(field, Number(index));
  }
  const plan: ImportPlan = { hierarchical: columnOf.has('parent'), fields: [], measures: [], periods: [], reports: [], warnings, errors };
  if (!columnOf.has('code')) {
    errors.push({
      row: 0,
      column: null,
      message: 'Keine Spalte ist der „Kennung“ zugeordnet; sie ist Pflicht, weil sie Maßnahmen beim erneuten Import wiedererkennt.',
    });
    return plan;
  }

  // Reads one cell as clean text: formulas refused, <br> turned into line breaks (with a warning).
  const cell = (line: number, cells: string[], field: ImportField): string => {
    const index = columnOf.get(field);
    if (index === undefined) return '';
    let value = (cells[index] ?? '').trim();
    if (value === '') return '';
    // An apostrophe in front marks a value as text in spreadsheets (and in our exports): take it as text.
    if (/^'[=+\-@\t\r]/.test(value)) return value.slice(1);
    if (FORMULA.test(value)) {
      errors.push({
        row: line,
        column: header(index),
        message: `Der Wert „${value.slice(0, 40)}“ sieht wie eine Formel aus; Formeln werden aus Sicherheitsgründen nicht importiert.`,
      });
      return '';
    }
    const multiline = MULTILINE.has(field);
    if (/<br\s*\/?>/i.test(value)) {
      value = value.replace(/\s*<br\s*\/?>\s*/gi, multiline ? '\n' : ' ');
      warnings.push({
        row: line,
        column: header(index),
        message: multiline
          ? 'HTML-Zeilenumbrüche (<br>) wurden in Zeilenumbrüche umgewandelt.'
          : 'HTML-Zeilenumbrüche (<br>) wurden in einer einzeiligen Angabe zu Leerzeichen.',
        rule: 'HTML-Zeilenumbrüche umgewandelt',
      });
    }
    // A line break in a title or name (Alt+Enter in a spreadsheet cell) becomes a space; the rule says so.
    if (!multiline && /[\r\n\t]/.test(value)) {
      value = value.replace(/\s*[\r\n\t]+\s*/g, ' ');
      warnings.push({
        row: line,
        column: header(index),
        message: 'Ein Zeilenumbruch oder Tabulator in einer einzeiligen Angabe wurde zu einem Leerzeichen.',
        rule: 'Zeilenumbruch in einzeiliger Angabe',
      });
    }
    // The same rule as for every text entered in the app: no other control characters.
    const problem = textProblem(value, IMPORT_FIELD_LABELS[field], multiline);
    if (problem) {
      errors.push({ row: line, column: header(index), message: problem });
      return '';
    }
    if (value.length > 20_000) {
      errors.push({ row: line, column: header(index), message: 'Der Text ist länger als 20.000 Zeichen.' });
      return '';
    }
    return value;
  };
  const raw = (cells: string[], field: ImportField) => (columnOf.has(field) ? (cells[columnOf.get(field)!] ?? '').trim() : '');
  const col = (field: ImportField) => header(columnOf.get(field) ?? -1);
  const maxLength = (line: number, field: ImportField, value: string, max: number) => {
    if (value.length <= max) return value;
    errors.push({ row: line, column: col(field), message: `Der Wert ist zu lang (höchstens ${max} Zeichen).` });
    return value.slice(0, max);
  };
  const word = <T>(line: number, field: ImportField, value: string, map: Map<string, T>, labels: Record<string, string>): T | undefined => {
    if (value === '') return undefined;
    const hit = map.get(value.toLowerCase());
    if (hit === undefined)
      errors.push({ row: line, column: col(field), message: `„${value}“ ist kein bekannter Wert. Erlaubt: ${allowed(labels)}.` });
    return hit;
  };
  const percent = (line: number, field: ImportField, value: string): number | undefined => {
    if (value === '') return undefined;
    const n = Number(value.replace('%', '').replace(',', '.').trim());
    if (!Number.isInteger(n) || n < 0 || n > 100) {
      errors.push({ row: line, column: col(field), message: `„${value}“ ist kein Fortschritt von 0 bis 100.` });
      return undefined;
    }
    return n;
  };
  const date = (line: number, field: ImportField, value: string): string | undefined => {
    if (value === '') return undefined;
    const german = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
    const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : value.slice(0, 10);
    const d = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      errors.push({ row: line, column: col(field), message: `„${value}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).` });
      return undefined;
    }
    return iso;
  };
  const priority = (line: number, value: string): Priority | undefined => {
    if (value === '') return undefined;
    if (/^\d+$/.test(value)) {
      const n = Number(value);
      if (n >= 1 && n <= 5) return n === 5 ? 'HIGH' : n === 4 ? 'MEDIUM' : 'LOW';
    }
    return word(line, 'priority', value, PRIORITY_WORDS, PRIORITY_LABELS);
  };
  // Münster: "4" = rated, "(3)" = estimated, "-" = not quantifiable. Kept in the goal text, because the model has no rating field.
  const potential = (line: number, value: string): string | undefined => {
    if (value === '') return undefined;
    if (/^-+$/.test(value)) {
      warnings.push({
        row: line,
        column: col('potential'),
        message: 'Potenzial „-“ gilt als „nicht quantifizierbar“ und steht so im Ziel der Maßnahme.',
        rule: 'Potenzial nicht quantifizierbar',
      });
      return 'Klimaschutzpotenzial: nicht quantifizierbar';
    }
    const estimated = value.match(/^\((.+)\)$/);
    if (estimated) {
      warnings.push({
        row: line,
        column: col('potential'),
        message: `Potenzial „${value}“ gilt als geschätzt (${estimated[1]} von 5) und steht so im Ziel der Maßnahme.`,
        rule: 'Potenzial geschätzt',
      });
      return `Klimaschutzpotenzial: ${estimated[1]} von 5 (geschätzt)`;
    }
    if (/^[1-5]$/.test(value)) return `Klimaschutzpotenzial: ${value} von 5`;
    warnings.push({
      row: line,
      column: col('potential'),
      message: `Potenzial „${value}“ ist keine Zahl von 1 bis 5 und steht unverändert im Ziel der Maßnahme.`,
      rule: 'Potenzial als Text übernommen',
    });
    return `Klimaschutzpotenzial: ${value}`;
  };

  const measureFrom = (line: number, cells: string[], fieldCode: string | null): PlannedMeasure => {
    const code = maxLength(line, 'code', cell(line, cells, 'code'), 20);
    const title = maxLength(line, 'title', cell(line, cells, 'title'), 300);
    const text = cell(line, cells, 'text');
    const goalParts = [cell(line, cells, 'goal'), potential(line, cell(line, cells, 'potential'))].filter(Boolean);
    const m: PlannedMeasure = { row: line, code, fieldCode, extraRows: [] };
    if (title) m.title = title;
    const summary = cell(line, cells, 'summary') || (plan.hierarchical && text && text !== title ? text : '');
    if (summary) m.summary = summary;
    if (!plan.hierarchical && text) m.description = text;
    if (goalParts.length) m.goal = goalParts.join('\n');
    const fieldName = maxLength(line, 'fieldOfActionName', cell(line, cells, 'fieldOfActionName'), 200);
    if (fieldName) m.fieldName = fieldName;
    const leadCode = maxLength(line, 'leadOrgUnit', cell(line, cells, 'leadOrgUnit'), 20);
    if (leadCode) m.leadCode = leadCode;
    const leadName = maxLength(line, 'leadOrgUnitName', cell(line, cells, 'leadOrgUnitName'), 200);
    if (leadName) m.leadName = leadName;
    const status = word(line, 'status', cell(line, cells, 'status'), STATUS_WORDS, MEASURE_STATUS_LABELS);
    if (status) m.status = status;
    const assessment = word(line, 'assessment', cell(line, cells, 'assessment'), ASSESSMENT_WORDS, ASSESSMENT_LABELS);
    if (assessment) m.assessment = assessment;
    const prio = priority(line, cell(line, cells, 'priority'));
    if (prio) m.priority = prio;
    const progress = percent(line, 'progressPercent', cell(line, cells, 'progressPercent'));
    if (progress !== undefined) m.progressPercent = progress;
    const start = date(line, 'plannedStart', cell(line, cells, 'plannedStart'));
    if (start) m.plannedStart = start;
    const end = date(line, 'plannedEnd', cell(line, cells, 'plannedEnd'));
    if (end) m.plannedEnd = end;
    if (start && end && end < start)
      errors.push({ row: line, column: col('plannedEnd'), message: 'Das geplante Ende liegt vor dem Beginn.' });
    return m;
  };

  const periods = new Map<string, PlannedPeriod>();
  const periodOf = (line: number, cells: string[], name: string, column: ImportField): string | null => {
    const canonical = normalisePeriodName(name);
    if (canonical === '') return null;
    const key = periodKey(canonical);
    if (canonical !== name.trim()) {
      warnings.push({
        row: line,
        column: col(column),
        message: `Der Berichtszeitraum „${name.trim()}“ wird als „${canonical}“ geführt (Leerzeichen um „/“ vereinheitlicht).`,
        rule: 'Name des Berichtszeitraums vereinheitlicht',
      });
    }
    if (periods.has(key)) return key;
    if (canonical.length > 100) {
      errors.push({ row: line, column: col(column), message: 'Der Name des Berichtszeitraums ist zu lang (höchstens 100 Zeichen).' });
      return null;
    }
    let start = date(line, 'periodStart', cell(line, cells, 'periodStart'));
    let end = date(line, 'periodEnd', cell(line, cells, 'periodEnd'));
    if (!start || !end) {
      const implied = periodSpanFromName(canonical);
      if (!implied) {
        errors.push({
          row: line,
          column: col(column),
          message: `Für den Berichtszeitraum „${canonical}“ fehlen Beginn und Ende, und der Name nennt keinen Zeitraum (Jahr, Jahre, Quartal oder Halbjahr).`,
        });
        return null;
      }
      start = start ?? implied.startDate;
      end = end ?? implied.endDate;
      warnings.push({
        row: line,
        column: col(column),
        message: `Der Berichtszeitraum „${canonical}“ wird neu angelegt mit Beginn und Ende aus dem Namen (${implied.rule}: ${start} bis ${end}); Abgabefrist = Ende.`,
        rule: 'Zeitraum aus dem Namen gelesen',
      });
    }
    if (end < start) {
      errors.push({ row: line, column: col('periodEnd'), message: 'Das Ende des Berichtszeitraums liegt vor dem Beginn.' });
      return null;
    }
    periods.set(key, { key, name: canonical, startDate: start, endDate: end, dueDate: end, row: line });
    return key;
  };

  const byCode = new Map<string, PlannedMeasure>();
  const reportKeys = new Map<string, number>();
  const addReport = (
    line: number,
    measureCode: string,
    key: string | null,
    assessment: Assessment | undefined,
    assessmentColumn: ImportField,
    assessmentRaw: string,
    rest: Omit<PlannedReport, 'row' | 'measureCode' | 'periodKey' | 'assessment'>,
  ) => {
    if (!key) return;
    const id = `${measureCode}\u0000${key}`;
    if (reportKeys.has(id)) {
      errors.push({
        row: line,
        column: col('period'),
        message: `Für ${measureCode} gibt es schon in Zeile ${reportKeys.get(id)} einen Sachstand in diesem Berichtszeitraum.`,
      });
      return;
    }
    reportKeys.set(id, line);
    let value = assessment;
    if (assessmentRaw === '') {
      value = 'NOT_ASSESSED';
      warnings.push({
        row: line,
        column: columnOf.has(assessmentColumn) ? col(assessmentColumn) : null,
        message: 'Die Bewertung ist leer; der Sachstand wird als „nicht bewertet“ importiert.',
        rule: 'Bewertung leer',
      });
    }
    if (value === undefined) return; // unknown word: already an error
    plan.reports.push({ row: line, measureCode, periodKey: key, assessment: value, ...rest });
  };

  if (plan.hierarchical) {
    // Münster shape: no parent = field of action; parent = field = measure; parent = measure = plan text or report.
    const fieldCodes = new Set<string>();
    for (const r of table.rows) if (raw(r.cells, 'parent') === '' && raw(r.cells, 'code')) fieldCodes.add(raw(r.cells, 'code'));
    const measureCodes = new Set<string>();
    const allCodes = new Set(table.rows.map((r) => raw(r.cells, 'code')));
    for (const r of table.rows) {
      const parent = raw(r.cells, 'parent');
      if (parent && (fieldCodes.has(parent) || !allCodes.has(parent))) measureCodes.add(raw(r.cells, 'code'));
    }
    for (const { line, cells } of table.rows) {
      const code = cell(line, cells, 'code');
      const parent = cell(line, cells, 'parent');
      if (!code) {
        errors.push({ row: line, column: col('code'), message: 'Die Kennung fehlt.' });
        continue;
      }
      if (!parent) {
        if (plan.fields.some((f) => f.code === code))
          errors.push({ row: line, column: col('code'), message: `Das Handlungsfeld „${code}“ steht mehrfach in der Datei.` });
        else
          plan.fields.push({
            row: line,
            code: maxLength(line, 'code', code, 10),
            name: maxLength(line, 'title', cell(line, cells, 'title') || cell(line, cells, 'text'), 200) || null,
          });
        continue;
      }
      if (measureCodes.has(code) && !measureCodes.has(parent)) {
        if (byCode.has(code)) {
          errors.push({
            row: line,
            column: col('code'),
            message: `Die Kennung „${code}“ steht mehrfach in der Datei (zuerst in Zeile ${byCode.get(code)!.row}).`,
          });
          continue;
        }
        const m = measureFrom(line, cells, parent);
        byCode.set(code, m);
        plan.measures.push(m);
        continue;
      }
      const measure = byCode.get(parent);
      if (!measure) {
        errors.push({
          row: line,
          column: col('parent'),
          message: `Die übergeordnete Kennung „${parent}“ ist keine Maßnahme und kein Handlungsfeld dieser Datei (oder steht erst weiter unten).`,
        });
        continue;
      }
      if (/-plan$/i.test(code)) {
        const text = cell(line, cells, 'text');
        if (text) measure.description = text;
        measure.extraRows.push({ row: line, kind: 'PLAN' });
        continue;
      }
      const periodName = cell(line, cells, 'period') || cell(line, cells, 'title');
      if (!periodName) {
        errors.push({ row: line, column: col('title'), message: 'Der Sachstand nennt keinen Berichtszeitraum.' });
        continue;
      }
      const rawAssessment = cell(line, cells, 'reportAssessment') || cell(line, cells, 'assessment');
      const assessmentColumn: ImportField = columnOf.has('reportAssessment') ? 'reportAssessment' : 'assessment';
      addReport(
        line,
        parent,
        periodOf(line, cells, periodName, columnOf.has('period') ? 'period' : 'title'),
        word(line, assessmentColumn, rawAssessment, ASSESSMENT_WORDS, ASSESSMENT_LABELS),
        assessmentColumn,
        rawAssessment,
        {
          text: cell(line, cells, 'reportText') || cell(line, cells, 'text') || null,
          status: word(line, 'reportStatus', cell(line, cells, 'reportStatus'), STATUS_WORDS, MEASURE_STATUS_LABELS),
        },
      );
    }
  } else {
    // Flat shape: one row per measure, or per measure and period when a period column is given.
    for (const { line, cells } of table.rows) {
      const code = cell(line, cells, 'code');
      if (!code) {
        errors.push({ row: line, column: col('code'), message: 'Die Kennung fehlt.' });
        continue;
      }
      const periodName = cell(line, cells, 'period');
      const existing = byCode.get(code);
      if (existing && !periodName) {
        errors.push({
          row: line,
          column: col('code'),
          message: `Die Kennung „${code}“ steht mehrfach in der Datei (zuerst in Zeile ${existing.row}).`,
        });
        continue;
      }
      const fieldCode = maxLength(line, 'fieldOfAction', cell(line, cells, 'fieldOfAction'), 10) || null;
      const measure = existing ?? measureFrom(line, cells, fieldCode);
      if (!existing) {
        byCode.set(code, measure);
        plan.measures.push(measure);
      }
      if (periodName) {
        const rawAssessment = cell(line, cells, 'reportAssessment');
        addReport(
          line,
          code,
          periodOf(line, cells, periodName, 'period'),
          word(line, 'reportAssessment', rawAssessment, ASSESSMENT_WORDS, ASSESSMENT_LABELS),
          'reportAssessment',
          rawAssessment,
          {
            text: cell(line, cells, 'reportText') || null,
            status: word(line, 'reportStatus', cell(line, cells, 'reportStatus'), STATUS_WORDS, MEASURE_STATUS_LABELS),
            progressPercent: percent(line, 'progressPercent', cell(line, cells, 'progressPercent')),
          },
        );
      }
    }
  }
  plan.periods = [...periods.values()];
  if (plan.measures.length === 0 && plan.fields.length === 0)
    errors.push({ row: 0, column: null, message: 'Die Datei enthält keine Maßnahmen.' });
  return plan;
}
