import { whenScriptNeeded } from './app/shared/wake';

// The UI language: German unless the `ksc_lang` cookie (`__Host-ksc_lang` over HTTPS) asks for English; the
// API keeps it in step with the signed-in user's choice (see apps/api/src/app/auth/language-cookie.ts). The English texts are loaded
// before the app's own modules run, because $localize translates when a module or template first uses
// a text; they are a chunk of their own, so German pages never download them.
const english = /(?:^|;\s*)(?:__Host-)?ksc_lang=en(?:;|$)/.test(document.cookie);
const translations = english
  ? Promise.all([import('@angular/localize'), import('./i18n/english')]).then(([{ loadTranslations }, { english }]) =>
      loadTranslations(english),
    )
  : Promise.resolve();

// A page rendered on the server starts the app when it is needed (see whenScriptNeeded); any other
// page at once. The app is its own chunk, so the wait costs the page nothing but this file.
const rendered = document.querySelector('ksc-root')?.hasAttribute('ng-server-context') ?? false;
void Promise.all([translations, rendered ? whenScriptNeeded(document) : Promise.resolve()])
  .then(() => import('./bootstrap'))
  .then(({ start }) => start());
