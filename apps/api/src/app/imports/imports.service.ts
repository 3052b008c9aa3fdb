import { BadRequestException, ConflictException, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { ImportPreview, ImportPreviewRequest, ImportSession } from '@klimaschutz/contracts';
import { DataSource, LessThan } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { unknownLead, type ApplyResult } from './import-apply';
import { ImportEntity } from './import.entity';
import { ImportFileError, type RawTable } from './import-file';
import { ImportRejected, ImportRunner, type Analysis } from './import-runner';

const TTL_MS = 24 * 60 * 60 * 1000;

interface Cached {
  analysis: Analysis;
  preview: ImportPreview;
  progress: number;
}

const previewOf = (r: ApplyResult): ImportPreview => ({ rows: r.rows, create: r.create, update: r.update, warnings: r.warnings, errors: r.errors });

/** Upload sessions of the import wizard around the shared ImportRunner. */
@Injectable()
export class ImportsService implements OnModuleDestroy {
  private readonly logger = new Logger(ImportsService.name);
  private readonly runner: ImportRunner;
  /** Parsed files and last previews, so polling does not parse the file again. Lost on restart: then re-read from the table. */
  private readonly cache = new Map<string, Cached>();
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {
    this.runner = new ImportRunner(dataSource);
  }

  async onModuleDestroy() {
    await Promise.allSettled([...this.running]);
  }

  async upload(file: { originalname: string; buffer: Buffer } | undefined, user: AuthUser): Promise<ImportSession> {
    if (!file) throw new BadRequestException({ detail: 'Bitte eine Datei im Feld „file“ hochladen.', errors: [{ field: 'file', message: 'Keine Datei' }] });
    await this.dataSource.manager.delete(ImportEntity, { expiresAt: LessThan(new Date()) });
    const fileName = file.originalname.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'import';
    const analysis = await this.analyse(file.buffer, fileName);
    const entity = await this.dataSource.manager.save(ImportEntity, {
      fileName,
      format: analysis.table.format,
      content: file.buffer.toString('base64'),
      mapping: analysis.mapping,
      defaultLeadOrgUnit: null,
      state: 'UPLOADED' as const,
      result: null,
      error: null,
      createdById: user.id,
      expiresAt: new Date(Date.now() + TTL_MS),
    });
    const preview = previewOf(await this.runner.preview(analysis.table, analysis.mapping, fileName));
    this.cache.set(entity.id, { analysis, preview, progress: 0 });
    return this.toSession(entity);
  }

  async preview(id: string, request: ImportPreviewRequest): Promise<ImportSession> {
    const entity = await this.load(id);
    if (entity.state !== 'UPLOADED' && entity.state !== 'FAILED') throw new ConflictException({ detail: 'Dieser Import wurde bereits ausgeführt.' });
    const { mapping } = request;
    const defaultLeadOrgUnit = request.defaultLeadOrgUnit?.trim() || null;
    if (defaultLeadOrgUnit && !(await this.dataSource.manager.existsBy(OrgUnitEntity, { code: defaultLeadOrgUnit, active: true }))) {
      const message = unknownLead(defaultLeadOrgUnit);
      throw new BadRequestException({ detail: message, errors: [{ field: 'defaultLeadOrgUnit', message }] });
    }
    const cached = await this.cached(entity);
    cached.preview = previewOf(await this.runner.preview(cached.analysis.table, mapping, entity.fileName, { defaultLeadOrgUnit }));
    const changes = { mapping, defaultLeadOrgUnit, state: 'UPLOADED' as const, error: null };
    await this.dataSource.manager.update(ImportEntity, { id }, changes);
    return this.toSession({ ...entity, ...changes });
  }

  async commit(id: string, user: AuthUser): Promise<ImportSession> {
    const entity = await this.load(id);
    if (entity.state === 'RUNNING' || entity.state === 'DONE') throw new ConflictException({ detail: 'Dieser Import läuft bereits oder wurde bereits ausgeführt.' });
    const cached = await this.cached(entity);
    if (cached.preview.errors.length) {
      throw new BadRequestException({ detail: `Die Vorschau zeigt ${cached.preview.errors.length} Fehler; bitte zuerst beheben. Es wurde nichts importiert.` });
    }
    // Claim the session, so a double click does not run the import twice.
    const claimed = await this.dataSource.manager.update(ImportEntity, { id, state: entity.state }, { state: 'RUNNING' });
    if (!claimed.affected) throw new ConflictException({ detail: 'Dieser Import läuft bereits.' });
    cached.progress = 0;
    const job = this.run(entity, cached, user);
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
    return this.toSession({ ...entity, state: 'RUNNING' });
  }

  async get(id: string): Promise<ImportSession> {
    return this.toSession(await this.load(id));
  }

  /** Resolves when the background run of this import has finished (for tests and the CLI). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async run(entity: ImportEntity, cached: Cached, user: AuthUser) {
    try {
      const result = await this.runner.commit(cached.analysis.table, entity.mapping, {
        defaultLeadOrgUnit: entity.defaultLeadOrgUnit,
        fileName: entity.fileName,
        importId: entity.id,
        actor: { id: user.id, displayName: user.displayName },
        onProgress: (p) => (cached.progress = p),
      });
      cached.preview = previewOf(result);
      await this.dataSource.manager.update(ImportEntity, { id: entity.id }, { state: 'DONE', result: { create: result.create, update: result.update }, content: '' });
    } catch (error) {
      if (error instanceof ImportRejected) cached.preview = previewOf(error.result);
      else this.logger.error({ err: error }, 'import failed');
      const message = error instanceof ImportRejected ? error.message : 'Der Import ist fehlgeschlagen; es wurde nichts geschrieben.';
      await this.dataSource.manager.update(ImportEntity, { id: entity.id }, { state: 'FAILED', error: message });
    }
  }

  private async analyse(buffer: Buffer, fileName: string): Promise<Analysis> {
    try {
      return await this.runner.analyse(buffer, fileName);
    } catch (error) {
      if (error instanceof ImportFileError) throw new BadRequestException({ detail: error.message, errors: [{ field: 'file', message: error.message }] });
      throw error;
    }
  }

  private async load(id: string): Promise<ImportEntity> {
    const entity = await this.dataSource.manager.findOne(ImportEntity, { where: { id } });
    if (!entity || (entity.expiresAt < new Date() && entity.state !== 'RUNNING')) throw notFound('Der Import');
    return entity;
  }

  private async cached(entity: ImportEntity): Promise<Cached> {
    let cached = this.cache.get(entity.id);
    if (!cached) {
      if (!entity.content) throw new ConflictException({ detail: 'Die Datei dieses Imports ist nicht mehr vorhanden; bitte erneut hochladen.' });
      const analysis = await this.analyse(Buffer.from(entity.content, 'base64'), entity.fileName);
      const preview = await this.runner.preview(analysis.table, entity.mapping, entity.fileName, { defaultLeadOrgUnit: entity.defaultLeadOrgUnit });
      cached = { analysis, preview: previewOf(preview), progress: 0 };
      this.cache.set(entity.id, cached);
    }
    return cached;
  }

  private async toSession(entity: ImportEntity): Promise<ImportSession> {
    const cached = entity.state === 'DONE' && !entity.content ? this.cache.get(entity.id) : await this.cached(entity);
    const table: RawTable | undefined = cached?.analysis.table;
    return {
      importId: entity.id,
      fileName: entity.fileName,
      state: entity.state,
      progress: entity.state === 'DONE' ? 100 : entity.state === 'RUNNING' ? (cached?.progress ?? 0) : 0,
      detectedColumns: cached?.analysis.detectedColumns ?? (table ? [] : []),
      mapping: entity.mapping,
      defaultLeadOrgUnit: entity.defaultLeadOrgUnit,
      preview: cached?.preview ?? { rows: [], create: emptyCounts(), update: emptyCounts(), warnings: [], errors: [] },
      result: (entity.result as ImportSession['result']) ?? null,
      error: entity.error,
    };
  }
}

const emptyCounts = () => ({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
