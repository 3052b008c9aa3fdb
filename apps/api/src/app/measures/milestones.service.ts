import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Milestone } from '@klimaschutz/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { policy } from '../auth/policy';
import { fieldError, notFound, staleVersion } from '../common/errors';
import { HandoffNotifier } from '../notifications/handoff-notifier';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MilestoneEntity } from './milestone.entity';
import { toMilestone } from './measures.mapper';
import { definedOnly } from '../common/dto-rules';
import { MeasuresService } from './measures.service';

const FIELDS = ['title', 'responsibleOrgUnitId', 'dueDate', 'state', 'doneDate'] as const;
/** What a department may change on a milestone of its own org unit: whether and when it was done. */
const DEPARTMENT_FIELDS = ['state', 'doneDate'];

@Injectable()
export class MilestonesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffNotifier,
  ) {}

  async list(measureId: string): Promise<Milestone[]> {
    await this.measures.scopeOf(measureId);
    const rows = await this.dataSource.manager.find(MilestoneEntity, {
      where: { measureId },
      relations: { responsibleOrgUnit: true },
      order: { dueDate: 'ASC', title: 'ASC' },
    });
    return rows.map(toMilestone);
  }

  async create(measureId: string, dto: CreateMilestoneDto, user: AuthUser): Promise<Milestone> {
    return this.handoffs.transaction(async (manager, notices) => {
      const scope = await this.measures.scopeOf(measureId, manager);
      if (scope.entity.archivedAt) throw new BadRequestException({ detail: 'Die Maßnahme ist archiviert.' });
      const values = {
        title: dto.title,
        responsibleOrgUnitId: dto.responsibleOrgUnitId ?? null,
        dueDate: dto.dueDate ?? null,
        state: dto.state ?? 'OPEN',
        doneDate: dto.doneDate ?? null,
      };
      this.check(values, scope);
      const entity = manager.create(MilestoneEntity, { measureId, ...values });
      if (entity.state === 'DONE' && !entity.doneDate) entity.doneDate = today();
      await manager.save(entity);
      await this.record(manager, user, 'CREATE', entity, scope.entity.code, diff({}, entity, FIELDS));
      const created = await this.reload(manager, entity.id);
      notices.push(...(await this.assigned(manager, user, scope.entity, created)));
      return created;
    });
  }

  async update(measureId: string, id: string, dto: UpdateMilestoneDto, user: AuthUser): Promise<Milestone> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.handoffs.transaction(async (manager, notices) => {
      const scope = await this.measures.scopeOf(measureId, manager);
      const entity = await manager.findOne(MilestoneEntity, { where: { id, measureId } });
      if (!entity) throw notFound('Der Meilenstein');
      if (!policy.mayManageMilestones(user)) {
        const beyond = Object.keys(changes).filter((f) => !DEPARTMENT_FIELDS.includes(f));
        if (!policy.mayUpdateMilestoneState(user, entity) || beyond.length) {
          throw new ForbiddenException({
            detail: 'Sie dürfen nur Meilensteine Ihrer eigenen Organisationseinheit als erledigt markieren.',
          });
        }
      }
      if (scope.entity.archivedAt) throw new BadRequestException({ detail: 'Die Maßnahme ist archiviert.' });
      if (entity.version !== version) throw staleVersion('Der Meilenstein');
      const merged = { ...entity, ...changes };
      if (changes.state === 'DONE' && !merged.doneDate) merged.doneDate = today();
      if (changes.state && changes.state !== 'DONE' && changes.doneDate === undefined) merged.doneDate = null;
      this.check(merged, scope);
      const columns = {
        title: merged.title,
        responsibleOrgUnitId: merged.responsibleOrgUnitId,
        dueDate: merged.dueDate,
        state: merged.state,
        doneDate: merged.doneDate,
      };
      const result = await manager.update(MilestoneEntity, { id, version }, { ...columns, version: version + 1 });
      if (!result.affected) throw staleVersion('Der Meilenstein');
      await this.record(manager, user, 'UPDATE', merged, scope.entity.code, diff(entity, merged, FIELDS));
      const updated = await this.reload(manager, id);
      if (updated.responsibleOrgUnit?.id !== entity.responsibleOrgUnitId)
        notices.push(...(await this.assigned(manager, user, scope.entity, updated)));
      return updated;
    });
  }

  async remove(measureId: string, id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.measures.scopeOf(measureId, manager);
      const entity = await manager.findOne(MilestoneEntity, { where: { id, measureId } });
      if (!entity) throw notFound('Der Meilenstein');
      await manager.delete(MilestoneEntity, { id });
      await this.record(manager, user, 'DELETE', entity, scope.entity.code, diff(entity, {}, FIELDS));
    });
  }

  /** A milestone given to an org unit: its users hear of it (in the transaction; mailed after the commit). */
  private async assigned(
    manager: EntityManager,
    user: AuthUser,
    measure: { id: string; code: string; title: string },
    milestone: Milestone,
  ): Promise<string[]> {
    if (!milestone.responsibleOrgUnit || milestone.state !== 'OPEN') return [];
    return this.handoffs.milestoneAssigned(manager, user, { ...milestone, measure, orgUnit: milestone.responsibleOrgUnit });
  }

  private check(
    m: { responsibleOrgUnitId: string | null; state: string; doneDate: string | null },
    scope: { leadOrgUnitId: string; participatingOrgUnitIds: string[] },
  ) {
    if (
      m.responsibleOrgUnitId &&
      m.responsibleOrgUnitId !== scope.leadOrgUnitId &&
      !scope.participatingOrgUnitIds.includes(m.responsibleOrgUnitId)
    ) {
      throw fieldError('responsibleOrgUnitId', 'Verantwortlich kann nur die federführende oder eine beteiligte Organisationseinheit sein.');
    }
    if (m.doneDate && m.state !== 'DONE') throw fieldError('doneDate', 'Ein Erledigungsdatum gibt es nur für erledigte Meilensteine.');
  }

  private async record(
    manager: EntityManager,
    user: AuthUser,
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    m: MilestoneEntity,
    code: string,
    changes: ReturnType<typeof diff>,
  ) {
    await this.audit.record(manager, user, {
      action,
      entityType: 'milestone',
      entityId: m.id,
      entityLabel: `${code}: ${m.title}`,
      scopeId: m.measureId,
      changes,
    });
  }

  private async reload(manager: EntityManager, id: string): Promise<Milestone> {
    const entity = await manager.findOneOrFail(MilestoneEntity, { where: { id }, relations: { responsibleOrgUnit: true } });
    return toMilestone(entity);
  }
}

const today = () => new Date().toISOString().slice(0, 10);
