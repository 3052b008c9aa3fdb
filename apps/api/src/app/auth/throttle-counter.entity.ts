import { Column, CreateDateColumn, Entity, PrimaryColumn, ValueTransformer } from 'typeorm';

/** pg returns `bigint` as text (it may exceed 2^53); epoch milliseconds do not. */
const epochMs: ValueTransformer = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/**
 * One rate-limit window of one client (login attempts), shared by every API instance on the
 * database. Written only by the upsert in DatabaseThrottlerStorage; deleted by `database-maintenance`.
 */
@Entity('throttle_counters')
export class ThrottleCounterEntity {
  /** HMAC-SHA256 of throttler, route and client address: counts the address without storing it. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) key!: string;
  @Column({ type: 'integer', default: 0 }) hits!: number;
  /** Epoch ms at which this window's count starts again from zero. */
  @Column({ type: 'bigint', transformer: epochMs }) windowEndsAt!: number;
  /** Epoch ms until which every attempt is refused; 0 = never blocked in this window. */
  @Column({ type: 'bigint', default: 0, transformer: epochMs }) blockedUntil!: number;
}

/** A random secret generated once per database and shared by all instances (e.g. the throttle key's HMAC key). */
@Entity('app_secrets')
export class AppSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 }) name!: string;
  @Column({ type: 'varchar', length: 128 }) value!: string;
  @CreateDateColumn() createdAt!: Date;
}
