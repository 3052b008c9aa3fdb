import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AppSecrets } from '../common/app-secrets';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DatabaseThrottlerStorage } from './database-throttler-storage';
import { LoginLimits } from './login-limits';
import { SecurityEvents } from './security-events';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SignInPolicyController } from './sign-in-policy.controller';
import { SignInPolicyService } from './sign-in-policy.service';
import { SignInPolicyEntity, TotpRecoveryCodeEntity } from './sign-in.entities';
import { TotpService } from './totp.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, UserEntity, TotpRecoveryCodeEntity, SignInPolicyEntity]),
    // The module's in-memory storage serves the public API's limit (a database write per public
    // request would cost its hot path). Sign-ins are counted in the database (LoginLimits), so their
    // limits hold across instances.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        throttlers: [{ name: 'public', ttl: 60_000, limit: config.getOrThrow<AppConfig>('app').publicRequestsPerMinute }],
      }),
    }),
  ],
  controllers: [AuthController, AccountController, SignInPolicyController],
  providers: [
    AuthService,
    AccountService,
    SessionService,
    AppSecrets,
    DatabaseThrottlerStorage,
    LoginLimits,
    SecurityEvents,
    TotpService,
    SignInPolicyService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, TotpService, SecurityEvents, LoginLimits, AppSecrets, DatabaseThrottlerStorage],
})
export class AuthModule {}
