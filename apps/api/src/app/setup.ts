import { INestApplication, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { compressApiResponses } from './common/compression';
import { RequestBodyInterceptor } from './common/request-body';
import { createValidationPipe } from './common/validation';
import { sessionCookieName } from './auth/cross-site';
import { asksForEnglish } from './auth/language-cookie';
import { SessionService } from './auth/session.service';
import { serveDashboard } from './dashboard-assets';
import { DASHBOARD_PAGE_REQUESTS, isPublicPage } from './dashboard-pages';
import type { AppConfig } from './config/app.config';
import { Installation } from './seed/installation';

/** Where the built dashboard lives: DASHBOARD_DIR, else the Nx build output next to the repo root. */
function dashboardDir(config: AppConfig): string | null {
  const candidates = [config.dashboardDir, resolve('dist/apps/dashboard/browser'), resolve(__dirname, '../dashboard/browser')];
  return (
    candidates.find((dir): dir is string => Boolean(dir && ['index.html', 'index.csr.html'].some((file) => existsSync(join(dir, file))))) ?? null
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

/**
 * Browser features the app never uses, denied to it and to anything embedded in it (Helmet sets no
 * Permissions-Policy). Only names Chromium knows: an unknown one is logged as an error on every page.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * How main.ts and the integration tests create the app. Without Nest's own body parsers, which would
 * read every JSON and form body before routing: bodies are read per route by RequestBodyInterceptor.
 */
export const NEST_APP_OPTIONS: NestApplicationOptions = { bufferLogs: true, bodyParser: false };

/** Everything main.ts and the integration tests share, so tests exercise the real HTTP stack. */
export function configureApp(app: INestApplication): void {
  const expressApp = app as NestExpressApplication;
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  app.useLogger(app.get(Logger));
  // Only the named proxies may tell the client's address (X-Forwarded-For); everyone else is their socket's address.
  if (config.trustProxy) expressApp.set('trust proxy', config.trustProxy);
  expressApp.disable('x-powered-by');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material sets style attributes at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // Only behind HTTPS: on a plain-HTTP intranet address it would break every asset request.
          upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.publicUrl.startsWith('https://'),
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  });
  app.use(cookieParser());
  app.use('/api', compressApiResponses);
  // API answers are personal and current: never cached by browsers or proxies unless a route says otherwise.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'api/health', method: RequestMethod.GET }] });
  app.useGlobalInterceptors(new RequestBodyInterceptor(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Klimaschutz-Cockpit API')
      .setDescription('Maßnahmen, Sachstände und Querschnittsarbeit der Stabsstelle Klimaschutz')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const dir = dashboardDir(config);
  const installation = app.get(Installation);
  if (dir) {
    const sessions = app.get(SessionService);
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
