import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import {
  CLIMATE_CRITERIA,
  CLIMATE_CRITERION_LABELS,
  type AuditEvent,
  type ClimateCheck,
  type ClimateCheckSummary,
  type Page,
} from '@klimaschutz/contracts';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { fieldError, fieldErrors, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { definedOnly } from '../common/dto-rules';
import { HandoffNotifier } from '../notifications/handoff-notifier';
import { ids, loadInOrder, loadMeasures, loadOrgUnit, scopeToOrgUnit, searchText, syncRelation } from '../stabsstelle/record-store';
import { ClimateCheckEntity } from './climate-check.entity';
import { criteriaOf, impactColumn, reasonColumn, toClimateCheck, toClimateCheckSummary } from './climate-checks.mapper';
import {
  ClimateCheckQueryDto,
  CreateClimateCheckDto,
  CriteriaDto,
  ReviewClimateCheckDto,
  UpdateClimateCheckDto,
} from './dto/climate-check.dto';

const CRITERION_FIELDS = CLIMATE_CRITERIA.flatMap((k) => [impactColumn(k), reasonColumn(k)]);

const AUDITED = [
  'subjectType',
  'reference',
  'title',
  'description',
  'orgUnitId',
  'climateRelevant',
  'relevanceReason',
  ...CRITERION_FIELDS,
  'estimatedGhgEffectT',
  'alternatives',
  'linkedMeasureIds',
  'status',
  'statement',
] as const;

const SORTABLE = {
  updatedAt: 'c.updatedAt',
  reference: 'c.reference',
  title: 'c.title',
  status: 'c.status',
  subjectType: 'c.subjectType',
  submittedAt: 'c.submittedAt',
  reviewedAt: 'c.reviewedAt',
};

type Audited = Partial<Record<(typeof AUDITED)[number], unknown>>;
type CriterionValues = Partial<Pick<ClimateCheckEntity, (typeof CRITERION_FIELDS)[number]>>;

const STATUS_WORDS = { DRAFT: 'noch ein Entwurf', SUBMITTED: 'bereits eingereicht', REVIEWED: 'bereits geprüft' } as const;
const wrongStatus = (c: ClimateCheckEntity, what: string) =>
  new ConflictException({ detail: `Der Klimacheck ist ${STATUS_WORDS[c.status]}; ${what}` });

export const climateCheckSearchText = (c: Pick<ClimateCheckEntity, 'reference' | 'title' | 'description' | 'alternatives' | 'statement'>) =>
  searchText(c.reference, c.title, c.description, c.alternatives, c.statement);

/** Turns the criteria of a request into column values; a criterion given as null is cleared. */
function criterionColumns(criteria: CriteriaDto | undefined): CriterionValues {
  const values: Record<string, unknown> = {};
  for (const key of CLIMATE_CRITERIA) {
    const given = criteria?.[key];
    if (given === undefined) continue;
    values[impactColumn(key)] = given?.impact ?? null;
    values[reasonColumn(key)] = given?.reason ?? null;
  }
  return values as CriterionValues;
}

@Injectable()
export class ClimateChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffNotifier,
  ) {}

  async list(query: ClimateCheckQueryDto, user: AuthUser): Promise<Page<ClimateCheckSummary>> {
    const { page, pageSize, skip } = paging(query);
    const [rows, total] = await this.filtered(query, user).skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toClimateCheckSummary), total, page, pageSize };
  }

  /** Every check the list shows this user for these filters (all pages, same order), with its linked measures. */
  async exportRows(query: ClimateCheckQueryDto, user: AuthUser): Promise<ClimateCheckEntity[]> {
    const ids = (await this.filtered(query, user).select('c.id').getMany()).map((r) => r.id);
    return loadInOrder(this.dataSource.manager, ClimateCheckEntity, ids, [{ orgUnit: true }, { linkedMeasures: true }]);
  }

  /** The list's filters, the user's org-unit scope and the order, shared by the paged list and the export. */
  private filtered(query: ClimateCheckQueryDto, user: AuthUser) {
    const [column, direction] = sortOrder(query.sort, SORTABLE, ['c.updatedAt', 'DESC']);
    const qb = this.dataSource.manager.createQueryBuilder(ClimateCheckEntity, 'c').innerJoinAndSelect('c.orgUnit', 'o');
    scopeToOrgUnit(qb, 'c.orgUnitId', user);
    if (query.q?.trim()) qb.andWhere("c.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
    if (query.subjectType?.length) qb.andWhere('c.subjectType IN (:...subjectType)', { subjectType: query.subjectType });
    if (query.orgUnitId) qb.andWhere('c.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.climateRelevant) qb.andWhere('c.climateRelevant = :relevant', { relevant: query.climateRelevant === 'true' });
    if (query.measureId) {
      qb.andWhere('c.id IN (SELECT l."climateCheckId" FROM climate_check_measures l WHERE l."measureId" = :measureId)', {
        measureId: query.measureId,
      });
    }
    if (query.impact?.length) {
      qb.andWhere(
        new Brackets((w) => {
          for (const key of CLIMATE_CRITERIA) w.orWhere(`c.${impactColumn(key)} IN (:...impact)`, { impact: query.impact });
        }),
      );
    }
    return qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('c.id', 'ASC');
  }

  /** Summaries of the checks linked to a measure that the user may see. */
  async forMeasure(manager: EntityManager, measureId: string, user: AuthUser): Promise<ClimateCheckSummary[]> {
    const qb = manager
      .createQueryBuilder(ClimateCheckEntity, 'c')
      .innerJoinAndSelect('c.orgUnit', 'o')
      .where('c.id IN (SELECT l."climateCheckId" FROM climate_check_measures l WHERE l."measureId" = :measureId)', { measureId });
    scopeToOrgUnit(qb, 'c.orgUnitId', user);
    const rows = await qb.orderBy('c.updatedAt', 'DESC').addOrderBy('c.title', 'ASC').addOrderBy('c.id', 'ASC').getMany();
    return rows.map(toClimateCheckSummary);
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<ClimateCheck> {
    return toClimateCheck(await this.load(manager, id, user), user);
  }

  async create(dto: CreateClimateCheckDto, user: AuthUser): Promise<ClimateCheck> {
    const orgUnitId = this.orgUnitFor(dto.orgUnitId, user);
    return this.dataSource.transaction(async (manager) => {
      await loadOrgUnit(manager, orgUnitId, 'orgUnitId');
      const measures = await loadMeasures(manager, dto.linkedMeasureIds ?? []);
      const empty = Object.fromEntries(CRITERION_FIELDS.map((f) => [f, null]));
      const entity = manager.create(ClimateCheckEntity, {
        subjectType: dto.subjectType,
        reference: dto.reference ?? null,
        title: dto.title,
        description: dto.description ?? null,
        orgUnitId,
        createdById: user.id,
        climateRelevant: dto.climateRelevant ?? null,
        relevanceReason: dto.relevanceReason ?? null,
        ...empty,
        ...criterionColumns(dto.criteria),
        estimatedGhgEffectT: dto.estimatedGhgEffectT ?? null,
        alternatives: dto.alternatives ?? null,
        statement: null,
        status: 'DRAFT',
        submittedAt: null,
        submittedById: null,
        reviewedAt: null,
        reviewedById: null,
        linkedMeasures: measures,
      });
      entity.searchText = climateCheckSearchText(entity);
      await manager.save(entity);
      const loaded = await this.load(manager, entity.id, user);
      await this.record(manager, user, 'CREATE', loaded, diff({}, this.auditShape(loaded), AUDITED));
      return toClimateCheck(loaded, user);
    });
  }

  async update(id: string, dto: UpdateClimateCheckDto, user: AuthUser): Promise<ClimateCheck> {
    const { version, criteria, linkedMeasureIds, ...rest } = dto;
    const columns = { ...definedOnly(rest), ...criterionColumns(criteria) };
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(manager, id, user);
      this.checkAuthor(entity, user);
      if (columns.orgUnitId && columns.orgUnitId !== entity.orgUnitId) {
        if (!stabsstellePolicy.mayReviewClimateChecks(user)) {
          throw new ForbiddenException({
            detail: 'Nur das Klimaschutzmanagement kann einen Klimacheck einer anderen Organisationseinheit zuordnen.',
          });
        }
        await loadOrgUnit(manager, columns.orgUnitId, 'orgUnitId');
      }
      if (entity.version !== version) throw staleVersion('Der Klimacheck');
      if (entity.status !== 'DRAFT') throw wrongStatus(entity, 'nur Entwürfe können geändert werden.');
      const measures = linkedMeasureIds ? await loadMeasures(manager, linkedMeasureIds) : entity.linkedMeasures!;
      const merged = { ...entity, ...columns };
      const result = await manager.update(
        ClimateCheckEntity,
        { id, version },
        { ...columns, searchText: climateCheckSearchText(merged), version: version + 1 },
      );
      if (!result.affected) throw staleVersion('Der Klimacheck');
      await syncRelation(manager, ClimateCheckEntity, 'linkedMeasures', id, ids(entity.linkedMeasures), ids(measures));
      const before = this.auditShape(entity);
      const changeList = diff(before, { ...before, ...columns, linkedMeasureIds: ids(measures) }, AUDITED);
      if (changeList.length) await this.record(manager, user, 'UPDATE', entity, changeList);
      return this.get(id, user, manager);
    });
  }

  /** DRAFT → SUBMITTED, once the quick check is answered and, for a climate-relevant subject, every criterion rated. */
  async submit(id: string, version: number | undefined, user: AuthUser): Promise<ClimateCheck> {
    return this.transition(
      id,
      version,
      user,
      (c) => {
        this.checkAuthor(c, user);
        if (c.status !== 'DRAFT') throw wrongStatus(c, 'er kann nicht erneut eingereicht werden.');
        this.checkComplete(c);
        return { status: 'SUBMITTED', submittedAt: new Date(), submittedById: user.id };
      },
      // The climate managers review it.
      (manager, check) => this.handoffs.climateCheckSubmitted(manager, user, check),
    );
  }

  /** SUBMITTED → REVIEWED with the climate managers' statement; the check is final from then on. */
  async review(id: string, dto: ReviewClimateCheckDto, user: AuthUser): Promise<ClimateCheck> {
    return this.transition(id, dto.version, user, (c) => {
      if (c.status === 'DRAFT') throw wrongStatus(c, 'er muss erst eingereicht werden, bevor er geprüft werden kann.');
      if (c.status === 'REVIEWED') throw wrongStatus(c, 'die Stellungnahme kann nicht mehr geändert werden.');
      return { status: 'REVIEWED', statement: dto.statement, reviewedAt: new Date(), reviewedById: user.id };
    });
  }

  /** Only drafts can be deleted: what was submitted stays on record. */
  async remove(id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entity = await this.load(manager, id, user);
      this.checkAuthor(entity, user);
      if (entity.status !== 'DRAFT') throw wrongStatus(entity, 'nur Entwürfe können gelöscht werden.');
      const result = await manager.delete(ClimateCheckEntity, { id, version: entity.version });
      if (!result.affected) throw staleVersion('Der Klimacheck');
      await this.record(manager, user, 'DELETE', entity, diff(this.auditShape(entity), {}, AUDITED));
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
    next: (c: ClimateCheckEntity) => Partial<ClimateCheckEntity>,
    handoff?: (manager: EntityManager, check: ClimateCheck) => Promise<string[]>,
  ): Promise<ClimateCheck> {
    return this.handoffs.transaction(async (manager, notices) => {
      const entity = await this.load(manager, id, user);
      if (version !== undefined && entity.version !== version) throw staleVersion('Der Klimacheck');
      const changes = next(entity);
      const merged = { ...entity, ...changes };
      const result = await manager.update(
        ClimateCheckEntity,
        { id, version: entity.version },
        { ...changes, searchText: climateCheckSearchText(merged), version: entity.version + 1 },
      );
      if (!result.affected) throw staleVersion('Der Klimacheck');
      const before = this.auditShape(entity);
      await this.record(manager, user, 'UPDATE', entity, diff(before, { ...before, ...changes }, AUDITED));
      const check = await this.get(id, user, manager);
      if (handoff) notices.push(...(await handoff(manager, check)));
      return check;
    });
  }

  /** Loads a check the user may see; one of another department answers 404, like one that does not exist. */
  private async load(manager: EntityManager, id: string, user: AuthUser): Promise<ClimateCheckEntity> {
    const entity = await manager.findOne(ClimateCheckEntity, {
      where: { id },
      relations: { orgUnit: true, createdBy: true, submittedBy: true, reviewedBy: true, linkedMeasures: true },
    });
    if (!entity || !stabsstellePolicy.maySee(user, entity)) throw notFound('Der Klimacheck');
    return entity;
  }

  private checkAuthor(c: ClimateCheckEntity, user: AuthUser) {
    if (!stabsstellePolicy.mayActFor(user, c.orgUnitId)) {
      throw new ForbiddenException({ detail: 'Sie dürfen nur Klimachecks Ihrer eigenen Organisationseinheit bearbeiten.' });
    }
  }

  private orgUnitFor(requested: string | undefined, user: AuthUser): string {
    if (user.role === 'DEPARTMENT') {
      if (!user.orgUnitId) throw new ForbiddenException({ detail: 'Ihrem Konto ist keine Organisationseinheit zugeordnet.' });
      if (requested && requested !== user.orgUnitId) {
        throw new ForbiddenException({ detail: 'Sie können Klimachecks nur für Ihre eigene Organisationseinheit anlegen.' });
      }
      return user.orgUnitId;
    }
    if (!requested) throw fieldError('orgUnitId', 'Bitte die einreichende Organisationseinheit angeben.');
    return requested;
  }

  private checkComplete(c: ClimateCheckEntity) {
    const errors: { field: string; message: string }[] = [];
    if (c.subjectType === 'COUNCIL_PROPOSAL' && !c.reference) {
      errors.push({ field: 'reference', message: 'Für eine Beschlussvorlage ist die Vorlagennummer anzugeben.' });
    }
    if (c.climateRelevant === null) {
      errors.push({ field: 'climateRelevant', message: 'Bitte die Vorprüfung beantworten: Ist das Vorhaben klimarelevant?' });
    }
    if (!c.relevanceReason) errors.push({ field: 'relevanceReason', message: 'Bitte die Einschätzung der Klimarelevanz begründen.' });
    if (c.climateRelevant) {
      const criteria = criteriaOf(c);
      for (const key of CLIMATE_CRITERIA) {
        if (!criteria[key].impact) {
          errors.push({
            field: `criteria.${key}.impact`,
            message: `Bitte die Auswirkung auf „${CLIMATE_CRITERION_LABELS[key]}“ bewerten (notfalls „nicht abschätzbar“).`,
          });
        } else if (criteria[key].impact === 'NEGATIVE' && !criteria[key].reason) {
          errors.push({ field: `criteria.${key}.reason`, message: 'Eine negative Bewertung muss begründet werden.' });
        }
      }
    }
    if (errors.length) throw fieldErrors(`Der Klimacheck ist noch unvollständig: ${errors.map((e) => e.field).join(', ')}`, errors);
  }

  private auditShape(c: ClimateCheckEntity): Audited {
    return {
      ...Object.fromEntries(AUDITED.map((f) => [f, (c as unknown as Record<string, unknown>)[f]])),
      linkedMeasureIds: ids(c.linkedMeasures),
    };
  }

  private async record(
    manager: EntityManager,
    user: AuthUser,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    c: ClimateCheckEntity,
    changes: ReturnType<typeof diff>,
  ) {
    await this.audit.record(manager, user, {
      action,
      entityType: 'climate-check',
      entityId: c.id,
      entityLabel: (c.reference ? `${c.reference}: ${c.title}` : c.title).slice(0, 300),
      changes,
    });
  }
}
