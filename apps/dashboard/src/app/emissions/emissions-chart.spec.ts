import type { EmissionBalance, EmissionFigures } from '@klimaschutz/contracts';
import { balanceRows, climateGapFinding, emissionsChart, emissionsFinding, formatKt } from './emissions-chart';

const de = 'de-DE';

/** Münster's figures as the API answers them (t CO2e): 1990 2,618 kt, 2022 1,788 kt, a path of its own. */
function figures(overrides: Partial<EmissionFigures> = {}): EmissionFigures {
  return {
    baseYear: 1990,
    baseT: 2_618_000,
    latestYear: 2022,
    latestT: 1_788_000,
    changeVsBaseT: -830_000,
    changeVsBasePercent: (-830_000 / 2_618_000) * 100,
    pathAtLatestT: 1_234_000,
    gapT: 554_000,
    gapPercent: (554_000 / 1_234_000) * 100,
    targetYear: 2030,
    projectedT: 1_500_000,
    pathAtTargetYearT: 131_000,
    climateGapT: 1_369_000,
    climateGapPercent: (1_369_000 / 2_618_000) * 100,
    expectedReductionT: 288_000,
    achievedReductionT: 12_000,
    balance: [
      { year: 1990, tCo2e: 2_618_000 },
      { year: 2020, tCo2e: 1_809_000 },
      { year: 2022, tCo2e: 1_788_000 },
    ],
    path: [
      { year: 2020, tCo2e: 1_500_000 },
      { year: 2021, tCo2e: 1_367_000 },
      { year: 2022, tCo2e: 1_234_000 },
    ],
    projection: [
      { year: 2022, tCo2e: 1_788_000 },
      { year: 2023, tCo2e: 1_700_000 },
    ],
    ...overrides,
  };
}

describe('emission chart and findings', () => {
  it('builds one category per year and leaves years without a value empty (not 0), in kt', () => {
    const data = emissionsChart(figures());
    expect(data.categories.map((c) => c.key)).toEqual(['1990', '2020', '2021', '2022', '2023']);
    expect(data.series.map((s) => [s.key, s.values])).toEqual([
      ['balance', [2618, 1809, null, 1788, null]],
      ['path', [null, 1500, 1367, 1234, null]],
      ['projection', [null, null, null, 1788, 1700]],
    ]);
  });

  it('leaves out a series without data and draws nothing for no figures at all', () => {
    const data = emissionsChart(figures({ path: [], projection: [] }));
    expect(data.series.map((s) => s.key)).toEqual(['balance']);
    expect(emissionsChart({ balance: [], path: [], projection: [] })).toEqual({ categories: [], series: [] });
  });

  it('says the latest year, the change against the base year, the path and the gap in one sentence', () => {
    expect(emissionsFinding(figures(), de)).toBe('2022: 1.788 kt CO₂e, 31,7 % unter 1990; Pfad verlangt 1.234 kt – Lücke 554 kt.');
  });

  it('says when the city is below its path, above its base year, has no path or no balance', () => {
    expect(emissionsFinding(figures({ gapT: -66_000, pathAtLatestT: 1_854_000 }), de)).toBe(
      '2022: 1.788 kt CO₂e, 31,7 % unter 1990; Pfad erlaubt 1.854 kt – 66 kt unter dem Pfad.',
    );
    expect(emissionsFinding(figures({ changeVsBasePercent: 4.25, pathAtLatestT: null, gapT: null, path: [] }), de)).toBe(
      '2022: 1.788 kt CO₂e, 4,3 % über 1990; noch kein Zielpfad festgelegt.',
    );
    expect(emissionsFinding(figures({ latestYear: null, latestT: null }), de)).toBe('Es ist noch keine THG-Bilanz erfasst.');
  });

  it('names the Klimaschutzlücke after all planned measures, or that the target is reached', () => {
    expect(climateGapFinding(figures(), de)).toBe(
      'Mit allen geplanten Maßnahmen 2030: 1.500 kt CO₂e; Klimaschutzlücke 1.369 kt (52,3 % des Basisjahres).',
    );
    expect(climateGapFinding(figures({ climateGapT: -5_000 }), de)).toBe(
      'Mit allen geplanten Maßnahmen 2030: 1.500 kt CO₂e; das Ziel wird damit erreicht (keine Klimaschutzlücke).',
    );
    expect(climateGapFinding(figures({ projectedT: null }), de)).toBeNull();
  });

  it('writes kt the German way, with a decimal for small amounts', () => {
    expect(formatKt(2_892_000, de)).toBe('2.892 kt');
    expect(formatKt(12_450, de)).toBe('12,5 kt');
  });

  it('lays the balance out as years × sectors, newest first, with the mismatch flag', () => {
    const sector = (id: string, name: string, sortOrder: number) => ({ id, code: id.toUpperCase(), name, sortOrder, bisko: false });
    const balance: EmissionBalance = {
      sectors: [sector('w', 'Wärme', 1), sector('s', 'Strom', 2)],
      permissions: { edit: true },
      years: [2021, 2022].map((year) => ({
        year,
        population: year === 2022 ? 320_000 : null,
        note: null,
        sectors: year === 2022 ? [{ sectorId: 'w', tCo2e: 658_000 }] : [],
        sectorSumT: year === 2022 ? 658_000 : null,
        reportedTotalT: 700_000,
        totalT: 700_000,
        perCapitaT: year === 2022 ? 2.19 : null,
        complete: false,
        totalMismatch: year === 2022,
        totalDifferenceT: year === 2022 ? 42_000 : null,
        values: [],
        version: 1,
        updatedAt: '2026-12-01T10:00:00Z',
      })),
    };
    const rows = balanceRows(balance);
    expect(rows.map((r) => [r.year, r.sectors, r.mismatch, r.differenceT])).toEqual([
      [2022, [658_000, null], true, 42_000],
      [2021, [null, null], false, null],
    ]);
  });
});
