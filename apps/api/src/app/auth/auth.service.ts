import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginResponse, User } from '@klimaschutz/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { entityColumns, queryRows } from '../common/raw-sql';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/users.service';
import type { AuthUser } from './auth-user';
import { DUMMY_HASH, verifyPassword } from './password';
import { SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.orgUnit', 'o')
      .where('u.email = :email', { email })
      .getOne();
    // Verify against a dummy hash for unknown emails, so response time does not reveal who has an account.
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) {
      throw new UnauthorizedException({ detail: 'E-Mail oder Passwort ist falsch.' });
    }
    const { token, expiresAt } = await this.sessions.open(user.id);
    user.lastLoginAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      await this.audit.record(manager, user, { action: 'LOGIN', entityType: 'user', entityId: user.id, entityLabel: user.displayName });
    });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toUser(user) };
  }

  async logout(actor: AuthUser): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
  }

  async me(actor: AuthUser): Promise<User> {
    // Every page load asks; findOne with a relation ran a DISTINCT pre-query before the real one.
    const { manager } = this.users;
    const users = entityColumns(manager.connection, UserEntity);
    const units = entityColumns(manager.connection, OrgUnitEntity);
    const [row] = await queryRows(
      manager,
      (p) => `SELECT ${users.select('u')}, ${units.select('o')} FROM "users" u LEFT JOIN "org_units" o ON o."id" = u."orgUnitId" WHERE u."id" = ${p.add(actor.id)}`,
    );
    const user = row ? users.hydrate(row, 'u') : null;
    if (!user) throw new UnauthorizedException({ detail: 'Bitte melden Sie sich an.' });
    user.orgUnit = units.hydrate(row, 'o');
    return toUser(user);
  }
}
