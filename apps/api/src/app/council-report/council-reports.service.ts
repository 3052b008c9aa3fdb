import { ConflictException, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CouncilReportJob, Locale, Page } from '@klimaschutz/contracts';
import { setImmediate as tick } from 'node:timers/promises';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { expireLease, holdingLease, leaseFromNow } from '../common/lease';
import type { AppConfig } from '../config/app.config';
import { SummaryService } from '../cockpit/summary.service';
import { JobsService } from '../jobs/jobs.service';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { EmissionsService } from '../emissions/emissions.service';
import { loadCouncilReportData } from './council-report-data';
import { renderCouncilReport } from './council-report-pdf';
import { DocumentJobEntity } from './document-job.entity';
import { dateInBerlin } from '../common/date-time';

/** A finished report stays downloadable this long, then the cleanup job deletes it. */
export const DOCUMENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const KIND = 'COUNCIL_REPORT' as const;

const FAILED =
  'Der Sachstandsbericht konnte nicht erstellt werden. Bitte erneut versuchen; bleibt der Fehler, bitte die Systemverwaltung informieren.';
const INTERRUPTED = 'Die Erstellung wurde unterbrochen (der Server wurde währenddessen beendet). Bitte den Bericht erneut erstellen.';

/** `Sachstand 2015/2016` → `Sachstandsbericht-Sachstand-2015-2016.pdf` (ASCII, safe in every download header). */
export function reportFileName(periodName: string): string {
  const slug = periodName
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `Sachstandsbericht-${slug || 'Berichtszeitraum'}.pdf`;
}

/**
 * Council reports as background jobs: the request answers at once with a job row, the PDF is
 * generated in this process (yielding between rows) and stored in the row with its progress, so
 * every API instance can answer the polling and the download.
 */
@Injectable()
export class CouncilReportsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CouncilReportsService.name);
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: SummaryService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly config: ConfigService,
    private readonly emissions: EmissionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'document-cleanup',
      description: 'Abgelaufene Sachstandsberichte (PDF) löschen',
      defaultSchedule: '40 3 * * *',
      slotOf: dateInBerlin,
      run: async () => `${await this.deleteExpired()} abgelaufene Dokumente gelöscht`,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Resolves when every report this process is generating has finished (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  async create(periodId: string, user: AuthUser): Promise<CouncilReportJob> {
    const manager = this.dataSource.manager;
    const period = await manager.findOne(ReportingPeriodEntity, { where: { id: periodId } });
    if (!period) throw notFound('Der Berichtszeitraum');
    // A second click while the report is being made answers with the one in progress.
    const inProgress = await manager.findOne(DocumentJobEntity, {
      where: { kind: KIND, periodId, locale: user.locale, state: 'RUNNING', leaseUntil: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    if (inProgress) return this.toJob(inProgress, period);

    const job = await this.dataSource.transaction(async (m) => {
      const row = await m.save(
        m.create(DocumentJobEntity, {
          kind: KIND,
          periodId,
          state: 'RUNNING',
          progress: 0,
          fileName: null,
          content: null,
          error: null,
          createdById: user.id,
          locale: user.locale,
          expiresAt: new Date(Date.now() + DOCUMENT_TTL_MS),
          leaseUntil: leaseFromNow(),
        }),
      );
      await this.audit.record(m, user, {
        action: 'CREATE',
        entityType: 'council-report',
        entityId: row.id,
        entityLabel: period.name,
        scopeId: period.id,
      });
      return row;
    });
    const run = holdingLease(this.dataSource.manager, DocumentJobEntity, job.id, () => this.generate(job.id, period, job.locale)).finally(
      () => this.running.delete(job.id),
    );
    this.running.set(job.id, run);
    return this.toJob(job, period);
  }

  async get(id: string): Promise<CouncilReportJob> {
    const job = await this.load(id);
    return this.toJob(job, job.period!);
  }

  /** The newest reports first, optionally of one period; expired ones are gone. */
  async list(filter: { periodId?: string }, page: number, pageSize: number): Promise<Page<CouncilReportJob>> {
    const [rows, total] = await this.dataSource.manager.findAndCount(DocumentJobEntity, {
      where: { kind: KIND, expiresAt: MoreThan(new Date()), ...(filter.periodId ? { periodId: filter.periodId } : {}) },
      relations: { period: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await Promise.all(rows.map((r) => this.toJob(r, r.period!))), total, page, pageSize };
  }

  async file(id: string): Promise<{ fileName: string; content: Buffer }> {
    const job = await this.load(id);
    if (job.state !== 'DONE') {
      throw new ConflictException({
        detail:
          job.state === 'RUNNING'
            ? 'Der Sachstandsbericht wird noch erstellt; bitte warten, bis er fertig ist.'
            : 'Der Sachstandsbericht konnte nicht erstellt werden; bitte neu erstellen.',
      });
    }
    const row = await this.dataSource.manager
      .createQueryBuilder(DocumentJobEntity, 'd')
      .select('d.content', 'content')
      .where('d.id = :id', { id })
      .getRawOne<{ content: string | null }>();
    if (!row?.content) throw notFound('Der Sachstandsbericht');
    return { fileName: job.fileName ?? 'Sachstandsbericht.pdf', content: Buffer.from(row.content, 'base64') };
  }

  async deleteExpired(): Promise<number> {
    const result = await this.dataSource.manager.delete(DocumentJobEntity, { kind: KIND, expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }

  private async generate(id: string, period: ReportingPeriodEntity, locale: Locale): Promise<void> {
    const manager = this.dataSource.manager;
    let reported = 0;
    const progress = async (percent: number) => {
      if (percent <= reported) return;
      reported = percent;
      await manager.update(DocumentJobEntity, { id }, { progress: percent });
    };
    try {
      // Let the request that started the report be answered first.
      await tick();
      const started = Date.now();
      const data = await loadCouncilReportData(
        manager,
        this.summaries,
        period,
        this.config.getOrThrow<AppConfig>('app').cityName,
        this.emissions,
      );
      await progress(10);
      const pdf = await renderCouncilReport(data, progress, locale);
      await manager.update(
        DocumentJobEntity,
        { id },
        { state: 'DONE', progress: 100, fileName: reportFileName(period.name), content: pdf.toString('base64'), leaseUntil: null },
      );
      this.logger.log(`council report ${id} for "${period.name}": ${pdf.length} bytes in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.error({ err: error }, 'council report failed');
      await manager.update(DocumentJobEntity, { id }, { state: 'FAILED', error: FAILED, leaseUntil: null }).catch(() => undefined);
    }
  }

  private async load(id: string): Promise<DocumentJobEntity> {
    const job = await this.dataSource.manager.findOne(DocumentJobEntity, { where: { id, kind: KIND }, relations: { period: true } });
    if (!job || job.expiresAt < new Date()) throw notFound('Der Sachstandsbericht');
    return job;
  }

  /** Maps a row to the contract; a row left "running" by an instance that stopped is reported as failed. */
  private async toJob(job: DocumentJobEntity, period: ReportingPeriodEntity): Promise<CouncilReportJob> {
    if (!this.running.has(job.id)) job = await expireLease(this.dataSource.manager, DocumentJobEntity, job, INTERRUPTED);
    return {
      id: job.id,
      period: { id: period.id, name: period.name },
      state: job.state,
      progress: job.state === 'DONE' ? 100 : job.progress,
      fileName: job.fileName,
      error: job.error,
      createdAt: job.createdAt.toISOString(),
      expiresAt: job.expiresAt.toISOString(),
    };
  }
}
