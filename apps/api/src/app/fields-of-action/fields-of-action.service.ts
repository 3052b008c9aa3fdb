import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FieldOfAction, Page } from '@klimaschutz/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService, type RecordAudit } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { definedOnly } from '../common/dto-rules';
import { notFound } from '../common/errors';
import { ListQueryDto, paging, sortOrder } from '../common/paging';
import { CreateFieldOfActionDto, UpdateFieldOfActionDto } from './fields-of-action.dto';
import { FieldOfActionEntity } from './field-of-action.entity';
import { createFieldOfAction, updateFieldOfAction } from './field-of-action-writes';

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
    return this.dataSource.transaction(async (manager) => toFieldOfAction(await createFieldOfAction(manager, this.recordAs(actor), dto)));
  }

  async update(id: string, dto: UpdateFieldOfActionDto, actor: AuthUser): Promise<FieldOfAction> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(FieldOfActionEntity, { where: { id } });
      if (!entity) throw notFound('Das Handlungsfeld');
      const { version, ...changes } = dto;
      return toFieldOfAction(await updateFieldOfAction(manager, this.recordAs(actor), entity, definedOnly(changes), version));
    });
  }

  private recordAs(actor: AuthUser): RecordAudit {
    return (manager, entry) => this.audit.record(manager, actor, entry);
  }
}
