import { Injectable } from '@nestjs/common';
import { ASSESSMENT_LABELS, IMPORT_FIELD_LABELS, MEASURE_STATUS_LABELS, PRIORITY_LABELS, type ImportField } from '@klimaschutz/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { Brackets, DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { ClimateChecksService } from '../climate-checks/climate-checks.service';
import { ClimateCheckQueryDto } from '../climate-checks/dto/climate-check.dto';
import { notFound } from '../common/errors';
import { likePattern, sortOrder } from '../common/paging';
import { MeasureEntity } from '../measures/measure.entity';
import { MeasureQueryDto } from '../measures/dto/measure-query.dto';
import { MEASURE_SORT_COLUMNS } from '../measures/measures.service';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationQueryDto } from '../consultations/dto/consultation.dto';
import { TrainingQueryDto } from '../trainings/dto/training.dto';
import { TrainingsService } from '../trainings/trainings.service';
import { climateChecksTable, consultationsTable, trainingsTable } from './stabsstelle-tables';

export type Table = { sheet: string; headers: string[]; rows: (string | number | null)[][] };

/** Spreadsheet programs run a cell that starts with = + - @ (or a tab/CR) as a formula; such text gets a leading apostrophe. */
export function escapeCell(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  if (/^[-+]?\d+([.,]\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const h = (fields: ImportField[]) => fields.map((f) => IMPORT_FIELD_LABELS[f]);

/** Exports use the import's column names, so an export can be imported again unchanged (round trip). */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainingsService: TrainingsService,
    private readonly consultationsService: ConsultationsService,
    private readonly climateChecksService: ClimateChecksService,
  ) {}

  async measures(query: MeasureQueryDto): Promise<Table> {
    const qb = this.dataSource.manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoinAndSelect('m.fieldOfAction', 'f')
      .innerJoinAndSelect('m.leadOrgUnit', 'lead')
      .where(query.archived === 'true' ? 'm.archivedAt IS NOT NULL' : 'm.archivedAt IS NULL');
    if (query.q?.trim()) qb.andWhere("m.searchText LIKE :q ESCAPE '\\'", { q: likePattern(query.q.trim()) });
    if (query.status?.length) qb.andWhere('m.status IN (:...status)', { status: query.status });
    if (query.assessment?.length) qb.andWhere('m.assessment IN (:...assessment)', { assessment: query.assessment });
    if (query.fieldOfActionId) qb.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: query.fieldOfActionId });
    if (query.published) qb.andWhere('m.published = :published', { published: query.published === 'true' });
    if (query.orgUnitId) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('m.leadOrgUnitId = :orgUnitId', { orgUnitId: query.orgUnitId });
          if (query.orgUnitRole !== 'lead') w.orWhere('m.id IN (SELECT p."measureId" FROM measure_participants p WHERE p."orgUnitId" = :orgUnitId)');
        }),
      );
    }
    // In the list's order, as the list sorts it.
    const [column, direction] = sortOrder(query.sort, MEASURE_SORT_COLUMNS, [MEASURE_SORT_COLUMNS.code, 'ASC']);
    qb.orderBy(column, direction);
    if (column !== MEASURE_SORT_COLUMNS.code) qb.addOrderBy('m.code', 'ASC');
    const rows = await qb.getMany();
    return {
      sheet: 'Maßnahmen',
      headers: h(['code', 'title', 'summary', 'text', 'goal', 'fieldOfAction', 'fieldOfActionName', 'leadOrgUnit', 'leadOrgUnitName', 'status', 'assessment', 'priority', 'progressPercent', 'plannedStart', 'plannedEnd']),
      rows: rows.map((m) => [
        m.code, m.title, m.summary, m.description, m.goal, m.fieldOfAction!.code, m.fieldOfAction!.name, m.leadOrgUnit!.code, m.leadOrgUnit!.name,
        MEASURE_STATUS_LABELS[m.status], ASSESSMENT_LABELS[m.assessment], PRIORITY_LABELS[m.priority], m.progressPercent, m.plannedStart, m.plannedEnd,
      ]),
    };
  }

  /** The accepted reports of a period (one per measure and lead unit), with the measure's identifying columns. */
  async reports(periodId: string): Promise<Table> {
    const period = await this.dataSource.manager.findOne(ReportingPeriodEntity, { where: { id: periodId } });
    if (!period) throw notFound('Der Berichtszeitraum');
    const reports = await this.dataSource.manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoinAndSelect('r.measure', 'm')
      .innerJoinAndSelect('m.fieldOfAction', 'f')
      .innerJoinAndSelect('m.leadOrgUnit', 'lead')
      .where('r.periodId = :periodId', { periodId })
      .andWhere('r.state = :accepted', { accepted: 'ACCEPTED' })
      .andWhere('r.orgUnitId = m.leadOrgUnitId')
      .orderBy('m.code', 'ASC')
      .getMany();
    return {
      sheet: 'Sachstände',
      headers: h(['code', 'title', 'fieldOfAction', 'fieldOfActionName', 'leadOrgUnit', 'leadOrgUnitName', 'period', 'periodStart', 'periodEnd', 'reportStatus', 'reportAssessment', 'progressPercent', 'reportText']),
      rows: reports.map((r) => {
        const m = r.measure!;
        return [
          m.code, m.title, m.fieldOfAction!.code, m.fieldOfAction!.name, m.leadOrgUnit!.code, m.leadOrgUnit!.name, period.name, period.startDate, period.endDate,
          MEASURE_STATUS_LABELS[r.status], ASSESSMENT_LABELS[r.assessment], r.progressPercent, r.text,
        ];
      }),
    };
  }

  /** The training list with its filters; participant names only for those who may see them. */
  async trainings(query: TrainingQueryDto, user: AuthUser): Promise<Table> {
    return trainingsTable(await this.trainingsService.exportRows(query, user), stabsstellePolicy.seesParticipantNames(user));
  }

  /** The consultation list with its filters, scoped like the list (a department: its own org unit's). */
  async consultations(query: ConsultationQueryDto, user: AuthUser): Promise<Table> {
    return consultationsTable(await this.consultationsService.exportRows(query, user));
  }

  /** The climate-check list with its filters, scoped like the list (a department: its own org unit's). */
  async climateChecks(query: ClimateCheckQueryDto, user: AuthUser): Promise<Table> {
    return climateChecksTable(await this.climateChecksService.exportRows(query, user));
  }

  /**
   * UTF-8 with BOM, `;` and CRLF: what Excel in German opens without asking. Decimals get a comma, or
   * German Excel would read `1.5` as the 1st of May.
   */
  csv(table: Table): Buffer {
    const cell = (c: string | number | null) => (typeof c === 'number' ? String(c).replace('.', ',') : escapeCell(c ?? ''));
    const body = stringify([table.headers, ...table.rows.map((r) => r.map(cell))], { delimiter: ';', record_delimiter: '\r\n' });
    return Buffer.concat([Buffer.from('\uFEFF', 'utf-8'), Buffer.from(body, 'utf-8')]);
  }

  async xlsx(table: Table): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Klimaschutz-Cockpit';
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((c) => escapeCell(c)));
    sheet.columns.forEach((c) => (c.width = 24));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
