import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sessionCookieName } from '../auth/cross-site';
import { asksForEnglish } from '../auth/language-cookie';
import type { SessionService } from '../auth/session.service';
import type { AppConfig } from '../config/app.config';
import type { Installation } from '../seed/installation';
import { serveDashboard } from './assets';
import { DASHBOARD_PAGE_REQUESTS, isPublicPage } from './page-requests';

/**
 * The web side of the server: the built dashboard, its pages with their first API answers embedded
 * (`page-requests.ts`), server-rendered where the dashboard's server bundle can (`server-render.ts`),
 * in an HTML shell with its script hashes in the CSP (`shell.ts`), files compressed and cached
 * (`assets.ts`). The API routes are Nest's; everything else under `/` is served from here.
 */

/** Where the built dashboard lives: DASHBOARD_DIR, else the Nx build output next to the repo root. */
function dashboardDir(config: AppConfig): string | null {
  const candidates = [config.dashboardDir, resolve('dist/apps/dashboard/browser'), resolve(__dirname, '../dashboard/browser')];
  return (
    candidates.find((dir): dir is string => Boolean(dir && ['index.html', 'index.csr.html'].some((file) => existsSync(join(dir, file))))) ??
    null
  );
}

/**
 * On every page of a demo installation, before the app and without it (also on the server-rendered
 * pages and with JavaScript off): whoever reads the README can sign in here as an administrator.
 * In English on the pages that go out in English (the staff pages and the sign-in of an English reader).
 */
export function demoNotice(english: boolean): string {
  return english
    ? '<aside class="demo-notice" aria-label="About this installation" data-testid="demo-notice">' +
        '<strong>Demo installation:</strong> the accounts of this sample city have a publicly known password. ' +
        'Please do not enter real data.</aside>'
    : '<aside class="demo-notice" aria-label="Hinweis zur Installation" data-testid="demo-notice">' +
        '<strong>Demo-Installation:</strong> Die Zugänge dieser Musterstadt haben ein öffentlich bekanntes Passwort. ' +
        'Bitte keine echten Daten eingeben.</aside>';
}

/** Serves the dashboard when a build exists (an API-only deployment has none). */
export function serveWeb(
  expressApp: NestExpressApplication,
  config: AppConfig,
  installation: Installation,
  sessions: SessionService,
): void {
  const dir = dashboardDir(config);
  if (dir) {
    const cookieName = sessionCookieName(config.publicUrl);
    serveDashboard(expressApp, dir, {
      signedIn: async (request) => {
        const token: unknown = request.cookies?.[cookieName];
        if (typeof token !== 'string' || token === '') return false;
        // Not counted as activity: the page's own requests, made right after, count.
        const session = await sessions.resolve(token, false);
        return session !== null && session !== 'IDLE';
      },
      // Route files as the dashboard build names them: their chunks load with the app, not after it.
      appSources: ['apps/dashboard/src/bootstrap.ts'],
      routePreloads: [
        { prefix: '/oeffentlich', source: 'apps/dashboard/src/app/public/public.routes.ts' },
        { prefix: '/cockpit', source: 'apps/dashboard/src/app/cockpit/cockpit.routes.ts', signedInOnly: true },
      ],
      // The answers a page asks for at start travel with its HTML.
      pageRequests: DASHBOARD_PAGE_REQUESTS,
      pageRequestBudgetMs: config.pageAnswersWaitMs,
      notice: (english) => (installation.demo ? demoNotice(english) : ''),
      english: (request, path) => !isPublicPage(path) && asksForEnglish(request.headers.cookie),
    });
  }
}
