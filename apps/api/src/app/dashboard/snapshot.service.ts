import { Injectable, OnModuleInit } from '@nestjs/common';
import type { TrendPoint } from '@klimaschutz/contracts';
import { Between, DataSource } from 'typeorm';
import { berlinDay, JobsService } from '../jobs/jobs.service';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { countMeasures } from './measure-counts';

@Injectable()
export class SnapshotService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'status-snapshot',
      description: 'Tagesstand aller Maßnahmen für die Verlaufsdiagramme festhalten',
      defaultSchedule: '15 0 * * *',
      slotOf: berlinDay,
      run: async () => ((await this.takeSnapshot()) ? 'Tagesstand gespeichert' : 'Tagesstand war bereits vorhanden'),
    });
  }

  /** Writes today's snapshot unless there already is one: running it twice a day changes nothing. */
  async takeSnapshot(day = berlinDay(new Date())): Promise<boolean> {
    const manager = this.dataSource.manager;
    if (await manager.existsBy(StatusSnapshotEntity, { day })) return false;
    const { byFieldOfAction, byOrgUnit, ...totals } = await countMeasures(manager);
    const counts = {
      ...totals,
      byFieldOfAction: byFieldOfAction.map(({ name: _n, ...b }) => b),
      byOrgUnit: byOrgUnit.map(({ name: _n, ...b }) => b),
    };
    try {
      await manager.insert(StatusSnapshotEntity, { day, counts });
      return true;
    } catch (error) {
      // Another instance wrote the same day in the meantime: the unique day constraint keeps one.
      if (await manager.existsBy(StatusSnapshotEntity, { day })) return false;
      throw error;
    }
  }

  async trend(from: string, to: string): Promise<TrendPoint[]> {
    const rows = await this.dataSource.manager.find(StatusSnapshotEntity, { where: { day: Between(from, to) }, order: { day: 'ASC' } });
    return rows.map((r) => ({ day: r.day, ...r.counts }));
  }
}
