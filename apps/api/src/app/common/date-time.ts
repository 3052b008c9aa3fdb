import { ValidateBy } from 'class-validator';
import { isCalendarDate } from './dto-rules';

/** `2026-12-03T09:00:00+01:00` or `…Z`: an offset is required, so a time never means two instants. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/** An ISO 8601 date-time with offset (`Z` or `±hh:mm`). */
export const IsDateTime = (label: string) =>
  ValidateBy({
    name: 'isDateTime',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isDateTime(value),
      defaultMessage: () =>
        `${label} muss Datum und Uhrzeit im Format JJJJ-MM-TTThh:mm mit Zeitzone sein, z. B. 2026-12-03T09:00:00+01:00.`,
    },
  });

const berlinDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an instant in the city's time zone, `YYYY-MM-DD`. */
export const dateInBerlin = (instant: Date): string => berlinDate.format(instant);

const berlinDateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the city's wall-clock time, `YYYY-MM-DD hh:mm` (what exports write). */
export const dateTimeInBerlin = (instant: Date): string => berlinDateTime.format(instant);

export const todayInBerlin = (): string => dateInBerlin(new Date());

/** Whole days between two instants, never negative. */
export const daysBetween = (from: Date, to: Date): number => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));

const berlinHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });

/**
 * The instant a calendar day begins in Berlin. At 00:00 UTC Berlin is at 01:00 or 02:00 of the same
 * day, and the clocks never change between Berlin's midnight and then, so that hour is the offset.
 */
export function startOfDayInBerlin(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - Number(berlinHour.format(utcMidnight)) * 3_600_000);
}

/** The day after `date`, `YYYY-MM-DD`. */
export const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
export const previousDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** `now` minus whole days. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
