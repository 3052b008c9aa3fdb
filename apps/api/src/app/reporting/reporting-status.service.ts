import { Injectable } from '@nestjs/common';
import type { MeasureTimeliness, OrgUnitTimeliness, ReportCounts, ReportingPeriodStatus } from '@klimaschutz/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeasureEntity } from '../measures/measure.entity';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { ProgressReportEntity } from './progress-report.entity';
import { toReportingPeriod } from './reporting.mapper';
import { ReportingPeriodEntity } from './reporting-period.entity';
import { ReportingPeriodsService } from './reporting-periods.service';
import { berlinToday, summariseChain, timelinessOf } from './timeliness';
import { compareCodes } from '../common/collate';
import { groupBy } from '../common/group-by';
import { isActive, type PeriodReport } from './reporting-rules';

export interface Staleness {
  stale: boolean;
  lastAcceptedPeriod: string | null;
}

const emptyCounts = (): ReportCounts => ({
  expected: 0,
  submitted: 0,
  inReview: 0,
  accepted: 0,
  revisionRequested: 0,
  missing: 0,
  overdue: 0,
  pending: 0,
  drafts: 0,
  onTime: 0,
  late: 0,
  stale: 0,
});

/**
 * Who reported what in a period, and in time: the expected report of each active measure comes
 * from its lead org unit; participants' reports are shown but not expected.
 */
