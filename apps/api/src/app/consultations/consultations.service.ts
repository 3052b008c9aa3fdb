import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuditEvent, Consultation, ConsultationSummary, Page } from '@klimaschutz/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { todayInBerlin } from '../common/date-time';
import { fieldError, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { definedOnly } from '../common/dto-rules';
import { HandoffNotifier } from '../notifications/handoff-notifier';
import { ids, loadInOrder, loadMeasures, loadOrgUnit, scopeToOrgUnit, searchText, syncRelation } from '../stabsstelle/record-store';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';
import { DEFAULT_STALE_DAYS, isOpen, toConsultation, toConsultationSummary } from './consultations.mapper';
import {
  CompleteConsultationDto,
  ConsultationQueryDto,
  CreateConsultationDto,
  DeclineConsultationDto,
  ScheduleConsultationDto,
  UpdateConsultationDto,
} from './dto/consultation.dto';

const AUDITED = [
  'requestingOrgUnitId',
  'topic',
  'category',
  'description',
  'desiredDate',
  'procedureReference',
  'linkedMeasureIds',
  'status',
  'consultantId',
  'scheduledAt',
  'outcome',
  'recommendation',
  'effortHours',
  'declineReason',
] as const;

const SORTABLE = {
  requestedAt: 'c.requestedAt',
  desiredDate: 'c.desiredDate',
  scheduledAt: 'c.scheduledAt',
  status: 'c.status',
  category: 'c.category',
  topic: 'c.topic',
};

const CLOSED_WORDS = { DONE: 'bereits abgeschlossen', DECLINED: 'bereits abgelehnt' } as const;

type Audited = Partial<Record<(typeof AUDITED)[number], unknown>>;
type Changes = Partial<
  Pick<
    ConsultationEntity,
    'status' | 'consultantId' | 'scheduledAt' | 'outcome' | 'recommendation' | 'effortHours' | 'declineReason' | 'closedAt'
  >
>;

export const consultationSearchText = (
  c: Pick<ConsultationEntity, 'topic' | 'description' | 'procedureReference' | 'outcome' | 'recommendation'>,
) => searchText(c.topic, c.description, c.procedureReference, c.outcome, c.recommendation);

const closed = (c: ConsultationEntity, what: string) =>
  new ConflictException({ detail: `Die Beratung ist ${CLOSED_WORDS[c.status as keyof typeof CLOSED_WORDS]}; ${what}` });

@Injectable()
export class ConsultationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffNotifier,
  ) {}

  async list(query: ConsultationQueryDto, user: AuthUser): Promise<Page<ConsultationSummary>> {
    const { page, pageSize, skip } = paging(query);
    const staleDays = query.staleDays ?? DEFAULT_STALE_DAYS;
    const now = new Date();
    const [rows, total] = await this.filtered(query, user, now).skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map((r) => toConsultationSummary(r, staleDays, now)), total, page, pageSize };
  }

  /** Every consultation the list shows this user for these filters (all pages, same order), with its linked measures. */
  async exportRows(query: ConsultationQueryDto, user: AuthUser): Promise<ConsultationEntity[]> {
    const ids = (await this.filtered(query, user, new Date()).select('c.id').getMany()).map((r) => r.id);
    return loadInOrder(this.dataSource.manager, ConsultationEntity, ids, [
      { requestingOrgUnit: true, consultant: true },
      { linkedMeasures: true },
    ]);
  }

  /** The list's filters, the user's org-unit scope and the order, shared by the paged list and the export. */
  private filtered(query: ConsultationQueryDto, user: AuthUser, now: Date) {
    const staleDays = query.staleDays ?? DEFAULT_STALE_DAYS;
    const [column, direction] = sortOrder(query.sort, SORTABLE, ['c.requestedAt', 'DESC']);
    const qb = this.dataSource.manager
      .createQueryBuilder(ConsultationEntity, 'c')
      .innerJoinAndSelect('c.requestingOrgUnit', 'o')
      .leftJoinAndSelect('c.consultant', 'u');
    scopeToOrgUnit(qb, 'c.requestingOrgUnitId', user);
    if (query.q?.trim()) qb.andWhere("c.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
    if (query.category?.length) qb.andWhere('c.category IN (:...category)', { category: query.category });
    if (query.orgUnitId) qb.andWhere('c.requestingOrgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.consultantId) qb.andWhere('c.consultantId = :consultantId', { consultantId: query.consultantId });
    if (query.measureId) {
      qb.andWhere('c.id IN (SELECT l."consultationId" FROM consultation_measures l WHERE l."measureId" = :measureId)', {
        measureId: query.measureId,
      });
    }
    const threshold = new Date(now.getTime() - staleDays * 86_400_000);
    if (query.stale === 'true') qb.andWhere("c.status = 'REQUESTED' AND c.requestedAt < :threshold", { threshold });
    if (query.stale === 'false') qb.andWhere("(c.status <> 'REQUESTED' OR c.requestedAt >= :threshold)", { threshold });
    return qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('c.id', 'ASC');
  }

  /** Summaries of the consultations linked to a measure that the user may see. */
  async forMeasure(manager: EntityManager, measureId: string, user: AuthUser): Promise<ConsultationSummary[]> {
    const qb = manager
      .createQueryBuilder(ConsultationEntity, 'c')
      .innerJoinAndSelect('c.requestingOrgUnit', 'o')
      .leftJoinAndSelect('c.consultant', 'u')
      .where('c.id IN (SELECT l."consultationId" FROM consultation_measures l WHERE l."measureId" = :measureId)', { measureId });
    scopeToOrgUnit(qb, 'c.requestingOrgUnitId', user);
    const rows = await qb.orderBy('c.requestedAt', 'DESC').addOrderBy('c.id', 'ASC').getMany();
    return rows.map((r) => toConsultationSummary(r));
  }

  async get(
    id: string,
    user: AuthUser,
    staleDays = DEFAULT_STALE_DAYS,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Consultation> {
    const entity = await this.load(manager, id, user);
    return toConsultation(entity, user, staleDays);
  }

  async create(dto: CreateConsultationDto, user: AuthUser): Promise<Consultation> {
    const orgUnitId = this.requestingOrgUnit(dto.requestingOrgUnitId, user);
    if (dto.desiredDate) this.checkDesiredDate(dto.desiredDate);
    return this.handoffs.transaction(async (manager, notices) => {
      await loadOrgUnit(manager, orgUnitId, 'requestingOrgUnitId');
      const measures = await loadMeasures(manager, dto.linkedMeasureIds ?? []);
      const entity = manager.create(ConsultationEntity, {
        requestingOrgUnitId: orgUnitId,
        requestedById: user.id,
        topic: dto.topic,
        category: dto.category,
        description: dto.description,
        desiredDate: dto.desiredDate ?? null,
        procedureReference: dto.procedureReference ?? null,
        status: 'REQUESTED',
        consultantId: null,
        scheduledAt: null,
        outcome: null,
        recommendation: null,
        effortHours: null,
        declineReason: null,
        requestedAt: new Date(),
        closedAt: null,
        linkedMeasures: measures,
      });
      entity.searchText = consultationSearchText(entity);
      await manager.save(entity);
      const loaded = await this.load(manager, entity.id, user);
      await this.record(manager, user, 'CREATE', loaded, diff({}, this.auditShape(loaded), AUDITED));
      const consultation = toConsultation(loaded, user);
      // The Stabsstelle takes the request on: told in the same transaction, mailed after the commit.
      notices.push(...(await this.handoffs.consultationRequested(manager, user, consultation)));
      return consultation;
    });
  }

  /** The request's own fields: by the requesting department while nobody has scheduled it, by climate managers while open. */
  async update(id: string, dto: UpdateConsultationDto, user: AuthUser): Promise<Consultation> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(manager, id, user);
      if (!stabsstellePolicy.mayActFor(user, entity.requestingOrgUnitId)) {
        throw new ForbiddenException({ detail: 'Sie dürfen nur Anfragen Ihrer eigenen Organisationseinheit ändern.' });
      }
      if (entity.version !== version) throw staleVersion('Die Beratung');
      if (!isOpen(entity)) throw closed(entity, 'sie kann nicht mehr geändert werden.');
      if (entity.status !== 'REQUESTED' && !stabsstellePolicy.mayHandleConsultations(user)) {
        throw new ConflictException({
          detail: 'Die Beratung ist bereits terminiert; Änderungen bitte mit dem Klimaschutzmanagement absprechen.',
        });
      }
      if (changes.desiredDate && changes.desiredDate !== entity.desiredDate) this.checkDesiredDate(changes.desiredDate);
      const { linkedMeasureIds, ...columns } = changes;
      const measures = linkedMeasureIds ? await loadMeasures(manager, linkedMeasureIds) : entity.linkedMeasures!;
      const merged = { ...entity, ...columns };
      const result = await manager.update(
        ConsultationEntity,
        { id, version },
        { ...columns, searchText: consultationSearchText(merged), version: version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Beratung');
      await syncRelation(manager, ConsultationEntity, 'linkedMeasures', id, ids(entity.linkedMeasures), ids(measures));
      const before = this.auditShape(entity);
      const changeList = diff(before, { ...before, ...columns, linkedMeasureIds: ids(measures) }, AUDITED);
      if (changeList.length) await this.record(manager, user, 'UPDATE', entity, changeList);
      return this.get(id, user, DEFAULT_STALE_DAYS, manager);
    });
  }

  /** A climate manager takes the request on; another one may take it over while it is open. */
  async take(id: string, version: number | undefined, user: AuthUser): Promise<Consultation> {
    return this.transition(id, version, user, (c) => {
      if (!isOpen(c)) throw closed(c, 'sie kann nicht mehr übernommen werden.');
      return { consultantId: user.id };
    });
  }

  async schedule(id: string, dto: ScheduleConsultationDto, user: AuthUser): Promise<Consultation> {
    const scheduledAt = new Date(dto.scheduledAt);
    if (scheduledAt <= new Date()) throw fieldError('scheduledAt', 'Der Termin muss in der Zukunft liegen.');
    return this.transition(id, dto.version, user, async (c, manager) => {
      if (!isOpen(c)) throw closed(c, 'sie kann nicht mehr terminiert werden.');
      const consultantId = dto.consultantId ?? c.consultantId ?? user.id;
      if (dto.consultantId) await this.checkConsultant(manager, dto.consultantId);
      return { status: 'SCHEDULED', scheduledAt, consultantId };
    });
  }

  async complete(id: string, dto: CompleteConsultationDto, user: AuthUser): Promise<Consultation> {
    return this.transition(id, dto.version, user, (c) => {
      if (!isOpen(c)) throw closed(c, 'sie kann nicht erneut abgeschlossen werden.');
      return {
        status: 'DONE',
        outcome: dto.outcome,
        recommendation: dto.recommendation ?? null,
        effortHours: dto.effortHours,
        consultantId: c.consultantId ?? user.id,
        closedAt: new Date(),
      };
    });
  }

  async decline(id: string, dto: DeclineConsultationDto, user: AuthUser): Promise<Consultation> {
    return this.transition(id, dto.version, user, (c) => {
      if (!isOpen(c)) throw closed(c, 'sie kann nicht mehr abgelehnt werden.');
      return { status: 'DECLINED', declineReason: dto.reason, consultantId: c.consultantId ?? user.id, closedAt: new Date() };
    });
  }

  async history(id: string, user: AuthUser, page: number, pageSize: number): Promise<Page<AuditEvent>> {
    await this.load(this.dataSource.manager, id, user);
    return this.audit.list({ scopeId: id }, page, pageSize, user);
  }

  private async transition(
    id: string,
    version: number | undefined,
    user: AuthUser,
    next: (c: ConsultationEntity, manager: EntityManager) => Changes | Promise<Changes>,
  ): Promise<Consultation> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(manager, id, user);
      if (version !== undefined && entity.version !== version) throw staleVersion('Die Beratung');
      const changes = await next(entity, manager);
      const before = this.auditShape(entity);
      const changeList = diff(before, { ...before, ...changes }, AUDITED);
      // Taking a request one already has changes nothing, and leaves no trace.
      if (!changeList.length) return toConsultation(entity, user);
      const merged = { ...entity, ...changes };
      const result = await manager.update(
        ConsultationEntity,
        { id, version: entity.version },
        { ...changes, searchText: consultationSearchText(merged), version: entity.version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Beratung');
      await this.record(manager, user, 'UPDATE', entity, changeList);
      return this.get(id, user, DEFAULT_STALE_DAYS, manager);
    });
  }

  /** Loads a consultation the user may see; one of another department answers 404, like one that does not exist. */
  private async load(manager: EntityManager, id: string, user: AuthUser): Promise<ConsultationEntity> {
    const entity = await manager.findOne(ConsultationEntity, {
      where: { id },
      relations: { requestingOrgUnit: true, requestedBy: true, consultant: true, linkedMeasures: true },
    });
    if (!entity || !stabsstellePolicy.maySee(user, { orgUnitId: entity.requestingOrgUnitId })) throw notFound('Die Beratung');
    return entity;
  }

  private requestingOrgUnit(requested: string | undefined, user: AuthUser): string {
    if (user.role === 'DEPARTMENT') {
      if (!user.orgUnitId) throw new ForbiddenException({ detail: 'Ihrem Konto ist keine Organisationseinheit zugeordnet.' });
      if (requested && requested !== user.orgUnitId) {
        throw new ForbiddenException({ detail: 'Sie können Beratungen nur für Ihre eigene Organisationseinheit anfragen.' });
      }
      return user.orgUnitId;
    }
    if (!requested) throw fieldError('requestingOrgUnitId', 'Bitte die anfragende Organisationseinheit angeben.');
    return requested;
  }

  private checkDesiredDate(date: string) {
    if (date < todayInBerlin()) throw fieldError('desiredDate', 'Der Wunschtermin darf nicht in der Vergangenheit liegen.');
  }

  private async checkConsultant(manager: EntityManager, consultantId: string) {
    const consultant = await manager.findOne(UserEntity, { where: { id: consultantId, active: true, role: 'CLIMATE_MANAGER' } });
    if (!consultant)
      throw new BadRequestException({
        detail: 'Beraten kann nur eine aktive Person aus dem Klimaschutzmanagement.',
        errors: [{ field: 'consultantId', message: 'Keine aktive Person aus dem Klimaschutzmanagement.' }],
      });
  }

  private auditShape(c: ConsultationEntity): Audited {
    return {
      ...Object.fromEntries(AUDITED.map((f) => [f, (c as unknown as Record<string, unknown>)[f]])),
      linkedMeasureIds: ids(c.linkedMeasures),
    };
  }

  private async record(
    manager: EntityManager,
    user: AuthUser,
    action: 'CREATE' | 'UPDATE',
    c: ConsultationEntity,
    changes: ReturnType<typeof diff>,
  ) {
    await this.audit.record(manager, user, {
      action,
      entityType: 'consultation',
      entityId: c.id,
      entityLabel: `${c.requestingOrgUnit?.code ?? ''}: ${c.topic}`.slice(0, 300),
      changes,
    });
  }
}
