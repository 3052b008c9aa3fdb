import type { MeasureTimeliness, ReportCounts } from '@klimaschutz/contracts';
import { countTiles, filterMeasures, receivedShare } from './period-status-model';

const counts: ReportCounts = {
  expected: 40,
  submitted: 15,
  inReview: 6,
  accepted: 8,
  revisionRequested: 1,
  missing: 25,
  overdue: 0,
  pending: 25,
  drafts: 3,
  onTime: 13,
  late: 2,
  stale: 4,
};

function row(code: string, timeliness: MeasureTimeliness['timeliness'], stale = false): MeasureTimeliness {
  return {
    measure: { id: code, code, title: code, status: 'IN_PROGRESS' },
    leadOrgUnit: { id: 'o61', code: '61', name: 'Stadtplanungsamt' },
    reportState: 'NONE',
    reportId: null,
    firstSubmittedAt: null,
    timeliness,
    participantReports: 0,
    stale,
    lastAcceptedPeriod: null,
  };
}

describe('period status', () => {
  it('names every count in German and flags only those that need attention', () => {
    const tiles = countTiles(counts);
    expect(tiles).toHaveLength(12);
    expect(tiles[0]).toEqual({ key: 'expected', label: 'erwartet', value: 40, alert: false });
    expect(tiles.filter((t) => t.alert).map((t) => t.key)).toEqual(['late', 'stale']);
  });

  it('filters measures by timeliness or by the data-quality hint', () => {
    const rows = [row('A', 'ON_TIME'), row('B', 'MISSING', true), row('C', 'PENDING', true), row('D', 'LATE')];
    expect(filterMeasures(rows, '').map((r) => r.measure.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(filterMeasures(rows, 'MISSING').map((r) => r.measure.code)).toEqual(['B']);
    expect(filterMeasures(rows, 'STALE').map((r) => r.measure.code)).toEqual(['B', 'C']);
  });

  it('gives the share of received reports', () => {
    expect(receivedShare(counts)).toBe(38);
    expect(receivedShare({ expected: 0, submitted: 0 })).toBeNull();
  });
});
