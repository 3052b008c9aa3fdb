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
 * The one-sentence finding above each chart: what a mayor should take away, in plain words (in the
 * interface language), with the numbers of the chart itself.
 */

const n = (value: number, locale: string, digits = 0) => formatDecimal(value, locale, digits);
const measures = (count: number, locale: string) => {
  const c = n(count, locale);
  return count === 1
    ? $localize`:@@cockpit.finding.measure.one:${c}:count: Maßnahme`
    : $localize`:@@cockpit.finding.measure.other:${c}:count: Maßnahmen`;
};
/** "ist" / "sind" for a count. */
const verb = (count: number) => (count === 1 ? $localize`:@@cockpit.finding.is:ist` : $localize`:@@cockpit.finding.are:sind`);
const noMeasures = () => $localize`:@@cockpit.finding.noMeasures:Für diese Auswahl gibt es keine Maßnahmen.`;

export function statusFinding(summary: DashboardSummary, locale: string): string {
  const { total, byStatus } = summary.measures;
  if (total === 0) return noMeasures();
  const [delayed, all, isAre, inProgress, completed] = [
    n(byStatus.DELAYED, locale),
    measures(total, locale),
    verb(byStatus.DELAYED),
    n(byStatus.IN_PROGRESS, locale),
    n(byStatus.COMPLETED, locale),
  ];
  return $localize`:@@cockpit.finding.status:${delayed}:delayed: von ${all}:measures: ${isAre}:verb: verzögert; ${inProgress}:inProgress: in Umsetzung, ${completed}:completed: umgesetzt.`;
}

function mostCritical(buckets: readonly SummaryBucket[]): SummaryBucket | null {
  const ranked = buckets
    .filter((b) => needsAttention(b) > 0)
    .sort((a, b) => b.byAssessment.OFF_TRACK - a.byAssessment.OFF_TRACK || needsAttention(b) - needsAttention(a));
  return ranked[0] ?? null;
}

export function fieldOfActionFinding(summary: DashboardSummary, locale: string): string {
  const { total, byAssessment } = summary.measures;
  if (total === 0) return noMeasures();
  const [onTrack, all, isAre, atRisk, offTrack] = [
    n(byAssessment.ON_TRACK, locale),
    measures(total, locale),
    verb(byAssessment.ON_TRACK),
    n(byAssessment.AT_RISK, locale),
    n(byAssessment.OFF_TRACK, locale),
  ];
  const head = $localize`:@@cockpit.finding.fields:${onTrack}:onTrack: von ${all}:measures: ${isAre}:verb: im Plan, ${atRisk}:atRisk: gefährdet und ${offTrack}:offTrack: kritisch`;
  const worst = mostCritical(summary.byFieldOfAction);
  if (!worst) return `${head}.`;
  const [name, worstOff, worstAtRisk] = [worst.name, n(worst.byAssessment.OFF_TRACK, locale), n(worst.byAssessment.AT_RISK, locale)];
  return $localize`:@@cockpit.finding.fields.mostUrgent:${head}:head:; am dringlichsten: ${name}:name: (${worstOff}:offTrack: kritisch, ${worstAtRisk}:atRisk: gefährdet).`;
}

export function orgUnitFinding(summary: DashboardSummary, locale: string): string {
  const units = summary.byOrgUnit.filter((b) => b.total > 0);
  if (!units.length) return noMeasures();
  const worst = mostCritical(units);
  const count = n(units.length, locale);
  if (!worst)
    return $localize`:@@cockpit.finding.orgUnits.none:Keine der ${count}:units: federführenden Stellen hat kritische oder gefährdete Maßnahmen.`;
  const [withProblems, unit, offTrack, atRisk, all] = [
    n(units.filter((b) => needsAttention(b) > 0).length, locale),
    `${worst.code} ${worst.name}`,
    n(worst.byAssessment.OFF_TRACK, locale),
    n(worst.byAssessment.AT_RISK, locale),
    measures(worst.total, locale),
  ];
  return $localize`:@@cockpit.finding.orgUnits:${withProblems}:withProblems: von ${count}:units: federführenden Stellen haben kritische oder gefährdete Maßnahmen; am dringlichsten: ${unit}:unit: (${offTrack}:offTrack: kritisch, ${atRisk}:atRisk: gefährdet von ${all}:measures:).`;
}

export function ghgFinding(summary: DashboardSummary, locale: string): string {
  const { targetTPerYear, achievedTPerYear } = summary.ghg;
  const achieved = n(achievedTPerYear, locale, 1);
  if (targetTPerYear <= 0) {
    return achievedTPerYear > 0
      ? $localize`:@@cockpit.finding.ghg.noTarget:Erreicht sind ${achieved}:achieved: t CO₂e pro Jahr; ein Minderungsziel ist nicht hinterlegt.`
      : $localize`:@@cockpit.finding.ghg.none:Für diese Auswahl ist kein THG-Minderungsziel hinterlegt.`;
  }
  const target = n(targetTPerYear, locale, 1);
  const percent = n(Math.round((achievedTPerYear / targetTPerYear) * 100), locale);
  return $localize`:@@cockpit.finding.ghg:Erreicht sind ${achieved}:achieved: von ${target}:target: t CO₂e pro Jahr – ${percent}:percent: % des Minderungsziels.`;
}

