import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { ClimateChecksService } from '../climate-checks/climate-checks.service';
import { ClimateCheckQueryDto } from '../climate-checks/dto/climate-check.dto';
import { compareCodes } from '../common/collate';
import { notFound } from '../common/errors';
import { likePattern, sortOrder } from '../common/paging';
import { MeasureEntity } from '../measures/measure.entity';
import { MilestoneEntity } from '../measures/milestone.entity';
import { MeasureQueryDto } from '../measures/dto/measure-query.dto';
import { MEASURE_SORT_COLUMNS } from '../measures/measures.mapper';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationQueryDto } from '../consultations/dto/consultation.dto';
import { TrainingQueryDto } from '../trainings/dto/training.dto';
import { TrainingsService } from '../trainings/trainings.service';
import { measuresTable, reportsTable } from './measure-tables';
import { climateChecksTable, consultationsTable, trainingsTable } from './stabsstelle-tables';
import type { Table } from './table';

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainingsService: TrainingsService,
    private readonly consultationsService: ConsultationsService,
    private readonly climateChecksService: ClimateChecksService,
  ) {}

  /** Every field of the Steckbrief, for the measures the list shows with these filters, in its order. */
  async measures(query: MeasureQueryDto): Promise<Table> {
    const qb = this.dataSource.manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoinAndSelect('m.fieldOfAction', 'f')
      .innerJoinAndSelect('m.leadOrgUnit', 'lead')
      .where(query.archived === 'true' ? 'm.archivedAt IS NOT NULL' : 'm.archivedAt IS NULL');
    if (query.q?.trim()) qb.andWhere("m.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    if (query.status?.length) qb.andWhere('m.status IN (:...status)', { status: query.status });
    if (query.assessment?.length) qb.andWhere('m.assessment IN (:...assessment)', { assessment: query.assessment });
    if (query.fieldOfActionId) qb.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: query.fieldOfActionId });
    if (query.published) qb.andWhere('m.published = :published', { published: query.published === 'true' });
    if (query.orgUnitId) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('m.leadOrgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
          if (query.orgUnitRole !== 'lead')
            w.orWhere('m.id IN (SELECT p."measureId" FROM measure_participants p WHERE p."orgUnitId" = :orgUnitId)');
        }),
      );
    }
    // In the list's order, as the list sorts it.
    const [column, direction] = sortOrder(query.sort, MEASURE_SORT_COLUMNS, [MEASURE_SORT_COLUMNS.code, 'ASC']);
    qb.orderBy(column, direction);
    if (column !== MEASURE_SORT_COLUMNS.code) qb.addOrderBy('m.code', 'ASC');
    const measures = await qb.getMany();
    // The to-many parts in one query each (joining them all would multiply the rows).
    const manager = this.dataSource.manager;
    const [participants, milestones, indicators] = await Promise.all([
      manager
        .createQueryBuilder(OrgUnitEntity, 'o')
        .innerJoin('measure_participants', 'p', 'p."orgUnitId" = o.id')
        .select('p."measureId"', 'measureId')
        .addSelect('o.code', 'code')
        .addSelect('o.name', 'name')
        .getRawMany<{ measureId: string; code: string; name: string }>(),
      manager.find(MilestoneEntity, { order: { dueDate: 'ASC', title: 'ASC' } }),
      manager
        .createQueryBuilder()
        .from('indicator_measures', 'im')
        .innerJoin('indicators', 'i', 'i.id = im."indicatorId"')
        .select('im."measureId"', 'measureId')
        .addSelect('i.code', 'code')
        .getRawMany<{ measureId: string; code: string }>(),
    ]);
    const participantsOf = groupBy(participants, (p) => p.measureId);
    const milestonesOf = groupBy(milestones, (s) => s.measureId);
    const indicatorsOf = groupBy(indicators, (i) => i.measureId);
    return measuresTable(
      measures.map((measure) => ({
        measure,
        participants: (participantsOf.get(measure.id) ?? []).sort((a, b) => compareCodes(a.code, b.code)),
        milestones: milestonesOf.get(measure.id) ?? [],
        indicatorCodes: (indicatorsOf.get(measure.id) ?? []).map((i) => i.code).sort(compareCodes),
      })),
    );
  }

  /** The accepted reports of a period (one per measure and lead unit), with the measure's identifying columns. */
  async reports(periodId: string): Promise<Table> {
    const period = await this.dataSource.manager.findOne(ReportingPeriodEntity, { where: { id: periodId } });
    if (!period) throw notFound('Der Berichtszeitraum');
    const reports = await this.dataSource.manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .innerJoinAndSelect('m.fieldOfAction', 'f')
      .innerJoinAndSelect('m.leadOrgUnit', 'lead')
      .where('r.periodId = :periodId', { periodId })
      .andWhere('r.state = :accepted', { accepted: 'ACCEPTED' })
      .andWhere('r.orgUnitId = m.leadOrgUnitId')
      .orderBy('m.code', 'ASC')
      .getMany();
    return reportsTable(reports.map((report) => ({ report, period })));
  }

  /** The training list with its filters; participant names only for those who may see them. */
  async trainings(query: TrainingQueryDto, user: AuthUser): Promise<Table> {
    return trainingsTable(await this.trainingsService.exportRows(query, user), stabsstellePolicy.seesParticipantNames(user));
  }

  /** The consultation list with its filters, scoped like the list (a department: its own org unit's). */
  async consultations(query: ConsultationQueryDto, user: AuthUser): Promise<Table> {
    return consultationsTable(await this.consultationsService.exportRows(query, user));
  }

  /** The climate-check list with its filters, scoped like the list (a department: its own org unit's). */
  async climateChecks(query: ClimateCheckQueryDto, user: AuthUser): Promise<Table> {
    return climateChecksTable(await this.climateChecksService.exportRows(query, user));
  }
}
