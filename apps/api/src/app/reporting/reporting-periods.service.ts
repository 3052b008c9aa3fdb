import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, ReportingPeriod } from '@klimaschutz/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService, diff } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { definedOnly } from '../common/dto-rules';
import { notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { CreateReportingPeriodDto, ReportingPeriodQueryDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { toReportingPeriod } from './reporting.mapper';
import { ReportingPeriodEntity } from './reporting-period.entity';
import {
  checkPeriodDates,
  createReportingPeriod,
  duplicatePeriodName,
  REPORTING_PERIOD_AUDITED,
  REPORTING_PERIOD_RECORD,
} from './reporting-period-writes';

const SORTABLE = { name: 'p.name', startDate: 'p.startDate', endDate: 'p.endDate', dueDate: 'p.dueDate' };

@Injectable()
export class ReportingPeriodsService {
  constructor(
    @InjectRepository(ReportingPeriodEntity) private readonly periods: Repository<ReportingPeriodEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ReportingPeriodQueryDto): Promise<Page<ReportingPeriod>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, SORTABLE, ['p.startDate', 'DESC']);
    const qb = this.periods.createQueryBuilder('p');
    if (query.closed) qb.andWhere('p.closed = :closed', { closed: query.closed === 'true' });
    if (query.q?.trim()) qb.andWhere("LOWER(p.name) LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    const [rows, total] = await qb.orderBy(column, direction).addOrderBy('p.name', 'ASC').skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toReportingPeriod), total, page, pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReportingPeriod> {
    return toReportingPeriod(await this.load(id, manager));
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReportingPeriodEntity> {
    const entity = await manager.findOne(ReportingPeriodEntity, { where: { id } });
    if (!entity) throw notFound('Der Berichtszeitraum');
    return entity;
  }

  async create(dto: CreateReportingPeriodDto, user: AuthUser): Promise<ReportingPeriod> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await createReportingPeriod(manager, (m, entry) => this.audit.record(m, user, entry), dto);
      return this.get(entity.id, manager);
    });
  }

  async update(id: string, dto: UpdateReportingPeriodDto, user: AuthUser): Promise<ReportingPeriod> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(id, manager);
      if (entity.version !== version) throw staleVersion('Der Berichtszeitraum');
      if (changes.name && changes.name !== entity.name && (await manager.existsBy(ReportingPeriodEntity, { name: changes.name }))) {
        throw duplicatePeriodName(changes.name);
      }
      const merged = { ...entity, ...changes };
      checkPeriodDates(merged);
      const closedAt =
        changes.closed === undefined || changes.closed === entity.closed ? entity.closedAt : changes.closed ? new Date() : null;
      const result = await manager.update(ReportingPeriodEntity, { id, version }, { ...changes, closedAt, version: version + 1 });
      if (!result.affected) throw staleVersion('Der Berichtszeitraum');
      const changeList = diff(entity, merged, REPORTING_PERIOD_AUDITED);
      if (changeList.length) {
        await this.audit.record(manager, user, {
          action: 'UPDATE',
          entityType: REPORTING_PERIOD_RECORD,
          entityId: id,
          entityLabel: merged.name,
          changes: changeList,
        });
      }
      return this.get(id, manager);
    });
  }

  /** Closing is idempotent: closing a closed period answers its current state. */
  async close(id: string, user: AuthUser): Promise<ReportingPeriod> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(id, manager);
      if (entity.closed) return toReportingPeriod(entity);
      const result = await manager.update(
        ReportingPeriodEntity,
        { id, version: entity.version },
        { closed: true, closedAt: new Date(), version: entity.version + 1 },
      );
      if (!result.affected) throw staleVersion('Der Berichtszeitraum');
      await this.audit.record(manager, user, {
        action: 'UPDATE',
        entityType: REPORTING_PERIOD_RECORD,
        entityId: id,
        entityLabel: entity.name,
        changes: [{ field: 'closed', before: false, after: true }],
      });
      return this.get(id, manager);
    });
  }
}