@Injectable()
export class ReportingStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: ReportingPeriodsService,
  ) {}

  async status(periodId: string): Promise<ReportingPeriodStatus> {
    const manager = this.dataSource.manager;
    const period = await this.periods.load(periodId, manager);
    const today = berlinToday();
    // Only the columns the status needs: hydrating full measures cost most of the time on a big city.
    const measures = await manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoin('m.leadOrgUnit', 'lead')
      .select(['m.id', 'm.code', 'm.title', 'm.status', 'm.leadOrgUnitId', 'm.archivedAt', 'lead.id', 'lead.code', 'lead.name'])
      .where('m.archivedAt IS NULL')
      .getMany();
    const reports = await this.periodReports(manager, period.id);
    const staleness = await this.staleness(manager, period);

    const byMeasure = groupBy(reports, (r) => r.measureId);
    const counts = emptyCounts();
    const byOrgUnit = new Map<string, OrgUnitTimeliness>();
    const rows: MeasureTimeliness[] = [];
    for (const m of measures) {
      const own = byMeasure.get(m.id) ?? [];
      const lead = own.filter((r) => r.orgUnitId === m.leadOrgUnitId);
      const { current, lastSent, firstSubmittedAt } = summariseChain(lead);
      // A finished measure is no longer expected to report, unless its lead did report in this period.
      if (!isActive(m) && !lastSent) continue;
      const timeliness = timelinessOf(firstSubmittedAt, period.dueDate, period.closed, today);
      const stale = staleness.get(m.id) ?? { stale: false, lastAcceptedPeriod: null };
      rows.push({
        measure: { id: m.id, code: m.code, title: m.title, status: m.status },
        leadOrgUnit: toOrgUnitRef(m.leadOrgUnit!),
        reportState: current?.state ?? 'NONE',
        reportId: current?.id ?? null,
        firstSubmittedAt: firstSubmittedAt?.toISOString() ?? null,
        timeliness,
        participantReports: new Set(own.filter((r) => r.orgUnitId !== m.leadOrgUnitId && r.state !== 'DRAFT').map((r) => r.orgUnitId)).size,
        stale: stale.stale,
        lastAcceptedPeriod: stale.lastAcceptedPeriod,
      });
      let unit = byOrgUnit.get(m.leadOrgUnitId);
      if (!unit) byOrgUnit.set(m.leadOrgUnitId, (unit = { orgUnit: toOrgUnitRef(m.leadOrgUnit!), ...emptyCounts() }));
      for (const c of [counts, unit]) {
        c.expected++;
        if (lastSent) {
          c.submitted++;
          if (lastSent.state === 'SUBMITTED') c.inReview++;
          if (lastSent.state === 'ACCEPTED') c.accepted++;
          if (lastSent.state === 'REVISION_REQUESTED') c.revisionRequested++;
        } else {
          c.missing++;
          if (timeliness === 'MISSING') c.overdue++;
          if (timeliness === 'PENDING') c.pending++;
          if (current?.state === 'DRAFT') c.drafts++;
        }
        if (timeliness === 'ON_TIME') c.onTime++;
        if (timeliness === 'LATE') c.late++;
        if (stale.stale) c.stale++;
      }
    }
    const byCode = (a: { code: string }, b: { code: string }) => compareCodes(a.code, b.code);
    return {
      period: toReportingPeriod(period),
      asOf: today,
      counts,
      byOrgUnit: [...byOrgUnit.values()].sort((a, b) => byCode(a.orgUnit, b.orgUnit)),
      measures: rows.sort((a, b) => byCode(a.measure, b.measure)),
    };
  }

  /** Every report of a period (optionally of some org unit or measures), with the columns the status needs. */
  periodReports(
    manager: EntityManager,
    periodId: string,
    filter: { orgUnitId?: string; measureIds?: string[] } = {},
  ): Promise<PeriodReport[]> {
    return manager.find(ProgressReportEntity, {
      select: {
        id: true,
        measureId: true,
        orgUnitId: true,
        state: true,
        submittedAt: true,
        createdAt: true,
        revision: true,
        reviewComment: true,
        version: true,
        updatedAt: true,
      },
      where: {
        periodId,
        ...(filter.orgUnitId ? { orgUnitId: filter.orgUnitId } : {}),
        ...(filter.measureIds ? { measureId: In(filter.measureIds) } : {}),
      },
    });
  }

  /**
   * Data-quality hint per measure: stale when it has no accepted report in the period and the one
   * before it (only judged once there is a period before). Also names the period of the last accepted report.
   */
  async staleness(manager: EntityManager, period: ReportingPeriodEntity, measureIds?: string[]): Promise<Map<string, Staleness>> {
    const earlier = (await manager.find(ReportingPeriodEntity, { order: { startDate: 'DESC', endDate: 'DESC' } })).filter(
      (p) => p.id !== period.id && p.startDate <= period.startDate,
    );
    const considered = [period, ...earlier];
    const window = considered.slice(0, 2).map((p) => p.id);
    const result = new Map<string, Staleness>();
    if (measureIds && !measureIds.length) return result;
    const rank = new Map(considered.map((p, i) => [p.id, i]));
    // Two steps keep this cheap on a big city: which measures have an accepted report in the
    // two-period window (few rows), then the latest accepted period only for those that do not.
    const acceptedIn = async (periodIds: string[], only?: string[]) => {
      if (!periodIds.length || (only && !only.length)) return [] as { measureId: string; periodId: string }[];
      const qb = manager
        .createQueryBuilder(ProgressReportEntity, 'r')
        .select('r.measureId', 'measureId')
        .addSelect('r.periodId', 'periodId')
        .where('r.state = :accepted', { accepted: 'ACCEPTED' })
        .andWhere('r.periodId IN (:...periodIds)', { periodIds })
        .groupBy('r.measureId')
        .addGroupBy('r.periodId');
      if (only) qb.andWhere('r.measureId IN (:...only)', { only });
      return qb.getRawMany<{ measureId: string; periodId: string }>();
    };
    const ids = measureIds ?? (await manager.find(MeasureEntity, { select: { id: true } })).map((m) => m.id);
    const recent = groupBy(await acceptedIn(window, measureIds), (r) => r.measureId);
    const older = ids.filter((id) => !recent.has(id));
    const earlierAccepted = new Map<string, { measureId: string; periodId: string }[]>();
    // SQLite allows ~32,000 parameters per statement; ask in slices.
    for (let i = 0; i < older.length; i += 5000) {
      const rows = await acceptedIn(
        considered.slice(2).map((p) => p.id),
        older.slice(i, i + 5000),
      );
      for (const [k, v] of groupBy(rows, (r) => r.measureId)) earlierAccepted.set(k, v);
    }
    for (const id of ids) {
      const periodIds = (recent.get(id) ?? earlierAccepted.get(id) ?? []).map((r) => r.periodId);
      const latest = periodIds.sort((a, b) => rank.get(a)! - rank.get(b)!)[0];
      result.set(id, {
        stale: window.length === 2 && !recent.has(id),
        lastAcceptedPeriod: latest ? considered[rank.get(latest)!].name : null,
      });
    }
    return result;
  }
}
