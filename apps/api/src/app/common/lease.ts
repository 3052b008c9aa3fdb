import type { EntityManager, EntityTarget } from 'typeorm';
import { IsNull, LessThan } from 'typeorm';

/**
 * How long an instance vouches for a background job it runs (an import, a council report), and how
 * often it renews that while the job runs. A job whose lease ran out was cut off by a stopped
 * instance (crash, deploy, kill): any instance then reports it as interrupted.
 */
export const LEASE = { durationMs: 60_000, renewEveryMs: 15_000 };

/** A background job's row: its state and lease. */
export interface LeasedRow {
  id: string;
  state: string;
  leaseUntil: Date | null;
}

export const leaseFromNow = () => new Date(Date.now() + LEASE.durationMs);

/**
 * Runs `work` while renewing the lease of the job's row. The renewal is a best effort: one that fails
 * (the database busy) is retried at the next turn, well before the lease runs out.
 */
export async function holdingLease<T>(
  manager: EntityManager,
  target: EntityTarget<LeasedRow>,
  id: string,
  work: () => Promise<T>,
): Promise<T> {
  const timer = setInterval(() => {
    manager.update(target, { id, state: 'RUNNING' }, { leaseUntil: leaseFromNow() }).catch(() => undefined);
  }, LEASE.renewEveryMs);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * Marks the job FAILED with `error` when it is RUNNING and its lease has run out (or it never had one:
 * a row from before leases, whose instance has since restarted). Conditional, so an instance that is
 * still at work (it renewed a moment ago) keeps its job. Returns the row as it now is.
 */
export async function expireLease<R extends LeasedRow & { error: string | null }>(
  manager: EntityManager,
  target: EntityTarget<R>,
  row: R,
  error: string,
): Promise<R> {
  if (row.state !== 'RUNNING' || (row.leaseUntil && row.leaseUntil.getTime() > Date.now())) return row;
  const now = new Date();
  const where = { id: row.id, state: 'RUNNING', leaseUntil: row.leaseUntil ? LessThan(now) : IsNull() };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's where/set types do not follow a generic entity
  const { affected } = await manager.update(target, where as any, { state: 'FAILED', error } as any);
  return affected ? { ...row, state: 'FAILED', error } : row;
}
