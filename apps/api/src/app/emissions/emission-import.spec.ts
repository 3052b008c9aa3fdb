import type { RawTable } from '../imports/import-file';
import { matchSector, parseBalance } from './emission-import';

const table = (headers: string[], rows: string[][]): RawTable => ({
  format: 'csv',
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  cellErrors: [],
  cellWarnings: [],
});
const SECTORS = [
  { id: 'phh', code: 'PHH', name: 'Private Haushalte' },
  { id: 'ghd', code: 'GHD', name: 'Gewerbe/Handel/Dienstleistungen' },
  { id: 'v', code: 'VERKEHR', name: 'Verkehr' },
];

describe('reading a balance file', () => {
  it('matches sector names across spelling and plural, not across different words', () => {
    expect(matchSector('Gewerbe/Handel/Dienstleistung', SECTORS)?.id).toBe('ghd');
    expect(matchSector('private haushalte', SECTORS)?.id).toBe('phh');
    expect(matchSector('VERKEHR', SECTORS)?.id).toBe('v');
    expect(matchSector('Wärme', SECTORS)).toBeNull();
    expect(matchSector('Verkehrsplanung', SECTORS)).toBeNull();
  });

  it('reads a thousands dot by the magnitudes of the column when no sector sum decides, and says so', () => {
    const parsed = parseBalance(
      table(
        ['Jahr', 'Sektor', 'Wert'],
        [
          ['2020', 'Verkehr', '1.250'],
          ['2020', 'Private Haushalte', '1400'],
          ['2021', 'Private Haushalte', '1380'],
        ],
      ),
      SECTORS,
    );
    const rule = parsed.rules.find((r) => r.code === 'THOUSANDS_DOT_MAGNITUDE')!;
    expect(rule.lines).toEqual([2]);
    expect(rule.severity).toBe('WARNING');
    expect(parsed.values.find((v) => v.sectorName === 'Verkehr')?.tCo2e).toBe(1_250_000);
  });

  it('keeps a decimal point where the magnitudes say so', () => {
    const parsed = parseBalance(
      table(
        ['year', 'category', 'co2 (kt)'],
        [
          ['2020', 'Verkehr', '1.250'],
          ['2020', 'Private Haushalte', '1.4'],
          ['2021', 'Private Haushalte', '0.9'],
        ],
      ),
      SECTORS,
    );
    expect(parsed.rules.find((r) => r.code === 'DECIMAL_POINT')?.lines).toEqual([2]);
    expect(parsed.values.find((v) => v.sectorName === 'Verkehr')?.tCo2e).toBe(1250);
    expect(parsed.rules.find((r) => r.code === 'UNIT_FROM_HEADER')).toBeDefined();
  });

  it('refuses to guess when nothing decides', () => {
    const parsed = parseBalance(table(['year', 'category', 'co2'], [['2020', 'Verkehr', '1.250']]), SECTORS);
    expect(parsed.rules.find((r) => r.code === 'AMBIGUOUS_NUMBER')).toMatchObject({ severity: 'ERROR', lines: [2] });
  });

  it('names unknown types, units and quality grades as errors with their line', () => {
    const parsed = parseBalance(
      table(
        ['Jahr', 'Sektor', 'Art', 'Wert', 'Einheit', 'Datengüte'],
        [
          ['2020', 'Verkehr', 'Schätzung', '5', 't', 'A'],
          ['2020', 'Industrie', 'real', '5', 'Liter', 'A'],
          ['2020', 'Private Haushalte', 'real', '5', 't', 'E'],
          ['20', 'Private Haushalte', 'real', '5', 't', 'A'],
          ['2021', '', 'real', '5', 't', 'A'],
        ],
      ),
      SECTORS,
    );
    const lines = (code: string) => parsed.rules.find((r) => r.code === code)?.lines;
    expect(lines('UNKNOWN_TYPE')).toEqual([2]);
    expect(lines('UNKNOWN_UNIT')).toEqual([3]);
    expect(lines('UNKNOWN_QUALITY')).toEqual([4]);
    expect(lines('YEAR_NOT_A_YEAR')).toEqual([5]);
    expect(lines('MISSING_CATEGORY')).toEqual([6]);
  });
});
