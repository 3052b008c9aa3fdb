import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSecrets } from '../common/app-secrets';
import { queryRows, SqlParams } from '../common/raw-sql';

/** One counted attempt as the guard reads it (times in seconds); the library does not export the type. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const SECRET_NAME = 'throttle-key';

/** A growing wait: after `threshold` counted attempts, each further one waits the next entry, then `capMs`. */
export interface Backoff {
  threshold: number;
  waitsMs: readonly number[];
  capMs: number;
  /** A counter without a new attempt for this long starts again from zero. */
  forgetAfterMs: number;
}

/**
 * Rate-limit counters in the database, so that a limit holds across every API instance on it
 * (sign-in and the public feedback form; the public API keeps its in-memory counters, see README
 * "Security"). One table, two kinds:
 *
 * - `increment`: a fixed window per client address. A window starts with a client's first attempt
 *   and lasts `ttl`; the attempt that exceeds `limit` blocks the client for `blockDuration`,
 *   attempts while blocked are refused and not counted, and after the block the count starts again.
 * - `backoff`: per account, a growing wait after repeated failures, forgotten after a quiet day.
 *
 * An attempt is counted before the password is checked and handed back (`refund`) when it turns out
 * right, so that only failures stay counted while parallel guesses still cannot outrun the count.
 * Counting is one INSERT … ON CONFLICT DO UPDATE … RETURNING, which both engines run atomically.
 * Keys are HMACs under a per-database secret: the table holds no address and no e-mail.
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: AppSecrets,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const counterKey = await this.counterKey(throttlerName, key);
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

  /**
   * Counts an attempt under a growing wait, unless one is running: then nothing is counted and the
   * answer is how many seconds remain. The attempt that reaches the threshold passes and sets the
   * wait for the next one.
   */
  async backoff(key: string, name: string, rule: Backoff): Promise<{ hits: number; waitSeconds: number }> {
    const counterKey = await this.counterKey(name, key);
    const now = Date.now();
    // Every number here is the server's own (a clock reading and constants), written as literals.
    const waitAfter = (count: string) =>
      `CASE ${rule.waitsMs.map((wait, i) => `WHEN ${count} = ${rule.threshold + i} THEN ${now + wait}`).join(' ')} ` +
      `WHEN ${count} > ${rule.threshold + rule.waitsMs.length - 1} THEN ${now + rule.capMs} ELSE 0 END`;
    const hits = `CASE WHEN "windowEndsAt" <= ${now} THEN 1 ELSE "hits" + 1 END`;
    // Each statement is atomic on both engines; the UPDATE counts only where no wait runs (PostgreSQL
    // re-checks that condition against a row another instance changed meanwhile).
    for (let round = 0; round < 3; round++) {
      const [updated] = await this.rows(
        (
          p,
        ) => `UPDATE throttle_counters SET "hits" = ${hits}, "windowEndsAt" = ${now + rule.forgetAfterMs}, "blockedUntil" = ${waitAfter(hits)}
          WHERE "key" = ${p.add(counterKey)} AND "blockedUntil" <= ${now} RETURNING "hits"`,
      );
      if (updated) return { hits: Number(updated['hits']), waitSeconds: 0 };
      const [inserted] = await this.rows(
        (p) => `INSERT INTO throttle_counters ("key", "hits", "windowEndsAt", "blockedUntil")
          VALUES (${p.add(counterKey)}, 1, ${now + rule.forgetAfterMs}, ${waitAfter('1')}) ON CONFLICT ("key") DO NOTHING RETURNING "hits"`,
      );
      if (inserted) return { hits: 1, waitSeconds: 0 };
      const [current] = await this.rows((p) => `SELECT "hits", "blockedUntil" FROM throttle_counters WHERE "key" = ${p.add(counterKey)}`);
      const blockedUntil = Number(current?.['blockedUntil'] ?? 0);
      if (blockedUntil > now) return { hits: Number(current['hits']), waitSeconds: Math.ceil((blockedUntil - now) / 1000) };
      // Another instance changed the row between the statements: count again.
    }
    throw new Error('login counter kept changing under concurrent updates');
  }

  /**
   * Hands back one counted attempt that turned out right. `lift` also ends a wait that attempt set
   * (the account's owner got in; the next failure sets a new one).
   */
  async refund(key: string, name: string, lift = false): Promise<void> {
    const counterKey = await this.counterKey(name, key);
    await queryRows(
      this.dataSource.manager,
      (p) =>
        `UPDATE throttle_counters SET "hits" = CASE WHEN "hits" > 0 THEN "hits" - 1 ELSE 0 END${lift ? ', "blockedUntil" = 0' : ''} WHERE "key" = ${p.add(counterKey)}`,
    );
  }

  /** Forgets a counter (an account's owner signed in completely). */
  async clear(key: string, name: string): Promise<void> {
    const counterKey = await this.counterKey(name, key);
    await queryRows(this.dataSource.manager, (p) => `DELETE FROM throttle_counters WHERE "key" = ${p.add(counterKey)}`);
  }

  /** Rows of a hand-written statement, also for UPDATE … RETURNING (which pg answers in another shape). */
  private async rows(build: (params: SqlParams) => string): Promise<Record<string, unknown>[]> {
    const params = SqlParams.for(this.dataSource);
    const sql = build(params);
    const runner = this.dataSource.createQueryRunner();
    try {
      return (await runner.query(sql, params.values, true)).records ?? [];
    } finally {
      await runner.release();
    }
  }

  /** The HMAC a counter is stored under; also a stable pseudonym of the key for security logs. */
  async counterKey(name: string, key: string): Promise<string> {
    return createHmac('sha256', await this.secrets.get(SECRET_NAME))
      .update(`${name}:${key}`)
      .digest('hex');
  }
}
