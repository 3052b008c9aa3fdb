import type { OrgUnitTimeliness, TrendPoint } from '@klimaschutz/contracts';
import { contrastRatio } from '@klimaschutz/ui-charts';
import { stateFromQueryParams } from '../measures/measure-query';
import {
  ASSESSMENT_COLOURS,
  GHG_COLOURS,
  STATUS_COLOURS,
  TIMELINESS_SERIES,
  TREND_COLOURS,
  fieldOfActionChart,
  ghgChart,
  orgUnitChart,
  statusChart,
  timelinessByOrgUnitChart,
  timelinessChart,
  timelinessCounts,
  trendChart,
} from './cockpit-charts';
import { DEFAULT_COCKPIT_FILTER } from './cockpit-query';
import { sampleSummary } from './testing-fixtures';

const filter = DEFAULT_COCKPIT_FILTER;
const values = (data: { series: readonly { key: string; values: readonly number[] }[] }) =>
  Object.fromEntries(data.series.map((s) => [s.key, [...s.values]]));

describe('cockpit chart data', () => {
  it('counts measures by status, in the order of the workflow, each linked to the list filtered by it', () => {
    const data = statusChart(sampleSummary(), filter);
    expect(data.categories.map((c) => c.label)).toEqual(['geplant', 'in Umsetzung', 'umgesetzt', 'verzögert', 'ruht', 'verworfen']);
    expect(data.series[0].values).toEqual([6, 18, 3, 12, 1, 0]);
    expect(data.categories[3].link).toEqual({ path: '/massnahmen', queryParams: { status: 'DELAYED' } });
  });

  it('links carry the cockpit selection, in the measure list’s own URL format', () => {
    const narrowed = { ...filter, fieldOfActionId: 'f-v', orgUnitId: 'o-61' };
    const link = statusChart(sampleSummary(), narrowed).categories[3].link!;
    expect(stateFromQueryParams(link.queryParams!)).toMatchObject({
      status: ['DELAYED'],
      fieldOfActionId: 'f-v',
      orgUnitId: 'o-61',
      orgUnitRole: '',
    });
  });

  it('stacks the traffic lights per field of action and leaves out fields without measures', () => {
    const data = fieldOfActionChart(sampleSummary(), filter);
    expect(data.categories.map((c) => c.label)).toEqual(['Verkehr', 'Energie']);
    expect(values(data)).toEqual({ ON_TRACK: [8, 12], AT_RISK: [6, 4], OFF_TRACK: [4, 2], NOT_ASSESSED: [2, 2] });
    expect(data.series.map((s) => s.label)).toEqual(['im Plan (grün)', 'gefährdet (gelb)', 'kritisch (rot)', 'nicht bewertet']);
    expect(data.series[2].links?.[0]).toEqual({ path: '/massnahmen', queryParams: { assessment: 'OFF_TRACK', fieldOfActionId: 'f-v' } });
    expect(data.categories[0].link?.queryParams).toEqual({ fieldOfActionId: 'f-v' });
  });

  it('sorts the lead org units by need for action, by size or by code; links narrow to the lead unit', () => {
    const labels = (sort: typeof filter.orgUnitSort) =>
      orgUnitChart(sampleSummary(), { ...filter, orgUnitSort: sort }).categories.map((c) => c.key);
    expect(labels('attention')).toEqual(['o-66', 'o-61', 'o-20']);
    expect(labels('total')).toEqual(['o-61', 'o-66', 'o-20']);
    expect(labels('code')).toEqual(['o-20', 'o-61', 'o-66']);
    const data = orgUnitChart(sampleSummary(), filter);
    expect(data.categories[0].label).toBe('66 Amt für Mobilität');
    expect(data.series[2].links?.[0]?.queryParams).toEqual({ assessment: 'OFF_TRACK', orgUnitId: 'o-66', orgUnitRole: 'lead' });
  });

  it('sets the GHG target against what was achieved, per field of action with figures', () => {
    const data = ghgChart(sampleSummary(), filter);
    expect(data.categories.map((c) => c.label)).toEqual(['Verkehr', 'Energie']);
    expect(values(data)).toEqual({ target: [3000, 1000], achieved: [450.5, 800] });
  });

  it('splits the expected reports into on time, late, overdue and not yet due, adding up to the expected ones', () => {
    const summary = sampleSummary();
    const counts = timelinessCounts(summary.reports);
    expect(counts).toEqual({ onTime: 11, late: 3, overdue: 7, pending: 9 });
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(summary.reports.expected);
    expect(timelinessChart(summary).series[0].values).toEqual([11, 3, 7, 9]);
  });

  it('orders the org units by overdue reports', () => {
    const unit = (id: string, code: string, overdue: number, late = 0): OrgUnitTimeliness => ({
      orgUnit: { id, code, name: `Amt ${code}` },
      expected: 5,
      submitted: 5 - overdue,
      inReview: 0,
      accepted: 0,
      revisionRequested: 0,
      missing: overdue,
      overdue,
      pending: 0,
      drafts: 0,
      onTime: 5 - overdue - late,
      late,
      stale: 0,
    });
    const data = timelinessByOrgUnitChart([unit('a', '10', 1), unit('b', '66', 3), unit('c', '20', 1, 2)], filter);
    expect(data.categories.map((c) => c.key)).toEqual(['b', 'c', 'a']);
    expect(values(data)).toEqual({ onTime: [2, 2, 4], late: [0, 2, 0], overdue: [3, 1, 1], pending: [0, 0, 0] });
    expect(data.categories[0].link?.queryParams).toEqual({ orgUnitId: 'b', orgUnitRole: 'lead' });
  });

  it('turns the daily snapshots into percentages per day', () => {
    const point = (day: string, progress: number, onTrack: number, completed: number): TrendPoint => ({
      day,
      total: 40,
      averageProgressPercent: progress,
      byStatus: { PLANNED: 0, IN_PROGRESS: 40 - completed, COMPLETED: completed, DELAYED: 0, ON_HOLD: 0, CANCELLED: 0 },
      byAssessment: { ON_TRACK: onTrack, AT_RISK: 0, OFF_TRACK: 0, NOT_ASSESSED: 40 - onTrack },
      ghg: { targetTPerYear: 0, achievedTPerYear: 0 },
    });
    const data = trendChart([point('2026-11-23', 40, 20, 2), point('2026-11-24', 42.5, 21, 3)], 'de-DE');
    expect(data.categories.map((c) => c.label)).toEqual(['23.11.2026', '24.11.2026']);
    expect(values(data)).toEqual({ progress: [40, 42.5], onTrack: [50, 52.5], completed: [5, 7.5] });
  });

  it('uses colours with at least 3:1 contrast on white (WCAG 1.4.11)', () => {
    const colours = [
      ...Object.values(STATUS_COLOURS),
      ...Object.values(ASSESSMENT_COLOURS),
      ...Object.values(TIMELINESS_SERIES).map((s) => s.colour),
      ...Object.values(GHG_COLOURS),
      ...Object.values(TREND_COLOURS),
    ];
    for (const colour of colours) expect({ colour, ratio: contrastRatio(colour, '#ffffff') >= 3 }).toEqual({ colour, ratio: true });
  });
});
