import { BadRequestException, ConflictException, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { ImportPreview, ImportPreviewRequest, ImportSession, ImportSummary } from '@klimaschutz/contracts';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { expireLease, holdingLease, leaseFromNow } from '../common/lease';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { unknownLead, type ApplyResult } from './import-apply';
import { undoImport } from './import-undo';
import { ImportEntity } from './import.entity';
import { ImportFileError } from './import-file';
import { ImportRejected, ImportRunner, type Analysis } from './import-runner';

const TTL_MS = 24 * 60 * 60 * 1000;
/** A finished import can be undone (and is listed) this long. */
const UNDO_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * A running import writes its progress at most this often: fresher than the wizard's polling
 * (every 400 ms), and a handful of UPDATEs a second however many rows the file has.
 */
const PROGRESS_WRITE_MS = 250;
/** Parsed files an instance keeps, so that preview and commit right after an upload need not parse again. */
const PARSED_FILES_KEPT = 4;

const INTERRUPTED =
  'Der Import wurde unterbrochen (der Server wurde währenddessen beendet); es wurde nichts geschrieben. Bitte erneut importieren.';

const previewOf = (r: ApplyResult): ImportPreview => ({
  rows: r.rows,
  create: r.create,
  update: r.update,
  warnings: r.warnings,
  errors: r.errors,
});

/**
 * Upload sessions of the import wizard around the shared ImportRunner. Everything the wizard reads
 * is in the import's row (state, progress, columns, preview, result), so behind a load balancer any
 * instance answers the polling; the instance that runs an import writes its progress there.
 */
@Injectable()
export class ImportsService implements OnModuleDestroy {
  private readonly logger = new Logger(ImportsService.name);
  private readonly runner: ImportRunner;
  /** Parsed files by import. An import's file never changes, so each instance may keep its own copy. */
  private readonly parsed = new Map<string, Analysis>();
  /** Imports this instance is running, by id. */
  private readonly running = new Map<string, Promise<unknown>>();

  private readonly audit: AuditService;

  constructor(private readonly dataSource: DataSource) {
    this.runner = new ImportRunner(dataSource);
    this.audit = new AuditService(dataSource.getRepository(AuditEventEntity));
  }

  async onModuleDestroy() {
    await Promise.allSettled([...this.running.values()]);
  }

  async upload(file: { originalname: string; buffer: Buffer } | undefined, user: AuthUser): Promise<ImportSession> {
    if (!file)
      throw new BadRequestException({
        detail: 'Bitte eine Datei im Feld „file“ hochladen.',
        errors: [{ field: 'file', message: 'Keine Datei' }],
      });
    await this.dataSource.manager.delete(ImportEntity, { expiresAt: LessThan(new Date()) });
    const fileName = file.originalname.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'import';
    const analysis = await this.analyse(file.buffer, fileName);
    const previewed = await this.runner.preview(analysis.table, analysis.mapping, fileName);
    const preview = previewOf(previewed);
    const entity = await this.dataSource.manager.save(ImportEntity, {
      fileName,
      format: analysis.table.format,
      content: file.buffer.toString('base64'),
      mapping: analysis.mapping,
      defaultLeadOrgUnit: null,
      state: 'UPLOADED' as const,
      progress: 0,
      detectedColumns: analysis.detectedColumns,
      preview,
      result: null,
      error: null,
      createdById: user.id,
      expiresAt: new Date(Date.now() + TTL_MS),
      decisions: null,
      masterData: previewed.masterData,
      undoneAt: null,
      undoneBy: null,
    });
    this.keepParsed(entity.id, analysis);
    return this.toSession(entity);
  }

  async preview(id: string, request: ImportPreviewRequest): Promise<ImportSession> {
    const entity = await this.load(id);
    if (entity.state !== 'UPLOADED' && entity.state !== 'FAILED') throw alreadyRun();
    const { mapping } = request;
    const defaultLeadOrgUnit = request.defaultLeadOrgUnit?.trim() || null;
    if (defaultLeadOrgUnit && !(await this.dataSource.manager.existsBy(OrgUnitEntity, { code: defaultLeadOrgUnit, active: true }))) {
      const message = unknownLead(defaultLeadOrgUnit);
      throw new BadRequestException({ detail: message, errors: [{ field: 'defaultLeadOrgUnit', message }] });
    }
    const { table, detectedColumns } = await this.parsedFile(entity);
    const decisions = request.masterData ?? entity.decisions ?? null;
    const previewed = await this.runner.preview(table, mapping, entity.fileName, {
      defaultLeadOrgUnit,
      masterData: decisions ?? undefined,
    });
    const changes = {
      mapping,
      defaultLeadOrgUnit,
      decisions,
      state: 'UPLOADED' as const,
      error: null,
      preview: previewOf(previewed),
      masterData: previewed.masterData,
      detectedColumns,
    };
    // Only while the import has not started: a commit (maybe on another instance) in the meantime wins.
    const { affected } = await this.dataSource.manager.update(ImportEntity, { id, state: In(['UPLOADED', 'FAILED']) }, changes);
    if (!affected) throw alreadyRun();
    return this.toSession({ ...entity, ...changes });
  }

  async commit(id: string, user: AuthUser): Promise<ImportSession> {
    const entity = await this.withPreview(await this.load(id));
    if (entity.state === 'RUNNING' || entity.state === 'DONE')
      throw new ConflictException({ detail: 'Dieser Import läuft bereits oder wurde bereits ausgeführt.' });
    const errors = entity.preview?.errors.length ?? 0;
    if (errors)
      throw new BadRequestException({ detail: `Die Vorschau zeigt ${errors} Fehler; bitte zuerst beheben. Es wurde nichts importiert.` });
    const analysis = await this.parsedFile(entity);
    // Claim the session, so a double click (or a second instance) does not run the import twice.
    const claimed = await this.dataSource.manager.update(
      ImportEntity,
      { id, state: entity.state },
      { state: 'RUNNING', progress: 0, leaseUntil: leaseFromNow() },
    );
    if (!claimed.affected) throw new ConflictException({ detail: 'Dieser Import läuft bereits.' });
    const job = this.run(entity, analysis, user);
    this.running.set(id, job);
    void job.finally(() => this.running.delete(id));
    return this.toSession({ ...entity, state: 'RUNNING', progress: 0 });
  }

  async get(id: string): Promise<ImportSession> {
    return this.toSession(await this.withPreview(await this.load(id)));
  }

  /** Resolves when the background run of this import has finished (for tests and the CLI). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(entity: ImportEntity, analysis: Analysis, user: AuthUser) {
    const progress = this.progressWriter(entity.id);
    let outcome: QueryDeepPartialEntity<ImportEntity>;
    try {
      const result = await holdingLease(this.dataSource.manager, ImportEntity, entity.id, () =>
        this.runner.commit(analysis.table, entity.mapping, {
          defaultLeadOrgUnit: entity.defaultLeadOrgUnit,
          masterData: entity.decisions ?? undefined,
          fileName: entity.fileName,
          importId: entity.id,
          actor: { id: user.id, displayName: user.displayName },
          onProgress: progress.report,
        }),
      );
      outcome = {
        state: 'DONE',
        progress: 100,
        result: { create: result.create, update: result.update },
        preview: previewOf(result),
        masterData: result.masterData,
        content: '',
        leaseUntil: null,
        undoLog: result.undoLog,
        expiresAt: new Date(Date.now() + UNDO_MS),
      };
      this.parsed.delete(entity.id);
    } catch (error) {
      if (!(error instanceof ImportRejected)) this.logger.error({ err: error }, 'import failed');
      const message = error instanceof ImportRejected ? error.message : 'Der Import ist fehlgeschlagen; es wurde nichts geschrieben.';
      outcome = {
        state: 'FAILED',
        error: message,
        leaseUntil: null,
        ...(error instanceof ImportRejected ? { preview: previewOf(error.result) } : {}),
      };
    }
    // The last progress write lands before the outcome, never after it.
    await progress.written();
    await this.dataSource.manager.update(ImportEntity, { id: entity.id }, outcome);
  }

  /** Reports progress to the row when it moved and PROGRESS_WRITE_MS have passed; a failed write only costs the figure. */
  private progressWriter(id: string) {
    let shown = 0;
    let shownAt = 0;
    let pending: Promise<unknown> = Promise.resolve();
    return {
      report: (percent: number) => {
        const now = Date.now();
        if (percent <= shown || now - shownAt < PROGRESS_WRITE_MS) return;
        shown = percent;
        shownAt = now;
        pending = pending
          .then(() => this.dataSource.manager.update(ImportEntity, { id, state: 'RUNNING' }, { progress: percent }))
          .catch((error: unknown) => this.logger.warn({ err: error }, 'import progress not written'));
      },
      written: () => pending,
    };
  }

  private async analyse(buffer: Buffer, fileName: string): Promise<Analysis> {
    try {
      return await this.runner.analyse(buffer, fileName);
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new BadRequestException({ detail: error.message, errors: [{ field: 'file', message: error.message }] });
      throw error;
    }
  }

  private async load(id: string): Promise<ImportEntity> {
    const entity = await this.dataSource.manager.findOne(ImportEntity, { where: { id } });
    if (!entity || (entity.expiresAt < new Date() && entity.state !== 'RUNNING')) throw notFound('Der Import');
    // Left RUNNING by an instance that stopped: its transaction never committed, so nothing was written.
    return this.running.has(id) ? entity : expireLease(this.dataSource.manager, ImportEntity, entity, INTERRUPTED);
  }

  /** The parsed file: this instance's copy, else read from the row (uploaded through another instance, or before a restart). */
  private async parsedFile(entity: ImportEntity): Promise<Analysis> {
    const kept = this.parsed.get(entity.id);
    if (kept) return kept;
    const row = await this.dataSource.manager
      .createQueryBuilder(ImportEntity, 'i')
      .select('i.content', 'content')
      .where('i.id = :id', { id: entity.id })
      .getRawOne<{ content: string }>();
    if (!row?.content)
      throw new ConflictException({ detail: 'Die Datei dieses Imports ist nicht mehr vorhanden; bitte erneut hochladen.' });
    const analysis = await this.analyse(Buffer.from(row.content, 'base64'), entity.fileName);
    this.keepParsed(entity.id, analysis);
    return analysis;
  }

  private keepParsed(id: string, analysis: Analysis) {
    this.parsed.delete(id);
    this.parsed.set(id, analysis);
    // A Map iterates in insertion order: the first key is the one used longest ago.
    while (this.parsed.size > PARSED_FILES_KEPT) this.parsed.delete(this.parsed.keys().next().value as string);
  }

  /** Rows uploaded before columns and preview were stored get them once, from their file. */
  private async withPreview(entity: ImportEntity): Promise<ImportEntity> {
    if ((entity.preview && entity.masterData) || entity.state === 'DONE' || entity.state === 'RUNNING' || entity.state === 'UNDONE')
      return entity;
    const analysis = await this.parsedFile(entity);
    const previewed = await this.runner.preview(analysis.table, entity.mapping, entity.fileName, {
      defaultLeadOrgUnit: entity.defaultLeadOrgUnit,
      masterData: entity.decisions ?? undefined,
    });
    const changes = { preview: previewOf(previewed), masterData: previewed.masterData, detectedColumns: analysis.detectedColumns };
    await this.dataSource.manager.update(ImportEntity, { id: entity.id, state: entity.state }, changes);
    return { ...entity, ...changes };
  }

  private toSession(entity: ImportEntity): ImportSession {
    return {
      importId: entity.id,
      fileName: entity.fileName,
      state: entity.state,
      progress: entity.state === 'DONE' ? 100 : entity.state === 'RUNNING' ? entity.progress : 0,
      detectedColumns: entity.detectedColumns ?? [],
      mapping: entity.mapping,
      defaultLeadOrgUnit: entity.defaultLeadOrgUnit,
      preview: entity.preview ?? { rows: [], create: emptyCounts(), update: emptyCounts(), warnings: [], errors: [] },
      masterData: entity.masterData ?? [],
      result: (entity.result as ImportSession['result']) ?? null,
      error: entity.error,
      undoableUntil: undoableUntil(entity),
      undone: entity.undoneAt ? { at: entity.undoneAt.toISOString(), by: entity.undoneBy ?? '' } : null,
    };
  }

  /** Finished imports of the last 30 days, newest first, for the wizard's list (and undo). */
  async list(): Promise<ImportSummary[]> {
    const rows = await this.dataSource.manager.find(ImportEntity, {
      where: { state: In(['DONE', 'UNDONE']), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 50,
    });
    const names = await this.userNames(rows.map((r) => r.createdById).filter((id): id is string => Boolean(id)));
    return rows.map((r) => ({
      importId: r.id,
      fileName: r.fileName,
      state: r.state,
      createdAt: r.createdAt.toISOString(),
      createdBy: (r.createdById && names.get(r.createdById)) ?? null,
      result: (r.result as ImportSummary['result']) ?? null,
      undoableUntil: undoableUntil(r),
    }));
  }

  /**
   * Takes a finished import back: what it created is deleted, what it changed gets its earlier values —
   * only if nobody has changed or added to any of it since (409 with the list otherwise, and nothing changes).
   */
  async undo(id: string, user: AuthUser): Promise<ImportSession> {
    const entity = await this.load(id);
    if (entity.state !== 'DONE' || !undoableUntil(entity)) {
      throw new ConflictException({
        detail:
          entity.state === 'UNDONE'
            ? 'Dieser Import wurde bereits rückgängig gemacht.'
            : 'Nur ein abgeschlossener Import der letzten 30 Tage lässt sich rückgängig machen.',
      });
    }
    const undoneAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      // Claimed first, so a second click (or instance) finds it taken.
      const { affected } = await manager.update(
        ImportEntity,
        { id, state: 'DONE' },
        { state: 'UNDONE', undoneAt, undoneBy: user.displayName },
      );
      if (!affected) throw new ConflictException({ detail: 'Dieser Import wurde bereits rückgängig gemacht.' });
      const row = await manager.createQueryBuilder(ImportEntity, 'i').addSelect('i.undoLog').where('i.id = :id', { id }).getOneOrFail();
      const outcome = await undoImport(manager, row.undoLog ?? [], (entry) => this.audit.record(manager, user, entry));
      if (outcome.conflicts.length) {
        throw new ConflictException({
          detail: `Der Import lässt sich nicht rückgängig machen, weil inzwischen damit gearbeitet wurde (${outcome.conflicts.length}); es wurde nichts geändert.`,
          errors: outcome.conflicts.slice(0, 50).map((message) => ({ field: 'import', message })),
        });
      }
      await this.audit.record(manager, user, {
        action: 'DELETE',
        entityType: 'import',
        entityId: id,
        entityLabel: entity.fileName.slice(0, 300),
        changes: [{ field: 'undone', before: null, after: { deleted: outcome.deleted, restored: outcome.restored } }],
      });
    });
    return this.get(id);
  }

  private async userNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.dataSource.manager.find(UserEntity, {
      select: { id: true, displayName: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

/** Until when a DONE import can be undone (its row, with the log, is kept that long). */
const undoableUntil = (entity: ImportEntity): string | null =>
  entity.state === 'DONE' && entity.expiresAt > new Date() ? entity.expiresAt.toISOString() : null;

const emptyCounts = () => ({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
const alreadyRun = () => new ConflictException({ detail: 'Dieser Import wurde bereits ausgeführt.' });
