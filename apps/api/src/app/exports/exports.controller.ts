import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { MeasureQueryDto } from '../measures/dto/measure-query.dto';
import { ExportsService, type Table } from './exports.service';
import { ExportReportsQueryDto } from './exports.dto';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** The measure list with the same filters as GET /measures (without paging). */
  @Get('measures.:format')
  @Roles(...ROLE_SETS.everyone)
  async measures(@Param('format') format: string, @Query() query: MeasureQueryDto, @Res() res: Response) {
    await this.send(res, format, 'massnahmen', await this.exports.measures(query));
  }

  @Get('reports.:format')
  @Roles(...ROLE_SETS.oversight)
  async reports(@Param('format') format: string, @Query() query: ExportReportsQueryDto, @Res() res: Response) {
    await this.send(res, format, 'sachstaende', await this.exports.reports(query.periodId));
  }

  private async send(res: Response, format: string, name: string, table: Table) {
    if (format !== 'csv' && format !== 'xlsx') throw new BadRequestException({ detail: 'Exportformat muss csv oder xlsx sein.' });
    const body = format === 'csv' ? this.exports.csv(table) : await this.exports.xlsx(table);
    res.type(TYPES[format]).attachment(`${name}.${format}`).send(body);
  }
}
