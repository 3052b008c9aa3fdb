import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EmissionSectorEntity, EmissionTargetsEntity, EmissionValueEntity, EmissionYearEntity } from '../emissions/emission.entities';
import { ensureDefaultSectors } from '../emissions/emissions.service';
import { MeasureEntity } from '../measures/measure.entity';

/**
 * Musterstadt's GHG balance (BISKO, issue #17): 1990, 2010 and 2015–2023, by the five consumer
 * sectors, in t CO2e. The totals from 2019 on are those of indicator K-01 (demo-indicators.ts); the
 * sector shares move as in real BISKO balances (industry and households fall, transport stays).
 */
export const DEMO_BALANCE: { year: number; totalT: number; population: number }[] = [
  { year: 1990, totalT: 1_720_000, population: 236_400 },
  { year: 2010, totalT: 1_380_000, population: 244_500 },
  { year: 2015, totalT: 1_262_000, population: 249_800 },
  { year: 2016, totalT: 1_247_000, population: 250_900 },
  { year: 2017, totalT: 1_221_000, population: 252_100 },
  { year: 2018, totalT: 1_203_000, population: 253_000 },
  { year: 2019, totalT: 1_180_000, population: 253_900 },
  { year: 2020, totalT: 1_095_000, population: 254_300 },
  { year: 2021, totalT: 1_120_000, population: 254_800 },
  { year: 2022, totalT: 1_060_000, population: 255_900 },
  { year: 2023, totalT: 1_010_000, population: 256_900 },
];

/** Sector shares in 1990 and 2023 (BISKO codes of the default list); years between interpolated. */
const SHARES: Record<string, [number, number]> = {
  PHH: [0.31, 0.29],
  GHD: [0.19, 0.17],
  IND: [0.24, 0.18],
  VERKEHR: [0.23, 0.33],
  KOMMUNE: [0.03, 0.03],
};

/** The sector values of a year, rounded to 100 t; the last sector takes the rounding so they add up to the total. */
export function sectorValues(year: number, totalT: number, codes: string[] = Object.keys(SHARES)): Map<string, number> {
  const f = Math.min(1, Math.max(0, (year - 1990) / (2023 - 1990)));
  const raw = codes.map((code) => SHARES[code][0] + (SHARES[code][1] - SHARES[code][0]) * f);
  const sum = raw.reduce((a, b) => a + b, 0);
  const values = new Map<string, number>();
  let rest = totalT;
  codes.forEach((code, i) => {
    const t = i === codes.length - 1 ? rest : Math.round((totalT * raw[i]) / sum / 100) * 100;
    values.set(code, t);
    rest -= t;
  });
  return values;
}

/** Sector (BISKO code) and lifetime in years per demo measure with a reduction; null lifetime = until 2040. */
const MEASURE_EFFECTS: Record<string, [string | null, number | null]> = {
  'E-02': ['PHH', 25],
  'E-03': [null, null],
  'E-04': ['IND', 20],
  'E-05': ['GHD', 25],
  'G-01': ['PHH', 30],
  'G-02': ['PHH', 30],
  'G-03': ['GHD', 20],
  'G-04': ['PHH', null],
  'G-05': ['PHH', 15],
  'M-01': ['VERKEHR', 15],
  'M-02': ['VERKEHR', 20],
  'M-03': ['VERKEHR', 10],
  'M-05': ['VERKEHR', null],
  'M-06': ['VERKEHR', 15],
  'W-01': ['GHD', 10],
  'W-02': ['IND', 15],
  'W-03': ['IND', 20],
  'V-01': ['KOMMUNE', 20],
  'V-02': ['KOMMUNE', 25],
  'V-05': ['KOMMUNE', 20],
  'V-06': ['KOMMUNE', 12],
};

/** Writes balance years (BISKO sectors, their reported total, population) into a database without them. */
export async function writeBalance(
  manager: EntityManager,
  rows: { year: number; totalT: number; population: number }[],
  source: string,
): Promise<number> {
  await ensureDefaultSectors(manager);
  const sectors = new Map((await manager.find(EmissionSectorEntity)).map((s) => [s.code, s.id]));
  for (const row of rows) {
    const yearId = randomUUID();
    await manager.insert(EmissionYearEntity, {
      id: yearId,
      year: row.year,
      population: row.population,
      note: 'BISKO-Bilanz, erstellt mit dem Klimaschutz-Planer',
    });
    const quality = (row.year === 1990 ? 'D' : row.year < 2018 ? 'C' : 'B') as EmissionValueEntity['dataQuality'];
    const values: Partial<EmissionValueEntity>[] = [...sectorValues(row.year, row.totalT)].map(([code, t]) => ({
      id: randomUUID(),
      yearId,
      sectorId: sectors.get(code)!,
      energyCarrier: null,
      tCo2e: t,
      dataQuality: quality,
      source,
    }));
    values.push({ ...values[0], id: randomUUID(), sectorId: null, tCo2e: row.totalT });
    await manager.insert(EmissionValueEntity, values);
  }
  return rows.length;
}

/** The BISKO sector (code) a measure of a field of action most likely acts on; null = city-wide or none. */
export const SECTOR_OF_FIELD: Record<string, string | null> = {
  E: null,
  G: 'PHH',
  M: 'VERKEHR',
  W: 'GHD',
  V: 'KOMMUNE',
  B: null,
  A: null,
  S: null,
};

/** Balance, targets (base 1990, neutral 2040, −65 % in 2030, published) and the measures' sectors and lifetimes. */
export async function seedDemoEmissions(manager: EntityManager): Promise<void> {
  await writeBalance(manager, DEMO_BALANCE, 'THG-Bilanz Musterstadt (BISKO), Stabsstelle Klimaschutz');
  const sectors = new Map((await manager.find(EmissionSectorEntity)).map((s) => [s.code, s.id]));
  await manager.insert(EmissionTargetsEntity, {
    id: randomUUID(),
    baseYear: 1990,
    neutralityYear: 2040,
    residualT: null,
    pathMode: 'LINEAR',
    interimTargets: [{ year: 2030, kind: 'PERCENT_BELOW_BASE', value: 65, sectorId: null }],
    pathPoints: [],
    budgetT: 9_000_000,
    budgetStartYear: 2020,
    published: true,
  });
  for (const [code, [sector, lifetimeYears]] of Object.entries(MEASURE_EFFECTS)) {
    await manager.update(MeasureEntity, { code }, { emissionSectorId: sector ? sectors.get(sector)! : null, lifetimeYears });
  }
}
