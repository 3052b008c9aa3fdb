import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
// The chart's texts are marked with i18n; $localize returns the German source unless translations are loaded.
import '@angular/localize/init';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
