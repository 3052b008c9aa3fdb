import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSecrets } from '../common/app-secrets';
import type { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DatabaseThrottlerStorage } from './database-throttler-storage';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, UserEntity]),
    // The module's in-memory storage serves the public API's limit (a database write per public
    // request would cost its hot path). Logins count in the database (LoginThrottlerGuard), so their
    // limit holds across instances.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        throttlers: [
          { name: 'login', ttl: 60_000, limit: config.getOrThrow<AppConfig>('app').loginAttemptsPerMinute },
          { name: 'public', ttl: 60_000, limit: config.getOrThrow<AppConfig>('app').publicRequestsPerMinute },
        ],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionService, AppSecrets, DatabaseThrottlerStorage, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService, AppSecrets, DatabaseThrottlerStorage],
})
export class AuthModule {}
