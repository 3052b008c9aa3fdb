/**
 * Explains simple cron expressions in German ("täglich um 00:15 Uhr"), so an administrator does not
 * need to read cron. Anything unusual returns null and the page shows the expression as it is.
 */

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const WEEKDAY_NAMES: Record<string, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const isNumber = (field: string) => /^\d{1,2}$/.test(field);
const pad = (value: string) => value.padStart(2, '0');

function weekday(token: string): number | null {
  const named = WEEKDAY_NAMES[token.toUpperCase()];
  if (named !== undefined) return named;
  if (!isNumber(token)) return null;
  const n = Number(token);
  return n >= 0 && n <= 7 ? n % 7 : null;
}

/** `1-5` → [1,2,3,4,5]; `1,3` → [1,3]; `MON` → [1]. Null for steps or nonsense. */
function weekdays(field: string): number[] | null {
  const days = new Set<number>();
  for (const part of field.split(',')) {
    const range = part.split('-');
    if (range.length === 2) {
      const [from, to] = range.map(weekday);
      if (from === null || to === null || from > to) return null;
      for (let d = from; d <= to; d++) days.add(d);
    } else {
      const d = weekday(part);
      if (d === null) return null;
      days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}

function joinGerman(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} und ${words[words.length - 1]}`;
}

function dayText(days: number[]): string {
  const key = days.join(',');
  if (key === '1,2,3,4,5') return 'werktags (Montag bis Freitag)';
  if (key === '0,6') return 'samstags und sonntags';
  if (days.length === 7) return 'täglich';
  return `jeden ${joinGerman(days.map((d) => WEEKDAYS[d]))}`;
}

export function describeCron(expression: string): string | null {
  let fields = expression.trim().split(/\s+/);
  // Six fields start with seconds; only "at second 0" is simple enough to explain.
  if (fields.length === 6) {
    if (fields[0] !== '0') return null;
    fields = fields.slice(1);
  }
  if (fields.length !== 5) return null;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;

  if (dayOfMonth === '*' && month === '*' && dayOfWeek === '*') {
    if (minute === '*' && hour === '*') return 'jede Minute';
    const everyMinutes = /^\*\/(\d+)$/.exec(minute);
    if (everyMinutes && hour === '*') return `alle ${Number(everyMinutes[1])} Minuten`;
    const everyHours = /^\*\/(\d+)$/.exec(hour);
    if (isNumber(minute) && everyHours) {
      return `alle ${Number(everyHours[1])} Stunden, jeweils zur Minute ${Number(minute)}`;
    }
    if (isNumber(minute) && hour === '*') return `stündlich, jeweils zur Minute ${Number(minute)}`;
  }
  if (!isNumber(minute) || !isNumber(hour) || Number(minute) > 59 || Number(hour) > 23) return null;
  const time = `um ${pad(hour)}:${pad(minute)} Uhr`;

  if (dayOfMonth === '*' && month === '*') {
    if (dayOfWeek === '*') return `täglich ${time}`;
    const days = weekdays(dayOfWeek);
    return days ? `${dayText(days)} ${time}` : null;
  }
  if (isNumber(dayOfMonth) && dayOfWeek === '*') {
    const day = Number(dayOfMonth);
    if (day < 1 || day > 31) return null;
    if (month === '*') return `monatlich am ${day}. ${time}`;
    if (isNumber(month) && Number(month) >= 1 && Number(month) <= 12) return `jährlich am ${day}. ${MONTHS[Number(month) - 1]} ${time}`;
  }
  return null;
}
