import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';
import type { IndicatorValue } from '@klimaschutz/contracts';
import { fractionalYear, indicatorChart, indicatorFinding, onPathText, pathValue, pathValueAt } from './indicator-path';

const pv = { baselineYear: 2019, baselineValue: 420, targetYear: 2030, targetValue: 6000, unit: 'kWp', direction: 'UP' as const };
const emissions = {
  baselineYear: 2020,
  baselineValue: 1000,
  targetYear: 2040,
  targetValue: 0,
  unit: 't CO2e/a',
  direction: 'DOWN' as const,
};

function value(date: string, v: number): IndicatorValue {
  return { id: date, indicatorId: 'i', date, value: v, source: null, note: null, author: null, createdAt: `${date}T10:00:00Z` };
}

describe('indicator path', () => {
  it('runs straight from baseline to target', () => {
    expect(pathValue(pv, 2019)).toBe(420);
    expect(pathValue(pv, 2030)).toBe(6000);
    expect(pathValue(emissions, 2030)).toBe(500);
  });

  it('stays at the baseline before it and at the target after it', () => {
    expect(pathValue(pv, 2010)).toBe(420);
    expect(pathValue(pv, 2045)).toBe(6000);
  });

  it('reads a date as a fraction of its year', () => {
    expect(fractionalYear('2030-01-01')).toBe(2030);
    expect(fractionalYear('2025-07-02')).toBeCloseTo(2025.5, 2);
    expect(pathValueAt(emissions, '2030-01-01')).toBe(500);
  });

  it('draws the values and the path at the same dates, oldest first', () => {
    const data = indicatorChart(emissions, [value('2040-01-01', 10), value('2020-01-01', 1000)]);
    expect(data.categories.map((c) => c.label)).toEqual(['01.01.2020', '01.01.2040']);
    expect(data.series.map((s) => s.label)).toEqual(['Istwerte', 'Zielpfad']);
    expect(data.series[0].values).toEqual([1000, 10]);
    expect(data.series[1].values).toEqual([1000, 0]);
  });
});

describe('indicator finding', () => {
  it('names the latest value, its date and the path, and whether that is behind the plan', () => {
    expect(indicatorFinding(pv, [value('2024-12-31', 2100), value('2030-01-01', 5000)])).toBe(
      'Der letzte Wert (5.000 kWp, 01.01.2030) liegt unter dem Zielpfad (6.000 kWp) und damit hinter dem Plan.',
    );
  });

  it('counts a value below the path as progress when falling is good', () => {
    expect(indicatorFinding(emissions, [value('2030-01-01', 400)])).toBe(
      'Der letzte Wert (400 t CO2e/a, 01.01.2030) liegt unter dem Zielpfad (500 t CO2e/a) und damit im Plan.',
    );
    expect(indicatorFinding(emissions, [value('2030-01-01', 620.5)])).toContain(
      'über dem Zielpfad (500 t CO2e/a) und damit hinter dem Plan',
    );
  });

  it('says so when the value is exactly on the path or when there are no values', () => {
    expect(indicatorFinding(emissions, [value('2030-01-01', 500)])).toBe(
      'Der letzte Wert (500 t CO2e/a, 01.01.2030) liegt genau auf dem Zielpfad.',
    );
    expect(indicatorFinding(pv, [])).toBe('Für diese Kennzahl gibt es noch keine Werte.');
  });

  it('turns onPath into words', () => {
    expect([true, false, null].map(onPathText)).toEqual(['ja', 'nein', '–']);
  });
});

describe('indicator texts in English', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('states the finding in English, numbers and dates still German-formatted', () => {
    expect(indicatorFinding(pv, [value('2030-01-01', 5000)])).toBe(
      'The latest value (5.000 kWp, 01.01.2030) is below the target path (6.000 kWp) and so behind plan.',
    );
    expect(indicatorFinding(emissions, [value('2030-01-01', 400)])).toBe(
      'The latest value (400 t CO2e/a, 01.01.2030) is below the target path (500 t CO2e/a) and so on track.',
    );
    expect(indicatorFinding(emissions, [value('2030-01-01', 500)])).toBe(
      'The latest value (500 t CO2e/a, 01.01.2030) is exactly on the target path.',
    );
    expect(indicatorFinding(pv, [])).toBe('There are no values for this indicator yet.');
  });

  it('labels the chart series and the on-path column in English', () => {
    expect(indicatorChart(emissions, [value('2020-01-01', 1000)]).series.map((s) => s.label)).toEqual(['Actual values', 'Target path']);
    expect([true, false, null].map(onPathText)).toEqual(['yes', 'no', '–']);
  });
});
