import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Indicator, IndicatorValue, Page } from '@klimaschutz/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { policy } from '../auth/policy';
import { duplicateCode, fieldError, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { definedOnly } from '../common/dto-rules';
import { CreateIndicatorDto, CreateIndicatorValueDto, IndicatorQueryDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { IndicatorEntity, IndicatorValueEntity } from './indicator.entity';
import { compareCodes } from '../common/collate';

const FIELDS = [
  'code',
  'name',
  'description',
  'unit',
  'direction',
  'baselineYear',
  'baselineValue',
  'targetYear',
  'targetValue',
  'fieldOfActionId',
  'measureIds',
] as const;

export const toIndicatorValue = (v: IndicatorValueEntity): IndicatorValue => ({
  id: v.id,
  indicatorId: v.indicatorId,
  date: v.date,
  value: v.value,
  source: v.source,
  note: v.note,
  author: v.authorName,
  createdAt: v.createdAt.toISOString(),
});

/** The straight path from baseline to target, read at a (fractional) year. */
export function pathValue(i: Pick<IndicatorEntity, 'baselineYear' | 'baselineValue' | 'targetYear' | 'targetValue'>, year: number): number {
  if (i.targetYear === i.baselineYear) return i.targetValue;
  const share = Math.min(1, Math.max(0, (year - i.baselineYear) / (i.targetYear - i.baselineYear)));
  return i.baselineValue + (i.targetValue - i.baselineValue) * share;
}

const yearOf = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return d.getUTCFullYear() + (d.getTime() - start) / (365.25 * 86_400_000);
};

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: IndicatorQueryDto, user: AuthUser): Promise<Page<Indicator>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, { code: 'i.code', name: 'i.name' }, ['i.code', 'ASC']);
    const qb = this.dataSource.manager.createQueryBuilder(IndicatorEntity, 'i');
    if (query.q) qb.andWhere("(LOWER(i.code) LIKE :q ESCAPE '\\' OR LOWER(i.name) LIKE :q ESCAPE '\\')", { q: likePattern(query.q) });
    if (query.fieldOfActionId) qb.andWhere('i.fieldOfActionId = :f', { f: query.fieldOfActionId });
    if (query.measureId)
      qb.andWhere('i.id IN (SELECT im."indicatorId" FROM indicator_measures im WHERE im."measureId" = :m)', { m: query.measureId });
    const [rows, total] = await qb.orderBy(column, direction).addOrderBy('i.id').skip(skip).take(pageSize).getManyAndCount();
    const items = await Promise.all(rows.map((r) => this.get(r.id, user)));
    return { items, total, page, pageSize };
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<Indicator> {
    const i = await manager.findOne(IndicatorEntity, {
      where: { id },
      relations: { fieldOfAction: true, measures: { participatingOrgUnits: true } },
    });
    if (!i) throw notFound('Die Kennzahl');
    const latest = await manager.findOne(IndicatorValueEntity, { where: { indicatorId: id }, order: { date: 'DESC' } });
    const expected = latest ? Math.round(pathValue(i, yearOf(latest.date)) * 1000) / 1000 : null;
    const measures = (i.measures ?? []).sort((a, b) => compareCodes(a.code, b.code));
    return {
      id: i.id,
      code: i.code,
      name: i.name,
      description: i.description,
      unit: i.unit,
      direction: i.direction,
      baselineYear: i.baselineYear,
      baselineValue: i.baselineValue,
      targetYear: i.targetYear,
      targetValue: i.targetValue,
      fieldOfAction: i.fieldOfAction ? { id: i.fieldOfAction.id, code: i.fieldOfAction.code, name: i.fieldOfAction.name } : null,
      measures: measures.map((m) => ({ id: m.id, code: m.code, title: m.title })),
      latestValue: latest ? toIndicatorValue(latest) : null,
      expectedAtLatest: expected,
      onPath: latest && expected !== null ? (i.direction === 'DOWN' ? latest.value <= expected : latest.value >= expected) : null,
      version: i.version,
      permissions: { edit: user.role === 'CLIMATE_MANAGER', addValues: this.mayAddValues(user, measures) },
    };
  }

  async create(dto: CreateIndicatorDto, user: AuthUser): Promise<Indicator> {
    this.checkYears(dto.baselineYear, dto.targetYear);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(IndicatorEntity, { code: dto.code })) throw duplicateCode('Eine Kennzahl', dto.code);
      const measures = await this.checkReferences(manager, dto.fieldOfActionId ?? null, dto.measureIds ?? []);
      const { measureIds: _ids, ...columns } = dto;
      const entity = manager.create(IndicatorEntity, { description: null, fieldOfActionId: null, ...columns, measures });
      await manager.save(entity);
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'indicator',
        entityId: entity.id,
        entityLabel: `${entity.code} ${entity.name}`,
        changes: diff({}, { ...entity, measureIds: measures.map((m) => m.id).sort() }, FIELDS),
      });
      return this.get(entity.id, user, manager);
    });
  }

  async update(id: string, dto: UpdateIndicatorDto, user: AuthUser): Promise<Indicator> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(IndicatorEntity, { where: { id }, relations: { measures: true } });
      if (!entity) throw notFound('Die Kennzahl');
      if (entity.version !== version) throw staleVersion('Die Kennzahl');
      if (changes.code && changes.code !== entity.code && (await manager.existsBy(IndicatorEntity, { code: changes.code }))) {
        throw duplicateCode('Eine Kennzahl', changes.code);
      }
      this.checkYears(changes.baselineYear ?? entity.baselineYear, changes.targetYear ?? entity.targetYear);
      const beforeIds = (entity.measures ?? []).map((m) => m.id).sort();
      const measures = await this.checkReferences(
        manager,
        changes.fieldOfActionId === undefined ? entity.fieldOfActionId : changes.fieldOfActionId,
        changes.measureIds ?? beforeIds,
      );
      const { measureIds, ...columns } = changes;
      const result = await manager.update(IndicatorEntity, { id, version }, { ...columns, version: version + 1 });
      if (!result.affected) throw staleVersion('Die Kennzahl');
      if (measureIds) {
        const afterIds = measures.map((m) => m.id);
        await manager
          .createQueryBuilder()
          .relation(IndicatorEntity, 'measures')
          .of(id)
          .addAndRemove(
            afterIds.filter((m) => !beforeIds.includes(m)),
            beforeIds.filter((m) => !afterIds.includes(m)),
          );
      }
      const before = { ...entity, measureIds: beforeIds };
      const after = { ...entity, ...columns, measureIds: measures.map((m) => m.id).sort() };
      await this.audit.record(manager, user, {
        action: 'UPDATE',
        entityType: 'indicator',
        entityId: id,
        entityLabel: `${after.code} ${after.name}`,
        changes: diff(before, after, FIELDS),
      });
      return this.get(id, user, manager);
    });
  }

  async values(id: string): Promise<IndicatorValue[]> {
    if (!(await this.dataSource.manager.existsBy(IndicatorEntity, { id }))) throw notFound('Die Kennzahl');
    const rows = await this.dataSource.manager.find(IndicatorValueEntity, { where: { indicatorId: id }, order: { date: 'ASC' } });
    return rows.map(toIndicatorValue);
  }

  /** Climate managers, and departments taking part in a linked measure, enter values. */
  async addValue(id: string, dto: CreateIndicatorValueDto, user: AuthUser): Promise<IndicatorValue> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await manager.findOne(IndicatorEntity, { where: { id }, relations: { measures: { participatingOrgUnits: true } } });
      if (!indicator) throw notFound('Die Kennzahl');
      if (!this.mayAddValues(user, indicator.measures ?? [])) {
        throw new ForbiddenException({
          detail: 'Werte dürfen nur das Klimaschutzmanagement und die an verknüpften Maßnahmen beteiligten Fachbereiche erfassen.',
        });
      }
      if (dto.date > new Date().toISOString().slice(0, 10)) throw fieldError('date', 'Werte können nicht für die Zukunft erfasst werden.');
      if (await manager.existsBy(IndicatorValueEntity, { indicatorId: id, date: dto.date })) {
        throw new ConflictException({
          detail: `Für den ${dto.date} gibt es bereits einen Wert.`,
          errors: [{ field: 'date', message: 'Für dieses Datum gibt es bereits einen Wert.' }],
        });
      }
      const value = manager.create(IndicatorValueEntity, {
        indicatorId: id,
        date: dto.date,
        value: dto.value,
        source: dto.source ?? null,
        note: dto.note ?? null,
        authorId: user.id,
        authorName: user.displayName,
        createdAt: new Date(),
      });
      await manager.insert(IndicatorValueEntity, value);
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'indicator-value',
        entityId: value.id,
        entityLabel: `${indicator.code} ${dto.date}`,
        scopeId: id,
        changes: [{ field: 'value', before: null, after: dto.value }],
      });
      return toIndicatorValue(value);
    });
  }

  async removeValue(id: string, valueId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const value = await manager.findOne(IndicatorValueEntity, { where: { id: valueId, indicatorId: id } });
      if (!value) throw notFound('Der Wert');
      if (user.role !== 'CLIMATE_MANAGER' && value.authorId !== user.id) {
        throw new ForbiddenException({ detail: 'Nur das Klimaschutzmanagement oder wer den Wert erfasst hat, darf ihn löschen.' });
      }
      await manager.delete(IndicatorValueEntity, { id: valueId });
      await this.audit.record(manager, user, {
        action: 'DELETE',
        entityType: 'indicator-value',
        entityId: valueId,
        entityLabel: value.date,
        scopeId: id,
        changes: [{ field: 'value', before: value.value, after: null }],
      });
    });
  }

  private mayAddValues(user: AuthUser, measures: MeasureEntity[]): boolean {
    if (user.role === 'CLIMATE_MANAGER') return true;
    if (user.role !== 'DEPARTMENT') return false;
    return measures.some((m) =>
      policy.takesPart(user, { leadOrgUnitId: m.leadOrgUnitId, participatingOrgUnitIds: (m.participatingOrgUnits ?? []).map((o) => o.id) }),
    );
  }

  private checkYears(baselineYear: number, targetYear: number) {
    if (targetYear <= baselineYear) throw fieldError('targetYear', 'Das Zieljahr muss nach dem Basisjahr liegen.');
  }

  private async checkReferences(manager: EntityManager, fieldOfActionId: string | null, measureIds: string[]) {
    if (fieldOfActionId && !(await manager.existsBy(FieldOfActionEntity, { id: fieldOfActionId }))) {
      throw fieldError('fieldOfActionId', 'Das Handlungsfeld existiert nicht.');
    }
    if (!measureIds.length) return [];
    const measures = await manager.findBy(MeasureEntity, { id: In(measureIds) });
    if (measures.length !== measureIds.length) throw fieldError('measureIds', 'Mindestens eine Maßnahme existiert nicht.');
    return measures;
  }
}