export function timelinessFinding(summary: DashboardSummary, locale: string): string {
  const period = summary.reportingPeriod;
  if (!period) return $localize`:@@cockpit.finding.noPeriod:Es ist noch kein Berichtszeitraum angelegt.`;
  const { expected } = summary.reports;
  const name = period.name;
  if (expected === 0)
    return $localize`:@@cockpit.finding.timeliness.noneExpected:Für „${name}:period:“ werden in dieser Auswahl keine Sachstandsmeldungen erwartet.`;
  const c = timelinessCounts(summary.reports);
  const [overdue, all, isAre, onTime, late, pending, pendingVerb, due] = [
    n(c.overdue, locale),
    n(expected, locale),
    verb(c.overdue),
    n(c.onTime, locale),
    n(c.late, locale),
    n(c.pending, locale),
    verb(c.pending),
    formatIsoDate(period.dueDate, locale),
  ];
  return $localize`:@@cockpit.finding.timeliness:${overdue}:overdue: von ${all}:expected: erwarteten Sachstandsmeldungen für „${name}:period:“ ${isAre}:verb: überfällig; ${onTime}:onTime: kamen fristgerecht, ${late}:late: verspätet, ${pending}:pending: ${pendingVerb}:pendingVerb: noch nicht fällig (Frist: ${due}:due:).`;
}

export function timelinessByOrgUnitFinding(units: readonly OrgUnitTimeliness[], locale: string): string {
  const late = units.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  if (!units.length) return $localize`:@@cockpit.finding.timelinessUnits.noneExpected:Es werden keine Sachstandsmeldungen erwartet.`;
  if (!late.length)
    return $localize`:@@cockpit.finding.timelinessUnits.noneLate:Keine federführende Stelle ist mit ihren Sachstandsmeldungen im Verzug.`;
  const top = late
    .slice(0, 3)
    .map((u) => `${u.orgUnit.code} ${u.orgUnit.name} (${n(u.overdue, locale)})`)
    .join(', ');
  const count = n(late.length, locale);
  return late.length === 1
    ? $localize`:@@cockpit.finding.timelinessUnits.one:${count}:count: Stelle ist mit Meldungen im Verzug; am meisten überfällig: ${top}:top:.`
    : $localize`:@@cockpit.finding.timelinessUnits.other:${count}:count: Stellen sind mit Meldungen im Verzug; am meisten überfällig: ${top}:top:.`;
}

export function trendFinding(points: readonly TrendPoint[], locale: string): string {
  if (!points.length) {
    return $localize`:@@cockpit.finding.trend.none:Es ist noch kein Tagesstand gespeichert; der Verlauf entsteht mit dem nächtlichen Tagesstand.`;
  }
  const last = points[points.length - 1];
  const to = n(last.averageProgressPercent, locale, 1);
  if (points.length === 1) {
    const day = formatIsoDate(last.day, locale);
    return $localize`:@@cockpit.finding.trend.one:Bisher gibt es nur einen Tagesstand (${day}:day:): durchschnittlicher Fortschritt ${to}:progress: %. Der Verlauf entsteht mit jedem weiteren Tag.`;
  }
  const first = points[0];
  const since = formatIsoDate(first.day, locale);
  const from = n(first.averageProgressPercent, locale, 1);
  const delta = Math.round((last.averageProgressPercent - first.averageProgressPercent) * 10) / 10;
  const change =
    delta > 0
      ? $localize`:@@cockpit.finding.trend.rose:Seit dem ${since}:since: stieg der durchschnittliche Fortschritt von ${from}:from: % auf ${to}:to: %.`
      : delta < 0
        ? $localize`:@@cockpit.finding.trend.fell:Seit dem ${since}:since: sank der durchschnittliche Fortschritt von ${from}:from: % auf ${to}:to: %.`
        : $localize`:@@cockpit.finding.trend.stayed:Seit dem ${since}:since: blieb der durchschnittliche Fortschritt bei ${to}:to: %.`;
  if (points.length >= 7) return change;
  const count = n(points.length, locale);
  return `${change} ${$localize`:@@cockpit.finding.trend.few:Bisher gibt es erst ${count}:count: Tagesstände.`}`;
}

const REASON_PHRASES: Record<AttentionReason, (count: number) => string> = {
  OFF_TRACK: () => $localize`:@@cockpit.finding.reason.offTrack:kritisch (Ampel rot)`,
  DELAYED: () => $localize`:@@cockpit.finding.reason.delayed:verzögert`,
  REPORT_OVERDUE: (count) =>
    count === 1
      ? $localize`:@@cockpit.finding.reason.reportOverdue.one:mit überfälliger Sachstandsmeldung`
      : $localize`:@@cockpit.finding.reason.reportOverdue.other:mit überfälligen Sachstandsmeldungen`,
  MILESTONE_OVERDUE: (count) =>
    count === 1
      ? $localize`:@@cockpit.finding.reason.milestoneOverdue.one:mit überfälligem Meilenstein`
      : $localize`:@@cockpit.finding.reason.milestoneOverdue.other:mit überfälligen Meilensteinen`,
  STALE: () => $localize`:@@cockpit.finding.reason.stale:seit zwei Zeiträumen ohne angenommene Meldung`,
};

export function attentionFinding(attention: DashboardAttention, locale: string): string {
  if (attention.total === 0)
    return $localize`:@@cockpit.finding.attention.none:Keine Maßnahme ist kritisch, verzögert oder mit Meldungen im Verzug.`;
  const parts = ATTENTION_REASONS.filter((r) => attention.counts[r] > 0)
    .map((r) => `${n(attention.counts[r], locale)} ${REASON_PHRASES[r](attention.counts[r])}`)
    .join(', ');
  const all = measures(attention.total, locale);
  return attention.total === 1
    ? $localize`:@@cockpit.finding.attention.one:${all}:measures: braucht Aufmerksamkeit: ${parts}:parts:.`
    : $localize`:@@cockpit.finding.attention.other:${all}:measures: brauchen Aufmerksamkeit: ${parts}:parts:.`;
}
