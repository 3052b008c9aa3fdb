import type { InboxItem, ReportingPeriodRef } from '@klimaschutz/contracts';
import { groupInbox, inboxAction, needsAction } from './inbox-model';

const p1: ReportingPeriodRef = {
  id: 'p1',
  name: 'Sachstand 2026',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  dueDate: '2026-12-15',
  closed: false,
};
const p2: ReportingPeriodRef = {
  id: 'p2',
  name: 'Q1 2027',
  startDate: '2027-01-01',
  endDate: '2027-03-31',
  dueDate: '2027-04-15',
  closed: false,
};

function item(overrides: Partial<InboxItem> & { id?: string }): InboxItem {
  const { id = 'm1', ...rest } = overrides;
  return {
    measure: { id, code: id.toUpperCase(), title: 'Maßnahme', status: 'IN_PROGRESS', assessment: 'ON_TRACK', progressPercent: 10 },
    role: 'LEAD',
    expected: true,
    period: p1,
    dueDate: p1.dueDate,
    reportState: 'NONE',
    report: null,
    overdue: false,
    revisionComment: null,
    timeliness: 'PENDING',
    stale: false,
    ...rest,
  };
}

const report = (state: InboxItem['reportState'] & string, id = 'r1'): InboxItem['report'] =>
  state === 'NONE' ? null : { id, state, revision: 1, version: 1, submittedAt: null, updatedAt: '2026-11-01T00:00:00Z' };

describe('inbox', () => {
  it('leads to the one next step of each item', () => {
    expect(inboxAction(item({}))).toEqual({
      kind: 'create',
      label: 'Sachstand melden',
      link: ['/massnahmen', 'm1', 'sachstand', 'neu'],
      queryParams: { zeitraum: 'p1' },
    });
    expect(inboxAction(item({ role: 'PARTICIPANT', expected: false })).label).toBe('Beitrag melden');
    expect(inboxAction(item({ reportState: 'DRAFT', report: report('DRAFT') }))).toMatchObject({
      kind: 'edit',
      link: ['/sachstandsmeldungen', 'r1', 'bearbeiten'],
    });
    expect(inboxAction(item({ reportState: 'REVISION_REQUESTED', report: report('REVISION_REQUESTED') }))).toMatchObject({
      kind: 'revise',
      label: 'Überarbeiten',
    });
    expect(inboxAction(item({ reportState: 'SUBMITTED', report: report('SUBMITTED') }))).toMatchObject({
      kind: 'view',
      link: ['/sachstandsmeldungen', 'r1'],
    });
  });

  it('counts as open what is expected and not written, drafts and revisions – not voluntary contributions', () => {
    expect(needsAction(item({}))).toBe(true);
    expect(needsAction(item({ role: 'PARTICIPANT', expected: false }))).toBe(false);
    expect(needsAction(item({ reportState: 'DRAFT' }))).toBe(true);
    expect(needsAction(item({ reportState: 'REVISION_REQUESTED' }))).toBe(true);
    expect(needsAction(item({ reportState: 'SUBMITTED' }))).toBe(false);
    expect(needsAction(item({ reportState: 'ACCEPTED' }))).toBe(false);
  });

  it('groups by open period and keeps a period whose work is done', () => {
    const inbox = {
      openPeriods: [p1, p2],
      items: [item({ id: 'a', reportState: 'ACCEPTED' }), item({ id: 'b' }), item({ id: 'c', period: p2, reportState: 'SUBMITTED' })],
    };
    expect(groupInbox(inbox, false).map((g) => [g.period.id, g.items.map((i) => i.measure.id)])).toEqual([
      ['p1', ['a', 'b']],
      ['p2', ['c']],
    ]);
    expect(groupInbox(inbox, true).map((g) => [g.period.id, g.items.map((i) => i.measure.id)])).toEqual([
      ['p1', ['b']],
      ['p2', []],
    ]);
  });
});
