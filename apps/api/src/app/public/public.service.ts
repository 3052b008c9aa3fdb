import { ConflictException, Injectable } from '@nestjs/common';
import {
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  OPEN_DATA_CSV_COLUMNS,
  OPEN_DATA_LICENCE,
  type OpenDataCsvColumn,
  SITE_PAGES,
  type Page,
  type PublicMeasure,
  type PublicMeasureDetail,
  type PublicNote,
  type PublicSummary,
  type SitePage,
  type SitePageKey,
} from '@klimaschutz/contracts';
import { stringify } from 'csv-stringify/sync';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound, staleVersion } from '../common/errors';
import { FingerprintCache, tableFingerprint } from '../common/fingerprint-cache';
import { likePattern, paging, sortOrder } from '../common/paging';
import { MeasureEntity } from '../measures/measure.entity';
import { PublicMeasureQueryDto, PublicNoteDto, SitePageDto } from './public.dto';
import { PublicNoteEntity, SitePageEntity } from './public.entities';
import { DEFAULT_SITE_PAGES } from './site-pages.defaults';
import { SiteVideosService } from './site-videos.service';

/** Only these columns ever leave the database for the public: an explicit select is the allow-list. */
function publishedMeasures(dataSource: DataSource): SelectQueryBuilder<MeasureEntity> {
  return dataSource.manager
    .createQueryBuilder(MeasureEntity, 'm')
    .innerJoin('m.fieldOfAction', 'f')
    .innerJoin('m.leadOrgUnit', 'o')
    .select([
      'm.id',
      'm.code',
      'm.title',
      'm.publicSummary',
      'm.status',
      'm.progressPercent',
      'm.plannedStart',
      'm.plannedEnd',
      'm.updatedAt',
    ])
    .addSelect(['f.id', 'f.code', 'f.name', 'f.colour', 'o.id', 'o.name', 'o.email'])
    .where('m.published = :published', { published: true })
    .andWhere('m.archivedAt IS NULL');
}

const toPublicMeasure = (m: MeasureEntity): PublicMeasure => ({
  id: m.id,
  code: m.code,
  title: m.title,
  publicSummary: m.publicSummary,
  status: m.status,
  progressPercent: m.progressPercent,
  fieldOfAction: { id: m.fieldOfAction!.id, code: m.fieldOfAction!.code, name: m.fieldOfAction!.name, colour: m.fieldOfAction!.colour },
  responsibleDepartment: { name: m.leadOrgUnit!.name, email: m.leadOrgUnit!.email },
  plannedStart: m.plannedStart,
  plannedEnd: m.plannedEnd,
  updatedAt: m.updatedAt.toISOString(),
});

const toNote = (n: PublicNoteEntity): PublicNote => ({ id: n.id, date: n.date, text: n.text });

