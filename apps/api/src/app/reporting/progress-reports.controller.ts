import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { REPORTING_ROLE_SETS, ROLE_SETS } from '../auth/policy';
import {
  CreateProgressReportDto,
  MeasureReportsQueryDto,
  ProgressReportQueryDto,
  ReviewProgressReportDto,
  ReviseProgressReportDto,
  SubmitProgressReportDto,
  UpdateProgressReportDto,
} from './dto/progress-report.dto';
import { InboxService } from './inbox.service';
import { ProgressReportsService } from './progress-reports.service';
import { UuidParam } from '../common/uuid-param';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class ProgressReportsController {
  constructor(
    private readonly reports: ProgressReportsService,
    private readonly inboxes: InboxService,
  ) {}

  /** The measure's reports, newest first, with period and review: its timeline, and the data to compare periods. */
  @Get('measures/:id/progress-reports')
  @Roles(...ROLE_SETS.everyone)
  listForMeasure(@UuidParam() id: string, @Query() query: MeasureReportsQueryDto, @CurrentUser() user: AuthUser) {
    return this.reports.listForMeasure(id, query, user);
  }

  /** Departments for measures their unit leads or takes part in; climate managers for any. Draft unless `submit: true`. */
  @Post('measures/:id/progress-reports')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...REPORTING_ROLE_SETS.reporters)
  create(@UuidParam() id: string, @Body() dto: CreateProgressReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.create(id, dto, user);
  }

  /** The review queue with `state=SUBMITTED`; each item carries the previous accepted report for comparison. */
  @Get('progress-reports')
  @Roles(...REPORTING_ROLE_SETS.reviewQueueReaders)
  list(@Query() query: ProgressReportQueryDto, @CurrentUser() user: AuthUser) {
    return this.reports.list(query, user);
  }

  @Get('progress-reports/:id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.reports.get(id, user);
  }

  /** Drafts only, by the reporting unit. */
  @Patch('progress-reports/:id')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...REPORTING_ROLE_SETS.reporters)
  update(@UuidParam() id: string, @Body() dto: UpdateProgressReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.update(id, dto, user);
  }

  @Post('progress-reports/:id/submit')
  @HttpCode(200)
  @Roles(...REPORTING_ROLE_SETS.reporters)
  submit(@UuidParam() id: string, @Body() dto: SubmitProgressReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.submit(id, dto, user);
  }

  /** After a revision request: creates the next version, linked by `supersedesId`. */
  @Post('progress-reports/:id/revise')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...REPORTING_ROLE_SETS.reporters)
  revise(@UuidParam() id: string, @Body() dto: ReviseProgressReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.revise(id, dto, user);
  }

  @Post('progress-reports/:id/review')
  @HttpCode(200)
  @Roles(...REPORTING_ROLE_SETS.reviewers)
  review(@UuidParam() id: string, @Body() dto: ReviewProgressReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.review(id, dto, user);
  }

  /** "Meine Maßnahmen" of the logged-in user's org unit. */
  @Get('me/inbox')
  @Roles(...REPORTING_ROLE_SETS.reporters)
  inbox(@CurrentUser() user: AuthUser) {
    return this.inboxes.inbox(user);
  }
}
