import type {
  Assessment,
  ClimateCheckStatus,
  ConsultationCategory,
  ConsultationStatus,
  DashboardSummary,
  EmissionOverview,
  MeasureStatus,
  SummaryBucket,
  TrainingStatus,
} from '@klimaschutz/contracts';
import { setImmediate as tick } from 'node:timers/promises';
import { IsNull, type EntityManager } from 'typeorm';
import { ClimateCheckEntity } from '../climate-checks/climate-check.entity';
import { compareCodes } from '../common/collate';
import { nextDay, startOfDayInBerlin } from '../common/date-time';
import { ConsultationEntity } from '../consultations/consultation.entity';
import type { EmissionsService } from '../emissions/emissions.service';
import { periodReports } from '../cockpit/period-assessment';
import type { SummaryService } from '../cockpit/summary.service';
import { MeasureEntity } from '../measures/measure.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import type { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { TrainingEntity, TrainingRegistrationEntity } from '../trainings/training.entity';

/** The Stabsstelle's lists stop after this many entries each; the counts always cover all. */
export const LIST_LIMIT = 40;

export interface ReportMeasure {
  code: string;
  title: string;
  leadOrgUnit: string;
  status: MeasureStatus;
  /** From the period's accepted report of the lead org unit; `NOT_ASSESSED` without one. */
  assessment: Assessment;
  reportText: string | null;
  obstacles: string | null;
  hasReport: boolean;
}

export interface ReportField extends SummaryBucket {
  measures: ReportMeasure[];
}

export interface Listed<T> {
  items: T[];
  /** All rows in the period, of which `items` are the first `LIST_LIMIT`. */
  total: number;
}

export interface CouncilReportData {
  cityName: string | null;
  period: { name: string; startDate: string; endDate: string; dueDate: string; closed: boolean };
  generatedAt: Date;
  /** The cockpit's answer for this period: every number of the report comes from here. */
  summary: DashboardSummary;
  fields: ReportField[];
  trainings: Listed<{ startsAt: Date; title: string; status: TrainingStatus; participants: number }>;
  consultations: Listed<{ requestedAt: Date; topic: string; orgUnit: string; category: ConsultationCategory; status: ConsultationStatus }>;
  /** The GHG balance, path and gap as the cockpit shows them now (not bound to the period); null without a balance. */
  emissions: EmissionOverview | null;
  /** Submitted and reviewed checks; drafts are counted in the summary but not listed. */
  climateChecks: Listed<{ createdAt: Date; reference: string | null; title: string; orgUnit: string; status: ClimateCheckStatus }>;
}

/**
 * Everything the council report prints, read once. The figures are the cockpit's own
 * (`SummaryService` with the period), and the lists use the same rules: active (not archived)
 * measures with the traffic light of the period's accepted lead report, and the Stabsstelle's work
 * whose start, request or creation falls within the period's days (Europe/Berlin).
 */
export async function loadCouncilReportData(
  manager: EntityManager,
  summaries: SummaryService,
  period: ReportingPeriodEntity,
  cityName: string | null,
  emissions: Pick<EmissionsService, 'overview'>,
): Promise<CouncilReportData> {
  const summary = await summaries.summary({ reportingPeriodId: period.id });
  const overview = await emissions.overview();
  await tick();
  const measures = await manager.find(MeasureEntity, {
    select: { id: true, code: true, title: true, fieldOfActionId: true, leadOrgUnitId: true, status: true },
    where: { archivedAt: IsNull() },
  });
  const leads = new Map((await manager.find(OrgUnitEntity, { select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  // The same reports the cockpit's figures count (period-assessment.ts).
  const reports = await periodReports(manager, period.id, measures);
  await tick();
  measures.sort((a, b) => compareCodes(a.code, b.code));
  const byField = new Map<string, ReportMeasure[]>();
  for (const m of measures) {
    const report = reports.get(m.id);
    const list = byField.get(m.fieldOfActionId) ?? [];
    list.push({
      code: m.code,
      title: m.title,
      leadOrgUnit: leads.get(m.leadOrgUnitId) ?? '',
      status: m.status,
      assessment: report?.assessment ?? 'NOT_ASSESSED',
      reportText: report?.text ?? null,
      obstacles: report?.obstacles ?? null,
      hasReport: report !== undefined,
    });
    byField.set(m.fieldOfActionId, list);
  }

  const from = startOfDayInBerlin(period.startDate);
  const to = startOfDayInBerlin(nextDay(period.endDate));
  const within = { from, to };

  const trainingQb = manager
    .createQueryBuilder(TrainingEntity, 't')
    .where('t.startsAt >= :from AND t.startsAt < :to', within)
    .orderBy('t.startsAt', 'ASC')
    .addOrderBy('t.title', 'ASC');
  const [trainings, trainingTotal] = await trainingQb.take(LIST_LIMIT).getManyAndCount();
  const participantRows: { trainingId: string; n: string | number }[] = trainings.length
    ? await manager
        .createQueryBuilder(TrainingRegistrationEntity, 'r')
        .select('r.trainingId', 'trainingId')
        .addSelect('SUM(r.count)', 'n')
        .where('r.trainingId IN (:...ids)', { ids: trainings.map((t) => t.id) })
        .groupBy('r.trainingId')
        .getRawMany()
    : [];
  const participants = new Map(participantRows.map((r) => [r.trainingId, Number(r.n)]));
  await tick();

  const [consultations, consultationTotal] = await manager
    .createQueryBuilder(ConsultationEntity, 'c')
    .innerJoinAndSelect('c.requestingOrgUnit', 'o')
    .where('c.requestedAt >= :from AND c.requestedAt < :to', within)
    .orderBy('c.requestedAt', 'ASC')
    .addOrderBy('c.topic', 'ASC')
    .take(LIST_LIMIT)
    .getManyAndCount();
  await tick();

  const [checks, checkTotal] = await manager
    .createQueryBuilder(ClimateCheckEntity, 'k')
    .innerJoinAndSelect('k.orgUnit', 'o')
    .where('k.createdAt >= :from AND k.createdAt < :to', within)
    .andWhere("k.status <> 'DRAFT'")
    .orderBy('k.createdAt', 'ASC')
    .addOrderBy('k.title', 'ASC')
    .take(LIST_LIMIT)
    .getManyAndCount();

  return {
    cityName,
    period: { name: period.name, startDate: period.startDate, endDate: period.endDate, dueDate: period.dueDate, closed: period.closed },
    generatedAt: new Date(),
    summary,
    emissions: overview.hasBalance ? overview : null,
    fields: summary.byFieldOfAction.map((bucket) => ({ ...bucket, measures: byField.get(bucket.id) ?? [] })),
    trainings: {
      total: trainingTotal,
      items: trainings.map((t) => ({ startsAt: t.startsAt, title: t.title, status: t.status, participants: participants.get(t.id) ?? 0 })),
    },
    consultations: {
      total: consultationTotal,
      items: consultations.map((c) => ({
        requestedAt: c.requestedAt,
        topic: c.topic,
        orgUnit: c.requestingOrgUnit!.name,
        category: c.category,
        status: c.status,
      })),
    },
    climateChecks: {
      total: checkTotal,
      items: checks.map((k) => ({
        createdAt: k.createdAt,
        reference: k.reference,
        title: k.title,
        orgUnit: k.orgUnit!.name,
        status: k.status,
      })),
    },
  };
}
