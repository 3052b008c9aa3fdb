import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, ReportingPeriod } from '@klimaschutz/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService, diff } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { definedOnly } from '../common/dto-rules';
import { fieldError, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { CreateReportingPeriodDto, ReportingPeriodQueryDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { toReportingPeriod } from './reporting.mapper';
import { ReportingPeriodEntity } from './reporting-period.entity';

const FIELDS = ['name', 'startDate', 'endDate', 'dueDate', 'closed'] as const;

const SORTABLE = { name: 'p.name', startDate: 'p.startDate', endDate: 'p.endDate', dueDate: 'p.dueDate' };

const duplicateName = (name: string) =>
  new ConflictException({
    detail: `Ein Berichtszeitraum mit dem Namen „${name}“ existiert bereits.`,
    errors: [{ field: 'name', message: `Der Name „${name}“ ist bereits vergeben.` }],
  });

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
    checkDates(dto);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(ReportingPeriodEntity, { name: dto.name })) throw duplicateName(dto.name);
      const closed = dto.closed ?? false;
      const entity = manager.create(ReportingPeriodEntity, { ...dto, closed, closedAt: closed ? new Date() : null });
      await manager.save(entity);
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'reporting_period',
        entityId: entity.id,
        entityLabel: entity.name,
        changes: diff({}, entity, FIELDS),
      });
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
        throw duplicateName(changes.name);
      }
      const merged = { ...entity, ...changes };
      checkDates(merged);
      const closedAt =
        changes.closed === undefined || changes.closed === entity.closed ? entity.closedAt : changes.closed ? new Date() : null;
      const result = await manager.update(ReportingPeriodEntity, { id, version }, { ...changes, closedAt, version: version + 1 });
      if (!result.affected) throw staleVersion('Der Berichtszeitraum');
      const changeList = diff(entity, merged, FIELDS);
      if (changeList.length) {
        await this.audit.record(manager, user, {
          action: 'UPDATE',
          entityType: 'reporting_period',
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
        entityType: 'reporting_period',
        entityId: id,
        entityLabel: entity.name,
        changes: [{ field: 'closed', before: false, after: true }],
      });
      return this.get(id, manager);
    });
  }
}

function checkDates(p: { startDate: string; endDate: string; dueDate: string }) {
  if (p.endDate < p.startDate) throw fieldError('endDate', 'Das Ende des Berichtszeitraums liegt vor seinem Beginn.');
  if (p.dueDate < p.startDate) throw fieldError('dueDate', 'Die Abgabefrist liegt vor dem Beginn des Berichtszeitraums.');
}
