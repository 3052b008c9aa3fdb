import type { Indicator, IndicatorValue } from '@klimaschutz/contracts';
import type { ChartData } from '@klimaschutz/ui-charts';

type PathEnds = Pick<Indicator, 'baselineYear' | 'baselineValue' | 'targetYear' | 'targetValue'>;

export const INDICATOR_COLOURS = { actual: '#1565c0', path: '#5b6b7a' } as const;

/** `2025-12-31` → 2025.997: the year as a fraction, the way the API reads the path. */
export function fractionalYear(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return d.getUTCFullYear() + (d.getTime() - start) / (365.25 * 86_400_000);
}

/**
 * The straight path from (baseline year, value) to (target year, value), read at a (fractional) year;
 * before the baseline it stays at the baseline, after the target at the target (same rule as the API).
 */
export function pathValue(i: PathEnds, year: number): number {
  if (i.targetYear === i.baselineYear) return i.targetValue;
  const share = Math.min(1, Math.max(0, (year - i.baselineYear) / (i.targetYear - i.baselineYear)));
  return i.baselineValue + (i.targetValue - i.baselineValue) * share;
}

/** Rounded to three decimals, like the API's `expectedAtLatest`, so both show the same number. */
export const pathValueAt = (i: PathEnds, date: string): number => Math.round(pathValue(i, fractionalYear(date)) * 1000) / 1000;

/** `2025-12-31` → `31.12.2025`. */
export function germanDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

export function formatIndicatorNumber(value: number, unit: string, locale = 'de-DE'): string {
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return unit ? `${text} ${unit}` : text;
}

/** One category per measured date (oldest first), two series: the values and the path at those dates. */
export function indicatorChart(indicator: PathEnds, values: readonly IndicatorValue[]): ChartData {
  const sorted = [...values].sort((a, b) => a.date.localeCompare(b.date));
  return {
    categories: sorted.map((v) => ({ key: v.date, label: germanDate(v.date) })),
    series: [
      {
        key: 'actual',
        label: $localize`:@@indicators.chart.actual:Istwerte`,
        colour: INDICATOR_COLOURS.actual,
        values: sorted.map((v) => v.value),
      },
      {
        key: 'path',
        label: $localize`:@@indicators.chart.path:Zielpfad`,
        colour: INDICATOR_COLOURS.path,
        values: sorted.map((v) => pathValueAt(indicator, v.date)),
      },
    ],
  };
}

/**
 * The finding in one sentence, e.g. "Der letzte Wert (2.760 kWp, 31.12.2025) liegt unter dem
 * Zielpfad (3.969 kWp) und damit hinter dem Plan." Whether above is good depends on the direction.
 */
export function indicatorFinding(
  indicator: PathEnds & Pick<Indicator, 'unit' | 'direction'>,
  values: readonly IndicatorValue[],
  locale = 'de-DE',
): string {
  if (values.length === 0) return $localize`:@@indicators.finding.none:Für diese Kennzahl gibt es noch keine Werte.`;
  const latest = values.reduce((a, b) => (b.date > a.date ? b : a));
  const expected = pathValueAt(indicator, latest.date);
  const fmt = (n: number) => formatIndicatorNumber(n, indicator.unit, locale);
  const value = fmt(latest.value);
  const date = germanDate(latest.date);
  if (latest.value === expected) {
    return $localize`:@@indicators.finding.onPath:Der letzte Wert (${value}:value:, ${date}:date:) liegt genau auf dem Zielpfad.`;
  }
  const path = fmt(expected);
  const above = latest.value > expected;
  const good = indicator.direction === 'DOWN' ? !above : above;
  if (above) {
    return good
      ? $localize`:@@indicators.finding.aboveOnPlan:Der letzte Wert (${value}:value:, ${date}:date:) liegt über dem Zielpfad (${path}:path:) und damit im Plan.`
      : $localize`:@@indicators.finding.aboveBehind:Der letzte Wert (${value}:value:, ${date}:date:) liegt über dem Zielpfad (${path}:path:) und damit hinter dem Plan.`;
  }
  return good
    ? $localize`:@@indicators.finding.belowOnPlan:Der letzte Wert (${value}:value:, ${date}:date:) liegt unter dem Zielpfad (${path}:path:) und damit im Plan.`
    : $localize`:@@indicators.finding.belowBehind:Der letzte Wert (${value}:value:, ${date}:date:) liegt unter dem Zielpfad (${path}:path:) und damit hinter dem Plan.`;
}

/** "ja" / "nein" / "–" for the list's "auf dem Zielpfad" column. */
export function onPathText(onPath: boolean | null): string {
  return onPath === null ? '–' : onPath ? $localize`:@@indicators.onPath.yes:ja` : $localize`:@@indicators.onPath.no:nein`;
}
