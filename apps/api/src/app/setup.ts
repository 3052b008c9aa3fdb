import { INestApplication, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { NestApplicationOptions } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { compressApiResponses } from './common/compression';
import { RequestBodyInterceptor } from './common/request-body';
import { createValidationPipe } from './common/validation';
import { SessionService } from './auth/session.service';
import type { AppConfig } from './config/app.config';
import { Installation } from './seed/installation';
import { serveWeb } from './web/web';

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

  serveWeb(expressApp, config, app.get(Installation), app.get(SessionService));
}