@Injectable()
export class PublicService {
  /** Citizens all ask the same question; it is answered again only when a measure or field changes. */
  private readonly summaries = new FingerprintCache<PublicSummary>({
    scan: () => tableFingerprint(this.dataSource, ['measures', 'fields_of_action']),
    entries: 1,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly videos: SiteVideosService,
  ) {}

  async measures(query: PublicMeasureQueryDto): Promise<Page<PublicMeasure>> {
    const { page, pageSize, skip } = paging(query);
    const [column, direction] = sortOrder(
      query.sort,
      { code: 'm.code', title: 'm.title', progressPercent: 'm.progressPercent', updatedAt: 'm.updatedAt' },
      ['m.code', 'ASC'],
    );
    const qb = publishedMeasures(this.dataSource);
    // Citizens search the texts they can see, not the internal description.
    if (query.q?.trim()) {
      qb.andWhere(
        "(LOWER(m.title) LIKE :q ESCAPE '\\' OR LOWER(m.code) LIKE :q ESCAPE '\\' OR LOWER(COALESCE(m.publicSummary, '')) LIKE :q ESCAPE '\\')",
        {
          q: likePattern(query.q.trim()),
        },
      );
    }
    if (query.fieldOfActionId) qb.andWhere('m.fieldOfActionId = :f', { f: query.fieldOfActionId });
    if (query.status?.length) qb.andWhere('m.status IN (:...status)', { status: query.status });
    qb.orderBy(column, direction).addOrderBy(column === 'm.code' ? 'm.id' : 'm.code', 'ASC');
    const [rows, total] = await qb.skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toPublicMeasure), total, page, pageSize };
  }

  async measure(id: string): Promise<PublicMeasureDetail> {
    const m = await publishedMeasures(this.dataSource)
      .addSelect(['m.goal', 'm.ghgReductionTargetT'])
      .andWhere('m.id = :id', { id })
      .getOne();
    if (!m) throw notFound('Die Maßnahme');
    const notes = await this.dataSource.manager.find(PublicNoteEntity, {
      where: { measureId: id },
      order: { date: 'DESC', createdAt: 'DESC' },
    });
    return { ...toPublicMeasure(m), goal: m.goal, ghgReductionTargetT: m.ghgReductionTargetT, notes: notes.map(toNote) };
  }

  summary(): Promise<PublicSummary> {
    return this.summaries.get('summary', () => this.computeSummary());
  }

  private async computeSummary(): Promise<PublicSummary> {
    const rows: {
      status: string;
      fieldId: string;
      code: string;
      name: string;
      colour: string;
      n: string | number;
      progress: string | number;
      target: string | number;
      achieved: string | number;
      updated: string | Date | null;
    }[] = await this.dataSource.manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoin('m.fieldOfAction', 'f')
      .select('m.status', 'status')
      .addSelect('f.id', 'fieldId')
      .addSelect('f.code', 'code')
      .addSelect('f.name', 'name')
      .addSelect('f.colour', 'colour')
      .addSelect('f.sortOrder', 'sortOrder')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(m.progressPercent)', 'progress')
      .addSelect('SUM(COALESCE(m.ghgReductionTargetT, 0))', 'target')
      .addSelect('SUM(COALESCE(m.ghgReductionAchievedT, 0))', 'achieved')
      .addSelect('MAX(m.updatedAt)', 'updated')
      .where('m.published = :published', { published: true })
      .andWhere('m.archivedAt IS NULL')
      .groupBy('m.status')
      .addGroupBy('f.id')
      .addGroupBy('f.code')
      .addGroupBy('f.name')
      .addGroupBy('f.colour')
      .addGroupBy('f.sortOrder')
      .orderBy('f.sortOrder', 'ASC')
      .getRawMany();
    const byStatus = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as PublicSummary['byStatus'];
    const fields = new Map<string, PublicSummary['byFieldOfAction'][number]>();
    let total = 0;
    let progress = 0;
    let target = 0;
    let achieved = 0;
    let updated: string | null = null;
    for (const r of rows) {
      const n = Number(r.n);
      total += n;
      progress += Number(r.progress);
      target += Number(r.target);
      achieved += Number(r.achieved);
      byStatus[r.status as keyof typeof byStatus] += n;
      const stamp = r.updated ? new Date(r.updated).toISOString() : null;
      if (stamp && (!updated || stamp > updated)) updated = stamp;
      const field = fields.get(r.fieldId) ?? {
        id: r.fieldId,
        code: r.code,
        name: r.name,
        colour: r.colour,
        total: 0,
        completed: 0,
        inProgress: 0,
      };
      field.total += n;
      if (r.status === 'COMPLETED') field.completed += n;
      if (r.status === 'IN_PROGRESS') field.inProgress += n;
      fields.set(r.fieldId, field);
    }
    return {
      publishedMeasures: total,
      byStatus,
      averageProgressPercent: total ? Math.round((progress / total) * 10) / 10 : 0,
      ghg: { targetTPerYear: Math.round(target * 10) / 10, achievedTPerYear: Math.round(achieved * 10) / 10 },
      byFieldOfAction: [...fields.values()],
      updatedAt: updated,
    };
  }

  /** All published measures with the licence stated, as JSON for machines. */
  async openDataJson() {
    const measures = (await publishedMeasures(this.dataSource).orderBy('m.code', 'ASC').getMany()).map(toPublicMeasure);
    return {
      licence: OPEN_DATA_LICENCE,
      publisher: 'Stadtverwaltung – Stabsstelle Klimaschutz',
      generatedAt: new Date().toISOString(),
      measures,
    };
  }

  /** The same as CSV for spreadsheets: UTF-8 with BOM and `;`, so German Excel opens it; formula-like cells defused. */
  async openDataCsv(): Promise<string> {
    const { measures } = await this.openDataJson();
    const defuse = (v: unknown) => {
      const text = v === null || v === undefined ? '' : String(v);
      return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    };
    const values: Record<OpenDataCsvColumn, (m: PublicMeasure) => unknown> = {
      kennung: (m) => m.code,
      titel: (m) => m.title,
      kurzbeschreibung: (m) => m.publicSummary,
      handlungsfeld_kennung: (m) => m.fieldOfAction.code,
      handlungsfeld: (m) => m.fieldOfAction.name,
      status: (m) => m.status,
      status_bezeichnung: (m) => MEASURE_STATUS_LABELS[m.status],
      fortschritt_prozent: (m) => m.progressPercent,
      federfuehrung: (m) => m.responsibleDepartment.name,
      kontakt: (m) => m.responsibleDepartment.email,
      beginn_geplant: (m) => m.plannedStart,
      ende_geplant: (m) => m.plannedEnd,
      aktualisiert: (m) => m.updatedAt,
      lizenz: () => OPEN_DATA_LICENCE.id,
    };
    const columns = OPEN_DATA_CSV_COLUMNS.map((c) => c.name);
    const rows = measures.map((m) => columns.map((c) => defuse(values[c](m))));
    return '\uFEFF' + stringify(rows, { delimiter: ';', header: true, columns, record_delimiter: '\r\n' });
  }

  // ---------------------------------------------------------------- site pages

  async page(key: SitePageKey): Promise<SitePage> {
    if (!SITE_PAGES.includes(key)) throw notFound('Die Seite');
    const [row, videos] = await Promise.all([this.dataSource.manager.findOne(SitePageEntity, { where: { key } }), this.videos.list(key)]);
    if (row) return { key, title: row.title, body: row.body, updatedAt: row.updatedAt.toISOString(), version: row.version, videos };
    return { key, ...DEFAULT_SITE_PAGES[key], updatedAt: new Date(0).toISOString(), version: 0, videos };
  }

  async savePage(key: SitePageKey, dto: SitePageDto, user: AuthUser): Promise<SitePage> {
    if (!SITE_PAGES.includes(key)) throw notFound('Die Seite');
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(SitePageEntity, { where: { key } });
      const expected = dto.version ?? (row ? row.version : 0);
      if ((row?.version ?? 0) !== expected) throw staleVersion('Die Seite');
      if (row) {
        const result = await manager.update(
          SitePageEntity,
          { key, version: expected },
          { title: dto.title, body: dto.body, version: expected + 1 },
        );
        if (!result.affected) throw staleVersion('Die Seite');
      } else {
        try {
          await manager.insert(SitePageEntity, { key, title: dto.title, body: dto.body, version: 1 });
        } catch {
          throw new ConflictException({ detail: 'Die Seite wurde gerade von jemand anderem angelegt. Bitte neu laden.' });
        }
      }
      await this.audit.record(manager, user, {
        action: row ? 'UPDATE' : 'CREATE',
        entityType: 'site-page',
        entityId: key,
        entityLabel: dto.title,
        changes: [
          { field: 'title', before: row?.title ?? null, after: dto.title },
          { field: 'body', before: row ? `${row.body.length} Zeichen` : null, after: `${dto.body.length} Zeichen` },
        ],
      });
    });
    return this.page(key);
  }

  // ---------------------------------------------------------------- public notes (written internally)

  async notes(measureId: string): Promise<PublicNote[]> {
    if (!(await this.dataSource.manager.existsBy(MeasureEntity, { id: measureId }))) throw notFound('Die Maßnahme');
    const rows = await this.dataSource.manager.find(PublicNoteEntity, { where: { measureId }, order: { date: 'DESC', createdAt: 'DESC' } });
    return rows.map(toNote);
  }

  async addNote(measureId: string, dto: PublicNoteDto, user: AuthUser): Promise<PublicNote> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await manager.findOne(MeasureEntity, { where: { id: measureId } });
      if (!measure) throw notFound('Die Maßnahme');
      const note = manager.create(PublicNoteEntity, { measureId, date: dto.date, text: dto.text, authorId: user.id });
      await manager.save(note);
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'public-note',
        entityId: note.id,
        entityLabel: `${measure.code}: öffentliche Notiz`,
        scopeId: measureId,
        changes: [{ field: 'text', before: null, after: dto.text }],
      });
      return toNote(note);
    });
  }

  async removeNote(measureId: string, noteId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const note = await manager.findOne(PublicNoteEntity, { where: { id: noteId, measureId } });
      if (!note) throw notFound('Die Notiz');
      await manager.delete(PublicNoteEntity, { id: noteId });
      await this.audit.record(manager, user, {
        action: 'DELETE',
        entityType: 'public-note',
        entityId: noteId,
        scopeId: measureId,
        changes: [{ field: 'text', before: note.text, after: null }],
      });
    });
  }
}
