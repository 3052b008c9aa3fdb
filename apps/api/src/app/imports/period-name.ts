/** Start and end of a reporting period as read from its name, and which rule read them. */
export interface PeriodSpan {
  startDate: string;
  endDate: string;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, fromMonth: number, toYear: number, toMonth: number, rule: string): PeriodSpan => ({
  startDate: `${year}-${pad(fromMonth)}-01`,
  endDate: `${toYear}-${pad(toMonth)}-${pad(lastDay(toYear, toMonth))}`,
  rule,
});
const plausible = (year: number) => year >= 1900 && year <= 2199;

/** A year of four digits that is not part of a longer number. */
const YEAR = String.raw`(?<!\d)(\d{4})(?!\d)`;
/** `2015/2016`, `2015/16`, `2015-2016`, `2015–16`, `2015 bis 2016` (spaces around `/` are already folded). */
const RANGE = new RegExp(String.raw`${YEAR}\s*(?:\/|-|–|—|\s+bis\s+)\s*(?<!\d)(\d{4}|\d{2})(?!\d)`, 'i');
/** `Q1 2027`, `1. Quartal 2027`, `Quartal 1/2027`. */
const QUARTER = new RegExp(String.raw`(?:\bQ\s*([1-4])|(?<!\d)([1-4])\.\s*Quartal|\bQuartal\s*([1-4]))\s*\/?\s*${YEAR}`, 'i');
/** `H1 2026`, `1. Halbjahr 2026`, `Halbjahr 2/2026`. */
const HALF = new RegExp(String.raw`(?:\bH\s*([12])|(?<!\d)([12])\.\s*Halbjahr|\bHalbjahr\s*([12]))\s*\/?\s*${YEAR}`, 'i');
const SINGLE = new RegExp(YEAR);

/**
 * The dates a period name implies, for periods an import creates without explicit dates:
 * a quarter, a half-year, a range of years (the second year with four digits or two) or one year.
 * Null when the name holds no plausible year, or a range runs backwards.
 */
export function periodSpanFromName(name: string): PeriodSpan | null {
  const quarter = QUARTER.exec(name);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[2] ?? quarter[3]);
    const year = Number(quarter[4]);
    return plausible(year) ? span(year, q * 3 - 2, year, q * 3, 'Quartal') : null;
  }
  const half = HALF.exec(name);
  if (half) {
    const h = Number(half[1] ?? half[2] ?? half[3]);
    const year = Number(half[4]);
    return plausible(year) ? span(year, h * 6 - 5, year, h * 6, 'Halbjahr') : null;
  }
  const range = RANGE.exec(name);
  if (range) {
    const from = Number(range[1]);
    let to = Number(range[2]);
    // Two digits continue the first year's century: 2015/16 → 2016, 1999/00 → 2000.
    if (range[2].length === 2) to += Math.floor(from / 100) * 100 + (to < from % 100 ? 100 : 0);
    if (!plausible(from) || !plausible(to) || to < from) return null;
    return span(from, 1, to, 12, 'Jahre');
  }
  const single = SINGLE.exec(name);
  if (single && plausible(Number(single[1]))) return span(Number(single[1]), 1, Number(single[1]), 12, 'Jahr');
  return null;
}
