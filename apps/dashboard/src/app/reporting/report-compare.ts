import { REPORT_CONTENT_FIELDS, type ProgressReport, type ProgressReportFields, type ReviewDecision } from '@klimaschutz/contracts';

export { REPORT_CONTENT_FIELDS };
import {
  ASSESSMENT_COLOUR_WORDS,
  ASSESSMENT_LABELS,
  MEASURE_STATUS_LABELS,
  PROGRESS_REPORT_FIELD_LABELS,
  REPORT_STATE_LABELS,
} from '../shared/labels';
import { EMPTY_VALUE, formatDecimal, formatEur } from '../shared/format';

export type ReportContentField = (typeof REPORT_CONTENT_FIELDS)[number];

const TEXT_FIELDS: ReadonlySet<ReportContentField> = new Set(['text', 'obstacles', 'nextSteps', 'milestonesReached']);

/** Units of the numeric fields, as spoken in a change ("+15 Prozentpunkte"). */
function deltaUnit(field: ReportContentField): string {
  switch (field) {
    case 'progressPercent':
      return $localize`:@@reporting.compare.unit.percentagePoints:Prozentpunkte`;
    case 'staffEffortHours':
      return $localize`:@@reporting.compare.unit.hours:Stunden`;
    case 'ghgReductionAchievedT':
      return 't CO2e/a';
    default:
      return '';
  }
}

export type ChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'new';

export interface ComparisonRow {
  field: ReportContentField;
  label: string;
  /** Formatted for reading; `–` when empty. */
  before: string;
  after: string;
  kind: ChangeKind;
  changed: boolean;
  /** The change in words, so it is never carried by colour alone: "+15 Prozentpunkte", "geändert", "unverändert". */
  change: string;
  /** Long free text, shown with its line breaks. */
  multiline: boolean;
}

/** Empty text and whitespace-only text count as "not given"; line endings do not count as a change. */
function normalise(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? null : text;
  }
  return value as number | string;
}

/** One value of a report as a person reads it. */
export function formatReportValue(field: ReportContentField, value: unknown, locale: string): string {
  const v = normalise(value);
  if (v === null) return EMPTY_VALUE;
  switch (field) {
    case 'status':
      return MEASURE_STATUS_LABELS[v as ProgressReportFields['status']] ?? String(v);
    case 'assessment': {
      const assessment = v as ProgressReportFields['assessment'];
      return ASSESSMENT_LABELS[assessment]
        ? $localize`:@@reporting.compare.assessmentValue:${ASSESSMENT_LABELS[assessment]}:label: (Ampel ${ASSESSMENT_COLOUR_WORDS[assessment]}:colour:)`
        : String(v);
    }
    case 'progressPercent':
      return `${formatDecimal(v as number, locale, 0)} %`;
    case 'actualCostsEur':
      return formatEur(v as number, locale);
    case 'staffEffortHours':
      return $localize`:@@reporting.compare.hoursValue:${formatDecimal(v as number, locale, 1)}:hours: Stunden`;
    case 'ghgReductionAchievedT':
      return `${formatDecimal(v as number, locale, 2)} t CO2e/a`;
    default:
      return String(v);
  }
}

function signed(delta: number, formatted: string): string {
  // A real minus sign reads better than a hyphen, also for screen readers.
  return delta > 0 ? `+${formatted}` : `−${formatted}`;
}

function describeDelta(field: ReportContentField, before: number, after: number, locale: string): string {
  const delta = after - before;
  if (field === 'actualCostsEur') return signed(delta, formatEur(Math.abs(delta), locale));
  const digits = field === 'ghgReductionAchievedT' ? 2 : field === 'progressPercent' ? 0 : 1;
  return `${signed(delta, formatDecimal(Math.abs(delta), locale, digits))} ${deltaUnit(field)}`.trim();
}

/**
 * Row by row, what changed from `before` (e.g. the previous accepted report) to `after`. Without
 * `before` (the first report of a measure) every given value is new.
 */
