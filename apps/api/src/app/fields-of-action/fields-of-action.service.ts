import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FieldOfAction, Page } from '@klimaschutz/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService, diff } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { duplicateCode, notFound, staleVersion } from '../common/errors';
import { ListQueryDto, paging, sortOrder } from '../common/paging';
import { CreateFieldOfActionDto, UpdateFieldOfActionDto } from './fields-of-action.dto';
import { FieldOfActionEntity } from './field-of-action.entity';

const FIELDS = ['code', 'name', 'description', 'sortOrder', 'colour'] as const;

export const toFieldOfAction = (e: FieldOfActionEntity): FieldOfAction => ({
  id: e.id,
  code: e.code,
  name: e.name,
  description: e.description,
  sortOrder: e.sortOrder,
  colour: e.colour,
  version: e.version,
});

@Injectable()
export class FieldsOfActionService {
  constructor(
    @InjectRepository(FieldOfActionEntity) private readonly fields: Repository<FieldOfActionEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQueryDto): Promise<Page<FieldOfAction>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, { sortOrder: 'f.sortOrder', code: 'f.code', name: 'f.name' }, ['f.sortOrder', 'ASC']);
    const [rows, total] = await this.fields
      .createQueryBuilder('f')
      .orderBy(column, direction)
      .addOrderBy('f.code')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toFieldOfAction), total, page, pageSize };
  }

  async get(id: string): Promise<FieldOfAction> {
    const entity = await this.fields.findOne({ where: { id } });
    if (!entity) throw notFound('Das Handlungsfeld');
    return toFieldOfAction(entity);
  }

  async create(dto: CreateFieldOfActionDto, actor: AuthUser): Promise<FieldOfAction> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(FieldOfActionEntity, { code: dto.code })) throw duplicateCode('Ein Handlungsfeld', dto.code);
      const entity = manager.create(FieldOfActionEntity, {
        code: dto.code,
        name: dto.name,
        description: dto.description ?? null,
        sortOrder: dto.sortOrder ?? 0,
        colour: dto.colour ?? '#1b5e20',
      });
      await manager.save(entity);
      await this.audit.record(manager, actor, {
        action: 'CREATE',
        entityType: 'field-of-action',
        entityId: entity.id,
        entityLabel: `${entity.code} ${entity.name}`,
        changes: diff({}, entity, FIELDS),
      });
      return toFieldOfAction(entity);
    });
  }

  async update(id: string, dto: UpdateFieldOfActionDto, actor: AuthUser): Promise<FieldOfAction> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(FieldOfActionEntity, { where: { id } });
      if (!entity) throw notFound('Das Handlungsfeld');
      if (entity.version !== dto.version) throw staleVersion('Das Handlungsfeld');
      if (dto.code && dto.code !== entity.code && (await manager.existsBy(FieldOfActionEntity, { code: dto.code }))) {
        throw duplicateCode('Ein Handlungsfeld', dto.code);
      }
      const { version, ...changes } = dto;
      const before = { ...entity };
      const result = await manager.update(FieldOfActionEntity, { id, version }, { ...changes, version: version + 1 });
      if (!result.affected) throw staleVersion('Das Handlungsfeld');
      Object.assign(entity, changes, { version: version + 1 });
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        entityType: 'field-of-action',
        entityId: id,
        entityLabel: `${entity.code} ${entity.name}`,
        changes: diff(before, entity, FIELDS),
      });
      return toFieldOfAction(entity);
    });
  }
}
