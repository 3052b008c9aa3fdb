/**
 * The arithmetic of issue #17, free of the database: path values, latest balance, gap, projection,
 * Klimaschutzlücke, budget and the ranking of measures. Everything in t CO2e (per year).
 */
import type { EmissionEstimateGap, EmissionInterimTarget, EmissionPathMode, EmissionPathPoint } from '@klimaschutz/contracts';

export interface YearValue {
  year: number;
  t: number;
}

/** Reported total and sector sum disagree when they differ by more than 0.5 % or more than 1 kt. */
export function totalsDisagree(reportedT: number, sectorSumT: number): boolean {
  const difference = Math.abs(reportedT - sectorSumT);
  return difference > 1000 || difference > 0.005 * Math.max(Math.abs(reportedT), Math.abs(sectorSumT));
}

/** Rounds to grams, so sums of floats (1510.2 kt × 1000) do not show 1510199.9999998. */
export const tidy = (t: number) => Math.round(t * 1e6) / 1e6;

/** Sorts by year and keeps the last value of a year given twice. */
export function normalise(points: YearValue[]): YearValue[] {
  const byYear = new Map<number, number>();
  for (const p of points) byYear.set(p.year, p.t);
  return [...byYear.entries()].map(([year, t]) => ({ year, t })).sort((a, b) => a.year - b.year);
}

/** Linear interpolation between points; before the first or after the last point: null. */
export function valueAt(points: YearValue[], year: number): number | null {
  const sorted = normalise(points);
  if (!sorted.length || year < sorted[0].year || year > sorted[sorted.length - 1].year) return null;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (p.year === year) return p.t;
    const next = sorted[i + 1];
    if (next && p.year < year && year < next.year) return tidy(p.t + ((next.t - p.t) * (year - p.year)) / (next.year - p.year));
  }
  return null;
}

/** Every whole year from the first point to the last. */
export function yearlySeries(points: YearValue[]): YearValue[] {
  const sorted = normalise(points);
  if (!sorted.length) return [];
  const out: YearValue[] = [];
  for (let year = sorted[0].year; year <= sorted[sorted.length - 1].year; year++) out.push({ year, t: valueAt(sorted, year)! });
  return out;
}

export interface PathTargets {
  baseYear: number | null;
  neutralityYear: number | null;
  residualT: number | null;
  interimTargets: EmissionInterimTarget[];
  pathMode: EmissionPathMode;
  pathPoints: EmissionPathPoint[];
}

/**
 * The path points of the city (`sectorId` null) or of one sector.
 *
 * - `LINEAR`: the base-year balance, then the interim targets (absolute, or % below the base-year
 *   balance), then the residual (default 0) in the neutrality year. A sector without interim targets
 *   of its own follows the city-wide % targets; its residual is the city's residual times its share
 *   of the base year.
 * - `POINTS`: the city's own points; when the first point lies after the base year, the path starts
 *   at the base-year balance.
 */
export function pathPoints(targets: PathTargets, sectorId: string | null, baseT: number | null, cityBaseT: number | null): YearValue[] {
  const { baseYear, neutralityYear } = targets;
  const start: YearValue[] = baseYear !== null && baseT !== null ? [{ year: baseYear, t: baseT }] : [];
  if (targets.pathMode === 'POINTS') {
    const own = targets.pathPoints.filter((p) => p.sectorId === sectorId).map((p) => ({ year: p.year, t: p.tCo2e }));
    if (!own.length) return [];
    const sorted = normalise(own);
    return baseYear !== null && baseT !== null && sorted[0].year > baseYear ? normalise([...start, ...sorted]) : sorted;
  }
  if (baseYear === null || baseT === null) return [];
  const own = targets.interimTargets.filter((t) => t.sectorId === sectorId);
  const interim =
    sectorId !== null && !own.length ? targets.interimTargets.filter((t) => t.sectorId === null && t.kind === 'PERCENT_BELOW_BASE') : own;
  const points = [...start];
  for (const target of interim) {
    if (target.year <= baseYear) continue;
    points.push({ year: target.year, t: target.kind === 'ABSOLUTE' ? target.value : tidy(baseT * (1 - target.value / 100)) });
  }
  if (neutralityYear !== null && neutralityYear > baseYear) {
    const residual = targets.residualT ?? 0;
    const share = sectorId === null ? 1 : cityBaseT ? baseT / cityBaseT : 0;
    points.push({ year: neutralityYear, t: tidy(residual * share) });
  }
  return normalise(points);
}

