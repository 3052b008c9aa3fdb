import { Injectable } from '@nestjs/common';
import type { DashboardSummary, ReportCounts } from '@klimaschutz/contracts';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors';
import { FingerprintCache, tableFingerprint } from '../common/fingerprint-cache';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { ReportingStatusService } from '../reporting/reporting-status.service';
import { berlinToday } from '../reporting/timeliness';
import { StabsstelleService } from '../stabsstelle/stabsstelle.service';
import { countMeasures, MeasureFilter } from './measure-counts';

export interface SummaryQuery {
  reportingPeriodId?: string;
  fieldOfActionId?: string;
  orgUnitId?: string;
}

/** Tables whose rows the summary reads; a change to any of them changes the fingerprint. */
const SOURCES = [
  'measures',
  'progress_reports',
  'reporting_periods',
  'fields_of_action',
  'org_units',
  'trainings',
  'training_registrations',
  'consultations',
  'climate_checks',
];

const summaryKey = (query: SummaryQuery) =>
  JSON.stringify([query.reportingPeriodId ?? null, query.fieldOfActionId ?? null, query.orgUnitId ?? null]);

/**
 * The mayor's figures: one answer for the cockpit, built from a few grouped queries. Answers are
 * kept per filter until the data changes (see FingerprintCache); the day is part of the
 * fingerprint because due dates turn overdue at midnight.
 */
@Injectable()
export class SummaryService {
  private readonly cache = new FingerprintCache<DashboardSummary>({
    scan: async () => `${berlinToday()}|${await tableFingerprint(this.dataSource, SOURCES)}`,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly reporting: ReportingStatusService,
    private readonly stabsstelle: StabsstelleService,
  ) {}

  summary(query: SummaryQuery): Promise<DashboardSummary> {
    return this.cache.get(summaryKey(query), () => this.compute(query));
  }

  /** The same, as the JSON text the API sends. */
  summaryJson(query: SummaryQuery): Promise<string> {
    return this.cache.getJson(summaryKey(query), () => this.compute(query));
  }

  private async compute(query: SummaryQuery): Promise<DashboardSummary> {
    const manager = this.dataSource.manager;
    const period = query.reportingPeriodId
      ? await manager.findOne(ReportingPeriodEntity, { where: { id: query.reportingPeriodId } })
      : await this.currentPeriod();
    if (query.reportingPeriodId && !period) throw notFound('Der Berichtszeitraum');

    const asOf = new Date().toISOString();
    // One definition of the traffic light for cockpit and council report: that of the period shown,
    // chosen or current (see period-assessment.ts).
    const filter: MeasureFilter = {
      fieldOfActionId: query.fieldOfActionId,
      orgUnitId: query.orgUnitId,
      periodId: period?.id,
    };
    const counts = await countMeasures(manager, filter);
    const reports = period ? await this.reportCounts(period.id, query) : null;
    // The Stabsstelle's work counts within the period's dates (chosen or current), as in the council
    // report; only while no period exists, all of it.
    const work = await this.stabsstelle.summary({
      ...(period ? { from: period.startDate, to: period.endDate } : {}),
      ...(query.orgUnitId ? { orgUnitId: query.orgUnitId } : {}),
    });

    return {
      reportingPeriod: period ? { id: period.id, name: period.name, dueDate: period.dueDate, closed: period.closed } : null,
      assessmentsFromPeriod: Boolean(period),
      asOf,
      measures: {
        total: counts.total,
        byStatus: counts.byStatus,
        byAssessment: counts.byAssessment,
        averageProgressPercent: counts.averageProgressPercent,
      },
      byFieldOfAction: counts.byFieldOfAction,
      byOrgUnit: counts.byOrgUnit,
      reports: {
        expected: reports?.expected ?? 0,
        submitted: reports?.submitted ?? 0,
        accepted: reports?.accepted ?? 0,
        overdue: reports?.overdue ?? 0,
        inReview: reports?.inReview ?? 0,
        revisionRequested: reports?.revisionRequested ?? 0,
        onTime: reports?.onTime ?? 0,
        late: reports?.late ?? 0,
        stale: reports?.stale ?? 0,
      },
      ghg: counts.ghg,
      trainings: work.trainings,
      consultations: work.consultations,
      climateChecks: work.climateChecks,
    };
  }

  /** The open period due next; without an open one, the one that ended last. */
  async currentPeriod(): Promise<ReportingPeriodEntity | null> {
    const open = await this.dataSource.manager.findOne(ReportingPeriodEntity, { where: { closed: false }, order: { dueDate: 'ASC' } });
    return open ?? this.dataSource.manager.findOne(ReportingPeriodEntity, { where: {}, order: { endDate: 'DESC' } });
  }

  private async reportCounts(periodId: string, query: SummaryQuery): Promise<ReportCounts> {
    const status = await this.reporting.status(periodId);
    if (!query.fieldOfActionId && !query.orgUnitId) return status.counts;
    const ids = new Set(await this.filteredMeasureIds(query));
    const rows = status.measures.filter((row) => ids.has(row.measure.id));
    const sent = (t: string) => t === 'ON_TIME' || t === 'LATE';
    return {
      ...status.counts,
      expected: rows.length,
      submitted: rows.filter((r) => sent(r.timeliness)).length,
      inReview: rows.filter((r) => r.reportState === 'SUBMITTED').length,
      accepted: rows.filter((r) => r.reportState === 'ACCEPTED').length,
      revisionRequested: rows.filter((r) => r.reportState === 'REVISION_REQUESTED').length,
      overdue: rows.filter((r) => r.timeliness === 'MISSING').length,
      onTime: rows.filter((r) => r.timeliness === 'ON_TIME').length,
      late: rows.filter((r) => r.timeliness === 'LATE').length,
      stale: rows.filter((r) => r.stale).length,
    };
  }

  private async filteredMeasureIds(query: SummaryQuery): Promise<string[]> {
    const qb = this.dataSource.manager.createQueryBuilder().select('m.id', 'id').from('measures', 'm').where('m."archivedAt" IS NULL');
    if (query.fieldOfActionId) qb.andWhere('m."fieldOfActionId" = :f', { f: query.fieldOfActionId });
    if (query.orgUnitId) {
      qb.andWhere('(m."leadOrgUnitId" = :o OR m.id IN (SELECT p."measureId" FROM measure_participants p WHERE p."orgUnitId" = :o))', {
        o: query.orgUnitId,
      });
    }
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }
}
