import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan, LessThanOrEqual } from 'typeorm';
import { SessionEntity } from '../auth/session.entity';
import { ThrottleCounterEntity } from '../auth/throttle-counter.entity';
import { optimizeSqlite } from '../database/data-source-options';
import { JobsService } from './jobs.service';
import { dateInBerlin } from '../common/date-time';

/**
 * Nightly housekeeping of the database itself: sessions that ended a day ago and login-limit
 * counters whose window and block have passed go, and on SQLite the planner's statistics are
 * refreshed where tables grew (PostgreSQL's autovacuum does that itself).
 */
@Injectable()
export class DatabaseMaintenance implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'database-maintenance',
      description: 'Abgelaufene Anmeldungen und Zähler der Anmeldesperre löschen, Statistiken der Datenbank auffrischen',
      defaultSchedule: '30 3 * * *',
      slotOf: dateInBerlin,
      run: () => this.run(),
    });
  }

  async run(): Promise<string> {
    const manager = this.dataSource.manager;
    const sessions = await manager.delete(SessionEntity, { expiresAt: LessThan(new Date(Date.now() - 86_400_000)) });
    // A counter still inside its window or block is live: deleting it would hand the client a fresh budget.
    const now = Date.now();
    const counters = await manager.delete(ThrottleCounterEntity, {
      windowEndsAt: LessThanOrEqual(now),
      blockedUntil: LessThanOrEqual(now),
    });
    await optimizeSqlite(this.dataSource);
    return `${sessions.affected ?? 0} abgelaufene Anmeldungen gelöscht, ${counters.affected ?? 0} abgelaufene Zähler der Anmeldesperre gelöscht, Statistiken aktuell`;
  }
}
