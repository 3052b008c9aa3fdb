import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginResponse, LoginResult, SessionUser } from '@klimaschutz/contracts';
import type { Request } from 'express';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { entityColumns, queryRows } from '../common/raw-sql';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/users.mapper';
import type { AuthUser } from './auth-user';
import { LoginLimits } from './login-limits';
import { DUMMY_HASH, verifyPassword } from './password';
import { SecurityEvents } from './security-events';
import { SessionService } from './session.service';
import { SignInPolicyService } from './sign-in-policy.service';
import { TotpService } from './totp.service';

const WRONG_CREDENTIALS = 'E-Mail oder Passwort ist falsch.';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly limits: LoginLimits,
    private readonly events: SecurityEvents,
    private readonly totp: TotpService,
    private readonly policy: SignInPolicyService,
  ) {}

  /**
   * Step one: e-mail and password. An account with a second factor gets a challenge for step two
   * instead of a session; one whose role requires a second factor it lacks gets an enrol-only session.
   */
  async login(email: string, password: string, request: Request): Promise<LoginResult> {
    await this.limits.admit(request, email);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.orgUnit', 'o')
      .where('u.email = :email', { email })
      .getOne();
    // Verify against a dummy hash for unknown emails, so response time does not reveal who has an account.
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) {
      this.events.failed(request, !user ? 'unknown_account' : !valid ? 'wrong_password' : 'inactive_account', {
        userId: user?.id,
        account: await this.limits.pseudonym(email),
      });
      throw new UnauthorizedException({ detail: WRONG_CREDENTIALS });
    }
    if (user.totpEnabledAt) {
      await this.limits.passed(request, email, false);
      const { token, expiresAt } = await this.sessions.open(user.id, 'CHALLENGE');
      this.events.record(request, 'login_second_factor_required', { userId: user.id, account: await this.limits.pseudonym(email) });
      return { secondFactorRequired: true, challenge: token, expiresAt: expiresAt.toISOString() };
    }
    return this.signIn(user, (await this.policy.requiresTotp(user.role)) ? 'ENROL' : 'FULL', request);
  }

  /** Step two: the challenge of step one and a code of the app (or a recovery code). */
  async loginWithTotp(challenge: string, code: string, request: Request): Promise<LoginResponse> {
    const pending = await this.sessions.challenge(challenge);
    const user = pending ? await this.users.findOne({ where: { id: pending.userId, active: true }, relations: { orgUnit: true } }) : null;
    if (!pending || !user) {
      this.events.failed(request, 'expired_challenge', { account: 'unknown' });
      throw new UnauthorizedException({ detail: 'Die Anmeldung ist abgelaufen. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.' });
    }
    await this.limits.admit(request, user.email, user.id);
    const used = await this.totp.verify(user.id, code);
    if (!used) {
      this.events.failed(request, 'wrong_second_factor', { userId: user.id, account: await this.limits.pseudonym(user.email) });
      throw new UnauthorizedException({
        detail: 'Der Code ist falsch oder wurde schon verwendet. Bitte geben Sie den aktuellen Code Ihrer App ein.',
      });
    }
    if (used === 'RECOVERY')
      this.events.record(request, 'recovery_code_used', { userId: user.id, account: await this.limits.pseudonym(user.email) });
    await this.sessions.revoke(pending.sessionId);
    return this.signIn(user, 'FULL', request);
  }

  private async signIn(user: UserEntity, kind: 'FULL' | 'ENROL', request: Request): Promise<LoginResponse> {
    await this.limits.passed(request, user.email, true);
    const { token, expiresAt } = await this.sessions.open(user.id, kind);
    user.lastLoginAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      await this.audit.record(manager, user, { action: 'LOGIN', entityType: 'user', entityId: user.id, entityLabel: user.displayName });
    });
    this.events.record(
      request,
      'login_succeeded',
      { userId: user.id, account: await this.limits.pseudonym(user.email) },
      kind === 'ENROL' ? { session: 'enrol-only' } : {},
    );
    return {
      accessToken: token,
      expiresAt: expiresAt.toISOString(),
      user: { ...toUser(user), totpEnrolmentRequired: kind === 'ENROL', locale: user.locale },
    };
  }

  async logout(actor: AuthUser): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
  }

  async me(actor: AuthUser): Promise<SessionUser> {
    // Every page load asks; findOne with a relation ran a DISTINCT pre-query before the real one.
    const { manager } = this.users;
    const users = entityColumns(manager.connection, UserEntity);
    const units = entityColumns(manager.connection, OrgUnitEntity);
    const [row] = await queryRows(
      manager,
      (p) =>
        `SELECT ${users.select('u')}, ${units.select('o')} FROM "users" u LEFT JOIN "org_units" o ON o."id" = u."orgUnitId" WHERE u."id" = ${p.add(actor.id)}`,
    );
    const user = row ? users.hydrate(row, 'u') : null;
    if (!user) throw new UnauthorizedException({ detail: 'Bitte melden Sie sich an.' });
    user.orgUnit = units.hydrate(row, 'o');
    return { ...toUser(user), totpEnrolmentRequired: actor.sessionKind === 'ENROL', locale: user.locale };
  }
}
