import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { paging } from '../common/paging';
import { UuidParam } from '../common/uuid-param';
import { CouncilReportJobDto, CouncilReportQueryDto, CreateCouncilReportDto } from './council-reports.dto';
import { CouncilReportsService } from './council-reports.service';

/**
 * The council status report (Sachstandsbericht) of a reporting period as a tagged PDF. It shows the
 * whole city, including every org unit's consultations and climate checks, so it is for the roles
 * that oversee all of it (as the period's report export), not for departments.
 */
@ApiTags('council-reports')
@ApiBearerAuth()
@Controller('council-reports')
@Roles(...ROLE_SETS.oversight)
export class CouncilReportsController {
  constructor(private readonly reports: CouncilReportsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Starts generating the report of a period in the background; poll GET /council-reports/{id}' })
  @ApiAcceptedResponse({ type: CouncilReportJobDto })
  create(@Body() dto: CreateCouncilReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.create(dto.periodId, user);
  }

  @Get()
  @ApiOperation({ summary: 'Recent reports (newest first) that can still be downloaded' })
  list(@Query() query: CouncilReportQueryDto) {
    const { page, pageSize } = paging(query);
    return this.reports.list({ periodId: query.periodId }, page, pageSize);
  }

  @Get(':id')
  @ApiOperation({ summary: 'State and progress (0–100) of a report' })
  @ApiOkResponse({ type: CouncilReportJobDto })
  get(@UuidParam() id: string) {
    return this.reports.get(id);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'The finished PDF (409 while it is still being generated)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(@UuidParam() id: string, @Res() res: Response) {
    const { fileName, content } = await this.reports.file(id);
    res.type('application/pdf').attachment(fileName).setHeader('Cache-Control', 'private, no-store');
    res.send(content);
  }
}
