import { Injectable } from '@nestjs/common';
import { ATTENTION_REASONS, type AttentionItem, type AttentionReason, type DashboardAttention } from '@klimaschutz/contracts';
import { DataSource } from 'typeorm';
import { compareCodes } from '../common/collate';
import { notFound } from '../common/errors';
import { FingerprintCache, tableFingerprint } from '../common/fingerprint-cache';
import { MeasureEntity } from '../measures/measure.entity';
import { MilestoneEntity } from '../measures/milestone.entity';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { ReportingStatusService } from '../reporting/reporting-status.service';
import { INACTIVE_STATUSES } from '../reporting/reporting-rules';
import { berlinToday } from '../reporting/timeliness';
import { SummaryQuery, SummaryService } from './summary.service';

export interface AttentionQuery extends SummaryQuery {
  limit?: number;
}

/** How much a reason weighs when the list is ordered: a red traffic light first, a stale report last. */
const WEIGHT: Record<AttentionReason, number> = { OFF_TRACK: 8, REPORT_OVERDUE: 4, DELAYED: 3, MILESTONE_OVERDUE: 2, STALE: 1 };
const score = (reasons: AttentionReason[]) => reasons.reduce((sum, r) => sum + WEIGHT[r], 0);

/** The tables an answer depends on; with the day, because reports and milestones turn overdue at midnight. */
const SOURCES = ['measures', 'milestones', 'progress_reports', 'reporting_periods', 'fields_of_action', 'org_units'];

/**
 * The active measures the leadership should look at: red traffic light, delayed, overdue report in the
 * period, no accepted report for two periods, or an overdue milestone. Same filters as the summary.
 */
@Injectable()
export class AttentionService {
  /** Kept per filter and limit until the data changes, as the summary is (a big city's list takes ~0.2 s). */
  private readonly cache = new FingerprintCache<DashboardAttention>({
    scan: async () => `${berlinToday()}|${await tableFingerprint(this.dataSource, SOURCES)}`,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly reporting: ReportingStatusService,
    private readonly summaries: SummaryService,
  ) {}

  attention(query: AttentionQuery): Promise<DashboardAttention> {
    const key = JSON.stringify([
      query.reportingPeriodId ?? null,
      query.fieldOfActionId ?? null,
      query.orgUnitId ?? null,
      query.limit ?? null,
    ]);
    return this.cache.get(key, () => this.compute(query));
  }

  private async compute(query: AttentionQuery): Promise<DashboardAttention> {
    const manager = this.dataSource.manager;
    const period = query.reportingPeriodId
      ? await manager.findOne(ReportingPeriodEntity, { where: { id: query.reportingPeriodId } })
      : await this.summaries.currentPeriod();
    if (query.reportingPeriodId && !period) throw notFound('Der Berichtszeitraum');

    const qb = manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoinAndSelect('m.leadOrgUnit', 'lead')
      .innerJoinAndSelect('m.fieldOfAction', 'field')
      .where('m.archivedAt IS NULL')
      .andWhere('m.status NOT IN (:...inactive)', { inactive: INACTIVE_STATUSES });
    if (query.fieldOfActionId) qb.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: query.fieldOfActionId });
    if (query.orgUnitId) {
      qb.andWhere(
        '(m.leadOrgUnitId = :orgUnitId OR m.id IN (SELECT p."measureId" FROM measure_participants p WHERE p."orgUnitId" = :orgUnitId))',
        { orgUnitId: query.orgUnitId },
      );
    }
    const measures = await qb.getMany();

    const timeliness = new Map((period ? (await this.reporting.status(period.id)).measures : []).map((row) => [row.measure.id, row]));
    const milestoneRows: { measureId: string; n: string | number }[] = await manager
      .createQueryBuilder(MilestoneEntity, 'ms')
      .select('ms.measureId', 'measureId')
      .addSelect('COUNT(*)', 'n')
      .where('ms.state = :open', { open: 'OPEN' })
      .andWhere('ms.dueDate < :today', { today: berlinToday() })
      .groupBy('ms.measureId')
      .getRawMany();
    const overdueMilestones = new Map(milestoneRows.map((r) => [r.measureId, Number(r.n)]));

    const items: AttentionItem[] = [];
    for (const m of measures) {
      const row = timeliness.get(m.id);
      const milestones = overdueMilestones.get(m.id) ?? 0;
      const reasons = ATTENTION_REASONS.filter((reason) => {
        switch (reason) {
          case 'OFF_TRACK':
            return m.assessment === 'OFF_TRACK';
          case 'DELAYED':
            return m.status === 'DELAYED';
          case 'REPORT_OVERDUE':
            return row?.timeliness === 'MISSING';
          case 'STALE':
            return row?.stale === true;
          case 'MILESTONE_OVERDUE':
            return milestones > 0;
        }
      });
      if (!reasons.length) continue;
      reasons.sort((a, b) => WEIGHT[b] - WEIGHT[a]);
      items.push({
        measure: { id: m.id, code: m.code, title: m.title, status: m.status, assessment: m.assessment, progressPercent: m.progressPercent },
        fieldOfAction: { id: m.fieldOfAction!.id, code: m.fieldOfAction!.code, name: m.fieldOfAction!.name },
        leadOrgUnit: toOrgUnitRef(m.leadOrgUnit!),
        reasons,
        overdueMilestones: milestones,
        lastAcceptedPeriod: row?.lastAcceptedPeriod ?? null,
      });
    }
    items.sort((a, b) => score(b.reasons) - score(a.reasons) || compareCodes(a.measure.code, b.measure.code));

    const counts = Object.fromEntries(ATTENTION_REASONS.map((r) => [r, items.filter((i) => i.reasons.includes(r)).length])) as Record<
      AttentionReason,
      number
    >;
    return {
      reportingPeriod: period ? { id: period.id, name: period.name, dueDate: period.dueDate } : null,
      total: items.length,
      counts,
      items: items.slice(0, query.limit ?? 50),
    };
  }
}
