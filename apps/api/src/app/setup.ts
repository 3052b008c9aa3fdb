import { INestApplication, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { compressApiResponses } from './common/compression';
import { createValidationPipe } from './common/validation';
import { serveDashboard } from './dashboard-assets';
import { DASHBOARD_PAGE_REQUESTS } from './dashboard-pages';
import type { AppConfig } from './config/app.config';

/** Where the built dashboard lives: DASHBOARD_DIR, else the Nx build output next to the repo root. */
function dashboardDir(config: AppConfig): string | null {
  const candidates = [config.dashboardDir, resolve('dist/apps/dashboard/browser'), resolve(__dirname, '../dashboard/browser')];
  return (
    candidates.find((dir): dir is string => Boolean(dir && ['index.html', 'index.csr.html'].some((file) => existsSync(join(dir, file))))) ?? null
  );
}

/** Everything main.ts and the integration tests share, so tests exercise the real HTTP stack. */
export function configureApp(app: INestApplication): void {
  const expressApp = app as NestExpressApplication;
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  app.useLogger(app.get(Logger));
  // Only the named proxies may tell the client's address (X-Forwarded-For); everyone else is their socket's address.
  if (config.trustProxy) expressApp.set('trust proxy', config.trustProxy);
  expressApp.disable('x-powered-by');
  expressApp.useBodyParser('json', { limit: '1mb' });

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
  app.use(cookieParser());
  app.use('/api', compressApiResponses);
  // API answers are personal and current: never cached by browsers or proxies unless a route says otherwise.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'api/health', method: RequestMethod.GET }] });
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
  if (dir) {
    serveDashboard(expressApp, dir, {
      // Route files as the dashboard build names them: their chunks load with the app, not after it.
      appSources: ['apps/dashboard/src/bootstrap.ts'],
      routePreloads: [
        { prefix: '/oeffentlich', source: 'apps/dashboard/src/app/public/public.routes.ts' },
        { prefix: '/cockpit', source: 'apps/dashboard/src/app/cockpit/cockpit.routes.ts', signedInOnly: true },
      ],
      // The answers a page asks for at start travel with its HTML.
      pageRequests: DASHBOARD_PAGE_REQUESTS,
      pageRequestBudgetMs: config.pageAnswersWaitMs,
    });
  }
}
