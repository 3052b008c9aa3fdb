import fc from 'fast-check';
import { berlinDate, summariseChain, timelinessOf } from './timeliness';

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });

describe('timeliness of a period report', () => {
  it('judges a submission only by its Berlin calendar day against the due day', () => {
    fc.assert(
      fc.property(instant, day, fc.boolean(), day, (submittedAt, due, closed, today) => {
        const result = timelinessOf(submittedAt, due, closed, today);
        expect(result).toBe(berlinDate(submittedAt) <= due ? 'ON_TIME' : 'LATE');
      }),
    );
  });

  it('calls a missing report MISSING once due or closed, PENDING before — never PENDING in a closed period', () => {
    fc.assert(
      fc.property(day, fc.boolean(), day, (due, closed, today) => {
        const result = timelinessOf(null, due, closed, today);
        if (closed) expect(result).toBe('MISSING');
        else expect(result).toBe(today > due ? 'MISSING' : 'PENDING');
      }),
    );
  });

  it('counts the due day itself as on time, in Berlin time (23:30 UTC on 31 Jan is already 1 Feb in Berlin)', () => {
    expect(timelinessOf(new Date('2026-01-31T22:59:00Z'), '2026-01-31', true, '2026-03-01')).toBe('ON_TIME');
    expect(timelinessOf(new Date('2026-01-31T23:30:00Z'), '2026-01-31', true, '2026-03-01')).toBe('LATE');
    expect(timelinessOf(null, '2026-01-31', false, '2026-01-31')).toBe('PENDING');
    expect(timelinessOf(null, '2026-01-31', false, '2026-02-01')).toBe('MISSING');
  });
});

describe('summary of a report chain', () => {
  const at = (s: string) => new Date(`2026-${s}T10:00:00Z`);
  it('shows the newest version, the newest one sent in, and the first submission', () => {
    const v1 = { id: 'v1', state: 'REVISION_REQUESTED' as const, submittedAt: at('01-10'), createdAt: at('01-05'), revision: 1 };
    const v2 = { id: 'v2', state: 'DRAFT' as const, submittedAt: null, createdAt: at('02-01'), revision: 2 };
    expect(summariseChain([v2, v1])).toEqual({ current: v2, lastSent: v1, firstSubmittedAt: at('01-10') });
    expect(summariseChain([])).toEqual({ current: null, lastSent: null, firstSubmittedAt: null });
  });

  it('always picks the newest version as current, whatever the order given', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 8 }), (rows) => {
        const reports = rows.map(([createdAt, revision], i) => ({
          id: String(i),
          state: 'SUBMITTED' as const,
          submittedAt: createdAt,
          createdAt,
          revision,
        }));
        const { current, firstSubmittedAt } = summariseChain(reports);
        expect(current!.createdAt.getTime()).toBe(Math.max(...reports.map((r) => r.createdAt.getTime())));
        expect(firstSubmittedAt!.getTime()).toBe(Math.min(...reports.map((r) => r.createdAt.getTime())));
      }),
    );
  });
});
