import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrgUnit, Page } from '@klimaschutz/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService, type RecordAudit } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { definedOnly } from '../common/dto-rules';
import { notFound } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { CreateOrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './org-units.dto';
import { OrgUnitEntity } from './org-unit.entity';
import { toOrgUnit } from './org-units.mapper';
import { createOrgUnit, updateOrgUnit } from './org-unit-writes';

@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectRepository(OrgUnitEntity) private readonly orgUnits: Repository<OrgUnitEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrgUnitQueryDto): Promise<Page<OrgUnit>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, { code: 'o.code', name: 'o.name', kind: 'o.kind' }, ['o.code', 'ASC']);
    const qb = this.orgUnits.createQueryBuilder('o');
    if (query.q) {
      qb.andWhere("(LOWER(o.code) LIKE :q ESCAPE '\\' OR LOWER(o.name) LIKE :q ESCAPE '\\')", { q: likePattern(query.q) });
    }
    if (query.active) qb.andWhere('o.active = :active', { active: query.active === 'true' });
    const [rows, total] = await qb.orderBy(column, direction).addOrderBy('o.id').skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toOrgUnit), total, page, pageSize };
  }

  async get(id: string): Promise<OrgUnit> {
    const entity = await this.orgUnits.findOne({ where: { id } });
    if (!entity) throw notFound('Die Organisationseinheit');
    return toOrgUnit(entity);
  }

  async create(dto: CreateOrgUnitDto, actor: AuthUser): Promise<OrgUnit> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.parentId) await this.requireParent(manager.getRepository(OrgUnitEntity), dto.parentId, null);
      return toOrgUnit(await createOrgUnit(manager, this.recordAs(actor), dto));
    });
  }

  async update(id: string, dto: UpdateOrgUnitDto, actor: AuthUser): Promise<OrgUnit> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(OrgUnitEntity);
      const entity = await repo.findOne({ where: { id } });
      if (!entity) throw notFound('Die Organisationseinheit');
      if (dto.parentId) await this.requireParent(repo, dto.parentId, id);
      const { version, ...changes } = dto;
      return toOrgUnit(await updateOrgUnit(manager, this.recordAs(actor), entity, definedOnly(changes), version));
    });
  }

  private recordAs(actor: AuthUser): RecordAudit {
    return (manager, entry) => this.audit.record(manager, actor, entry);
  }

  /** The parent must exist and must not be the unit itself or one of its descendants (no cycles). */
  private async requireParent(repo: Repository<OrgUnitEntity>, parentId: string, selfId: string | null) {
    const parentError = (message: string) => new BadRequestException({ detail: message, errors: [{ field: 'parentId', message }] });
    let cursor: string | null = parentId;
    const seen = new Set<string>();
    while (cursor) {
      if (cursor === selfId) throw parentError('Eine Einheit kann nicht unter sich selbst oder ihren Untereinheiten stehen.');
      if (seen.has(cursor)) break;
      seen.add(cursor);
      const node: OrgUnitEntity | null = await repo.findOne({ where: { id: cursor }, select: { id: true, parentId: true } });
      if (!node) {
        if (cursor === parentId) throw parentError('Die übergeordnete Einheit existiert nicht.');
        break;
      }
      cursor = node.parentId;
    }
  }
}
