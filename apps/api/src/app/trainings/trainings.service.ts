import { ConflictException, Injectable } from '@nestjs/common';
import type {
  AuditEvent,
  Page,
  Training,
  TrainingFeedbackEntry,
  TrainingFeedbackList,
  TrainingParticipants,
  TrainingStats,
  TrainingSummary,
  TrainingTopic,
} from '@klimaschutz/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diff } from '../audit/audit-entry';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { dateInBerlin, nextDay, startOfDayInBerlin, todayInBerlin } from '../common/date-time';
import { fieldError, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { definedOnly } from '../common/dto-rules';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { lockRow } from '../common/raw-sql';
import { ids, loadMeasures, loadInOrder, loadOrgUnits, searchText, syncRelation } from '../stabsstelle/record-store';
import {
  CancelTrainingDto,
  CreateTrainingDto,
  TrainingFeedbackDto,
  RegistrationDto,
  TrainingQueryDto,
  TrainingStatsQueryDto,
  UpdateTrainingDto,
} from './dto/training.dto';
import { NO_FIGURES, toTraining, toTrainingSummary, TrainingFigures } from './trainings.mapper';
import { TrainingEntity, TrainingFeedbackEntity, TrainingParticipantEntity, TrainingRegistrationEntity } from './training.entity';
import { compareCodes, compareText } from '../common/collate';

/** Fields compared for the change history. Participant names never enter it: only their number does. */
const AUDITED = [
  'title',
  'topic',
  'description',
  'startsAt',
  'durationMinutes',
  'trainer',
  'format',
  'location',
  'onlineUrl',
  'targetOrgUnitIds',
  'capacity',
  'linkedMeasureIds',
  'status',
  'cancellationReason',
] as const;

const SORTABLE = { startsAt: 't.startsAt', title: 't.title', topic: 't.topic', status: 't.status', capacity: 't.capacity' };

const STATUS_WORDS = { PLANNED: 'geplant', HELD: 'bereits durchgeführt', CANCELLED: 'abgesagt' } as const;

type Audited = Partial<Record<(typeof AUDITED)[number], unknown>>;

export const trainingSearchText = (t: Pick<TrainingEntity, 'title' | 'description' | 'trainer' | 'location'>) =>
  searchText(t.title, t.description, t.trainer, t.location);

const notPlanned = (t: TrainingEntity, what: string) =>
  new ConflictException({ detail: `Die Schulung ist ${STATUS_WORDS[t.status]}; ${what}` });

@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: TrainingQueryDto): Promise<Page<TrainingSummary>> {
    const { page, pageSize, skip } = paging(query);
    const [rows, total] = await this.filtered(query).skip(skip).take(pageSize).getManyAndCount();
    return {
      items: await this.summaries(
        this.dataSource.manager,
        rows.map((r) => r.id),
      ),
      total,
      page,
      pageSize,
    };
  }

  /**
   * Every training the list shows for these filters (all pages, same order), for the export: with target
   * units, linked measures, registrations and feedback — and participant names only for those who may see them.
   */
  async exportRows(query: TrainingQueryDto, user: AuthUser): Promise<{ training: TrainingEntity; figures: TrainingFigures }[]> {
    const manager = this.dataSource.manager;
    const ids = (await this.filtered(query).select('t.id').getMany()).map((r) => r.id);
    const withNames = stabsstellePolicy.seesParticipantNames(user);
    const rows = await loadInOrder(manager, TrainingEntity, ids, [
      { targetOrgUnits: true },
      { linkedMeasures: true },
      { registrations: withNames ? { orgUnit: true, names: true } : { orgUnit: true } },
    ]);
    const figures = new Map<string, TrainingFigures>();
    for (let i = 0; i < ids.length; i += 1000)
      for (const [id, f] of await this.figures(manager, ids.slice(i, i + 1000))) figures.set(id, f);
    return rows.map((training) => ({ training, figures: figures.get(training.id) ?? NO_FIGURES }));
  }

  /** The list's filters and order, shared by the paged list and the export. */
  private filtered(query: TrainingQueryDto) {
    // Upcoming trainings read like a calendar (soonest first), past ones like a log (latest first).
    const [column, direction] = sortOrder(query.sort, SORTABLE, ['t.startsAt', query.when === 'past' ? 'DESC' : 'ASC']);
    const qb = this.dataSource.manager.createQueryBuilder(TrainingEntity, 't');
    const now = new Date();
    if (query.q?.trim()) qb.andWhere("t.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    if (query.status?.length) qb.andWhere('t.status IN (:...status)', { status: query.status });
    if (query.topic?.length) qb.andWhere('t.topic IN (:...topic)', { topic: query.topic });
    if (query.format) qb.andWhere('t.format = :format', { format: query.format });
    if (query.when === 'upcoming') qb.andWhere('t.startsAt >= :now', { now });
    if (query.when === 'past') qb.andWhere('t.startsAt < :now', { now });
    if (query.from) qb.andWhere('t.startsAt >= :from', { from: startOfDayInBerlin(query.from) });
    if (query.to) qb.andWhere('t.startsAt < :to', { to: startOfDayInBerlin(nextDay(query.to)) });
    if (query.orgUnitId) {
      qb.andWhere(
        '(t.id NOT IN (SELECT x."trainingId" FROM training_target_org_units x) OR t.id IN (SELECT x."trainingId" FROM training_target_org_units x WHERE x."orgUnitId" = :orgUnitId))',
        { orgUnitId: query.orgUnitId },
      );
    }
    if (query.measureId) {
      qb.andWhere('t.id IN (SELECT l."trainingId" FROM training_measures l WHERE l."measureId" = :measureId)', {
        measureId: query.measureId,
      });
    }
    // A second orderBy on the same column would replace the first, so the tie-breakers skip the sort column.
    qb.orderBy(column, direction, 'NULLS LAST');
    if (column !== 't.startsAt') qb.addOrderBy('t.startsAt', 'ASC');
    return qb.addOrderBy('t.id', 'ASC');
  }

  /** Summaries of the given trainings, in the order given. */
  async summaries(manager: EntityManager, trainingIds: string[]): Promise<TrainingSummary[]> {
    if (!trainingIds.length) return [];
    const rows = await manager.find(TrainingEntity, { where: { id: In(trainingIds) }, relations: { targetOrgUnits: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const figures = await this.figures(manager, trainingIds);
    return trainingIds.map((id) => toTrainingSummary(byId.get(id)!, figures.get(id) ?? NO_FIGURES));
  }

  /** Summaries of the trainings linked to a measure, latest first. */
  async forMeasure(manager: EntityManager, measureId: string): Promise<TrainingSummary[]> {
    const rows = await manager
      .createQueryBuilder(TrainingEntity, 't')
      .select('t.id')
      .where('t.id IN (SELECT l."trainingId" FROM training_measures l WHERE l."measureId" = :measureId)', { measureId })
      .orderBy('t.startsAt', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    return this.summaries(
      manager,
      rows.map((r) => r.id),
    );
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<Training> {
    const entity = await manager.findOne(TrainingEntity, {
      where: { id },
      relations: { targetOrgUnits: true, linkedMeasures: true, registrations: { orgUnit: true } },
    });
    if (!entity) throw notFound('Die Schulung');
    const figures = await this.figures(manager, [id]);
    return toTraining(entity, figures.get(id) ?? NO_FIGURES, user);
  }

  async create(dto: CreateTrainingDto, user: AuthUser): Promise<Training> {
    const startsAt = new Date(dto.startsAt);
    if (startsAt <= new Date()) throw fieldError('startsAt', 'Eine neue Schulung kann nicht in der Vergangenheit beginnen.');
    this.checkFormat(dto);
    return this.dataSource.transaction(async (manager) => {
      const targets = await loadOrgUnits(manager, dto.targetOrgUnitIds ?? [], 'targetOrgUnitIds');
      const measures = await loadMeasures(manager, dto.linkedMeasureIds ?? []);
      const entity = manager.create(TrainingEntity, {
        title: dto.title,
        topic: dto.topic,
        description: dto.description ?? null,
        startsAt,
        durationMinutes: dto.durationMinutes,
        trainer: dto.trainer,
        format: dto.format,
        location: dto.location ?? null,
        onlineUrl: dto.onlineUrl ?? null,
        capacity: dto.capacity ?? null,
        status: 'PLANNED',
        cancellationReason: null,
        targetOrgUnits: targets,
        linkedMeasures: measures,
      });
      entity.searchText = trainingSearchText(entity);
      await manager.save(entity);
      await this.record(manager, user, 'CREATE', entity, diff({}, this.auditShape(entity), AUDITED));
      return this.get(entity.id, user, manager);
    });
  }

  async update(id: string, dto: UpdateTrainingDto, user: AuthUser): Promise<Training> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.dataSource.transaction(async (manager) => {
      await lockRow(manager, 'trainings', id);
      const entity = await this.load(manager, id, { targetOrgUnits: true, linkedMeasures: true });
      if (entity.version !== version) throw staleVersion('Die Schulung');
      if (entity.status !== 'PLANNED') throw notPlanned(entity, 'nur geplante Schulungen können geändert werden.');
      const { targetOrgUnitIds, linkedMeasureIds, startsAt: startsAtText, ...columns } = changes;
      const startsAt = startsAtText !== undefined ? new Date(startsAtText) : entity.startsAt;
      if (startsAtText !== undefined && startsAt.getTime() !== entity.startsAt.getTime() && startsAt <= new Date()) {
        throw fieldError('startsAt', 'Eine Schulung kann nicht in die Vergangenheit verlegt werden.');
      }
      const merged = { ...entity, ...columns, startsAt };
      this.checkFormat(merged);
      if (columns.capacity !== undefined && columns.capacity !== null) {
        const registered = await this.registeredCount(manager, id);
        if (columns.capacity < registered) {
          throw fieldError(
            'capacity',
            `Die Kapazität (${columns.capacity}) ist kleiner als die Zahl der bereits Angemeldeten (${registered}).`,
          );
        }
      }
      const targets = targetOrgUnitIds ? await loadOrgUnits(manager, targetOrgUnitIds, 'targetOrgUnitIds') : entity.targetOrgUnits!;
      const measures = linkedMeasureIds ? await loadMeasures(manager, linkedMeasureIds) : entity.linkedMeasures!;

      const before = this.auditShape(entity);
      const result = await manager.update(
        TrainingEntity,
        { id, version },
        {
          ...columns,
          startsAt,
          searchText: trainingSearchText(merged),
          version: version + 1,
        },
      );
      if (!result.affected) throw staleVersion('Die Schulung');
      await syncRelation(manager, TrainingEntity, 'targetOrgUnits', id, ids(entity.targetOrgUnits), ids(targets));
      await syncRelation(manager, TrainingEntity, 'linkedMeasures', id, ids(entity.linkedMeasures), ids(measures));
      const after = { ...before, ...columns, startsAt, targetOrgUnitIds: ids(targets), linkedMeasureIds: ids(measures) };
      const changeList = diff(before, after, AUDITED);
      if (changeList.length) await this.record(manager, user, 'UPDATE', merged, changeList);
      return this.get(id, user, manager);
    });
  }

  /** PLANNED → HELD, once the training has begun. */
  async markHeld(id: string, version: number | undefined, user: AuthUser): Promise<Training> {
    return this.transition(id, version, user, (entity) => {
      if (entity.status !== 'PLANNED') throw notPlanned(entity, 'sie kann nicht mehr als durchgeführt markiert werden.');
      if (entity.startsAt > new Date()) {
        throw new ConflictException({
          detail: 'Die Schulung hat noch nicht begonnen und kann erst danach als durchgeführt markiert werden.',
        });
      }
      return { status: 'HELD' };
    });
  }

  /** PLANNED → CANCELLED, with the reason the invited departments will read. */
  async cancel(id: string, dto: CancelTrainingDto, user: AuthUser): Promise<Training> {
    return this.transition(id, dto.version, user, (entity) => {
      if (entity.status !== 'PLANNED') throw notPlanned(entity, 'nur geplante Schulungen können abgesagt werden.');
      return { status: 'CANCELLED', cancellationReason: dto.reason };
    });
  }

  async participants(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<TrainingParticipants> {
    const training = await this.load(manager, id);
    const withNames = stabsstellePolicy.seesParticipantNames(user);
    const rows = await manager.find(TrainingRegistrationEntity, {
      where: { trainingId: id },
      relations: { orgUnit: true, ...(withNames ? { names: true } : {}) },
    });
    rows.sort((a, b) => compareCodes(a.orgUnit!.code, b.orgUnit!.code));
    return {
      trainingId: id,
      capacity: training.capacity,
      total: rows.reduce((sum, r) => sum + r.count, 0),
      items: rows.map((r) => ({
        orgUnit: toOrgUnitRef(r.orgUnit!),
        count: r.count,
        ...(withNames
          ? {
              names: [...(r.names ?? [])]
                .sort((a, b) => compareText(a.name, b.name) || a.id.localeCompare(b.id))
                .map((n) => ({ id: n.id, name: n.name })),
            }
          : {}),
      })),
    };
  }

  /** Sets how many staff of one org unit take part (and, optionally, who); `count: 0` removes the org unit. */
  async register(id: string, orgUnitId: string, dto: RegistrationDto, user: AuthUser): Promise<TrainingParticipants> {
    if (dto.names && dto.names.length > dto.count) {
      throw fieldError('names', `Es sind mehr Namen (${dto.names.length}) angegeben als Teilnehmende (${dto.count}).`);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockRow(manager, 'trainings', id);
      const training = await this.load(manager, id);
      if (training.status === 'CANCELLED') throw notPlanned(training, 'Anmeldungen sind nicht mehr möglich.');
      const orgUnit = await manager.findOne(OrgUnitEntity, { where: { id: orgUnitId } });
      if (!orgUnit) throw notFound('Die Organisationseinheit');
      const existing = await manager.findOne(TrainingRegistrationEntity, {
        where: { trainingId: id, orgUnitId },
        relations: { names: true },
      });
      const namesBefore = existing?.names?.length ?? 0;
      const namesAfter = dto.names ? dto.names.length : namesBefore;
      if (!dto.names && dto.count > 0 && namesBefore > dto.count) {
        throw fieldError('count', `Für diese Organisationseinheit sind ${namesBefore} Namen erfasst; die Anzahl kann nicht kleiner sein.`);
      }
      if (training.capacity !== null) {
        const others = (await this.registeredCount(manager, id)) - (existing?.count ?? 0);
        if (others + dto.count > training.capacity) {
          throw fieldError(
            'count',
            `Die Kapazität von ${training.capacity} Plätzen reicht nicht: ${others} sind bereits angemeldet, ${dto.count} kämen hinzu.`,
          );
        }
      }

      let registration = existing;
      if (dto.count === 0) {
        if (existing) await manager.delete(TrainingRegistrationEntity, { id: existing.id });
      } else if (existing) {
        await manager.update(TrainingRegistrationEntity, { id: existing.id }, { count: dto.count, version: existing.version + 1 });
      } else {
        registration = await manager.save(manager.create(TrainingRegistrationEntity, { trainingId: id, orgUnitId, count: dto.count }));
      }
      if (dto.names && registration && dto.count > 0) {
        await manager.delete(TrainingParticipantEntity, { registrationId: registration.id });
        for (const name of dto.names) await manager.insert(TrainingParticipantEntity, { registrationId: registration.id, name });
      }
      const changes = diff(
        { count: existing?.count ?? 0, names: namesBefore },
        { count: dto.count, names: dto.count === 0 ? 0 : namesAfter },
        ['count', 'names'],
      );
      if (changes.length && registration) {
        await this.audit.record(manager, user, {
          action: !existing ? 'CREATE' : dto.count === 0 ? 'DELETE' : 'UPDATE',
          entityType: 'training-registration',
          entityId: registration.id,
          entityLabel: `${training.title}: ${orgUnit.code}`,
          scopeId: id,
          changes,
        });
      }
      return this.participants(id, user, manager);
    });
  }

  /** Deletes one participant's name (GDPR); the org unit's count stays, so the statistics do not change. */
  async deleteName(id: string, nameId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const training = await this.load(manager, id);
      const name = await manager.findOne(TrainingParticipantEntity, {
        where: { id: nameId },
        relations: { registration: { orgUnit: true } },
      });
      if (!name || name.registration!.trainingId !== id) throw notFound('Der Name');
      const remaining = await manager.countBy(TrainingParticipantEntity, { registrationId: name.registrationId });
      await manager.delete(TrainingParticipantEntity, { id: nameId });
      await this.audit.record(manager, user, {
        action: 'DELETE',
        entityType: 'training-participant-name',
        entityId: nameId,
        entityLabel: `${training.title}: ${name.registration!.orgUnit!.code}`,
        scopeId: id,
        // The name itself must not survive in the history, or the deletion would be pointless.
        changes: [{ field: 'names', before: remaining, after: remaining - 1 }],
      });
    });
  }

  async feedback(id: string): Promise<TrainingFeedbackList> {
    const manager = this.dataSource.manager;
    await this.load(manager, id);
    const rows = await manager.find(TrainingFeedbackEntity, { where: { trainingId: id }, order: { createdAt: 'DESC', id: 'ASC' } });
    const figures = (await this.figures(manager, [id])).get(id) ?? NO_FIGURES;
    return { ...figures.feedback, items: rows.map(toFeedbackEntry) };
  }

  async addFeedback(id: string, dto: TrainingFeedbackDto, user: AuthUser): Promise<TrainingFeedbackEntry> {
    return this.dataSource.transaction(async (manager) => {
      const training = await this.load(manager, id);
      if (training.status !== 'HELD') {
        throw new ConflictException({ detail: 'Rückmeldungen gibt es nur zu durchgeführten Schulungen.' });
      }
      const entry = await manager.save(
        manager.create(TrainingFeedbackEntity, { trainingId: id, score: dto.score, comment: dto.comment ?? null, recordedById: user.id }),
      );
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'training-feedback',
        entityId: entry.id,
        entityLabel: training.title,
        scopeId: id,
        changes: diff({}, entry, ['score', 'comment']),
      });
      return toFeedbackEntry(entry);
    });
  }

  /** Staff trained per org unit and topic: registrations of held trainings that began in the year (Berlin time). */
  async stats(query: TrainingStatsQueryDto): Promise<TrainingStats> {
    const year = query.year ?? Number(todayInBerlin().slice(0, 4));
    const qb = this.dataSource.manager
      .createQueryBuilder(TrainingRegistrationEntity, 'r')
      .innerJoin('r.training', 't')
      .innerJoin('r.orgUnit', 'o')
      .select('o.id', 'orgUnitId')
      .addSelect('o.code', 'code')
      .addSelect('o.name', 'name')
      .addSelect('t.topic', 'topic')
      .addSelect('SUM(r.count)', 'trained')
      .where('t.status = :held', { held: 'HELD' })
      .andWhere('t.startsAt >= :from AND t.startsAt < :to', {
        from: startOfDayInBerlin(`${year}-01-01`),
        to: startOfDayInBerlin(`${year + 1}-01-01`),
      })
      .groupBy('o.id')
      .addGroupBy('o.code')
      .addGroupBy('o.name')
      .addGroupBy('t.topic');
    if (query.orgUnitId) qb.andWhere('r.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    const rows: { orgUnitId: string; code: string; name: string; topic: TrainingTopic; trained: string | number }[] = await qb.getRawMany();

    const units = new Map<string, TrainingStats['items'][number]>();
    const byTopic: TrainingStats['byTopic'] = {};
    let total = 0;
    for (const row of rows) {
      const n = Number(row.trained);
      const unit = units.get(row.orgUnitId) ?? { orgUnit: { id: row.orgUnitId, code: row.code, name: row.name }, total: 0, byTopic: {} };
      unit.total += n;
      unit.byTopic[row.topic] = (unit.byTopic[row.topic] ?? 0) + n;
      units.set(row.orgUnitId, unit);
      byTopic[row.topic] = (byTopic[row.topic] ?? 0) + n;
      total += n;
    }
    const items = [...units.values()].sort((a, b) => compareCodes(a.orgUnit.code, b.orgUnit.code));
    return { year, total, byTopic, items };
  }

  async history(id: string, user: AuthUser, page: number, pageSize: number): Promise<Page<AuditEvent>> {
    await this.load(this.dataSource.manager, id);
    return this.audit.list({ scopeId: id }, page, pageSize, user);
  }

  private async transition(
    id: string,
    version: number | undefined,
    user: AuthUser,
    next: (entity: TrainingEntity) => Partial<Pick<TrainingEntity, 'status' | 'cancellationReason'>>,
  ): Promise<Training> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.load(manager, id);
      if (version !== undefined && entity.version !== version) throw staleVersion('Die Schulung');
      const changes = next(entity);
      const result = await manager.update(TrainingEntity, { id, version: entity.version }, { ...changes, version: entity.version + 1 });
      if (!result.affected) throw staleVersion('Die Schulung');
      await this.record(manager, user, 'UPDATE', entity, diff(entity, { ...entity, ...changes }, ['status', 'cancellationReason']));
      return this.get(id, user, manager);
    });
  }

  private async load(manager: EntityManager, id: string, relations: { targetOrgUnits?: boolean; linkedMeasures?: boolean } = {}) {
    const entity = await manager.findOne(TrainingEntity, { where: { id }, relations });
    if (!entity) throw notFound('Die Schulung');
    return entity;
  }

  private async registeredCount(manager: EntityManager, id: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(TrainingRegistrationEntity, 'r')
      .select('COALESCE(SUM(r.count), 0)', 'n')
      .where('r.trainingId = :id', { id })
      .getRawOne<{ n: string | number }>();
    return Number(row?.n ?? 0);
  }

  private async figures(manager: EntityManager, trainingIds: string[]): Promise<Map<string, TrainingFigures>> {
    const result = new Map<string, TrainingFigures>();
    if (!trainingIds.length) return result;
    const counts: { trainingId: string; n: string | number }[] = await manager
      .createQueryBuilder(TrainingRegistrationEntity, 'r')
      .select('r.trainingId', 'trainingId')
      .addSelect('SUM(r.count)', 'n')
      .where('r.trainingId IN (:...trainingIds)', { trainingIds })
      .groupBy('r.trainingId')
      .getRawMany();
    const scores: { trainingId: string; n: string | number; avg: string | number }[] = await manager
      .createQueryBuilder(TrainingFeedbackEntity, 'f')
      .select('f.trainingId', 'trainingId')
      .addSelect('COUNT(f.id)', 'n')
      .addSelect('AVG(f.score)', 'avg')
      .where('f.trainingId IN (:...trainingIds)', { trainingIds })
      .groupBy('f.trainingId')
      .getRawMany();
    for (const id of trainingIds) result.set(id, { participantCount: 0, feedback: { count: 0, averageScore: null } });
    for (const c of counts) result.get(c.trainingId)!.participantCount = Number(c.n);
    for (const s of scores) {
      result.get(s.trainingId)!.feedback = { count: Number(s.n), averageScore: Math.round(Number(s.avg) * 10) / 10 };
    }
    return result;
  }

  private checkFormat(t: { format: string; location?: string | null; onlineUrl?: string | null }) {
    if (t.format === 'IN_PERSON' && !t.location) throw fieldError('location', 'Für eine Präsenzschulung ist ein Ort anzugeben.');
    if (t.format === 'ONLINE' && !t.onlineUrl) throw fieldError('onlineUrl', 'Für eine Online-Schulung ist ein Link anzugeben.');
  }

  private auditShape(t: TrainingEntity): Audited {
    return {
      ...Object.fromEntries(AUDITED.map((f) => [f, (t as unknown as Record<string, unknown>)[f]])),
      targetOrgUnitIds: ids(t.targetOrgUnits),
      linkedMeasureIds: ids(t.linkedMeasures),
    };
  }

  private async record(
    manager: EntityManager,
    user: AuthUser,
    action: 'CREATE' | 'UPDATE',
    t: Pick<TrainingEntity, 'id' | 'title' | 'startsAt'>,
    changes: ReturnType<typeof diff>,
  ) {
    await this.audit.record(manager, user, {
      action,
      entityType: 'training',
      entityId: t.id,
      entityLabel: `${t.title} (${dateInBerlin(t.startsAt)})`,
      changes,
    });
  }
}

const toFeedbackEntry = (f: TrainingFeedbackEntity): TrainingFeedbackEntry => ({
  id: f.id,
  score: f.score,
  comment: f.comment,
  createdAt: f.createdAt.toISOString(),
});
