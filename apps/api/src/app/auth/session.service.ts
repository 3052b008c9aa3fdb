import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Not, Repository } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import type { AppConfig } from '../config/app.config';
import { rawTimestamp } from '../common/raw-sql';
import type { AuthUser } from './auth-user';
import { SessionEntity, type SessionKind } from './session.entity';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long the answer to "second factor, please" stays valid. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Activity is written at most this often per session: the lookup runs on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Opaque session tokens stored (as hashes) in the database: any API instance can check them,
 * and logout or deactivating a user ends the session at once, which a self-contained JWT could not.
 * A session ends after SESSION_TTL_HOURS, or earlier after SESSION_IDLE_MINUTES without a request
 * the user made.
 */
@Injectable()
export class SessionService {
  private readonly ttlMs: number;
  private readonly idleMs: number;
  private readonly postgres: boolean;
  private readonly resolveSql: string;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    config: ConfigService,
  ) {
    const app = config.getOrThrow<AppConfig>('app');
    this.ttlMs = app.sessionTtlHours * 3_600_000;
    this.idleMs = app.sessionIdleMinutes * 60_000;
    this.postgres = sessions.manager.connection.options.type === 'postgres';
    const [hash, now] = this.postgres ? ['$1', '$2'] : ['?', '?'];
    this.resolveSql =
      'SELECT s."id" AS "sessionId", s."kind" AS "sessionKind", s."lastSeenAt" AS "lastSeenAt", u."id" AS "id", u."email" AS "email", ' +
      'u."displayName" AS "displayName", u."role" AS "role", u."orgUnitId" AS "orgUnitId", u."locale" AS "locale" ' +
      `FROM "sessions" s INNER JOIN "users" u ON u."id" = s."userId" ` +
      `WHERE s."tokenHash" = ${hash} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND u."active" = TRUE AND s."kind" <> 'CHALLENGE'`;
  }

  /** A new session; a CHALLENGE lives only a few minutes and opens nothing but the second login step. */
  async open(userId: string, kind: SessionKind = 'FULL'): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + (kind === 'CHALLENGE' ? CHALLENGE_TTL_MS : this.ttlMs));
    await this.sessions.insert({ tokenHash: sha256(token), userId, expiresAt, revokedAt: null, kind, lastSeenAt: new Date(now) });
    return { token, expiresAt };
  }

  /**
   * Runs on every request, so it is one indexed query written out once (building it with the query
   * builder cost more than running it): the session, unexpired and not revoked, with its active user.
   * A request the user made (`activity`) keeps the session alive; background polling does not.
   * 'IDLE': the session was left alone too long; it stays unusable (and says why) until it expires.
   */
  async resolve(token: string, activity = true): Promise<AuthUser | 'IDLE' | null> {
    if (token.length > 200) return null;
    const now = Date.now();
    const nowParam = this.postgres ? new Date(now) : DateUtils.mixedDateToUtcDatetimeString(new Date(now));
    const [row]: (AuthUser & { lastSeenAt: unknown })[] = await this.sessions.manager.query(this.resolveSql, [sha256(token), nowParam]);
    if (!row) return null;
    const idleFor = now - rawTimestamp(row.lastSeenAt).getTime();
    if (idleFor > this.idleMs) return 'IDLE';
    if (activity && idleFor > TOUCH_EVERY_MS) await this.sessions.update({ id: row.sessionId }, { lastSeenAt: new Date(now) });
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      orgUnitId: row.orgUnitId ?? null,
      locale: row.locale === 'en' ? 'en' : 'de',
      sessionId: row.sessionId,
      sessionKind: row.sessionKind,
    };
  }

  /** The user a second-factor challenge belongs to, while it is valid. */
  async challenge(token: string): Promise<{ sessionId: string; userId: string } | null> {
    if (token.length > 200) return null;
    const session = await this.sessions.findOneBy({ tokenHash: sha256(token), kind: 'CHALLENGE', revokedAt: IsNull() });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    return { sessionId: session.id, userId: session.userId };
  }

  async setKind(sessionId: string, kind: SessionKind): Promise<void> {
    await this.sessions.update({ id: sessionId }, { kind });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every other session of the user (after a password or second-factor change), keeping this one. */
  async revokeOthersOf(userId: string, keepSessionId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull(), id: Not(keepSessionId) }, { revokedAt: new Date() });
  }
}
