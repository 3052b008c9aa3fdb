import { formatDate, formatNumber } from '@angular/common';

/** Shown for an empty value, so a screen reader does not announce an empty cell. */
export const EMPTY_VALUE = '–';

/** `2026-03-01` or an ISO timestamp → `01.03.2026`. */
export function formatIsoDate(value: string | null | undefined, locale: string): string {
  if (!value) {
    return EMPTY_VALUE;
  }
  try {
    return formatDate(value, 'dd.MM.yyyy', locale);
  } catch {
    return value;
  }
}

/** ISO timestamp → `01.03.2026, 14:05` in the browser's time zone. */
export function formatIsoDateTime(value: string | null | undefined, locale: string): string {
  if (!value) {
    return EMPTY_VALUE;
  }
  try {
    return formatDate(value, 'dd.MM.yyyy, HH:mm', locale);
  } catch {
    return value;
  }
}

/** `1234.5` → `1.234,5` (up to `maxFractionDigits` decimals). */
export function formatDecimal(value: number | null | undefined, locale: string, maxFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return EMPTY_VALUE;
  }
  return formatNumber(value, locale, `1.0-${maxFractionDigits}`);
}

/** `12500` → `12.500 €`, `1250000.5` → `1.250.000,50 €` (cents always as two digits). */
export function formatEur(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return EMPTY_VALUE;
  }
  return `${formatNumber(value, locale, Number.isInteger(value) ? '1.0-0' : '1.2-2')} €`;
}

export function formatYesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return EMPTY_VALUE;
  }
  return value ? $localize`:@@shared.yes:ja` : $localize`:@@shared.no:nein`;
}

/** `1 Maßnahme`, `42 Maßnahmen` with German thousands separators. */
export function formatCount(count: number, singular: string, plural: string, locale: string): string {
  return `${formatNumber(count, locale, '1.0-0')} ${count === 1 ? singular : plural}`;
}

/** Today as `YYYY-MM-DD` in the browser's time zone (the API's date format). */
export function todayIsoDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
