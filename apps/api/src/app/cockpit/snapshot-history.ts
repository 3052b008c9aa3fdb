import type { CountsByAssessment, CountsByStatus, SnapshotCounts } from '@klimaschutz/contracts';
import type { EntityManager } from 'typeorm';
import { StatusSnapshotEntity } from '../jobs/status-snapshot.entity';
import { countMeasures } from './measure-counts';

const DAY_MS = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

type CityCounts = Omit<SnapshotCounts, 'byFieldOfAction' | 'byOrgUnit'>;

/**
 * How the city's figures may have looked `daysBack` days before `current`: a year back about 40 %
 * less progress, fewer measures completed or delayed, fewer rated red or green. The figures move in
 * weekly steps (as reports come in), the total stays, and day 0 is `current` itself. Deterministic.
 */
export function earlierCounts(current: CityCounts, daysBack: number, days: number): CityCounts {
  const t = Math.min(1, (Math.floor(daysBack / 7) * 7) / days);
  const byStatus: CountsByStatus = { ...current.byStatus };
  const move = <K extends string>(counts: Record<K, number>, from: K, to: K, share: number) => {
    const n = Math.min(counts[from], Math.round(counts[from] * share * t));
    counts[from] -= n;
    counts[to] += n;
  };
  move(byStatus, 'COMPLETED', 'IN_PROGRESS', 0.6);
  move(byStatus, 'DELAYED', 'IN_PROGRESS', 0.5);
  move(byStatus, 'IN_PROGRESS', 'PLANNED', 0.25);
  const byAssessment: CountsByAssessment = { ...current.byAssessment };
  move(byAssessment, 'OFF_TRACK', 'AT_RISK', 0.5);
  move(byAssessment, 'ON_TRACK', 'NOT_ASSESSED', 0.3);
  return {
    total: current.total,
    byStatus,
    byAssessment,
    averageProgressPercent: round1(current.averageProgressPercent * (1 - 0.4 * t)),
    ghg: { targetTPerYear: current.ghg.targetTPerYear, achievedTPerYear: round1(current.ghg.achievedTPerYear * (1 - 0.5 * t)) },
  };
}

/**
 * Writes `days` daily snapshots ending on `lastDay` — the rows the nightly job writes, with the
 * city-wide counts (the per-field and per-unit buckets, which no chart reads from history, empty) —
 * leading up to today's figures, so a new installation's trend chart shows a year at once. For the
 * demo city and the generated big city.
 */
export async function seedSnapshotHistory(manager: EntityManager, lastDay: string, days = 365): Promise<number> {
  const { byFieldOfAction: _f, byOrgUnit: _o, ...current } = await countMeasures(manager);
  const rows: Partial<StatusSnapshotEntity>[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = new Date(Date.parse(`${lastDay}T00:00:00Z`) - back * DAY_MS).toISOString().slice(0, 10);
    rows.push({ day, counts: { ...earlierCounts(current, back, days), byFieldOfAction: [], byOrgUnit: [] } });
  }
  for (let i = 0; i < rows.length; i += 100) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(StatusSnapshotEntity)
      .values(rows.slice(i, i + 100))
      .updateEntity(false)
      .execute();
  }
  return rows.length;
}
