import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { Request } from 'express';
import { clientAddress } from './common/client-address';
import { ProblemFilter } from './common/problem.filter';
import { appConfig, type AppConfig } from './config/app.config';
import { CouncilReportModule } from './council-report/council-report.module';
import { CockpitModule } from './cockpit/cockpit.module';
import { DatabaseModule } from './database/database.module';
import { FieldsOfActionModule } from './fields-of-action/fields-of-action.module';
import { HealthModule } from './health/health.module';
import { PublicModule } from './public/public.module';
import { ExportsModule } from './exports/exports.module';
import { ImportsModule } from './imports/imports.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { EmissionsModule } from './emissions/emissions.module';
import { JobsModule } from './jobs/jobs.module';
import { MeasuresModule } from './measures/measures.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReportingModule } from './reporting/reporting.module';
import { SeedModule } from './seed/seed.module';
import { StabsstelleModule } from './stabsstelle/stabsstelle.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig] }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        pinoHttp: {
          level: config.getOrThrow<AppConfig>('app').logLevel,
          // Tokens, cookies and passwords never reach a log line; bodies are not logged at all.
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.passwordHash'],
            censor: '[redacted]',
          },
          serializers: {
            // The client's address as the rate limits count it (the proxy's entry with TRUST_PROXY; the
            // citizen's for requests the server makes on a page's behalf; IPv4 without its IPv6 prefix);
            // no query, headers or body.
            req: (req: { id: unknown; method: string; url: string; raw: Request }) => ({
              id: req.id,
              method: req.method,
              url: req.url.split('?')[0],
              clientAddress: clientAddress(req.raw).replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ''),
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req: { url?: string }) => req.url === '/api/health' },
        },
      }),
    }),
    DatabaseModule,
    AuditModule,
    PrivacyModule,
    AuthModule,
    HealthModule,
    OrgUnitsModule,
    UsersModule,
    FieldsOfActionModule,
    MeasuresModule,
    ReportingModule,
    JobsModule,
    CockpitModule,
    IndicatorsModule,
    EmissionsModule,
    StabsstelleModule,
    PublicModule,
    NotificationsModule,
    ImportsModule,
    ExportsModule,
    CouncilReportModule,
    SeedModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
export class AppModule {}
