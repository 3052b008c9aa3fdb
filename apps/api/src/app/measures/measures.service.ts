import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Measure, MeasureSummary, Page } from '@klimaschutz/contracts';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService, type RecordAudit } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { policy, PUBLICATION_FIELDS } from '../auth/policy';
import { fieldError, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { definedOnly } from '../common/dto-rules';
import { entityColumns, queryRows, SqlParams } from '../common/raw-sql';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { HandoffNotifier } from '../notifications/handoff-notifier';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { CreateMeasureDto, UpdateMeasureDto } from './dto/measure.dto';
import { MeasureQueryDto } from './dto/measure-query.dto';
import { EmissionSectorEntity } from '../emissions/emission.entities';
import { MeasureEntity } from './measure.entity';
import { MilestoneEntity } from './milestone.entity';
import { auditShapeOf, createMeasure, MEASURE_RECORD, updateMeasure } from './measure-writes';
import { RawListRow, toMeasure, toMeasureSummaryFromRow } from './measures.mapper';

/** Sort keys onto columns of the hand-written list query (the measure export sorts alike). */
export const MEASURE_SORT_COLUMNS = {
  code: 'm."code"',
  title: 'm."title"',
  status: 'm."status"',
  assessment: 'm."assessment"',
  priority: 'm."priority"',
  progressPercent: 'm."progressPercent"',
  plannedEnd: 'm."plannedEnd"',
  updatedAt: 'm."updatedAt"',
};

/** Only what a list row shows: the long texts stay in the database. */
const LIST_SELECT =
  'SELECT m."id", m."code", m."title", m."status", m."assessment", m."priority", m."progressPercent", ' +
  'CAST(m."plannedEnd" AS VARCHAR) AS "plannedEnd", m."published", m."archivedAt", m."updatedAt", m."version", ' +
  'f."id" AS "fieldId", f."code" AS "fieldCode", f."name" AS "fieldName", f."colour" AS "fieldColour", ' +
  'lead."id" AS "leadId", lead."code" AS "leadCode", lead."name" AS "leadName" ' +
  'FROM "measures" m INNER JOIN "fields_of_action" f ON f."id" = m."fieldOfActionId" ' +
  'INNER JOIN "org_units" lead ON lead."id" = m."leadOrgUnitId"';

@Injectable()
export class MeasuresService {
  constructor(
    @InjectRepository(MeasureEntity) private readonly measures: Repository<MeasureEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffNotifier,
  ) {}

  /**
   * The hottest read of all, written out by hand: building it with the query builder and hydrating
   * entities cost three times what SQLite needs to run it. The page comes from the sort column's
   * order; the total needs a second, join-free count only when the page is full.
   */
  async list(query: MeasureQueryDto): Promise<Page<MeasureSummary>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, MEASURE_SORT_COLUMNS, [MEASURE_SORT_COLUMNS.code, 'ASC']);
    const params = SqlParams.for(this.dataSource);
    const where = [query.archived === 'true' ? 'm."archivedAt" IS NOT NULL' : 'm."archivedAt" IS NULL'];
    if (query.status?.length) where.push(`m."status" IN (${params.list(query.status)})`);
    if (query.assessment?.length) where.push(`m."assessment" IN (${params.list(query.assessment)})`);
    if (query.fieldOfActionId) where.push(`m."fieldOfActionId" = ${params.add(query.fieldOfActionId)}`);
    if (query.published) where.push(`m."published" = ${params.add(query.published === 'true')}`);
    if (query.orgUnitId) {
      // One placeholder per use: SQLite's `?` cannot be referred to twice.
      const lead = `m."leadOrgUnitId" = ${params.add(query.orgUnitId)}`;
      where.push(
        query.orgUnitRole === 'lead'
          ? lead
          : `(${lead} OR m."id" IN (SELECT p."measureId" FROM "measure_participants" p WHERE p."orgUnitId" = ${params.add(query.orgUnitId)}))`,
      );
    }
    // The text search last: SQLite tests the cheap conditions first, in the order written.
    if (query.q?.trim()) where.push(`m."searchText" LIKE ${params.add(likePattern(query.q.trim()))} ESCAPE '\\'`);
    const filter = `WHERE ${where.join(' AND ')}`;
    const tieBreaker = column === MEASURE_SORT_COLUMNS.code ? 'm."id"' : 'm."code"';
    const rows: RawListRow[] = await this.dataSource.query(
      `${LIST_SELECT} ${filter} ORDER BY ${column} ${direction}, ${tieBreaker} ASC LIMIT ${Number(pageSize)} OFFSET ${Number(skip)}`,
      params.values,
    );
    // A page that is not full (and not past the end) already tells the total.
    const total =
      rows.length < pageSize && (rows.length > 0 || skip === 0)
        ? skip + rows.length
        : Number((await this.dataSource.query(`SELECT COUNT(*) AS "total" FROM "measures" m ${filter}`, params.values))[0].total);
    return { items: rows.map(toMeasureSummaryFromRow), total, page, pageSize };
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<Measure> {
    const entity = await this.load(manager, id);
    if (!entity) throw notFound('Die Maßnahme');
    return toMeasure(entity, user);
  }

  async create(dto: CreateMeasureDto, user: AuthUser): Promise<Measure> {
    this.checkDates(dto);
    // Departments hear of their new measure only once it is committed.
    return this.handoffs.transaction(async (manager, notices) => {
      const participants = await this.checkReferences(manager, dto.fieldOfActionId, dto.leadOrgUnitId, dto.participatingOrgUnitIds ?? []);
      await this.checkSector(manager, dto.emissionSectorId);
      const { participatingOrgUnitIds: _ids, ...fields } = dto;
      const entity = await createMeasure(manager, this.recordAs(user), fields, participants);
      notices.push(
        ...(await this.handoffs.measureAssigned(manager, {
          measure: entity,
          before: null,
          after: { leadOrgUnitId: entity.leadOrgUnitId, participatingOrgUnitIds: participants.map((p) => p.id) },
          actor: user,
        })),
      );
      return this.get(entity.id, user, manager);
    });
  }

  async update(id: string, dto: UpdateMeasureDto, user: AuthUser): Promise<Measure> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    const touched = Object.keys(changes);
    if (!policy.mayEditMeasure(user)) {
      const forbidden = touched.filter((f) => !(PUBLICATION_FIELDS as readonly string[]).includes(f));
      if (!policy.mayEditPublication(user) || forbidden.length) {
        throw new ForbiddenException({
          detail: `Ihre Rolle darf nur die Veröffentlichung ändern, nicht: ${forbidden.join(', ')}.`,
        });
      }
    }
    return this.handoffs.transaction(async (manager, notices) => {
      const entity = await this.load(manager, id);
      if (!entity) throw notFound('Die Maßnahme');
      if (entity.archivedAt)
        throw new BadRequestException({ detail: 'Archivierte Maßnahmen können nicht geändert werden. Bitte zuerst wiederherstellen.' });
      // A stale edit is told as such before anything else about it.
      if (entity.version !== version) throw staleVersion('Die Maßnahme');
      const merged = { ...entity, ...changes };
      this.checkDates(merged);
      const participantIds = changes.participatingOrgUnitIds ?? (entity.participatingOrgUnits ?? []).map((o) => o.id);
      const participants = await this.checkReferences(
        manager,
        merged.fieldOfActionId as string,
        merged.leadOrgUnitId as string,
        participantIds,
      );
      await this.checkSector(manager, changes.emissionSectorId);
      const before = auditShapeOf(entity);
      await updateMeasure(manager, this.recordAs(user), entity, changes, version, participants);
      notices.push(
        ...(await this.handoffs.measureAssigned(manager, {
          measure: { id, code: merged.code as string, title: merged.title as string, version: version + 1 },
          before: { leadOrgUnitId: entity.leadOrgUnitId, participatingOrgUnitIds: before.participatingOrgUnitIds as string[] },
          after: { leadOrgUnitId: merged.leadOrgUnitId as string, participatingOrgUnitIds: participants.map((p) => p.id) },
          actor: user,
        })),
      );
      return this.get(id, user, manager);
    });
  }

  /** Delete means archive: a measure that a council decided on must stay traceable. */
  async setArchived(id: string, archived: boolean, user: AuthUser): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(MeasureEntity, { where: { id } });
      if (!entity) throw notFound('Die Maßnahme');
      if ((entity.archivedAt !== null) === archived) return this.get(id, user, manager);
      await manager.update(
        MeasureEntity,
        { id },
        // Archived measures leave the public page too.
        archived
          ? { archivedAt: new Date(), published: false, version: entity.version + 1 }
          : { archivedAt: null, version: entity.version + 1 },
      );
      await this.audit.record(manager, user, {
        action: archived ? 'ARCHIVE' : 'RESTORE',
        entityType: MEASURE_RECORD,
        entityId: id,
        entityLabel: entity.code,
        changes: archived && entity.published ? [{ field: 'published', before: true, after: false }] : [],
      });
      return this.get(id, user, manager);
    });
  }

  /** The record and what the policy needs to judge a department's part in it. */
  /**
   * The measure with its lead and participating units: who may report on it and in whose name. One
   * statement prepared once — every report write asks.
   */
  async scopeOf(id: string, manager: EntityManager = this.dataSource.manager) {
    const measures = entityColumns(manager.connection, MeasureEntity);
    const units = entityColumns(manager.connection, OrgUnitEntity);
    const rows = await queryRows(
      manager,
      (p) =>
        `SELECT ${measures.select('m')}, ${units.select('lead')}, ${units.select('o')} FROM "measures" m ` +
        'INNER JOIN "org_units" lead ON lead."id" = m."leadOrgUnitId" ' +
        'LEFT JOIN "measure_participants" mp ON mp."measureId" = m."id" LEFT JOIN "org_units" o ON o."id" = mp."orgUnitId" ' +
        `WHERE m."id" = ${p.add(id)}`,
    );
    const entity = rows.length ? measures.hydrate(rows[0], 'm') : null;
    if (!entity) throw notFound('Die Maßnahme');
    entity.leadOrgUnit = units.hydrate(rows[0], 'lead') ?? undefined;
    entity.participatingOrgUnits = rows.map((row) => units.hydrate(row, 'o')).filter((o): o is OrgUnitEntity => o !== null);
    return {
      entity,
      leadOrgUnitId: entity.leadOrgUnitId,
      participatingOrgUnitIds: (entity.participatingOrgUnits ?? []).map((o) => o.id),
    };
  }

  /**
   * The whole Steckbrief: the measure with field and lead, its participants, its milestones with
   * their units — three statements prepared once. One joined query multiplied participants by
   * milestones, and turning that into entities cost more than running it.
   */
  private async load(manager: EntityManager, id: string): Promise<MeasureEntity | null> {
    const measures = entityColumns(manager.connection, MeasureEntity);
    const fields = entityColumns(manager.connection, FieldOfActionEntity);
    const units = entityColumns(manager.connection, OrgUnitEntity);
    const milestones = entityColumns(manager.connection, MilestoneEntity);
    const [row] = await queryRows(
      manager,
      (p) =>
        `SELECT ${measures.select('m')}, ${fields.select('f')}, ${units.select('lead')} FROM "measures" m ` +
        'INNER JOIN "fields_of_action" f ON f."id" = m."fieldOfActionId" INNER JOIN "org_units" lead ON lead."id" = m."leadOrgUnitId" ' +
        `WHERE m."id" = ${p.add(id)}`,
    );
    const entity = row ? measures.hydrate(row, 'm') : null;
    if (!entity) return null;
    entity.fieldOfAction = fields.hydrate(row, 'f') ?? undefined;
    entity.leadOrgUnit = units.hydrate(row, 'lead') ?? undefined;
    const participants = await queryRows(
      manager,
      (p) =>
        `SELECT ${units.select('o')} FROM "measure_participants" mp INNER JOIN "org_units" o ON o."id" = mp."orgUnitId" WHERE mp."measureId" = ${p.add(id)}`,
    );
    entity.participatingOrgUnits = participants.map((r) => units.hydrate(r, 'o')).filter((o): o is OrgUnitEntity => o !== null);
    const steps = await queryRows(
      manager,
      (p) =>
        `SELECT ${milestones.select('ms')}, ${units.select('o')} FROM "milestones" ms ` +
        `LEFT JOIN "org_units" o ON o."id" = ms."responsibleOrgUnitId" WHERE ms."measureId" = ${p.add(id)}`,
    );
    entity.milestones = steps.map((r) =>
      Object.assign(milestones.hydrate(r, 'ms') as MilestoneEntity, { responsibleOrgUnit: units.hydrate(r, 'o') }),
    );
    return entity;
  }

  private recordAs(user: AuthUser): RecordAudit {
    return (manager, entry) => this.audit.record(manager, user, entry);
  }

  private checkDates(m: {
    plannedStart?: string | null;
    plannedEnd?: string | null;
    actualStart?: string | null;
    actualEnd?: string | null;
  }) {
    if (m.plannedStart && m.plannedEnd && m.plannedEnd < m.plannedStart) {
      throw fieldError('plannedEnd', 'Das geplante Ende liegt vor dem geplanten Beginn.');
    }
    if (m.actualStart && m.actualEnd && m.actualEnd < m.actualStart) {
      throw fieldError('actualEnd', 'Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.');
    }
  }

  private async checkSector(manager: EntityManager, sectorId: string | null | undefined) {
    if (sectorId && !(await manager.existsBy(EmissionSectorEntity, { id: sectorId }))) {
      throw fieldError('emissionSectorId', 'Der Sektor der THG-Bilanz existiert nicht.');
    }
  }

  private async checkReferences(manager: EntityManager, fieldOfActionId: string, leadOrgUnitId: string, participantIds: string[]) {
    if (!(await manager.existsBy(FieldOfActionEntity, { id: fieldOfActionId }))) {
      throw fieldError('fieldOfActionId', 'Das Handlungsfeld existiert nicht.');
    }
    const lead = await manager.findOne(OrgUnitEntity, { where: { id: leadOrgUnitId } });
    if (!lead) throw fieldError('leadOrgUnitId', 'Die federführende Organisationseinheit existiert nicht.');
    if (participantIds.includes(leadOrgUnitId)) {
      throw fieldError('participatingOrgUnitIds', 'Die federführende Einheit kann nicht zugleich als beteiligt eingetragen werden.');
    }
    if (!participantIds.length) return [];
    const participants = await manager.findBy(OrgUnitEntity, { id: In(participantIds) });
    if (participants.length !== participantIds.length) {
      throw fieldError('participatingOrgUnitIds', 'Mindestens eine beteiligte Organisationseinheit existiert nicht.');
    }
    return participants;
  }
}
