import type { EmissionBalance, EmissionFigures, EmissionOverview, EmissionSeriesPoint } from '@klimaschutz/contracts';
import type { ChartData } from '@klimaschutz/ui-charts';
import { formatDecimal } from '../shared/format';

/*
 * From the API's emission figures (always t CO2e) to what the cockpit panel and the climate managers'
 * page show: one line chart of balance, target path and projection (in kt, its table built from the
 * same data), and the finding sentence above it. Pure, so both are unit-tested without a page.
 */

export const EMISSION_COLOURS = { balance: '#1565c0', path: '#5b6b7a', projection: '#6a3d9a' } as const;

/** t → kt for the chart (three decimals kept: the table rounds to one). */
export const toKt = (t: number): number => Math.round(t) / 1000;

/** `1788000` → `1.788 kt`; below 100 kt one decimal (`12,5 kt`), so small cities do not read as 0 kt. */
export function formatKt(t: number, locale: string): string {
  return `${formatDecimal(t / 1000, locale, Math.abs(t) < 100_000 ? 1 : 0)} kt`;
}

/** `1234.56` → `1.234,6 t`. */
export function formatT(t: number, locale: string, digits = 1): string {
  return `${formatDecimal(t, locale, digits)} t`;
}

/** `-31.66` → `31,7 %` (the sign is said in words by the caller). */
export function formatPercent(value: number, locale: string): string {
  return `${formatDecimal(Math.abs(value), locale, 1)} %`;
}

/**
 * One category per year from the first to the last year any series has, and three series: the
 * balance (its years only; a year without one is a gap, not 0), the target path and the projection
 * with the measures. Values in kt.
 */
export function emissionsChart(figures: Pick<EmissionFigures, 'balance' | 'path' | 'projection'>): ChartData {
  const all = [...figures.balance, ...figures.path, ...figures.projection].map((p) => p.year);
  if (all.length === 0) return { categories: [], series: [] };
  const years = [...new Set(all)].sort((a, b) => a - b);
  const valuesOf = (points: readonly EmissionSeriesPoint[]) => {
    const byYear = new Map(points.map((p) => [p.year, p.tCo2e]));
    return years.map((year) => {
      const t = byYear.get(year);
      return t === undefined ? null : toKt(t);
    });
  };
  const series = [
    { key: 'balance', label: $localize`:@@emissions.chart.balance:THG-Bilanz`, colour: EMISSION_COLOURS.balance, points: figures.balance },
    { key: 'path', label: $localize`:@@emissions.chart.path:Zielpfad`, colour: EMISSION_COLOURS.path, points: figures.path },
    {
      key: 'projection',
      label: $localize`:@@emissions.chart.projection:Projektion mit Maßnahmen`,
      colour: EMISSION_COLOURS.projection,
      points: figures.projection,
    },
  ];
  return {
    categories: years.map((year) => ({ key: String(year), label: String(year) })),
    // A series the city has no data for (no target set yet) is left out, not drawn as an empty legend entry.
    series: series
      .filter((s) => s.points.length > 0)
      .map(({ key, label, colour, points }) => ({ key, label, colour, values: valuesOf(points) })),
  };
}

/**
 * The finding, e.g. „2022: 1.788 kt CO₂e, 31,7 % unter 1990; Pfad verlangt 1.234 kt – Lücke 554 kt.“
 * Each part is said only when the figures for it exist.
 */
