import { Injectable } from '@nestjs/common';
import type { Inbox, InboxItem, InboxMilestone } from '@klimaschutz/contracts';
import { Brackets, DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { MeasureEntity } from '../measures/measure.entity';
import { MilestoneEntity } from '../measures/milestone.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { ProgressReportEntity } from './progress-report.entity';
import { toPeriodRef } from './reporting.mapper';
import { ReportingPeriodEntity } from './reporting-period.entity';
import { ReportingStatusService } from './reporting-status.service';
import { isActive } from './reporting-rules';
import { groupBy } from '../common/group-by';
import { berlinToday, summariseChain, timelinessOf } from './timeliness';
import { compareCodes } from '../common/collate';

const noCounts = (): Inbox['counts'] => ({
  due: 0,
  overdue: 0,
  drafts: 0,
  revisionRequested: 0,
  submitted: 0,
  accepted: 0,
  openMilestones: 0,
  overdueMilestones: 0,
});

/**
 * "Meine Maßnahmen": what the user's org unit has to report in the open periods, what is overdue or
 * sent back, its drafts, and its open milestones across all measures.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly status: ReportingStatusService,
  ) {}

  async inbox(user: AuthUser): Promise<Inbox> {
    const manager = this.dataSource.manager;
    const today = berlinToday();
    const openPeriods = await manager.find(ReportingPeriodEntity, { where: { closed: false }, order: { dueDate: 'ASC', name: 'ASC' } });
    const orgUnitId = user.orgUnitId;
    const orgUnit = orgUnitId ? await manager.findOne(OrgUnitEntity, { where: { id: orgUnitId } }) : null;
    if (!orgUnitId || !orgUnit) {
      return {
        orgUnit: null,
        asOf: today,
        openPeriods: openPeriods.map(toPeriodRef),
        items: [],
        otherDrafts: [],
        milestones: [],
        counts: noCounts(),
      };
    }

    const measures = await manager
      .createQueryBuilder(MeasureEntity, 'm')
      .where('m.archivedAt IS NULL')
      .andWhere(
        new Brackets((w) =>
          w
            .where('m.leadOrgUnitId = :orgUnitId', { orgUnitId })
            .orWhere('m.id IN (SELECT mp."measureId" FROM measure_participants mp WHERE mp."orgUnitId" = :orgUnitId)'),
        ),
      )
      .orderBy('m.code', 'ASC')
      .getMany();
    const measureIds = measures.map((m) => m.id);
    const counts = noCounts();

    const items: InboxItem[] = [];
    for (const period of openPeriods) {
      const reports = measureIds.length ? await this.status.periodReports(manager, period.id, { orgUnitId, measureIds }) : [];
      const staleness = await this.status.staleness(manager, period, measureIds);
      const byMeasure = groupBy(reports, (r) => r.measureId);
      const periodItems: InboxItem[] = [];
      for (const m of measures) {
        const lead = m.leadOrgUnitId === orgUnitId;
        const own = byMeasure.get(m.id) ?? [];
        const { current, lastSent, firstSubmittedAt } = summariseChain(own);
        const expected = lead && (isActive(m) || lastSent !== null);
        // Finished measures stay off the list unless the unit has written something for them.
        if (!expected && !isActive(m) && !own.length) continue;
        const overdue = expected && !lastSent && today > period.dueDate;
        periodItems.push({
          measure: {
            id: m.id,
            code: m.code,
            title: m.title,
            status: m.status,
            assessment: m.assessment,
            progressPercent: m.progressPercent,
          },
          role: lead ? 'LEAD' : 'PARTICIPANT',
          expected,
          period: toPeriodRef(period),
          dueDate: period.dueDate,
          reportState: current?.state ?? 'NONE',
          report: current
            ? {
                id: current.id,
                state: current.state,
                revision: current.revision,
                version: current.version,
                submittedAt: current.submittedAt?.toISOString() ?? null,
                updatedAt: current.updatedAt.toISOString(),
              }
            : null,
          overdue,
          revisionComment: lastSent?.state === 'REVISION_REQUESTED' ? lastSent.reviewComment : null,
          timeliness: expected ? timelinessOf(firstSubmittedAt, period.dueDate, period.closed, today) : null,
          stale: staleness.get(m.id)?.stale ?? false,
        });
        if (expected && !lastSent) counts.due++;
        if (overdue) counts.overdue++;
        if (current?.state === 'DRAFT') counts.drafts++;
        if (lastSent?.state === 'REVISION_REQUESTED') counts.revisionRequested++;
        if (lastSent?.state === 'SUBMITTED') counts.submitted++;
        if (lastSent?.state === 'ACCEPTED') counts.accepted++;
      }
      // The unit's own expected reports first, then its contributions to others' measures.
      items.push(...periodItems.sort((a, b) => Number(b.role === 'LEAD') - Number(a.role === 'LEAD')));
    }

    const draftsQuery = manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .leftJoinAndSelect('r.period', 'p')
      .where('r.orgUnitId = :orgUnitId', { orgUnitId })
      .andWhere('r.state = :draft', { draft: 'DRAFT' })
      .andWhere('m.archivedAt IS NULL');
    if (openPeriods.length) {
      draftsQuery.andWhere('(r.periodId IS NULL OR r.periodId NOT IN (:...openPeriodIds))', {
        openPeriodIds: openPeriods.map((p) => p.id),
      });
    }
    const otherDrafts = (await draftsQuery.orderBy('r.updatedAt', 'DESC').getMany()).map((r) => ({
      id: r.id,
      measure: { id: r.measure!.id, code: r.measure!.code, title: r.measure!.title },
      period: r.period ? toPeriodRef(r.period) : null,
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    }));
    counts.drafts += otherDrafts.length;

    const milestoneRows = await manager
      .createQueryBuilder(MilestoneEntity, 'ms')
      .innerJoinAndSelect('ms.measure', 'm')
      .where('ms.responsibleOrgUnitId = :orgUnitId', { orgUnitId })
      .andWhere('ms.state = :open', { open: 'OPEN' })
      .andWhere('m.archivedAt IS NULL')
      .getMany();
    const milestones: InboxMilestone[] = milestoneRows
      .map((ms) => ({
        id: ms.id,
        title: ms.title,
        dueDate: ms.dueDate,
        overdue: ms.dueDate !== null && ms.dueDate < today,
        version: ms.version,
        measure: { id: ms.measure!.id, code: ms.measure!.code, title: ms.measure!.title },
      }))
      // Both engines sort NULL differently; undated milestones go last here.
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || compareCodes(a.measure.code, b.measure.code));
    counts.openMilestones = milestones.length;
    counts.overdueMilestones = milestones.filter((m) => m.overdue).length;

    return {
      orgUnit: toOrgUnitRef(orgUnit),
      asOf: today,
      openPeriods: openPeriods.map(toPeriodRef),
      items,
      otherDrafts,
      milestones,
      counts,
    };
  }
}
