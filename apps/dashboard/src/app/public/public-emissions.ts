import type { PublicEmissions } from '@klimaschutz/contracts';

/** One row of the citizens' table: a year with its balance (if any) and the path value (if any), in t CO2e. */
export interface PublicEmissionRow {
  year: number;
  balanceT: number | null;
  pathT: number | null;
}

/**
 * The years a citizen reads: every balance year, then the path ahead every five years and in the
 * neutrality year (the path comes per year; sixty rows would bury the figures that matter).
 */
export function publicEmissionRows(data: PublicEmissions): PublicEmissionRow[] {
  if (!data.published) return [];
  const balance = new Map(data.balance.map((b) => [b.year, b.tCo2e]));
  const path = new Map(data.path.map((p) => [p.year, p.tCo2e]));
  const lastBalance = Math.max(...data.balance.map((b) => b.year), Number.NEGATIVE_INFINITY);
  const ahead = data.path
    .map((p) => p.year)
    .filter((year) => year > lastBalance && (year % 5 === 0 || year === data.neutralityYear || year === lastBalance + 1));
  const years = [...new Set([...balance.keys(), ...ahead])].sort((a, b) => a - b);
  return years.map((year) => ({ year, balanceT: balance.get(year) ?? null, pathT: path.get(year) ?? null }));
}

/** „2022: 1.788 kt CO₂e, 31,7 % weniger als 1990.“ – German only, like every public page. */
export function publicEmissionFinding(data: PublicEmissions): string | null {
  if (!data.published || data.balance.length === 0) return null;
  const latest = data.balance.reduce((a, b) => (b.year > a.year ? b : a));
  const kt = (t: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: Math.abs(t) < 100_000 ? 1 : 0 }).format(t / 1000);
  let text = `${latest.year}: ${kt(latest.tCo2e)} kt CO₂e`;
  const base = data.balance.find((b) => b.year === data.baseYear);
  if (base && base.year !== latest.year && base.tCo2e > 0) {
    const change = ((latest.tCo2e - base.tCo2e) / base.tCo2e) * 100;
    const percent = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(Math.abs(change));
    text += change <= 0 ? `, ${percent} % weniger als ${base.year}` : `, ${percent} % mehr als ${base.year}`;
  }
  if (data.neutralityYear) text += `; Ziel: klimaneutral bis ${data.neutralityYear}`;
  return `${text}.`;
}
