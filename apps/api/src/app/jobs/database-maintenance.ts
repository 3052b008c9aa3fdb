import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { SessionEntity } from '../auth/session.entity';
import { optimizeSqlite } from '../database/data-source-options';
import { berlinDay, JobsService } from './jobs.service';

/**
 * Nightly housekeeping of the database itself: sessions that ended a day ago go, and on SQLite the
 * planner's statistics are refreshed where tables grew (PostgreSQL's autovacuum does that itself).
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
      description: 'Abgelaufene Anmeldungen löschen und Statistiken der Datenbank auffrischen',
      defaultSchedule: '30 3 * * *',
      slotOf: berlinDay,
      run: () => this.run(),
    });
  }

  async run(): Promise<string> {
    const { affected } = await this.dataSource.manager.delete(SessionEntity, { expiresAt: LessThan(new Date(Date.now() - 86_400_000)) });
    await optimizeSqlite(this.dataSource);
    return `${affected ?? 0} abgelaufene Anmeldungen gelöscht, Statistiken aktuell`;
  }
}
