import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { REPORTING_ROLE_SETS, ROLE_SETS } from '../auth/policy';
import { CreateReportingPeriodDto, ReportingPeriodQueryDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { ReportingPeriodsService } from './reporting-periods.service';
import { ReportingStatusService } from './reporting-status.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('reporting-periods')
export class ReportingPeriodsController {
  constructor(
    private readonly periods: ReportingPeriodsService,
    private readonly status: ReportingStatusService,
  ) {}

  @Get()
  @Roles(...ROLE_SETS.everyone)
  list(@Query() query: ReportingPeriodQueryDto) {
    return this.periods.list(query);
  }

  @Post()
  @Roles(...REPORTING_ROLE_SETS.reviewers)
  create(@Body() dto: CreateReportingPeriodDto, @CurrentUser() user: AuthUser) {
    return this.periods.create(dto, user);
  }

  @Get(':id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string) {
    return this.periods.get(id);
  }

  /** Expected, received, accepted and overdue reports of the period, per org unit and per measure. */
  @Get(':id/status')
  @Roles(...ROLE_SETS.everyone)
  periodStatus(@UuidParam() id: string) {
    return this.status.status(id);
  }

  /** Only the per-org-unit counts of the status — what the cockpit shows, without a row per measure (~1 MB on a big city). */
  @Get(':id/status/org-units')
  @Roles(...ROLE_SETS.everyone)
  async periodStatusByOrgUnit(@UuidParam() id: string) {
    return (await this.status.status(id)).byOrgUnit;
  }

  /** Changes dates or name; `closed: true|false` closes or reopens the period. */
  @Patch(':id')
  @Roles(...REPORTING_ROLE_SETS.reviewers)
  update(@UuidParam() id: string, @Body() dto: UpdateReportingPeriodDto, @CurrentUser() user: AuthUser) {
    return this.periods.update(id, dto, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...REPORTING_ROLE_SETS.reviewers)
  close(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.periods.close(id, user);
  }
}
