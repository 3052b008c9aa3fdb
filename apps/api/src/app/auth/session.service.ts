import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import type { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import type { AuthUser } from './auth-user';
import { SessionEntity } from './session.entity';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Opaque session tokens stored (as hashes) in the database: any API instance can check them,
 * and logout or deactivating a user ends the session at once, which a self-contained JWT could not.
 */
@Injectable()
export class SessionService {
  private readonly ttlMs: number;
  private readonly postgres: boolean;
  private readonly resolveSql: string;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    config: ConfigService,
  ) {
    this.ttlMs = config.getOrThrow<AppConfig>('app').sessionTtlHours * 3_600_000;
    this.postgres = sessions.manager.connection.options.type === 'postgres';
    const [hash, now] = this.postgres ? ['$1', '$2'] : ['?', '?'];
    this.resolveSql =
      'SELECT s."id" AS "sessionId", u."id" AS "id", u."email" AS "email", u."displayName" AS "displayName", u."role" AS "role", u."orgUnitId" AS "orgUnitId" ' +
      `FROM "sessions" s INNER JOIN "users" u ON u."id" = s."userId" ` +
      `WHERE s."tokenHash" = ${hash} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND u."active" = TRUE`;
  }

  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.sessions.insert({ tokenHash: sha256(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /**
   * Runs on every request, so it is one indexed query written out once (building it with the query
   * builder cost more than running it): the session, unexpired and not revoked, with its active user.
   */
  async resolve(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const now = this.postgres ? new Date() : DateUtils.mixedDateToUtcDatetimeString(new Date());
    const [row]: (AuthUser & { orgUnitId: string | null })[] = await this.sessions.manager.query(this.resolveSql, [sha256(token), now]);
    if (!row) return null;
    return { id: row.id, email: row.email, displayName: row.displayName, role: row.role, orgUnitId: row.orgUnitId ?? null, sessionId: row.sessionId };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
