import {
  ASSESSMENTS,
  ASSESSMENT_COLOURS,
  MEASURE_STATUSES,
  MEASURE_STATUS_COLOURS,
  type Assessment,
  type DashboardSummary,
  type MeasureStatus,
  type OrgUnitTimeliness,
  type SummaryBucket,
  type TrendPoint,
} from '@klimaschutz/contracts';
import { REPORT_COUNT_LABELS } from '../shared/dashboard-labels';
import { ASSESSMENT_COLOUR_WORDS, ASSESSMENT_LABELS, MEASURE_STATUS_LABELS } from '../shared/labels';
import type { ChartData, ChartLink } from '@klimaschutz/ui-charts';
import { formatIsoDate } from '../shared/format';
import { byCode } from '../shared/reference-data';
import { DEFAULT_MEASURE_LIST_STATE, stateToQueryParams, type MeasureListState } from '../measures/measure-query';
import type { CockpitFilter, OrgUnitSort } from './cockpit-query';

/*
 * From API figures to chart data. Every chart's table is rendered from the same ChartData, so what
 * the table says is what the chart draws. Colours have at least 3:1 contrast on white (checked in
 * the spec); patterns and the legend text carry the meaning as well.
 */

/** The cockpit and the council report's PDF charts use the same colours (defined in the contracts). */
export const STATUS_COLOURS: Record<MeasureStatus, string> = MEASURE_STATUS_COLOURS;
export { ASSESSMENT_COLOURS };

/** Traffic-light labels with the colour word, so the legend reads without colour vision. */
export const ASSESSMENT_LEGEND: Record<Assessment, string> = {
  ON_TRACK: `${ASSESSMENT_LABELS.ON_TRACK} (${ASSESSMENT_COLOUR_WORDS.ON_TRACK})`,
  AT_RISK: `${ASSESSMENT_LABELS.AT_RISK} (${ASSESSMENT_COLOUR_WORDS.AT_RISK})`,
  OFF_TRACK: `${ASSESSMENT_LABELS.OFF_TRACK} (${ASSESSMENT_COLOUR_WORDS.OFF_TRACK})`,
  NOT_ASSESSED: ASSESSMENT_LABELS.NOT_ASSESSED,
};

export const TIMELINESS_KEYS = ['onTime', 'late', 'overdue', 'pending'] as const;
export type TimelinessKey = (typeof TIMELINESS_KEYS)[number];

export const TIMELINESS_SERIES: Record<TimelinessKey, { label: string; colour: string }> = {
  onTime: { label: REPORT_COUNT_LABELS.onTime, colour: '#1b7f3b' },
  late: { label: REPORT_COUNT_LABELS.late, colour: '#b38600' },
  overdue: { label: REPORT_COUNT_LABELS.overdue, colour: '#c62828' },
  pending: { label: REPORT_COUNT_LABELS.pending, colour: '#767676' },
};

export const GHG_COLOURS = { target: '#5b6b7a', achieved: '#1b7f3b' } as const;
export const TREND_COLOURS = { progress: '#1565c0', onTrack: '#1b7f3b', completed: '#6a3d9a' } as const;

/** The measure list, filtered like the cockpit plus the given narrowing (the list's own URL params). */
export function measureListLink(filter: CockpitFilter, narrowing: Partial<MeasureListState>): ChartLink {
  const state: MeasureListState = {
    ...DEFAULT_MEASURE_LIST_STATE,
    fieldOfActionId: filter.fieldOfActionId,
    orgUnitId: filter.orgUnitId,
    ...narrowing,
  };
  return { path: '/massnahmen', queryParams: stateToQueryParams(state) as Record<string, string> };
}

export function statusChart(summary: DashboardSummary, filter: CockpitFilter): ChartData {
  return {
    categories: MEASURE_STATUSES.map((status) => ({
      key: status,
      label: MEASURE_STATUS_LABELS[status],
      colour: STATUS_COLOURS[status],
      link: measureListLink(filter, { status: [status] }),
    })),
    series: [
      {
        key: 'count',
        label: $localize`:@@cockpit.chart.series.measures:Maßnahmen`,
        colour: STATUS_COLOURS.PLANNED,
        values: MEASURE_STATUSES.map((status) => summary.measures.byStatus[status] ?? 0),
      },
    ],
  };
}

function assessmentSeries(buckets: readonly SummaryBucket[], link: (bucket: SummaryBucket, a: Assessment) => ChartLink) {
  return ASSESSMENTS.map((assessment) => ({
    key: assessment,
    label: ASSESSMENT_LEGEND[assessment],
    colour: ASSESSMENT_COLOURS[assessment],
    values: buckets.map((b) => b.byAssessment[assessment] ?? 0),
    links: buckets.map((b) => link(b, assessment)),
  }));
}

/** Traffic lights per field of action; fields without measures in the selection are left out. */
export function fieldOfActionChart(summary: DashboardSummary, filter: CockpitFilter): ChartData {
  const buckets = summary.byFieldOfAction.filter((b) => b.total > 0);
  return {
    categories: buckets.map((b) => ({
      key: b.id,
      label: b.name,
      link: measureListLink(filter, { fieldOfActionId: b.id }),
    })),
    series: assessmentSeries(buckets, (b, assessment) => measureListLink(filter, { fieldOfActionId: b.id, assessment: [assessment] })),
  };
}

export const needsAttention = (b: SummaryBucket) => (b.byAssessment.OFF_TRACK ?? 0) + (b.byAssessment.AT_RISK ?? 0);

