import {
  ATTENTION_REASONS,
  type AttentionReason,
  type DashboardAttention,
  type DashboardSummary,
  type OrgUnitTimeliness,
  type SummaryBucket,
  type TrendPoint,
} from '@klimaschutz/contracts';
import { formatDecimal, formatIsoDate } from '../shared/format';
import { needsAttention, timelinessCounts } from './cockpit-charts';

/*
 * The one-sentence finding above each chart: what a mayor should take away, in plain German, with
 * the numbers of the chart itself.
 */

const n = (value: number, locale: string, digits = 0) => formatDecimal(value, locale, digits);
const measures = (count: number, locale: string) => `${n(count, locale)} ${count === 1 ? 'Maßnahme' : 'Maßnahmen'}`;
/** "ist" / "sind" for a count. */
const verb = (count: number) => (count === 1 ? 'ist' : 'sind');

export function statusFinding(summary: DashboardSummary, locale: string): string {
  const { total, byStatus } = summary.measures;
  if (total === 0) return 'Für diese Auswahl gibt es keine Maßnahmen.';
  return (
    `${n(byStatus.DELAYED, locale)} von ${measures(total, locale)} ${verb(byStatus.DELAYED)} verzögert; ` +
    `${n(byStatus.IN_PROGRESS, locale)} in Umsetzung, ${n(byStatus.COMPLETED, locale)} umgesetzt.`
  );
}

function mostCritical(buckets: readonly SummaryBucket[]): SummaryBucket | null {
  const ranked = buckets
    .filter((b) => needsAttention(b) > 0)
    .sort((a, b) => b.byAssessment.OFF_TRACK - a.byAssessment.OFF_TRACK || needsAttention(b) - needsAttention(a));
  return ranked[0] ?? null;
}

export function fieldOfActionFinding(summary: DashboardSummary, locale: string): string {
  const { total, byAssessment } = summary.measures;
  if (total === 0) return 'Für diese Auswahl gibt es keine Maßnahmen.';
  const head =
    `${n(byAssessment.ON_TRACK, locale)} von ${measures(total, locale)} ${verb(byAssessment.ON_TRACK)} im Plan, ` +
    `${n(byAssessment.AT_RISK, locale)} gefährdet und ${n(byAssessment.OFF_TRACK, locale)} kritisch`;
  const worst = mostCritical(summary.byFieldOfAction);
  if (!worst) return `${head}.`;
  return `${head}; am dringlichsten: ${worst.name} (${n(worst.byAssessment.OFF_TRACK, locale)} kritisch, ${n(worst.byAssessment.AT_RISK, locale)} gefährdet).`;
}

export function orgUnitFinding(summary: DashboardSummary, locale: string): string {
  const units = summary.byOrgUnit.filter((b) => b.total > 0);
  if (!units.length) return 'Für diese Auswahl gibt es keine Maßnahmen.';
  const worst = mostCritical(units);
  const withProblems = units.filter((b) => needsAttention(b) > 0).length;
  if (!worst) return `Keine der ${n(units.length, locale)} federführenden Stellen hat kritische oder gefährdete Maßnahmen.`;
  return (
    `${n(withProblems, locale)} von ${n(units.length, locale)} federführenden Stellen haben kritische oder gefährdete Maßnahmen; ` +
    `am dringlichsten: ${worst.code} ${worst.name} (${n(worst.byAssessment.OFF_TRACK, locale)} kritisch, ` +
    `${n(worst.byAssessment.AT_RISK, locale)} gefährdet von ${measures(worst.total, locale)}).`
  );
}

export function ghgFinding(summary: DashboardSummary, locale: string): string {
  const { targetTPerYear, achievedTPerYear } = summary.ghg;
  if (targetTPerYear <= 0) {
    return achievedTPerYear > 0
      ? `Erreicht sind ${n(achievedTPerYear, locale, 1)} t CO₂e pro Jahr; ein Minderungsziel ist nicht hinterlegt.`
      : 'Für diese Auswahl ist kein THG-Minderungsziel hinterlegt.';
  }
  const percent = Math.round((achievedTPerYear / targetTPerYear) * 100);
  return `Erreicht sind ${n(achievedTPerYear, locale, 1)} von ${n(targetTPerYear, locale, 1)} t CO₂e pro Jahr – ${n(percent, locale)} % des Minderungsziels.`;
}

