import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';
import { sampleEmissionOverview } from '../cockpit/testing-fixtures';
import { climateGapFinding, emissionsChart, emissionsFinding } from './emissions-chart';

/** Built in code, the finding and the series names read English for an English user; the numbers stay German. */
describe('emission findings for an English user', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('says where the city stands in English, with German number formats', () => {
    const overview = sampleEmissionOverview();
    expect(emissionsFinding(overview, 'de-DE')).toBe('2022: 1.788 kt CO₂e, 31,7 % below 1990; the path requires 1.234 kt – gap 554 kt.');
    expect(climateGapFinding(overview, 'de-DE')).toBe(
      'With all planned measures 2030: 1.600 kt CO₂e; climate protection gap 1.469 kt (56,1 % of the base year).',
    );
    expect(emissionsChart(overview).series.map((s) => s.label)).toEqual(['GHG balance', 'Target path', 'Projection with measures']);
  });
});