export interface MeasureForEffect {
  id: string;
  status: string;
  ghgReductionTargetT: number | null;
  ghgReductionAchievedT: number | null;
  plannedStart: string | null;
  actualStart: string | null;
  lifetimeYears: number | null;
  costEstimateEur: number | null;
  emissionSectorId: string | null;
}

/** Year of actualStart ?? plannedStart (`YYYY-MM-DD`). */
export function startYearOf(m: Pick<MeasureForEffect, 'plannedStart' | 'actualStart'>): number | null {
  const date = m.actualStart ?? m.plannedStart;
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Whether a measure's reduction counts in a year: not cancelled, with a start year, and
 * start ≤ year < start + lifetime (no lifetime = until the target year, inclusive).
 */
export function activeIn(m: MeasureForEffect, year: number, targetYear: number | null): boolean {
  if (m.status === 'CANCELLED') return false;
  const start = startYearOf(m);
  if (start === null || year < start) return false;
  if (m.lifetimeYears !== null) return year < start + m.lifetimeYears;
  return targetYear === null || year <= targetYear;
}

/** Expected and achieved reductions (t/yr) of the measures active in a year, optionally of one sector. */
export function reductionsIn(
  measures: MeasureForEffect[],
  year: number,
  targetYear: number | null,
  sector?: string | null,
): { expectedT: number; achievedT: number } {
  let expectedT = 0;
  let achievedT = 0;
  for (const m of measures) {
    if (sector !== undefined && m.emissionSectorId !== sector) continue;
    if (!activeIn(m, year, targetYear)) continue;
    expectedT += m.ghgReductionTargetT ?? 0;
    achievedT += m.ghgReductionAchievedT ?? 0;
  }
  return { expectedT: tidy(expectedT), achievedT: tidy(achievedT) };
}

/** Latest balance minus the expected reductions active in each year, from the latest year to the target year. */
export function projection(
  latest: YearValue | null,
  targetYear: number | null,
  measures: MeasureForEffect[],
  sector?: string | null,
): YearValue[] {
  if (!latest || targetYear === null || targetYear < latest.year) return [];
  const out: YearValue[] = [];
  for (let year = latest.year; year <= targetYear; year++) {
    out.push({ year, t: tidy(Math.max(0, latest.t - reductionsIn(measures, year, targetYear, sector).expectedT)) });
  }
  return out;
}

export const percentOf = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

export interface FigureInput {
  balance: YearValue[];
  path: YearValue[];
  baseYear: number | null;
  targetYear: number | null;
  measures: MeasureForEffect[];
  /** undefined = all measures (the whole city); null = measures naming no sector; id = one sector. */
  sector?: string | null;
}

/** Base, latest, change, gap, projection and Klimaschutzlücke of a balance series against its path. */
export function figures(input: FigureInput) {
  const balance = normalise(input.balance);
  const latest = balance.length ? balance[balance.length - 1] : null;
  const baseYear = input.baseYear ?? balance[0]?.year ?? null;
  const baseT = baseYear === null ? null : (balance.find((b) => b.year === baseYear)?.t ?? null);
  const latestT = latest?.t ?? null;
  const changeVsBaseT = latestT !== null && baseT !== null ? tidy(latestT - baseT) : null;
  const pathAtLatestT = latest ? valueAt(input.path, latest.year) : null;
  const gapT = latestT !== null && pathAtLatestT !== null ? tidy(latestT - pathAtLatestT) : null;
  const projected = projection(latest, input.targetYear, input.measures, input.sector);
  const projectedT = projected.length ? projected[projected.length - 1].t : null;
  const pathAtTargetYearT = input.targetYear === null ? null : valueAt(input.path, input.targetYear);
  const climateGapT = projectedT !== null && pathAtTargetYearT !== null ? tidy(projectedT - pathAtTargetYearT) : null;
  const pathAtBase = baseYear === null ? null : (valueAt(input.path, baseYear) ?? baseT);
  const reductions =
    input.targetYear === null
      ? { expectedT: 0, achievedT: 0 }
      : reductionsIn(input.measures, input.targetYear, input.targetYear, input.sector);
  return {
    baseYear,
    baseT,
    latestYear: latest?.year ?? null,
    latestT,
    changeVsBaseT,
    changeVsBasePercent: percentOf(changeVsBaseT, baseT),
    pathAtLatestT,
    gapT,
    gapPercent: percentOf(gapT, pathAtLatestT),
    targetYear: input.targetYear,
    projectedT,
    pathAtTargetYearT,
    climateGapT,
    climateGapPercent: percentOf(climateGapT, pathAtBase),
    expectedReductionT: reductions.expectedT,
    achievedReductionT: reductions.achievedT,
    balance: balance.map((b) => ({ year: b.year, tCo2e: b.t })),
    path: yearlySeries(input.path).map((p) => ({ year: p.year, tCo2e: p.t })),
    projection: projected.map((p) => ({ year: p.year, tCo2e: p.t })),
  };
}

/**
 * The remaining budget: the budget minus the emissions from its start year to the latest balance
 * year (years without a balance interpolated), and the year it runs out at the latest year's rate.
 */
export function budgetFigures(budgetT: number, startYear: number, balance: YearValue[]) {
  const sorted = normalise(balance);
  const latest = sorted[sorted.length - 1];
  if (!latest || latest.year < startYear) return { budgetT, startYear, usedT: 0, remainingT: budgetT, exhaustedInYear: null };
  let usedT = 0;
  for (let year = startYear; year <= latest.year; year++) usedT += valueAt(sorted, year) ?? 0;
  usedT = tidy(usedT);
  const remainingT = tidy(budgetT - usedT);
  const exhaustedInYear = remainingT > 0 && latest.t > 0 ? latest.year + Math.ceil(remainingT / latest.t) : null;
  return { budgetT, startYear, usedT, remainingT, exhaustedInYear };
}

/** € per tonne over the lifetime, and what is missing to compute it. */
export function effectOf(m: MeasureForEffect, targetYear: number | null) {
  const startYear = startYearOf(m);
  const reduction = m.ghgReductionTargetT !== null && m.ghgReductionTargetT > 0 ? m.ghgReductionTargetT : null;
  let effectiveYears: number | null = m.lifetimeYears;
  if (effectiveYears === null && startYear !== null && targetYear !== null && targetYear >= startYear)
    effectiveYears = targetYear - startYear + 1;
  const missing: EmissionEstimateGap[] = [];
  if (reduction === null) missing.push('REDUCTION');
  if (m.costEstimateEur === null) missing.push('COST');
  if (effectiveYears === null) missing.push(m.lifetimeYears === null && startYear === null ? 'START' : 'LIFETIME');
  const lifetimeReductionT = reduction !== null && effectiveYears !== null ? tidy(reduction * effectiveYears) : null;
  const eurPerTonne =
    lifetimeReductionT && m.costEstimateEur !== null ? Math.round((m.costEstimateEur / lifetimeReductionT) * 100) / 100 : null;
  return {
    startYear,
    effectiveYears,
    reductionTPerYear: reduction,
    lifetimeReductionT,
    eurPerTonne,
    activeInTargetYear: targetYear !== null && activeIn(m, targetYear, targetYear),
    missing,
  };
}
