import type { PublicEmissions } from '@klimaschutz/contracts';
import { publicEmissionFinding, publicEmissionRows } from './public-emissions';

const licence = {
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  id: 'dl-de/by-2-0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
};
const published: PublicEmissions = {
  published: true,
  baseYear: 1990,
  neutralityYear: 2030,
  balance: [
    { year: 1990, tCo2e: 2_618_000, population: null },
    { year: 2022, tCo2e: 1_788_000, population: 320_000 },
  ],
  path: Array.from({ length: 41 }, (_, i) => ({ year: 1990 + i, tCo2e: 2_618_000 - i * 62_175 })),
  licence,
};

describe('public emissions section', () => {
  it('lists the balance years, then the path every five years up to the neutrality year', () => {
    expect(publicEmissionRows(published).map((r) => [r.year, r.balanceT, r.pathT])).toEqual([
      [1990, 2_618_000, 2_618_000],
      [2022, 1_788_000, 2_618_000 - 32 * 62_175],
      [2023, null, 2_618_000 - 33 * 62_175],
      [2025, null, 2_618_000 - 35 * 62_175],
      [2030, null, 2_618_000 - 40 * 62_175],
    ]);
  });

  it('says the latest year against the base year and the goal, and nothing while unpublished', () => {
    expect(publicEmissionFinding(published)).toBe('2022: 1.788 kt CO₂e, 31,7 % weniger als 1990; Ziel: klimaneutral bis 2030.');
    const hidden: PublicEmissions = { published: false, baseYear: null, neutralityYear: null, balance: [], path: [], licence };
    expect(publicEmissionFinding(hidden)).toBeNull();
    expect(publicEmissionRows(hidden)).toEqual([]);
  });
});
