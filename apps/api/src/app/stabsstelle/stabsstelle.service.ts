import { Injectable } from '@nestjs/common';
import { CLIMATE_CRITERIA, type MeasureRelatedWork, type StabsstelleSummary } from '@klimaschutz/contracts';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { nextDay, startOfDayInBerlin } from '../common/date-time';
import { notFound } from '../common/errors';
import { ClimateCheckEntity } from '../climate-checks/climate-check.entity';
import { impactColumn } from '../climate-checks/climate-checks.mapper';
import { ClimateChecksService } from '../climate-checks/climate-checks.service';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { ConsultationsService } from '../consultations/consultations.service';
import { MeasureEntity } from '../measures/measure.entity';
import { TrainingEntity, TrainingRegistrationEntity } from '../trainings/training.entity';
import { TrainingsService } from '../trainings/trainings.service';

export interface StabsstelleSummaryFilter {
  /** First day, `YYYY-MM-DD` (Berlin), inclusive. */
  from?: string;
  /** Last day, `YYYY-MM-DD` (Berlin), inclusive. */
  to?: string;
  /** Only this org unit's registrations, requests and checks. */
  orgUnitId?: string;
}

/** What the Stabsstelle's work adds to the measure page and the cockpit. */
@Injectable()
export class StabsstelleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainings: TrainingsService,
    private readonly consultations: ConsultationsService,
    private readonly climateChecks: ClimateChecksService,
  ) {}

  /** Trainings, consultations and checks linked to a measure; a department sees only its own org unit's consultations and checks. */
  async related(measureId: string, user: AuthUser): Promise<MeasureRelatedWork> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(MeasureEntity, { id: measureId }))) throw notFound('Die Maßnahme');
    return {
      trainings: await this.trainings.forMeasure(manager, measureId),
      consultations: await this.consultations.forMeasure(manager, measureId, user),
      climateChecks: await this.climateChecks.forMeasure(manager, measureId, user),
    };
  }

  /**
   * Counts for the cockpit. With a date range, trainings count by start, consultations by request
   * and checks by creation; `participants` are staff registered for held trainings.
   */
  async summary(filter: StabsstelleSummaryFilter = {}): Promise<StabsstelleSummary> {
    const manager = this.dataSource.manager;
    const range = {
      from: filter.from ? startOfDayInBerlin(filter.from) : undefined,
      to: filter.to ? startOfDayInBerlin(nextDay(filter.to)) : undefined,
    };
    const within = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string) => {
      if (range.from) qb.andWhere(`${column} >= :from`, { from: range.from });
      if (range.to) qb.andWhere(`${column} < :to`, { to: range.to });
      return qb;
    };
    const byStatus = async <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) => {
      const rows: { status: string; n: string | number }[] = await qb
        .select(`${alias}.status`, 'status')
        .addSelect('COUNT(*)', 'n')
        .groupBy(`${alias}.status`)
        .getRawMany();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number | undefined>;
    };

    const trainingQb = within(manager.createQueryBuilder(TrainingEntity, 't'), 't.startsAt');
    if (filter.orgUnitId) {
      trainingQb.andWhere('t.id IN (SELECT r."trainingId" FROM training_registrations r WHERE r."orgUnitId" = :orgUnitId)', {
        orgUnitId: filter.orgUnitId,
      });
    }
    const trainings = await byStatus(trainingQb, 't');
    const participantsQb = within(
      manager.createQueryBuilder(TrainingRegistrationEntity, 'r').innerJoin('r.training', 't').where("t.status = 'HELD'"),
      't.startsAt',
    );
    if (filter.orgUnitId) participantsQb.andWhere('r.orgUnitId = :orgUnitId', { orgUnitId: filter.orgUnitId });
    const participants = await participantsQb.select('COALESCE(SUM(r.count), 0)', 'n').getRawOne<{ n: string | number }>();

    const consultationQb = () => {
      const qb = within(manager.createQueryBuilder(ConsultationEntity, 'c'), 'c.requestedAt');
      if (filter.orgUnitId) qb.andWhere('c.requestingOrgUnitId = :orgUnitId', { orgUnitId: filter.orgUnitId });
      return qb;
    };
    const consultations = await byStatus(consultationQb(), 'c');
    const effort = await consultationQb()
      .andWhere("c.status = 'DONE'")
      .select('COALESCE(SUM(c.effortHours), 0)', 'n')
      .getRawOne<{ n: string | number }>();

    const checkQb = () => {
      const qb = within(manager.createQueryBuilder(ClimateCheckEntity, 'k'), 'k.createdAt');
      if (filter.orgUnitId) qb.andWhere('k.orgUnitId = :orgUnitId', { orgUnitId: filter.orgUnitId });
      return qb;
    };
    const checks = await byStatus(checkQb(), 'k');
    const negative = await checkQb()
      .andWhere("k.status IN ('SUBMITTED', 'REVIEWED')")
      .andWhere(`(${CLIMATE_CRITERIA.map((key) => `k.${impactColumn(key)} = 'NEGATIVE'`).join(' OR ')})`)
      .getCount();

    return {
      trainings: {
        planned: trainings['PLANNED'] ?? 0,
        held: trainings['HELD'] ?? 0,
        cancelled: trainings['CANCELLED'] ?? 0,
        participants: Number(participants?.n ?? 0),
      },
      consultations: {
        requested: consultations['REQUESTED'] ?? 0,
        scheduled: consultations['SCHEDULED'] ?? 0,
        done: consultations['DONE'] ?? 0,
        declined: consultations['DECLINED'] ?? 0,
        effortHours: Math.round(Number(effort?.n ?? 0) * 100) / 100,
      },
      climateChecks: {
        draft: checks['DRAFT'] ?? 0,
        submitted: checks['SUBMITTED'] ?? 0,
        reviewed: checks['REVIEWED'] ?? 0,
        negative,
      },
    };
  }
}
