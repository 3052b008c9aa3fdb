import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSecrets } from '../common/app-secrets';
import { queryRows } from '../common/raw-sql';

/** One counted attempt as the guard reads it (times in seconds); the library does not export the type. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const SECRET_NAME = 'throttle-key';

/**
 * Rate-limit counters in the database, so that a limit holds across every API instance on it
 * (used for logins and for the public feedback form; the public API keeps its in-memory counters,
 * see README "Security").
 *
 * A window starts with a client's first attempt and lasts `ttl`; the attempt that exceeds `limit`
 * blocks the client for `blockDuration`, attempts while blocked are refused and not counted, and
 * after the block the count starts again — the rules of the library's in-memory storage, except
 * that a window is fixed rather than sliding. Counting is one INSERT … ON CONFLICT DO UPDATE …
 * RETURNING, which both engines run atomically: parallel attempts on several instances lose no hit.
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: AppSecrets,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const counterKey = createHmac('sha256', await this.secrets.key(SECRET_NAME)).update(`${throttlerName}:${key}`).digest('hex');
    const now = Date.now();
    // A block of 0 would let the attempt over the limit through; block for the window instead.
    const blockEnd = now + (blockDuration > 0 ? blockDuration : ttl);
    const [row] = await queryRows(this.dataSource.manager, (p) => {
      // Placeholders are positional on SQLite, so every occurrence adds its value, in the order of the text.
      // pg types a bare parameter from its context (integer next to `0`); epoch ms need bigint.
      const ms = (value: number) => `CAST(${p.add(value)} AS BIGINT)`;
      const c = 'throttle_counters';
      const blocked = () => `${c}."blockedUntil" > ${ms(now)}`;
      // The window has passed, or a block has been served: counting starts again (the inserted values).
      const fresh = () => `${c}."windowEndsAt" <= ${ms(now)} OR ${c}."blockedUntil" > 0`;
      return `INSERT INTO ${c} ("key", "hits", "windowEndsAt", "blockedUntil")
        VALUES (${p.add(counterKey)}, 1, ${ms(now + ttl)}, CASE WHEN 1 > ${p.add(limit)} THEN ${ms(blockEnd)} ELSE 0 END)
        ON CONFLICT ("key") DO UPDATE SET
          "hits" = CASE WHEN ${blocked()} THEN ${c}."hits" WHEN ${fresh()} THEN excluded."hits" ELSE ${c}."hits" + 1 END,
          "windowEndsAt" = CASE WHEN ${blocked()} THEN ${c}."windowEndsAt" WHEN ${fresh()} THEN excluded."windowEndsAt" ELSE ${c}."windowEndsAt" END,
          "blockedUntil" = CASE WHEN ${blocked()} THEN ${c}."blockedUntil" WHEN ${fresh()} THEN excluded."blockedUntil"
            WHEN ${c}."hits" + 1 > ${p.add(limit)} THEN ${ms(blockEnd)} ELSE 0 END
        RETURNING "hits", "windowEndsAt", "blockedUntil"`;
    });
    const blockedUntil = Number(row['blockedUntil']);
    const isBlocked = blockedUntil > now;
    return {
      totalHits: Number(row['hits']),
      timeToExpire: Math.ceil((Number(row['windowEndsAt']) - now) / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((blockedUntil - now) / 1000) : 0,
    };
  }
}
