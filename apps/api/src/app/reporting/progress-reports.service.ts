import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  REPORT_STATE_LABELS,
  type ProgressReport,
  type ProgressReportFields,
  type Page,
  type ReportState,
  type ReviewQueueItem,
} from '@klimaschutz/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, diff } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { reportingPolicy, type MeasureScope } from '../auth/policy';
import { fieldError, isUniqueViolation, notFound, staleVersion } from '../common/errors';
import { likePattern, paging, sortOrder } from '../common/paging';
import { entityColumns, queryRows } from '../common/raw-sql';
import { MeasureEntity } from '../measures/measure.entity';
import { definedOnly } from '../common/dto-rules';
import { MEASURE_RECORD } from '../measures/measure-writes';
import { MeasuresService } from '../measures/measures.service';
import { HandoffNotifier } from '../notifications/handoff-notifier';
import {
  CreateProgressReportDto,
  MeasureReportsQueryDto,
  ProgressReportQueryDto,
  ReviewProgressReportDto,
  ReviseProgressReportDto,
  SubmitProgressReportDto,
  UpdateProgressReportDto,
} from './dto/progress-report.dto';
import { ProgressReportEntity } from './progress-report.entity';
import { PROGRESS_REPORT_RECORD, REPORT_AUDITED, REPORT_CONTENT, reportLabel } from './progress-report-writes';
import { toProgressReport, type ReportContext } from './reporting.mapper';
import { ReportingPeriodEntity } from './reporting-period.entity';

/** What an accepted report sets on its measure. */
const MEASURE_FIELDS = ['status', 'assessment', 'progressPercent', 'ghgReductionAchievedT'] as const;

const SORTABLE = { createdAt: 'r.createdAt', submittedAt: 'r.submittedAt', reviewedAt: 'r.reviewedAt', measure: 'm.code' };

const closedPeriod = (p: ReportingPeriodEntity) => {
  const message = `Der Berichtszeitraum „${p.name}“ ist abgeschlossen.`;
  return new BadRequestException({
    detail: `${message} Sachstandsmeldungen dafür können nicht mehr angelegt, geändert oder eingereicht werden.`,
    errors: [{ field: 'periodId', message }],
  });
};

const archivedMeasure = () =>
  new BadRequestException({ detail: 'Die Maßnahme ist archiviert; Sachstandsmeldungen sind nicht mehr möglich.' });

/**
 * Sachstandsmeldungen: departments write and submit them, climate managers review them. A report
 * is never edited after submission; a revision request is answered with a new version.
 */
