import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS, STABSSTELLE_ROLE_SETS } from '../auth/policy';
import { ClimateCheckQueryDto } from '../climate-checks/dto/climate-check.dto';
import { ConsultationQueryDto } from '../consultations/dto/consultation.dto';
import { MeasureQueryDto } from '../measures/dto/measure-query.dto';
import { TrainingQueryDto } from '../trainings/dto/training.dto';
import { ExportsService } from './exports.service';
import { ExportReportsQueryDto } from './exports.dto';
import { writeCsv, writeXlsx, type Table } from './table';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
type Format = keyof typeof TYPES;

/**
 * Lists as CSV (UTF-8 with BOM, `;`) or XLSX: the same filters, order and visibility as the list
 * endpoint (all pages); `page` and `pageSize` are accepted and ignored.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** The measure list with the same filters as GET /measures (without paging). */
  @Get('measures.:format')
  @Roles(...ROLE_SETS.everyone)
  async measures(@Param('format') format: string, @Query() query: MeasureQueryDto, @Res() res: Response) {
    await this.send(res, format, 'massnahmen', () => this.exports.measures(query));
  }

  @Get('reports.:format')
  @Roles(...ROLE_SETS.oversight)
  async reports(@Param('format') format: string, @Query() query: ExportReportsQueryDto, @Res() res: Response) {
    await this.send(res, format, 'sachstaende', () => this.exports.reports(query.periodId));
  }

  /** Like GET /trainings; the participant names column only for climate managers and admins. */
  @Get('trainings.:format')
  @Roles(...STABSSTELLE_ROLE_SETS.readers)
  async trainings(@Param('format') format: string, @Query() query: TrainingQueryDto, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.send(res, format, 'schulungen', () => this.exports.trainings(query, user));
  }

  /** Like GET /consultations: a department gets its own org unit's only. */
  @Get('consultations.:format')
  @Roles(...STABSSTELLE_ROLE_SETS.readers)
  async consultations(
    @Param('format') format: string,
    @Query() query: ConsultationQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ) {
    await this.send(res, format, 'beratungen', () => this.exports.consultations(query, user));
  }

  /** Like GET /climate-checks: a department gets its own org unit's only. */
  @Get('climate-checks.:format')
  @Roles(...STABSSTELLE_ROLE_SETS.readers)
  async climateChecks(
    @Param('format') format: string,
    @Query() query: ClimateCheckQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ) {
    await this.send(res, format, 'klimachecks', () => this.exports.climateChecks(query, user));
  }

  private async send(res: Response, format: string, name: string, table: () => Promise<Table>) {
    if (!isFormat(format)) throw new BadRequestException({ detail: 'Exportformat muss csv oder xlsx sein.' });
    const data = await table();
    const body = format === 'csv' ? writeCsv(data) : await writeXlsx(data);
    res.type(TYPES[format]).attachment(`${name}.${format}`).send(body);
  }
}

const isFormat = (format: string): format is Format => format === 'csv' || format === 'xlsx';
