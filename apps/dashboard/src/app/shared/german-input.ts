/**
 * Reading and writing numbers and dates the German way, independent of the browser's locale.
 * A `type=number` field in an English browser reads „320,5“ as 3205; these rules never guess:
 * what is not clearly German (or, for dates, ISO) is refused.
 */

/** What a field's text means: a value, nothing (empty field), or text that cannot be read. */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false };

const UNREADABLE = { ok: false } as const;

/**
 * `1.250.000,50`, `1250000,50`, `320,5`, `-5`, `0,5` → numbers. Thousands separators are
 * dots in groups of three (all or none), the decimal separator is one comma. Refused: `3,2,1`,
 * `1.25.0`, `1e5`, `320.5`, `abc`.
 */
export function parseGermanNumber(text: string): Parsed<number> {
  // Spaces (also the narrow no-break space Intl puts into some formats) are ignored; a typographic minus counts.
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return { ok: true, value: null };
  const match = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(compact);
  if (!match) return UNREADABLE;
  const [, sign, whole, fraction] = match;
  const value = Number(`${sign}${whole.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return UNREADABLE;
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * `1250000.5` → `1.250.000,5`; `money` shows a fraction with two digits (`1.250.000,50`);
 * `plain` leaves out the thousands separators (years: `2030`).
 */
export function formatGermanNumber(value: number | null | undefined, options: { money?: boolean; plain?: boolean } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // Every digit the value has (a form must show what it will save, not a rounded figure).
  return new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: options.money && !Number.isInteger(value) ? 2 : 0,
    maximumFractionDigits: 20,
    useGrouping: !options.plain,
  }).format(value === 0 ? 0 : value);
}

/**
 * `31.12.2026`, `1.2.2026` and ISO `2026-12-31` → `2026-12-31`. The day must exist
 * (`31.02.2026` is refused); the year has four digits.
 */
export function parseGermanDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  let year: number, month: number, day: number;
  if (german) {
    [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return UNREADABLE;
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return UNREADABLE;
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** `2026-12-31` → `31.12.2026`; anything else unchanged. */
export function formatGermanDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (iso ?? '');
}

/** `9:05`, `09:05`, `9.05`, `9` → `09:05`; hours 0–23, minutes 0–59. */
export function parseGermanTime(text: string): Parsed<string> {
  const trimmed = text.trim().replace(/\s*Uhr$/i, '');
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(trimmed);
  if (!match) return UNREADABLE;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return UNREADABLE;
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