export function emissionsFinding(figures: EmissionFigures, locale: string): string {
  const { latestYear, latestT } = figures;
  if (latestYear === null || latestT === null) {
    return $localize`:@@emissions.finding.none:Es ist noch keine THG-Bilanz erfasst.`;
  }
  const latest = formatKt(latestT, locale);
  let text = $localize`:@@emissions.finding.latest:${latestYear}:year:: ${latest}:latest: CO₂e`;
  const { baseYear, changeVsBasePercent } = figures;
  if (baseYear !== null && changeVsBasePercent !== null && baseYear !== latestYear) {
    const percent = formatPercent(changeVsBasePercent, locale);
    text +=
      changeVsBasePercent <= 0
        ? $localize`:@@emissions.finding.belowBase:, ${percent}:percent: unter ${baseYear}:baseYear:`
        : $localize`:@@emissions.finding.aboveBase:, ${percent}:percent: über ${baseYear}:baseYear:`;
  }
  const { pathAtLatestT, gapT } = figures;
  if (pathAtLatestT !== null && gapT !== null) {
    const path = formatKt(pathAtLatestT, locale);
    const gap = formatKt(Math.abs(gapT), locale);
    text +=
      gapT > 0
        ? $localize`:@@emissions.finding.gap:; Pfad verlangt ${path}:path: – Lücke ${gap}:gap:`
        : $localize`:@@emissions.finding.onPath:; Pfad erlaubt ${path}:path: – ${gap}:gap: unter dem Pfad`;
  } else if (figures.path.length === 0) {
    text += $localize`:@@emissions.finding.noPath:; noch kein Zielpfad festgelegt`;
  }
  return `${text}.`;
}

/**
 * The Klimaschutzlücke in words, e.g. „Mit allen geplanten Maßnahmen 2040: 900 kt CO₂e; es fehlen
 * noch 900 kt (34,4 % des Basisjahres) bis zum Ziel.“ Null when the projection cannot be computed.
 */
export function climateGapFinding(figures: EmissionFigures, locale: string): string | null {
  const { targetYear, projectedT, climateGapT, climateGapPercent } = figures;
  if (targetYear === null || projectedT === null || climateGapT === null) return null;
  const projected = formatKt(projectedT, locale);
  const head = $localize`:@@emissions.climateGap.projected:Mit allen geplanten Maßnahmen ${targetYear}:year:: ${projected}:projected: CO₂e`;
  if (climateGapT <= 0) {
    return head + $localize`:@@emissions.climateGap.closed:; das Ziel wird damit erreicht (keine Klimaschutzlücke).`;
  }
  const gap = formatKt(climateGapT, locale);
  if (climateGapPercent === null) return head + $localize`:@@emissions.climateGap.open:; Klimaschutzlücke ${gap}:gap:.`;
  const percent = formatPercent(climateGapPercent, locale);
  return head + $localize`:@@emissions.climateGap.openPercent:; Klimaschutzlücke ${gap}:gap: (${percent}:percent: des Basisjahres).`;
}

/** One row of the balance table: a year with its values per sector (t, in the order of the city's sectors). */
export interface BalanceRow {
  year: number;
  /** One entry per sector of the city's list; null where the year has no value. */
  sectors: (number | null)[];
  sectorSumT: number | null;
  reportedTotalT: number | null;
  perCapitaT: number | null;
  population: number | null;
  mismatch: boolean;
  differenceT: number | null;
  complete: boolean;
}

/** Years × sectors, newest year first (the one a climate manager works on). */
export function balanceRows(balance: EmissionBalance): BalanceRow[] {
  return [...balance.years]
    .sort((a, b) => b.year - a.year)
    .map((y) => {
      const bySector = new Map(y.sectors.map((s) => [s.sectorId, s.tCo2e]));
      return {
        year: y.year,
        sectors: balance.sectors.map((s) => bySector.get(s.id) ?? null),
        sectorSumT: y.sectorSumT,
        reportedTotalT: y.reportedTotalT,
        perCapitaT: y.perCapitaT,
        population: y.population,
        mismatch: y.totalMismatch,
        differenceT: y.totalDifferenceT,
        complete: y.complete,
      };
    });
}

/** Whether the overview has anything to draw (the cockpit leaves the panel out for a city without a balance). */
export function hasEmissionFigures(overview: EmissionOverview | null | undefined): overview is EmissionOverview {
  return !!overview && (overview.balance.length > 0 || overview.path.length > 0);
}
