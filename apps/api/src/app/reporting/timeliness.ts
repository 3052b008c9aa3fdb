import type { ReportState, Timeliness } from '@klimaschutz/contracts';

/** Due dates are days in the city's calendar, so "today" and "submitted on" are taken in Europe/Berlin. */
const BERLIN = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of an instant, in Europe/Berlin. */
export function berlinDate(at: Date): string {
  return BERLIN.format(at);
}

export function berlinToday(now: Date = new Date()): string {
  return berlinDate(now);
}

/**
 * Timeliness of the expected report: judged on the first submission in the period (a later revision
 * does not make a punctual report late). Without a submission it is MISSING once the due day has
 * passed or the period is closed, and PENDING before.
 */
export function timelinessOf(firstSubmittedAt: Date | null, dueDate: string, closed: boolean, today: string): Timeliness {
  if (firstSubmittedAt) return berlinDate(firstSubmittedAt) <= dueDate ? 'ON_TIME' : 'LATE';
  return closed || today > dueDate ? 'MISSING' : 'PENDING';
}

/** The fields of a report that the chain summary needs. */
export interface ChainReport {
  id: string;
  state: ReportState;
  submittedAt: Date | null;
  createdAt: Date;
  revision: number;
}

const newestFirst = (a: ChainReport, b: ChainReport) => b.createdAt.getTime() - a.createdAt.getTime() || b.revision - a.revision;

/**
 * The versions one org unit wrote for one measure in one period, summarised: the newest version
 * (its state is what the unit sees), the newest one that was sent in (its state is what the
 * climate managers see) and the first submission (what timeliness is judged on).
 */
export function summariseChain<T extends ChainReport>(
  reports: T[],
): { current: T | null; lastSent: T | null; firstSubmittedAt: Date | null } {
  const sorted = [...reports].sort(newestFirst);
  const sent = sorted.filter((r) => r.state !== 'DRAFT');
  const submissions = reports.map((r) => r.submittedAt).filter((d): d is Date => d !== null);
  return {
    current: sorted[0] ?? null,
    lastSent: sent[0] ?? null,
    firstSubmittedAt: submissions.length ? new Date(Math.min(...submissions.map((d) => d.getTime()))) : null,
  };
}
