import {
  changeSummary,
  compareReports,
  excerpt,
  formatReportValue,
  olderFirst,
  previousReport,
  REPORT_CONTENT_FIELDS,
  reviewOutcome,
} from './report-compare';
import { testReport } from './report-test-data';

const p25 = { id: 'p25', name: 'Sachstand 2025', startDate: '2025-01-01', endDate: '2025-12-31', dueDate: '2025-12-15', closed: true };

describe('comparing two Sachstandsmeldungen', () => {
  const before = testReport({ id: 'old', period: p25, createdAt: '2025-11-10T09:00:00.000Z' });

  it('has one row per content field, in form order, with German labels', () => {
    const rows = compareReports(before, testReport(), 'de-DE');
    expect(rows.map((r) => r.field)).toEqual([...REPORT_CONTENT_FIELDS]);
    expect(rows.map((r) => r.label)).toContain('Hemmnisse');
    expect(rows.every((r) => !r.changed && r.change === 'unverändert')).toBe(true);
    expect(changeSummary(rows)).toBe('Keine Angabe geändert');
  });

  it('describes every change in words, not only by colour', () => {
    const after = testReport({
      status: 'DELAYED',
      assessment: 'AT_RISK',
      progressPercent: 55,
      text: 'Gutachten liegt vor.',
      obstacles: 'Kartierung verlängert.',
      nextSteps: null,
      actualCostsEur: 22500,
      staffEffortHours: 100,
      ghgReductionAchievedT: 12.5,
    });
    const rows = Object.fromEntries(compareReports(before, after, 'de-DE').map((r) => [r.field, r]));
    expect(rows['status']).toMatchObject({ before: 'in Umsetzung', after: 'verzögert', changed: true, change: 'geändert' });
    expect(rows['assessment']).toMatchObject({ before: 'im Plan (Ampel grün)', after: 'gefährdet (Ampel gelb)', changed: true });
    expect(rows['progressPercent']).toMatchObject({ before: '40 %', after: '55 %', change: '+15 Prozentpunkte' });
    expect(rows['text']).toMatchObject({ change: 'geändert', multiline: true });
    expect(rows['obstacles']).toMatchObject({ before: '–', after: 'Kartierung verlängert.', kind: 'added', change: 'neu angegeben' });
    expect(rows['nextSteps']).toMatchObject({ after: '–', kind: 'removed', change: 'entfernt' });
    expect(rows['actualCostsEur']).toMatchObject({ before: '10.000 €', after: '22.500 €', change: '+12.500 €' });
    expect(rows['staffEffortHours']).toMatchObject({ change: '−20 Stunden' });
    expect(rows['ghgReductionAchievedT']).toMatchObject({ after: '12,5 t CO2e/a', kind: 'added' });
    expect(rows['milestonesReached'].changed).toBe(false);
    expect(changeSummary(Object.values(rows))).toBe('9 von 10 Angaben geändert');
  });

  it('does not count whitespace, line endings or an emptied text field as a change of content', () => {
    const rows = compareReports(
      testReport({ text: 'Zeile 1\r\nZeile 2', obstacles: '' }),
      testReport({ text: '  Zeile 1\nZeile 2 ', obstacles: '   ' }),
      'de-DE',
    );
    expect(rows.filter((r) => r.changed)).toEqual([]);
  });

  it('marks the values of a first report as first entries', () => {
    const rows = compareReports(null, testReport({ obstacles: null }), 'de-DE');
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(byField['text']).toMatchObject({ kind: 'new', change: 'erste Angabe', before: '–', changed: false });
    expect(byField['obstacles']).toMatchObject({ kind: 'unchanged', change: '', after: '–' });
  });

  it('formats values the German way', () => {
    expect(formatReportValue('progressPercent', 7, 'de-DE')).toBe('7 %');
    expect(formatReportValue('actualCostsEur', 1234567.5, 'de-DE')).toBe('1.234.567,50 €');
    expect(formatReportValue('staffEffortHours', 12.5, 'de-DE')).toBe('12,5 Stunden');
    expect(formatReportValue('text', '   ', 'de-DE')).toBe('–');
  });
});

describe('ordering reports for a comparison', () => {
  const old = testReport({ id: 'old', period: p25, createdAt: '2025-11-10T09:00:00.000Z' });
  const sentBack = testReport({ id: 'v1', revision: 1, state: 'REVISION_REQUESTED', createdAt: '2026-11-01T09:00:00.000Z' });
  const revised = testReport({ id: 'v2', revision: 2, supersedesId: 'v1', createdAt: '2026-11-05T09:00:00.000Z' });
  const timeline = [revised, sentBack, old];

  it('puts the older report on the left whatever order they were chosen in', () => {
    expect(olderFirst(revised, old).map((r) => r.id)).toEqual(['old', 'v2']);
    expect(olderFirst(old, revised).map((r) => r.id)).toEqual(['old', 'v2']);
    expect(olderFirst(revised, sentBack).map((r) => r.id)).toEqual(['v1', 'v2']);
  });

  it('compares a revision with the version that was sent back, and a first version with the period before', () => {
    expect(previousReport(timeline, revised)?.id).toBe('v1');
    expect(previousReport(timeline, sentBack)?.id).toBe('old');
    expect(previousReport(timeline, old)).toBeNull();
  });

  it('orders a report without period by its creation day', () => {
    const loose = testReport({ id: 'loose', period: null, createdAt: '2025-06-01T08:00:00.000Z' });
    expect(olderFirst(revised, loose).map((r) => r.id)).toEqual(['loose', 'v2']);
    expect(previousReport([revised, old, loose], loose)?.id).toBe('old');
    expect(previousReport([revised, old, loose], revised)?.id).toBe('loose');
  });
});

describe('excerpt', () => {
  it('keeps short texts and cuts long ones at a word', () => {
    expect(excerpt('  Kurz\n und   knapp ')).toBe('Kurz und knapp');
    const long = 'Die zweite Kartiersaison zum Rotmilan im Suchraum Nord ist abgeschlossen, das Gutachten liegt im Entwurf vor.';
    expect(excerpt(long, 60)).toBe('Die zweite Kartiersaison zum Rotmilan im Suchraum Nord ist …');
    expect(excerpt(null)).toBe('');
  });
});

describe('review outcome', () => {
  it('names the result of a decision, not its command', () => {
    expect(reviewOutcome('ACCEPT')).toBe('angenommen');
    expect(reviewOutcome('REQUEST_REVISION')).toBe('Überarbeitung angefordert');
  });
});
