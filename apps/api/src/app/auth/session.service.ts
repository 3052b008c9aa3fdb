import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, LessThan, Repository } from 'typeorm';
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

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    config: ConfigService,
  ) {
    this.ttlMs = config.getOrThrow<AppConfig>('app').sessionTtlHours * 3_600_000;
  }

  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.sessions.insert({ tokenHash: sha256(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const session = await this.sessions.findOne({ where: { tokenHash: sha256(token), revokedAt: IsNull() } });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.users.findOne({ where: { id: session.userId } });
    if (!user || !user.active) return null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      orgUnitId: user.orgUnitId,
      sessionId: session.id,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Housekeeping: sessions that ended a day ago are of no use to anyone. */
  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(new Date(Date.now() - 86_400_000)) });
    return result.affected ?? 0;
  }
}