export function sortOrgUnits(buckets: readonly SummaryBucket[], sort: OrgUnitSort): SummaryBucket[] {
  const sorted = [...buckets];
  switch (sort) {
    case 'attention':
      return sorted.sort(
        (a, b) =>
          b.byAssessment.OFF_TRACK - a.byAssessment.OFF_TRACK || needsAttention(b) - needsAttention(a) || b.total - a.total || byCode(a, b),
      );
    case 'total':
      return sorted.sort((a, b) => b.total - a.total || byCode(a, b));
    case 'code':
      return sorted.sort(byCode);
  }
}

/** Traffic lights per lead org unit; the links narrow the list to measures that unit leads. */
export function orgUnitChart(summary: DashboardSummary, filter: CockpitFilter): ChartData {
  const buckets = sortOrgUnits(
    summary.byOrgUnit.filter((b) => b.total > 0),
    filter.orgUnitSort,
  );
  const lead = (b: SummaryBucket): Partial<MeasureListState> => ({ orgUnitId: b.id, orgUnitRole: 'lead' });
  return {
    categories: buckets.map((b) => ({ key: b.id, label: `${b.code} ${b.name}`, link: measureListLink(filter, lead(b)) })),
    series: assessmentSeries(buckets, (b, assessment) => measureListLink(filter, { ...lead(b), assessment: [assessment] })),
  };
}

/** GHG target vs achieved per field of action (only fields with a target or an achievement). */
export function ghgChart(summary: DashboardSummary, filter: CockpitFilter): ChartData {
  const buckets = summary.byFieldOfAction.filter((b) => b.ghg && (b.ghg.targetTPerYear > 0 || b.ghg.achievedTPerYear > 0));
  return {
    categories: buckets.map((b) => ({ key: b.id, label: b.name, link: measureListLink(filter, { fieldOfActionId: b.id }) })),
    series: [
      {
        key: 'target',
        label: $localize`:@@cockpit.chart.series.target:Ziel`,
        colour: GHG_COLOURS.target,
        values: buckets.map((b) => b.ghg.targetTPerYear),
      },
      {
        key: 'achieved',
        label: $localize`:@@cockpit.chart.series.achieved:erreicht`,
        colour: GHG_COLOURS.achieved,
        values: buckets.map((b) => b.ghg.achievedTPerYear),
      },
    ],
  };
}

/**
 * Timeliness of the period's expected reports. Every expected report is exactly one of: came in on
 * time, came in late, overdue (missing after the due date), or not yet due — so the four add up to
 * `expected`.
 */
export function timelinessCounts(reports: DashboardSummary['reports']): Record<TimelinessKey, number> {
  return {
    onTime: reports.onTime,
    late: reports.late,
    overdue: reports.overdue,
    pending: Math.max(0, reports.expected - reports.onTime - reports.late - reports.overdue),
  };
}

export function timelinessChart(summary: DashboardSummary): ChartData {
  const counts = timelinessCounts(summary.reports);
  return {
    categories: TIMELINESS_KEYS.map((key) => ({ key, label: TIMELINESS_SERIES[key].label, colour: TIMELINESS_SERIES[key].colour })),
    series: [
      {
        key: 'count',
        label: $localize`:@@cockpit.chart.series.reports:Sachstandsmeldungen`,
        colour: '#5b6b7a',
        values: TIMELINESS_KEYS.map((key) => counts[key]),
      },
    ],
  };
}

/** Per lead org unit, most overdue reports first. */
export function timelinessByOrgUnitChart(units: readonly OrgUnitTimeliness[], filter: CockpitFilter): ChartData {
  const rows = units.filter((u) => u.expected > 0).sort((a, b) => b.overdue - a.overdue || b.late - a.late || byCode(a.orgUnit, b.orgUnit));
  return {
    categories: rows.map((u) => ({
      key: u.orgUnit.id,
      label: `${u.orgUnit.code} ${u.orgUnit.name}`,
      link: measureListLink({ ...filter, fieldOfActionId: '', orgUnitId: '' }, { orgUnitId: u.orgUnit.id, orgUnitRole: 'lead' }),
    })),
    series: TIMELINESS_KEYS.map((key) => ({
      key,
      label: TIMELINESS_SERIES[key].label,
      colour: TIMELINESS_SERIES[key].colour,
      values: rows.map((u) => (key === 'pending' ? u.pending : u[key])),
    })),
  };
}

const share = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0);

/** Average progress and the shares on track and completed, in percent, per recorded day. */
export function trendChart(points: readonly TrendPoint[], locale: string): ChartData {
  return {
    categories: points.map((p) => ({ key: p.day, label: formatIsoDate(p.day, locale) })),
    series: [
      {
        key: 'progress',
        label: $localize`:@@cockpit.chart.series.progress:Ø Fortschritt`,
        colour: TREND_COLOURS.progress,
        values: points.map((p) => p.averageProgressPercent),
      },
      {
        key: 'onTrack',
        label: $localize`:@@cockpit.chart.series.onTrackShare:Anteil im Plan (grün)`,
        colour: TREND_COLOURS.onTrack,
        values: points.map((p) => share(p.byAssessment.ON_TRACK, p.total)),
      },
      {
        key: 'completed',
        label: $localize`:@@cockpit.chart.series.completedShare:Anteil umgesetzt`,
        colour: TREND_COLOURS.completed,
        values: points.map((p) => share(p.byStatus.COMPLETED, p.total)),
      },
    ],
  };
}
