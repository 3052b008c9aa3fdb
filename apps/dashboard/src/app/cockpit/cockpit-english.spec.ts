import { clearTranslations, loadTranslations } from '@angular/localize';
import type { TrendPoint } from '@klimaschutz/contracts';
import { english } from '../../i18n/english';
import { attentionFinding, fieldOfActionFinding, ghgFinding, statusFinding, timelinessFinding, trendFinding } from './cockpit-findings';
import { sampleSummary } from './testing-fixtures';

const de = 'de-DE';

/** The findings are built in code: for an English user they read English, the numbers stay German. */
describe('cockpit findings for an English user', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('sums up each chart in English, with German number and date formats', () => {
    expect(statusFinding(sampleSummary(), de)).toBe('12 of 40 measures are delayed; 18 in progress, 3 completed.');
    const one = sampleSummary();
    one.measures.byStatus.DELAYED = 1;
    expect(statusFinding(one, de)).toMatch(/^1 of 40 measures is delayed/);
    expect(fieldOfActionFinding(sampleSummary(), de)).toBe(
      '20 of 40 measures are on track, 10 at risk and 6 critical; most urgent: Verkehr (4 critical, 6 at risk).',
    );
    expect(ghgFinding(sampleSummary(), de)).toMatch(/^[\d.,]+ of [\d.,]+ t CO₂e per year achieved – \d+ % of the reduction target\.$/);
    expect(timelinessFinding(sampleSummary(), de)).toMatch(
      /expected progress reports for “.+” (is|are) overdue; .* \(deadline: \d\d\.\d\d\.\d{4}\)\.$/,
    );
    const days = ['2026-01-05', '2026-01-12'].map(
      (day, i): TrendPoint => ({ ...({} as TrendPoint), day, total: 10, averageProgressPercent: 10 + i * 2.5 }),
    );
    expect(trendFinding(days, de)).toBe(
      'Since 05.01.2026, average progress has risen from 10 % to 12,5 %. So far there are only 2 daily figures.',
    );
    expect(
      attentionFinding(
        {
          reportingPeriod: null,
          total: 1,
          counts: { OFF_TRACK: 1, DELAYED: 0, REPORT_OVERDUE: 1, MILESTONE_OVERDUE: 0, STALE: 0 },
          items: [],
        },
        de,
      ),
    ).toBe('1 measure needs attention: 1 critical (traffic light red), 1 with an overdue progress report.');
  });
});
