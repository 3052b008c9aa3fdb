import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { AccountSecurity, Locale, LocaleUpdate, RecoveryCodes } from '@klimaschutz/contracts';
import type { Request } from 'express';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import type { AuthUser } from './auth-user';
import { LoginLimits } from './login-limits';
import { hashPassword, verifyPassword } from './password';
import { assertPasswordAllowed } from './password-policy';
import { SecurityEvents } from './security-events';
import { SessionService } from './session.service';
import { SignInPolicyService } from './sign-in-policy.service';
import { TotpService } from './totp.service';

/**
 * What a signed-in user changes about their own sign-in (page „Mein Konto“): the password and the
 * second factor. Every step that asks for the password or a code again is counted like a login
 * attempt, so a stolen session cannot be used to guess them.
 */
@Injectable()
export class AccountService {
  private readonly cityName: string | null;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly limits: LoginLimits,
    private readonly events: SecurityEvents,
    private readonly totp: TotpService,
    private readonly policy: SignInPolicyService,
    config: ConfigService,
  ) {
    this.cityName = config.getOrThrow<AppConfig>('app').cityName;
  }

  security(actor: AuthUser): Promise<AccountSecurity> {
    return this.totp.status(actor);
  }

  /** Sets a new password after checking the current one; every other session of the user ends. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string, request: Request): Promise<void> {
    const user = await this.checkPassword(actor, currentPassword, 'currentPassword', request);
    if (currentPassword === newPassword) {
      throw new BadRequestException({
        detail: 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
        errors: [{ field: 'newPassword', message: 'Das neue Passwort muss sich vom bisherigen unterscheiden.' }],
      });
    }
    assertPasswordAllowed(newPassword, { email: user.email, displayName: user.displayName, cityName: this.cityName }, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: actor.id }, { passwordHash });
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: actor.id,
        entityLabel: actor.displayName,
        changes: [{ field: 'password', before: null, after: '(selbst geändert)' }],
      });
    });
    await this.sessions.revokeOthersOf(actor.id, actor.sessionId);
    this.events.record(request, 'password_changed', { userId: actor.id, account: await this.limits.pseudonym(actor.email) });
  }

  startTotp(actor: AuthUser) {
    return this.totp.start(actor);
  }

  /** The first code confirms the app; sessions opened without it end, an enrol-only one becomes a full one. */
  async confirmTotp(actor: AuthUser, code: string, request: Request): Promise<RecoveryCodes> {
    const codes = await this.totp.confirm(actor, code);
    await this.sessions.revokeOthersOf(actor.id, actor.sessionId);
    if (actor.sessionKind === 'ENROL') await this.sessions.setKind(actor.sessionId, 'FULL');
    this.events.record(request, 'second_factor_enabled', { userId: actor.id, account: await this.limits.pseudonym(actor.email) });
    return codes;
  }

  /**
   * Needs the password and a code. Where the role requires a second factor, this session may then
   * only set up a new one (a new phone); the user's other sessions end either way.
   */
  async disableTotp(actor: AuthUser, password: string, code: string, request: Request): Promise<AccountSecurity> {
    await this.checkPassword(actor, password, 'password', request);
    await this.limits.admit(request, actor.email, actor.id);
    if (!(await this.totp.verify(actor.id, code))) {
      this.events.failed(request, 'wrong_second_factor', { userId: actor.id, account: await this.limits.pseudonym(actor.email) });
      throw new BadRequestException({
        detail: 'Der Code ist falsch oder wurde schon verwendet.',
        errors: [{ field: 'code', message: 'Der Code ist falsch oder wurde schon verwendet.' }],
      });
    }
    await this.limits.passed(request, actor.email, true);
    await this.totp.remove(actor.id, actor, actor.displayName, 'selbst deaktiviert');
    await this.sessions.revokeOthersOf(actor.id, actor.sessionId);
    if (await this.policy.requiresTotp(actor.role)) await this.sessions.setKind(actor.sessionId, 'ENROL');
    this.events.record(request, 'second_factor_disabled', { userId: actor.id, account: await this.limits.pseudonym(actor.email) });
    return this.totp.status(actor);
  }

  /** The user's password, counted like a login attempt; 400 naming `field` when wrong. */
  private async checkPassword(actor: AuthUser, password: string, field: string, request: Request): Promise<UserEntity> {
    await this.limits.admit(request, actor.email, actor.id);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.id }).getOneOrFail();
    if (!(await verifyPassword(password, user.passwordHash))) {
      this.events.failed(request, 'wrong_current_password', { userId: actor.id, account: await this.limits.pseudonym(actor.email) });
      const message = field === 'currentPassword' ? 'Das aktuelle Passwort ist falsch.' : 'Das Passwort ist falsch.';
      throw new BadRequestException({ detail: message, errors: [{ field, message }] });
    }
    await this.limits.passed(request, actor.email, false);
    return user;
  }

  /** The own interface language; on record like the other own settings. */
  async setLocale(user: AuthUser, locale: Locale): Promise<LocaleUpdate> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(UserEntity, { select: { id: true, displayName: true, locale: true }, where: { id: user.id } });
      if (!row) throw new UnauthorizedException({ detail: 'Bitte melden Sie sich an.' });
      if (row.locale === locale) return;
      await manager.update(UserEntity, { id: user.id }, { locale });
      await this.audit.record(manager, user, {
        action: 'UPDATE',
        entityType: 'user',
        entityId: user.id,
        entityLabel: row.displayName,
        changes: [{ field: 'locale', before: row.locale, after: locale }],
      });
    });
    return { locale };
  }
}
