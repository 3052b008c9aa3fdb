// Must come first: it loads the JIT compiler that the Angular packages below rely on in tests.
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
// Templates mark their texts with i18n; $localize returns the German source unless translations are loaded.
import '@angular/localize/init';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// As in main.ts: the UI formats dates and numbers the German way.
registerLocaleData(localeDe, 'de-DE');
