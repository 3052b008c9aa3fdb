import { readNumber as readNumberForTest } from './emission-import';
import {
  activeIn,
  budgetFigures,
  effectOf,
  figures,
  pathPoints,
  projection,
  totalsDisagree,
  valueAt,
  type MeasureForEffect,
} from './emission-path';

const measure = (m: Partial<MeasureForEffect>): MeasureForEffect => ({
  id: 'm',
  status: 'IN_PROGRESS',
  ghgReductionTargetT: 1000,
  ghgReductionAchievedT: null,
  plannedStart: '2025-03-01',
  actualStart: null,
  lifetimeYears: null,
  costEstimateEur: null,
  emissionSectorId: null,
  ...m,
});

describe('emission path arithmetic', () => {
  it('interpolates linearly between points and is null outside them', () => {
    const points = [
      { year: 2020, t: 1000 },
      { year: 2030, t: 0 },
    ];
    expect(valueAt(points, 2020)).toBe(1000);
    expect(valueAt(points, 2025)).toBe(500);
    expect(valueAt(points, 2022)).toBe(800);
    expect(valueAt(points, 2019)).toBeNull();
    expect(valueAt(points, 2031)).toBeNull();
    expect(valueAt([], 2020)).toBeNull();
  });

  it('flags a total that differs from the sector sum by more than 0.5 % or more than 1 kt', () => {
    expect(totalsDisagree(2_892_000, 2_892_000)).toBe(false);
    expect(totalsDisagree(2_865_000, 2_864_000)).toBe(false); // 1 kt exactly
    expect(totalsDisagree(2_166_000, 2_164_000)).toBe(true); // 2 kt
    expect(totalsDisagree(100, 101)).toBe(true); // 1 %
  });

  it('builds a LINEAR path from the base-year balance, % interim targets and the residual', () => {
    const targets = {
      baseYear: 1990,
      neutralityYear: 2040,
      residualT: 50_000,
      interimTargets: [{ year: 2030, kind: 'PERCENT_BELOW_BASE' as const, value: 65, sectorId: null }],
      pathMode: 'LINEAR' as const,
      pathPoints: [],
    };
    expect(pathPoints(targets, null, 1_000_000, 1_000_000)).toEqual([
      { year: 1990, t: 1_000_000 },
      { year: 2030, t: 350_000 },
      { year: 2040, t: 50_000 },
    ]);
    // A sector without targets of its own follows the city's % target; its residual is its share of the base year.
    expect(pathPoints(targets, 's', 400_000, 1_000_000)).toEqual([
      { year: 1990, t: 400_000 },
      { year: 2030, t: 140_000 },
      { year: 2040, t: 20_000 },
    ]);
  });

  it('uses the city’s own POINTS, starting at the base-year balance when the first point is later', () => {
    const targets = {
      baseYear: 1990,
      neutralityYear: 2050,
      residualT: null,
      interimTargets: [],
      pathMode: 'POINTS' as const,
      pathPoints: [
        { year: 2030, tCo2e: 56_000, sectorId: 'heat' },
        { year: 1990, tCo2e: 2_517_000, sectorId: null },
        { year: 2030, tCo2e: 131_000, sectorId: null },
      ],
    };
    expect(pathPoints(targets, null, 2_618_000, 2_618_000)).toEqual([
      { year: 1990, t: 2_517_000 },
      { year: 2030, t: 131_000 },
    ]);
    expect(pathPoints(targets, 'heat', 1_121_000, 2_618_000)).toEqual([
      { year: 1990, t: 1_121_000 },
      { year: 2030, t: 56_000 },
    ]);
    expect(pathPoints(targets, 'power', 836_000, 2_618_000)).toEqual([]);
  });

  it('counts a measure from its start year for its lifetime, without one until the target year; cancelled never', () => {
    const tenYears = measure({ lifetimeYears: 10, actualStart: '2024-07-01' });
    expect(activeIn(tenYears, 2023, 2040)).toBe(false);
    expect(activeIn(tenYears, 2024, 2040)).toBe(true);
    expect(activeIn(tenYears, 2033, 2040)).toBe(true);
    expect(activeIn(tenYears, 2034, 2040)).toBe(false);
    expect(activeIn(measure({}), 2040, 2040)).toBe(true);
    expect(activeIn(measure({ status: 'CANCELLED' }), 2030, 2040)).toBe(false);
    expect(activeIn(measure({ status: 'COMPLETED' }), 2030, 2040)).toBe(true);
    expect(activeIn(measure({ plannedStart: null }), 2030, 2040)).toBe(false);
    expect(projection({ year: 2022, t: 10_000 }, 2026, [measure({})])).toEqual([
      { year: 2022, t: 10_000 },
      { year: 2023, t: 10_000 },
      { year: 2024, t: 10_000 },
      { year: 2025, t: 9_000 },
      { year: 2026, t: 9_000 },
    ]);
  });

  it('computes change, gap and Klimaschutzlücke (in % of the path in the base year)', () => {
    const f = figures({
      balance: [
        { year: 1990, t: 1000 },
        { year: 2020, t: 700 },
      ],
      path: [
        { year: 1990, t: 1000 },
        { year: 2040, t: 0 },
      ],
      baseYear: 1990,
      targetYear: 2040,
      measures: [measure({ ghgReductionTargetT: 100, ghgReductionAchievedT: 40, plannedStart: '2021-01-01' })],
    });
    expect(f.changeVsBaseT).toBe(-300);
    expect(f.changeVsBasePercent).toBe(-30);
    expect(f.pathAtLatestT).toBe(400);
    expect(f.gapT).toBe(300);
    expect(f.gapPercent).toBe(75);
    expect(f.projectedT).toBe(600);
    expect(f.climateGapT).toBe(600);
    expect(f.climateGapPercent).toBe(60);
    expect(f.expectedReductionT).toBe(100);
    expect(f.achievedReductionT).toBe(40);
  });

  it('ranks by € per tonne over the lifetime and says what is missing', () => {
    expect(effectOf(measure({ costEstimateEur: 100_000, lifetimeYears: 20 }), 2040)).toMatchObject({ eurPerTonne: 5, missing: [] });
    // No lifetime: from the start year up to the target year (2025–2040 = 16 years).
    expect(effectOf(measure({ costEstimateEur: 160_000 }), 2040)).toMatchObject({ effectiveYears: 16, eurPerTonne: 10 });
    expect(effectOf(measure({}), 2040).missing).toEqual(['COST']);
    expect(effectOf(measure({ ghgReductionTargetT: null, plannedStart: null }), 2040).missing).toEqual(['REDUCTION', 'COST', 'START']);
  });

  it('tracks the remaining budget and when it runs out at the latest rate', () => {
    const b = budgetFigures(10_000, 2020, [
      { year: 2018, t: 1200 },
      { year: 2022, t: 800 },
    ]);
    // 2020: 1000, 2021: 900, 2022: 800 (interpolated between the balance years).
    expect(b.usedT).toBe(2700);
    expect(b.remainingT).toBe(7300);
    expect(b.exhaustedInYear).toBe(2022 + Math.ceil(7300 / 800));
  });

  it('reads German and English number forms', () => {
    expect(readNumberForTest('1.234,5')).toMatchObject({ value: 1234.5, decimalComma: true });
    expect(readNumberForTest('1,234.5')).toMatchObject({ value: 1234.5 });
    expect(readNumberForTest('2.892')).toMatchObject({ value: 2.892, ambiguousThousands: 2892 });
    expect(readNumberForTest('1510.2')).toEqual({ value: 1510.2 });
    expect(readNumberForTest('12,5')).toMatchObject({ value: 12.5, decimalComma: true });
    expect(readNumberForTest('abc')).toBeNull();
    expect(readNumberForTest('')).toBeNull();
    expect(readNumberForTest('1.2.3')).toBeNull();
  });
});
