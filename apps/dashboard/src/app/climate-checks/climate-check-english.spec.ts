import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';

// Texts defined at module level are translated when the module loads, as in the app (translations
// are loaded before any app module); so this file imports them only after loading English.
describe('Klimacheck texts built in code, in English', () => {
  beforeAll(() => loadTranslations(english));
  afterAll(() => clearTranslations());

  it('asks for a reason of a negative rating in English', async () => {
    const { NEGATIVE_REASON_MESSAGE } = await import('./climate-check-form-model');
    expect(NEGATIVE_REASON_MESSAGE).toBe('A negative rating must be justified.');
  });

  it('titles the pages in English', async () => {
    const { climateChecksRoutes } = await import('./climate-checks.routes');
    expect(climateChecksRoutes[0].children?.map((r) => r.title)).toEqual([
      'Climate checks',
      'New climate check',
      'Climate check',
      'Edit climate check',
      'Climate check – result',
    ]);
  });
});