export function compareReports(before: ProgressReportFields | null, after: ProgressReportFields, locale: string): ComparisonRow[] {
  return REPORT_CONTENT_FIELDS.map((field) => {
    const a = before ? normalise(before[field]) : null;
    const b = normalise(after[field]);
    let kind: ChangeKind;
    if (!before) kind = b === null ? 'unchanged' : 'new';
    else if (a === b) kind = 'unchanged';
    else if (a === null) kind = 'added';
    else if (b === null) kind = 'removed';
    else kind = 'changed';

    let change: string;
    switch (kind) {
      case 'unchanged':
        change = before ? $localize`:@@reporting.compare.unchanged:unverändert` : '';
        break;
      case 'new':
        change = $localize`:@@reporting.compare.first:erste Angabe`;
        break;
      case 'added':
        change = $localize`:@@reporting.compare.added:neu angegeben`;
        break;
      case 'removed':
        change = $localize`:@@reporting.compare.removed:entfernt`;
        break;
      default:
        change =
          typeof a === 'number' && typeof b === 'number'
            ? describeDelta(field, a, b, locale)
            : $localize`:@@reporting.compare.changed:geändert`;
    }
    return {
      field,
      label: PROGRESS_REPORT_FIELD_LABELS[field] ?? field,
      before: before ? formatReportValue(field, a, locale) : EMPTY_VALUE,
      after: formatReportValue(field, b, locale),
      kind,
      changed: kind === 'changed' || kind === 'added' || kind === 'removed',
      change,
      multiline: TEXT_FIELDS.has(field),
    };
  });
}

/** "3 von 10 Angaben geändert" – the summary a reviewer reads first. */
export function changeSummary(rows: readonly ComparisonRow[]): string {
  const changed = rows.filter((r) => r.changed).length;
  if (changed === 0) return $localize`:@@reporting.compare.noneChanged:Keine Angabe geändert`;
  return $localize`:@@reporting.compare.someChanged:${changed}:changed: von ${rows.length}:total: Angaben geändert`;
}

type Dated = Pick<ProgressReport, 'period' | 'createdAt' | 'revision'>;

/** Older first: by the period's start (reports without period by creation), then by version. */
export function compareAge(a: Dated, b: Dated): number {
  const start = (r: Dated) => r.period?.startDate ?? r.createdAt.slice(0, 10);
  return start(a).localeCompare(start(b)) || a.createdAt.localeCompare(b.createdAt) || a.revision - b.revision;
}

/** The two reports of a comparison, older on the left. */
export function olderFirst<T extends Dated>(a: T, b: T): [T, T] {
  return compareAge(a, b) <= 0 ? [a, b] : [b, a];
}

/**
 * What "compare with the previous one" means on the timeline: the next older report in it — after
 * a revision the version that was sent back, otherwise the last report of the period before.
 */
export function previousReport<T extends Dated & { id: string }>(reports: readonly T[], report: T): T | null {
  const older = reports.filter((r) => r.id !== report.id && compareAge(r, report) < 0);
  return older.sort((a, b) => compareAge(b, a))[0] ?? null;
}

/** The first `max` characters of a text, cut at a word, for the timeline. */
export function excerpt(text: string | null | undefined, max = 240): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}

/** "Sachstand 2026" or, for a report outside any period, a phrase that says so. */
export function periodName(report: Pick<ProgressReport, 'period'>): string {
  return report.period?.name ?? $localize`:@@reporting.inbox.noPeriod:ohne Berichtszeitraum`;
}

/** "2. Fassung" */
export function revisionLabel(revision: number): string {
  return $localize`:@@reporting.compare.revision:${revision}:revision:. Fassung`;
}

/** What a review decided, as a result ("angenommen"), not as the command on its button ("annehmen"). */
export function reviewOutcome(decision: ReviewDecision): string {
  return REPORT_STATE_LABELS[decision === 'ACCEPT' ? 'ACCEPTED' : 'REVISION_REQUESTED'];
}
