import { Injectable, OnModuleInit } from '@nestjs/common';
import type { TrendPoint } from '@klimaschutz/contracts';
import { Between, DataSource } from 'typeorm';
import { FingerprintCache } from '../common/fingerprint-cache';
import { JobsService } from '../jobs/jobs.service';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { countMeasures } from './measure-counts';
import { dateInBerlin } from '../common/date-time';

export const TREND_RESOLUTIONS = ['day', 'week', 'month'] as const;
export type TrendResolution = (typeof TREND_RESOLUTIONS)[number];

const DAY_MS = 86_400_000;

/** Up to a quarter day by day; up to two years week by week (a year of days is too dense for a chart or its table); beyond that by month. */
export function defaultResolution(from: string, to: string): TrendResolution {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/** The ISO week (Monday-based, as `YYYY-MM-DD` of its Monday) or month a day belongs to. */
function bucketOf(day: string, resolution: TrendResolution): string {
  if (resolution === 'day') return day;
  if (resolution === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
}

/** Keeps the last point of each bucket: the state at the end of that week or month. */
export function lastPerBucket<T extends { day: string }>(points: readonly T[], resolution: TrendResolution): T[] {
  const kept: T[] = [];
  points.forEach((point, i) => {
    const next = points[i + 1];
    if (!next || bucketOf(next.day, resolution) !== bucketOf(point.day, resolution)) kept.push(point);
  });
  return kept;
}

@Injectable()
export class SnapshotService implements OnModuleInit {
  /** Snapshots are only ever added, one a day: their count and last day fingerprint the trend. */
  private readonly trends = new FingerprintCache<TrendPoint[]>({
    scan: async () => {
      const [row] = await this.dataSource.query(
        `SELECT COUNT(*) || ':' || COALESCE(CAST(MAX("day") AS VARCHAR), '') AS f FROM status_snapshots`,
      );
      return String(row.f);
    },
    entries: 50,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'status-snapshot',
      description: 'Tagesstand aller Maßnahmen für die Verlaufsdiagramme festhalten',
      defaultSchedule: '15 0 * * *',
      slotOf: dateInBerlin,
      run: async () => ((await this.takeSnapshot()) ? 'Tagesstand gespeichert' : 'Tagesstand war bereits vorhanden'),
    });
  }

  /** Writes today's snapshot unless there already is one: running it twice a day changes nothing. */
  async takeSnapshot(day = dateInBerlin(new Date())): Promise<boolean> {
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

  /** The city-wide figures; the per-bucket counts stay in the snapshots (a year of them is ~20× the size). */
  trendJson(from: string, to: string, resolution: TrendResolution): Promise<string> {
    return this.trends.getJson(`${from}|${to}|${resolution}`, () => this.computeTrend(from, to, resolution));
  }

  private async computeTrend(from: string, to: string, resolution: TrendResolution): Promise<TrendPoint[]> {
    const rows = await this.dataSource.manager.find(StatusSnapshotEntity, { where: { day: Between(from, to) }, order: { day: 'ASC' } });
    return lastPerBucket(rows, resolution).map(({ day, counts: { total, byStatus, byAssessment, averageProgressPercent, ghg } }) => ({
      day,
      total,
      byStatus,
      byAssessment,
      averageProgressPercent,
      ghg,
    }));
  }
}