export function timelinessFinding(summary: DashboardSummary, locale: string): string {
  const period = summary.reportingPeriod;
  if (!period) return 'Es ist noch kein Berichtszeitraum angelegt.';
  const { expected } = summary.reports;
  if (expected === 0) return `Für „${period.name}“ werden in dieser Auswahl keine Sachstandsmeldungen erwartet.`;
  const c = timelinessCounts(summary.reports);
  return (
    `${n(c.overdue, locale)} von ${n(expected, locale)} erwarteten Sachstandsmeldungen für „${period.name}“ ${verb(c.overdue)} überfällig; ` +
    `${n(c.onTime, locale)} kamen fristgerecht, ${n(c.late, locale)} verspätet, ${n(c.pending, locale)} ${c.pending === 1 ? 'ist' : 'sind'} noch nicht fällig ` +
    `(Frist: ${formatIsoDate(period.dueDate, locale)}).`
  );
}

export function timelinessByOrgUnitFinding(units: readonly OrgUnitTimeliness[], locale: string): string {
  const late = units.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  if (!units.length) return 'Es werden keine Sachstandsmeldungen erwartet.';
  if (!late.length) return 'Keine federführende Stelle ist mit ihren Sachstandsmeldungen im Verzug.';
  const top = late
    .slice(0, 3)
    .map((u) => `${u.orgUnit.code} ${u.orgUnit.name} (${n(u.overdue, locale)})`)
    .join(', ');
  return `${n(late.length, locale)} ${late.length === 1 ? 'Stelle ist' : 'Stellen sind'} mit Meldungen im Verzug; am meisten überfällig: ${top}.`;
}

export function trendFinding(points: readonly TrendPoint[], locale: string): string {
  if (!points.length) {
    return 'Es ist noch kein Tagesstand gespeichert; der Verlauf entsteht mit dem nächtlichen Tagesstand.';
  }
  const last = points[points.length - 1];
  if (points.length === 1) {
    return (
      `Bisher gibt es nur einen Tagesstand (${formatIsoDate(last.day, locale)}): durchschnittlicher Fortschritt ` +
      `${n(last.averageProgressPercent, locale, 1)} %. Der Verlauf entsteht mit jedem weiteren Tag.`
    );
  }
  const first = points[0];
  const delta = Math.round((last.averageProgressPercent - first.averageProgressPercent) * 10) / 10;
  const direction = delta > 0 ? 'stieg' : delta < 0 ? 'sank' : 'blieb';
  const change =
    delta === 0
      ? `bei ${n(last.averageProgressPercent, locale, 1)} %`
      : `von ${n(first.averageProgressPercent, locale, 1)} % auf ${n(last.averageProgressPercent, locale, 1)} %`;
  const few = points.length < 7 ? ` Bisher gibt es erst ${n(points.length, locale)} Tagesstände.` : '';
  return `Seit dem ${formatIsoDate(first.day, locale)} ${direction} der durchschnittliche Fortschritt ${change}.${few}`;
}

const REASON_PHRASES: Record<AttentionReason, (count: number) => string> = {
  OFF_TRACK: () => 'kritisch (Ampel rot)',
  DELAYED: () => 'verzögert',
  REPORT_OVERDUE: (count) => (count === 1 ? 'mit überfälliger Sachstandsmeldung' : 'mit überfälligen Sachstandsmeldungen'),
  MILESTONE_OVERDUE: (count) => (count === 1 ? 'mit überfälligem Meilenstein' : 'mit überfälligen Meilensteinen'),
  STALE: () => 'seit zwei Zeiträumen ohne angenommene Meldung',
};

export function attentionFinding(attention: DashboardAttention, locale: string): string {
  if (attention.total === 0) return 'Keine Maßnahme ist kritisch, verzögert oder mit Meldungen im Verzug.';
  const parts = ATTENTION_REASONS.filter((r) => attention.counts[r] > 0).map(
    (r) => `${n(attention.counts[r], locale)} ${REASON_PHRASES[r](attention.counts[r])}`,
  );
  return `${measures(attention.total, locale)} ${attention.total === 1 ? 'braucht' : 'brauchen'} Aufmerksamkeit: ${parts.join(', ')}.`;
}
