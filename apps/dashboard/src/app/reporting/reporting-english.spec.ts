import { clearTranslations, loadTranslations } from '@angular/localize';
import type { InboxItem } from '@klimaschutz/contracts';
import { english } from '../../i18n/english';
import { inboxAction } from './inbox-model';
import { changeSummary, compareReports, periodName, revisionLabel } from './report-compare';
import { testReport } from './report-test-data';

const p25 = { id: 'p25', name: 'Sachstand 2025', startDate: '2025-01-01', endDate: '2025-12-31', dueDate: '2025-12-15', closed: true };

describe('reporting texts for an English user', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('describes the changes between two reports in English, with German number formats', () => {
    const before = testReport({ id: 'old', period: p25, createdAt: '2025-11-10T09:00:00.000Z' });
    const after = testReport({
      progressPercent: 55,
      obstacles: 'Kartierung verlängert.',
      nextSteps: null,
      staffEffortHours: 100,
      text: 'Gutachten liegt vor.',
    });
    const rows = Object.fromEntries(compareReports(before, after, 'de-DE').map((r) => [r.field, r]));
    expect(rows['progressPercent']).toMatchObject({ change: '+15 percentage points' });
    expect(rows['staffEffortHours']).toMatchObject({ before: '120 hours', change: '−20 hours' });
    expect(rows['obstacles']).toMatchObject({ change: 'newly given' });
    expect(rows['nextSteps']).toMatchObject({ change: 'removed' });
    expect(rows['text']).toMatchObject({ change: 'changed' });
    expect(rows['milestonesReached']).toMatchObject({ change: 'unchanged' });
    expect(changeSummary(Object.values(rows))).toBe('5 of 10 entries changed');
    expect(changeSummary([])).toBe('No entry changed');
    expect(periodName({ period: null })).toBe('without reporting period');
    expect(revisionLabel(2)).toBe('Version 2');
  });

  it('names the next step of an inbox item in English', () => {
    const item = { measure: { id: 'm1' }, period: { id: 'p1' }, role: 'LEAD', report: null } as unknown as InboxItem;
    expect(inboxAction(item).label).toBe('Report progress');
    expect(inboxAction({ ...item, role: 'PARTICIPANT' }).label).toBe('Report contribution');
    const report = { id: 'r1', state: 'DRAFT' } as InboxItem['report'];
    expect(inboxAction({ ...item, report }).label).toBe('Edit draft');
    expect(inboxAction({ ...item, report: { ...report!, state: 'REVISION_REQUESTED' } }).label).toBe('Revise');
    expect(inboxAction({ ...item, report: { ...report!, state: 'ACCEPTED' } }).label).toBe('View');
  });
});
