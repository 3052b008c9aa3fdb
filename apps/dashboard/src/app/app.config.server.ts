import { type ApplicationConfig, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import type { ServerRenderContext } from '@klimaschutz/contracts';
import { INITIAL_ANSWERS } from './shared/embedded-answers';

export const serverConfig: ApplicationConfig = mergeApplicationConfig(appConfig, {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // The answers the API server fetched for this page; the same ones travel to the browser with the HTML.
    {
      provide: INITIAL_ANSWERS,
      useFactory: () => (inject(REQUEST_CONTEXT, { optional: true }) as ServerRenderContext | null)?.answers ?? {},
    },
  ],
});
