import { DOCUMENT } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  LOCALE_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './auth/auth-interceptor';
import { AuthSession } from './auth/auth-session';
import { isPublicPath } from './public/public-area';
import { PageTitleStrategy } from './shell/page-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    // Staff pages need to know who is signed in before the first route (and the header) renders;
    // the public pages need no session, so citizens do not wait for (or cause) a 401 from /auth/me.
    provideAppInitializer(() => (isPublicPath(inject(DOCUMENT).location.pathname) ? undefined : inject(AuthSession).restore())),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    { provide: LOCALE_ID, useValue: 'de-DE' },
  ],
};