@Injectable()
export class ProgressReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffNotifier,
  ) {}

  // ------------------------------------------------------------------ reading

  async listForMeasure(measureId: string, query: MeasureReportsQueryDto, user: AuthUser): Promise<Page<ProgressReport>> {
    await this.measures.scopeOf(measureId);
    const manager = this.dataSource.manager;
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(query.sort, SORTABLE, ['r.createdAt', 'DESC']);
    const qb = this.visibleTo(manager, user).andWhere('r.measureId = :measureId', { measureId });
    if (query.periodId) qb.andWhere('r.periodId = :periodId', { periodId: query.periodId });
    const [rows, total] = await qb.orderBy(column, direction).addOrderBy('r.revision', 'DESC').skip(skip).take(pageSize).getManyAndCount();
    return { items: await this.toReports(manager, rows, user), total, page, pageSize };
  }

  /** The review queue (and any other cross-measure list), each item with the previous accepted report beside it. */
  async list(query: ProgressReportQueryDto, user: AuthUser): Promise<Page<ReviewQueueItem>> {
    const manager = this.dataSource.manager;
    const { page, pageSize, skip } = paging(query);
    const queue = query.state?.length === 1 && query.state[0] === 'SUBMITTED';
    // The queue is worked oldest submission first; everything else reads newest first.
    const [column, direction] = sortOrder(query.sort, SORTABLE, queue ? ['r.submittedAt', 'ASC'] : ['r.createdAt', 'DESC']);
    const qb = this.visibleTo(manager, user);
    if (query.state?.length) qb.andWhere('r.state IN (:...states)', { states: query.state });
    if (query.periodId) qb.andWhere('r.periodId = :periodId', { periodId: query.periodId });
    if (query.orgUnitId) qb.andWhere('r.orgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.measureId) qb.andWhere('r.measureId = :measureId', { measureId: query.measureId });
    if (query.q?.trim()) {
      qb.andWhere("m.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    }
    const [rows, total] = await qb
      .orderBy(column, direction)
      .addOrderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();

    const measureIds = [...new Set(rows.map((r) => r.measureId))];
    const accepted = measureIds.length
      ? await this.visibleTo(manager, user)
          .andWhere('r.state = :accepted', { accepted: 'ACCEPTED' })
          .andWhere('r.measureId IN (:...measureIds)', { measureIds })
          .orderBy('r.createdAt', 'DESC')
          .addOrderBy('r.revision', 'DESC')
          .getMany()
      : [];
    const previous = new Map<string, ProgressReportEntity>();
    for (const row of rows) {
      const match = accepted.find(
        (a) =>
          a.id !== row.id &&
          a.measureId === row.measureId &&
          a.orgUnitId === row.orgUnitId &&
          a.createdAt.getTime() <= row.createdAt.getTime(),
      );
      if (match) previous.set(row.id, match);
    }
    const all = [...rows, ...new Set(previous.values())];
    const ctx = await this.context(manager, all, user);
    const items = rows.map((row) => {
      const prev = previous.get(row.id);
      return { ...toProgressReport(row, ctx), previousAccepted: prev ? toProgressReport(prev, ctx) : null };
    });
    return { items, total, page, pageSize };
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<ProgressReport> {
    const report = await this.loadFull(manager, id);
    if (!report || (report.state === 'DRAFT' && !reportingPolicy.maySeeDraft(user, report))) throw notFound('Die Sachstandsmeldung');
    return toProgressReport(report, await this.context(manager, [report], user));
  }

  // ------------------------------------------------------------------ writing

  async create(measureId: string, dto: CreateProgressReportDto, user: AuthUser): Promise<ProgressReport> {
    const { periodId, orgUnitId, submit, ...fields } = dto;
    return this.handoffs.transaction(async (manager, notices) => {
      const scope = await this.measures.scopeOf(measureId, manager);
      if (!reportingPolicy.mayReportOn(user, scope)) {
        throw new ForbiddenException({
          detail:
            'Ihre Organisationseinheit ist an dieser Maßnahme weder federführend noch beteiligt. Sachstandsmeldungen sind nur für eigene Maßnahmen möglich.',
        });
      }
      if (scope.entity.archivedAt) throw archivedMeasure();
      const unitId = this.reportingUnit(user, scope, orgUnitId);
      const period = periodId ? await this.openPeriod(manager, periodId) : null;
      const latest = await this.latest(manager, measureId, unitId, period?.id ?? null);
      const where = period ? `im Berichtszeitraum „${period.name}“` : 'ohne Berichtszeitraum';
      if (latest?.state === 'DRAFT') {
        throw new ConflictException({
          detail: `Für diese Maßnahme gibt es ${where} bereits einen Entwurf dieser Organisationseinheit. Bitte den Entwurf bearbeiten und einreichen.`,
        });
      }
      if (latest?.state === 'SUBMITTED') {
        throw new ConflictException({
          detail: `Für diese Maßnahme ist ${where} bereits eine Sachstandsmeldung eingereicht und wartet auf die Prüfung.`,
        });
      }
      if (latest?.state === 'ACCEPTED' && period) {
        throw new ConflictException({
          detail: `Die Sachstandsmeldung ${where} ist bereits angenommen; angenommene Meldungen werden nicht mehr geändert.`,
        });
      }
      const predecessor = latest?.state === 'REVISION_REQUESTED' ? latest : null;
      return this.insert(
        manager,
        user,
        { measure: scope.entity, orgUnitId: unitId, period, predecessor, fields, submit: submit ?? false },
        notices,
      );
    });
  }

  async update(id: string, dto: UpdateProgressReportDto, user: AuthUser): Promise<ProgressReport> {
    const { version, ...rest } = dto;
    const changes = definedOnly(rest);
    return this.dataSource.transaction(async (manager) => {
      const { report } = await this.writable(manager, id, user);
      this.expectDraft(report);
      if (report.version !== version) throw staleVersion('Die Sachstandsmeldung');
      const result = await manager.update(ProgressReportEntity, { id, version, state: 'DRAFT' }, { ...changes, version: version + 1 });
      if (!result.affected) throw staleVersion('Die Sachstandsmeldung');
      const changeList = diff(report, { ...report, ...changes }, REPORT_AUDITED);
      if (changeList.length) await this.record(manager, user, 'UPDATE', report, 'DRAFT', changeList);
      return this.get(id, user, manager);
    });
  }

  async submit(id: string, dto: SubmitProgressReportDto, user: AuthUser): Promise<ProgressReport> {
    return this.handoffs.transaction(async (manager, notices) => {
      const { report } = await this.writable(manager, id, user);
      this.expectDraft(report);
      if (report.version !== dto.version) throw staleVersion('Die Sachstandsmeldung');
      checkComplete(report);
      const result = await manager.update(
        ProgressReportEntity,
        { id, version: dto.version, state: 'DRAFT' },
        { state: 'SUBMITTED', submittedAt: new Date(), version: dto.version + 1 },
      );
      if (!result.affected) throw staleVersion('Die Sachstandsmeldung');
      await this.record(manager, user, 'UPDATE', report, 'SUBMITTED', [{ field: 'state', before: 'DRAFT', after: 'SUBMITTED' }]);
      const submitted = await this.get(id, user, manager);
      notices.push(...(await this.handoffs.reportSubmitted(manager, user, submitted)));
      return submitted;
    });
  }

  /** After a revision request: a new version that supersedes the one sent back, prefilled with its content. */
  async revise(id: string, dto: ReviseProgressReportDto, user: AuthUser): Promise<ProgressReport> {
    const { submit, ...fields } = dto;
    return this.handoffs.transaction(async (manager, notices) => {
      const { report, scope } = await this.writable(manager, id, user);
      if (report.state !== 'REVISION_REQUESTED') {
        throw new ConflictException({
          detail: `Eine neue Fassung ist nur nach einer Rückfrage der Prüfung möglich; diese Meldung ist „${REPORT_STATE_LABELS[report.state]}“.`,
        });
      }
      if (await manager.existsBy(ProgressReportEntity, { supersedesId: id })) {
        throw new ConflictException({ detail: 'Zu dieser Sachstandsmeldung gibt es bereits eine neue Fassung. Bitte diese bearbeiten.' });
      }
      if (report.period?.closed) throw closedPeriod(report.period);
      return this.insert(
        manager,
        user,
        {
          measure: scope.entity,
          orgUnitId: report.orgUnitId,
          period: report.period ?? null,
          predecessor: report,
          fields,
          submit: submit ?? false,
        },
        notices,
      );
    });
  }

  /**
   * Accept or send back a submitted report. Only one of two simultaneous reviews can win: the
   * update is conditional on the report still being SUBMITTED in the version that was read.
   */
  async review(id: string, dto: ReviewProgressReportDto, user: AuthUser): Promise<ProgressReport> {
    const comment = dto.comment ?? null;
    if (dto.decision === 'REQUEST_REVISION' && !comment) {
      throw fieldError('comment', 'Bitte geben Sie an, was überarbeitet werden soll.');
    }
    return this.handoffs.transaction(async (manager, notices) => {
      const report = await this.loadFull(manager, id);
      if (!report) throw notFound('Die Sachstandsmeldung');
      if (report.state !== 'SUBMITTED') {
        throw new ConflictException({
          detail:
            report.state === 'DRAFT'
              ? 'Die Sachstandsmeldung ist noch nicht eingereicht.'
              : `Die Sachstandsmeldung ist bereits geprüft („${REPORT_STATE_LABELS[report.state]}“). Bitte neu laden.`,
        });
      }
      if (report.version !== dto.version) throw staleVersion('Die Sachstandsmeldung');
      const accept = dto.decision === 'ACCEPT';
      const applies = accept && (await this.appliesToMeasure(manager, report));
      const state: ReportState = accept ? 'ACCEPTED' : 'REVISION_REQUESTED';
      const result = await manager.update(
        ProgressReportEntity,
        { id, version: dto.version, state: 'SUBMITTED' },
        {
          state,
          reviewDecision: dto.decision,
          reviewComment: comment,
          reviewedAt: new Date(),
          reviewerId: user.id,
          reviewerName: user.displayName,
          appliedToMeasure: applies,
          version: dto.version + 1,
        },
      );
      if (!result.affected) {
        throw new ConflictException({ detail: 'Die Sachstandsmeldung wurde inzwischen von jemand anderem geprüft. Bitte neu laden.' });
      }
      await this.record(manager, user, 'UPDATE', report, state, diff(report, { ...report, state, reviewComment: comment }, REPORT_AUDITED));
      if (applies) await this.applyToMeasure(manager, user, report);
      const reviewed = await this.get(id, user, manager);
      notices.push(
        ...(await this.handoffs.reportReviewed(manager, user, { ...reviewed, authorId: report.authorId, decision: dto.decision, comment })),
      );
      return reviewed;
    });
  }

  // ------------------------------------------------------------------ helpers

  /** Reports joined with what the mapper needs; drafts only for the writing unit, their author and climate managers. */
  private visibleTo(manager: EntityManager, user: AuthUser) {
    const qb = manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .innerJoinAndSelect('r.orgUnit', 'o')
      .leftJoinAndSelect('r.period', 'p');
    const drafts = reportingPolicy.draftCondition(user, {
      notDraft: "r.state <> 'DRAFT'",
      orgUnitId: 'r.orgUnitId',
      authorId: 'r.authorId',
    });
    if (drafts) qb.andWhere(drafts);
    return qb;
  }

  private async loadFull(manager: EntityManager, id: string): Promise<ProgressReportEntity | null> {
    const report = await manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .innerJoinAndSelect('r.orgUnit', 'o')
      .leftJoinAndSelect('r.period', 'p')
      .where('r.id = :id', { id })
      .getOne();
    return report ?? null;
  }

  private async toReports(manager: EntityManager, rows: ProgressReportEntity[], user: AuthUser): Promise<ProgressReport[]> {
    const ctx = await this.context(manager, rows, user);
    return rows.map((r) => toProgressReport(r, ctx));
  }

  /** Related facts for a batch of reports, in two queries whatever the batch size. */
  private async context(manager: EntityManager, reports: ProgressReportEntity[], user: AuthUser): Promise<ReportContext> {
    const ids = reports.map((r) => r.id);
    const supersededBy = new Map<string, string>();
    if (ids.length) {
      const successors = await manager.find(ProgressReportEntity, {
        select: { id: true, supersedesId: true },
        where: { supersedesId: In(ids) },
      });
      for (const s of successors) supersededBy.set(s.supersedesId!, s.id);
    }
    const ownMeasureIds = new Set<string>();
    const orgUnitId = user.orgUnitId;
    if (orgUnitId) {
      for (const r of reports) if (r.measure!.leadOrgUnitId === orgUnitId) ownMeasureIds.add(r.measureId);
      const measureIds = [...new Set(reports.map((r) => r.measureId))];
      if (measureIds.length) {
        const rows: { id: string }[] = await manager
          .createQueryBuilder(MeasureEntity, 'm')
          .innerJoin('m.participatingOrgUnits', 'po', 'po.id = :orgUnitId', { orgUnitId })
          .select('m.id', 'id')
          .where('m.id IN (:...measureIds)', { measureIds })
          .getRawMany();
        for (const row of rows) ownMeasureIds.add(row.id);
      }
    }
    return { user, ownMeasureIds, supersededBy };
  }

  /** Departments report as their own unit; climate managers on behalf of the lead (default) or a participant. */
  private reportingUnit(user: AuthUser, scope: MeasureScope, requested: string | undefined): string {
    if (user.role === 'DEPARTMENT') {
      if (requested && requested !== user.orgUnitId) {
        throw new ForbiddenException({ detail: 'Fachbereiche melden nur für die eigene Organisationseinheit.' });
      }
      return user.orgUnitId!;
    }
    const unit = requested ?? scope.leadOrgUnitId;
    if (unit !== scope.leadOrgUnitId && !scope.participatingOrgUnitIds.includes(unit)) {
      throw fieldError('orgUnitId', 'Melden kann nur die federführende oder eine beteiligte Organisationseinheit der Maßnahme.');
    }
    return unit;
  }

  /** The newest report of a unit on a measure in a period (or without one): decides what a new report may be. */
  private async latest(
    manager: EntityManager,
    measureId: string,
    orgUnitId: string,
    periodId: string | null,
  ): Promise<ProgressReportEntity | null> {
    const reports = entityColumns(manager.connection, ProgressReportEntity);
    const [row] = await queryRows(
      manager,
      (p) =>
        `SELECT ${reports.select('r')} FROM "progress_reports" r ` +
        `WHERE r."measureId" = ${p.add(measureId)} AND r."orgUnitId" = ${p.add(orgUnitId)} ` +
        `AND r."periodId" ${periodId ? `= ${p.add(periodId)}` : 'IS NULL'} ` +
        'ORDER BY r."createdAt" DESC, r."revision" DESC LIMIT 1',
    );
    return row ? reports.hydrate(row, 'r') : null;
  }

  private async openPeriod(manager: EntityManager, periodId: string): Promise<ReportingPeriodEntity> {
    const periods = entityColumns(manager.connection, ReportingPeriodEntity);
    const [row] = await queryRows(
      manager,
      (p) => `SELECT ${periods.select('rp')} FROM "reporting_periods" rp WHERE rp."id" = ${p.add(periodId)}`,
    );
    const period = row ? periods.hydrate(row, 'rp') : null;
    if (!period) throw fieldError('periodId', 'Der Berichtszeitraum existiert nicht.');
    if (period.closed) throw closedPeriod(period);
    return period;
  }

  /** Loads a report for a write and asks the policy; a report of another unit is refused, not hidden. */
  private async writable(manager: EntityManager, id: string, user: AuthUser) {
    const report = await manager.findOne(ProgressReportEntity, { where: { id }, relations: { period: true, measure: true } });
    if (!report) throw notFound('Die Sachstandsmeldung');
    const scope = await this.measures.scopeOf(report.measureId, manager);
    if (!reportingPolicy.mayWriteReport(user, report, scope)) {
      throw new ForbiddenException({ detail: 'Diese Sachstandsmeldung darf nur die meldende Organisationseinheit bearbeiten.' });
    }
    if (scope.entity.archivedAt) throw archivedMeasure();
    return { report, scope };
  }

  private expectDraft(report: ProgressReportEntity) {
    if (report.state !== 'DRAFT') {
      throw new ConflictException({
        detail: `Die Sachstandsmeldung ist „${REPORT_STATE_LABELS[report.state]}“ und wird nicht mehr geändert. Nach einer Rückfrage bitte eine neue Fassung anlegen.`,
      });
    }
    if (report.period?.closed) throw closedPeriod(report.period);
  }

  private async insert(
    manager: EntityManager,
    user: AuthUser,
    args: {
      measure: MeasureEntity;
      orgUnitId: string;
      period: ReportingPeriodEntity | null;
      predecessor: ProgressReportEntity | null;
      fields: Partial<ProgressReportFields>;
      submit: boolean;
    },
    notices: string[],
  ): Promise<ProgressReport> {
    const { measure, predecessor } = args;
    // A first report starts from the measure's current state; a new version from the one sent back.
    const base: ProgressReportFields = predecessor
      ? (Object.fromEntries(REPORT_CONTENT.map((f) => [f, predecessor[f]])) as unknown as ProgressReportFields)
      : {
          status: measure.status,
          assessment: measure.assessment,
          progressPercent: measure.progressPercent,
          text: null,
          obstacles: null,
          nextSteps: null,
          milestonesReached: null,
          actualCostsEur: null,
          staffEffortHours: null,
          ghgReductionAchievedT: null,
        };
    const content = { ...base, ...definedOnly(args.fields) };
    if (args.submit) checkComplete(content);
    const entity = manager.create(ProgressReportEntity, {
      ...content,
      measureId: measure.id,
      periodId: args.period?.id ?? null,
      orgUnitId: args.orgUnitId,
      authorId: user.id,
      authorName: user.displayName,
      state: args.submit ? 'SUBMITTED' : 'DRAFT',
      revision: predecessor ? predecessor.revision + 1 : 1,
      supersedesId: predecessor?.id ?? null,
      submittedAt: args.submit ? new Date() : null,
      reviewDecision: null,
      reviewComment: null,
      reviewedAt: null,
      reviewerId: null,
      reviewerName: null,
      appliedToMeasure: false,
    });
    // Everything the answer shows is known here, so the row is written without reading it back.
    const now = new Date();
    Object.assign(entity, { id: randomUUID(), version: 1, createdAt: now, updatedAt: now });
    try {
      await entityColumns(manager.connection, ProgressReportEntity).insert(manager, entity);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException({ detail: 'Gleichzeitig wurde bereits eine Sachstandsmeldung dafür angelegt. Bitte neu laden.' });
      }
      throw error;
    }
    await this.record(manager, user, 'CREATE', { ...entity, measure, period: args.period }, entity.state, diff({}, entity, REPORT_AUDITED));
    const orgUnit = [measure.leadOrgUnit, ...(measure.participatingOrgUnits ?? [])].find((o) => o?.id === args.orgUnitId);
    const own =
      Boolean(user.orgUnitId) &&
      [measure.leadOrgUnitId, ...(measure.participatingOrgUnits ?? []).map((o) => o.id)].includes(user.orgUnitId!);
    // A new report has no successor yet.
    const created = orgUnit
      ? toProgressReport(Object.assign(entity, { measure, period: args.period, orgUnit }), {
          user,
          ownMeasureIds: new Set(own ? [measure.id] : []),
          supersededBy: new Map(),
        })
      : await this.get(entity.id, user, manager);
    if (args.submit) notices.push(...(await this.handoffs.reportSubmitted(manager, user, created)));
    return created;
  }

  /** `state` is the report's state after the change: what is written to a draft stays with those who may see the draft. */
  private async record(
    manager: EntityManager,
    user: AuthUser,
    action: 'CREATE' | 'UPDATE',
    report: Pick<ProgressReportEntity, 'id' | 'measureId' | 'measure' | 'period' | 'orgUnitId' | 'authorId'>,
    state: ReportState,
    changes: ReturnType<typeof diff>,
  ) {
    await this.audit.record(manager, user, {
      action,
      entityType: PROGRESS_REPORT_RECORD,
      entityId: report.id,
      entityLabel: reportLabel(report.measure!, report.period),
      scopeId: report.measureId,
      draft: state === 'DRAFT' ? { orgUnitId: report.orgUnitId, authorId: report.authorId } : null,
      changes,
    });
  }

  /**
   * An accepted report becomes the measure's state if it is the lead unit's and no report of a
   * later period has been taken over already (a late review of an old period must not turn the clock back).
   */
  private async appliesToMeasure(manager: EntityManager, report: ProgressReportEntity): Promise<boolean> {
    const measure = report.measure!;
    if (measure.archivedAt || report.orgUnitId !== measure.leadOrgUnitId) return false;
    if (!report.period) return true;
    const newer = await manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoin('r.period', 'p')
      .where('r.measureId = :measureId', { measureId: report.measureId })
      .andWhere('r.appliedToMeasure = :applied', { applied: true })
      .andWhere('p.endDate > :end', { end: report.period.endDate })
      .getCount();
    return newer === 0;
  }

  private async applyToMeasure(manager: EntityManager, user: AuthUser, report: ProgressReportEntity) {
    const measure = await manager.findOneOrFail(MeasureEntity, { where: { id: report.measureId } });
    const next = {
      status: report.status,
      assessment: report.assessment,
      progressPercent: report.progressPercent,
      ...(report.ghgReductionAchievedT !== null ? { ghgReductionAchievedT: report.ghgReductionAchievedT } : {}),
    };
    const changes = diff(measure, { ...measure, ...next }, MEASURE_FIELDS);
    if (!changes.length) return;
    // Increment rather than compare: a review must not fail because someone edited the measure's texts meanwhile.
    await manager.update(MeasureEntity, { id: measure.id }, { ...next, version: () => 'version + 1' });
    await this.audit.record(manager, user, {
      action: 'UPDATE',
      entityType: MEASURE_RECORD,
      entityId: measure.id,
      entityLabel: measure.code,
      changes,
    });
  }
}

/** A report goes to review only with its Sachstand written. */
function checkComplete(report: Pick<ProgressReportFields, 'text'>) {
  if (!report.text?.trim()) {
    throw fieldError('text', 'Bitte den Sachstand beschreiben, bevor die Meldung eingereicht wird.');
  }
}
