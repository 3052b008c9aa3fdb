/**
 * Explains simple cron expressions in the UI language ("täglich um 00:15 Uhr"), so an administrator does not
 * need to read cron. Anything unusual returns null and the page shows the expression as it is.
 */

/** Read when a text is built (not at module load), so the words follow the loaded translations. */
const weekdayNames = () => [
  $localize`:@@admin.cron.sunday:Sonntag`,
  $localize`:@@admin.cron.monday:Montag`,
  $localize`:@@admin.cron.tuesday:Dienstag`,
  $localize`:@@admin.cron.wednesday:Mittwoch`,
  $localize`:@@admin.cron.thursday:Donnerstag`,
  $localize`:@@admin.cron.friday:Freitag`,
  $localize`:@@admin.cron.saturday:Samstag`,
];
const WEEKDAY_NAMES: Record<string, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
const monthNames = () => [
  $localize`:@@admin.cron.january:Januar`,
  $localize`:@@admin.cron.february:Februar`,
  $localize`:@@admin.cron.march:März`,
  $localize`:@@admin.cron.april:April`,
  $localize`:@@admin.cron.may:Mai`,
  $localize`:@@admin.cron.june:Juni`,
  $localize`:@@admin.cron.july:Juli`,
  $localize`:@@admin.cron.august:August`,
  $localize`:@@admin.cron.september:September`,
  $localize`:@@admin.cron.october:Oktober`,
  $localize`:@@admin.cron.november:November`,
  $localize`:@@admin.cron.december:Dezember`,
];

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

function joinWords(words: string[]): string {
  return words.length <= 1
    ? words.join('')
    : $localize`:@@admin.cron.and:${words.slice(0, -1).join(', ')}:first: und ${words[words.length - 1]}:last:`;
}

function dayText(days: number[]): string {
  const key = days.join(',');
  if (key === '1,2,3,4,5') return $localize`:@@admin.cron.workdays:werktags (Montag bis Freitag)`;
  if (key === '0,6') return $localize`:@@admin.cron.weekends:samstags und sonntags`;
  if (days.length === 7) return $localize`:@@admin.cron.everyDay:täglich`;
  return $localize`:@@admin.cron.everyWeekday:jeden ${joinWords(days.map((d) => weekdayNames()[d]))}:days:`;
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
    if (minute === '*' && hour === '*') return $localize`:@@admin.cron.everyMinute:jede Minute`;
    const everyMinutes = /^\*\/(\d+)$/.exec(minute);
    if (everyMinutes && hour === '*') return $localize`:@@admin.cron.everyNMinutes:alle ${Number(everyMinutes[1])}:n: Minuten`;
    const everyHours = /^\*\/(\d+)$/.exec(hour);
    if (isNumber(minute) && everyHours) {
      return $localize`:@@admin.cron.everyNHours:alle ${Number(everyHours[1])}:n: Stunden, jeweils zur Minute ${Number(minute)}:minute:`;
    }
    if (isNumber(minute) && hour === '*') return $localize`:@@admin.cron.hourly:stündlich, jeweils zur Minute ${Number(minute)}:minute:`;
  }
  if (!isNumber(minute) || !isNumber(hour) || Number(minute) > 59 || Number(hour) > 23) return null;
  const time = $localize`:@@admin.cron.time:um ${`${pad(hour)}:${pad(minute)}`}:clock: Uhr`;

  if (dayOfMonth === '*' && month === '*') {
    if (dayOfWeek === '*') return $localize`:@@admin.cron.daily:täglich ${time}:time:`;
    const days = weekdays(dayOfWeek);
    return days ? $localize`:@@admin.cron.onDays:${dayText(days)}:days: ${time}:time:` : null;
  }
  if (isNumber(dayOfMonth) && dayOfWeek === '*') {
    const day = Number(dayOfMonth);
    if (day < 1 || day > 31) return null;
    if (month === '*') return $localize`:@@admin.cron.monthly:monatlich am ${day}:day:. ${time}:time:`;
    if (isNumber(month) && Number(month) >= 1 && Number(month) <= 12)
      return $localize`:@@admin.cron.yearly:jährlich am ${day}:day:. ${monthNames()[Number(month) - 1]}:month: ${time}:time:`;
  }
  return null;
}
