import { PlatformLocation } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  LOCALE_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withI18nSupport, withIncrementalHydration } from '@angular/platform-browser';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withEnabledBlockingInitialNavigation,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './auth/auth-interceptor';
import { AuthSession } from './auth/auth-session';
import { isPublicPath } from './public/public-area';
import { embeddedAnswersInterceptor } from './shared/embedded-answers';
import { PageTitleStrategy } from './shell/page-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
      // The first page appears in one piece, header and content together, instead of the header first
      // and the page one task later (on a phone each is a separate paint and a separate wait).
      withEnabledBlockingInitialNavigation(),
    ),
    provideHttpClient(withInterceptors([embeddedAnswersInterceptor, authInterceptor])),
    // The cockpit and the public overview arrive rendered by the server; the browser takes over that
    // DOM instead of building it again, and the parts below the fold only once they come into view.
    provideClientHydration(withIncrementalHydration(), withI18nSupport()),
    // Staff pages need to know who is signed in before the first route (and the header) renders;
    // the public pages need no session, so citizens do not wait for (or cause) a 401 from /auth/me.
    provideAppInitializer(() => (isPublicPath(inject(PlatformLocation).pathname) ? undefined : inject(AuthSession).restore())),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    { provide: LOCALE_ID, useValue: 'de-DE' },
  ],
};
