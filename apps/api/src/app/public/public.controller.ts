import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SitePageKey } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { PageQueryDto } from '../common/paging';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { FeedbackDto, PublicMeasureQueryDto, PublicNoteDto, SitePageDto, UpdateFeedbackDto } from './public.dto';
import { PublicService } from './public.service';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';

/** Short public caching: proxies and browsers may reuse an answer for a minute; ETags make revalidation cheap. */
const CACHEABLE = 'public, max-age=60, stale-while-revalidate=300';

/** The transparency page's API: no login, published data only, rate-limited per client address. */
@ApiTags('public')
@Controller('public')
@Public()
@UseGuards(PublicThrottlerGuard)
export class PublicController {
  constructor(private readonly publicService: PublicService) {}

  @Get('measures')
  @Header('Cache-Control', CACHEABLE)
  measures(@Query() query: PublicMeasureQueryDto) {
    return this.publicService.measures(query);
  }

  @Get('measures/:id')
  @Header('Cache-Control', CACHEABLE)
  measure(@Param('id', ParseUUIDPipe) id: string) {
    return this.publicService.measure(id);
  }

  @Get('summary')
  @Header('Cache-Control', CACHEABLE)
  summary() {
    return this.publicService.summary();
  }

  @Get('open-data/measures.json')
  @Header('Cache-Control', CACHEABLE)
  @Header('Content-Disposition', 'attachment; filename="klimaschutz-massnahmen.json"')
  openDataJson() {
    return this.publicService.openDataJson();
  }

  @Get('open-data/measures.csv')
  @Header('Cache-Control', CACHEABLE)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="klimaschutz-massnahmen.csv"')
  openDataCsv() {
    return this.publicService.openDataCsv();
  }

  @Get('pages/:key')
  @Header('Cache-Control', CACHEABLE)
  page(@Param('key') key: SitePageKey) {
    return this.publicService.page(key);
  }

  /** Reports of barriers (BITV 2.0 feedback mechanism) and questions from citizens. */
  @Post('feedback')
  @HttpCode(201)
  @BodyLimit(BODY_LIMIT.publicForm)
  feedback(@Body() dto: FeedbackDto) {
    return this.publicService.submitFeedback(dto);
  }
}

const PAGE_EDITORS = ['ADMIN', 'COMMUNICATION'] as const;

@ApiTags('public')
@ApiBearerAuth()
@Controller()
export class PublicAdminController {
  constructor(private readonly publicService: PublicService) {}

  @Put('site-pages/:key')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...PAGE_EDITORS)
  savePage(@Param('key') key: SitePageKey, @Body() dto: SitePageDto, @CurrentUser() user: AuthUser) {
    return this.publicService.savePage(key, dto, user);
  }

  @Get('feedback')
  @Roles(...PAGE_EDITORS)
  feedback(@Query() query: PageQueryDto) {
    return this.publicService.feedbackList(query);
  }

  @Patch('feedback/:id')
  @HttpCode(204)
  @Roles(...PAGE_EDITORS)
  async updateFeedback(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateFeedbackDto, @CurrentUser() user: AuthUser) {
    await this.publicService.updateFeedback(id, dto, user);
  }

  @Get('measures/:id/public-notes')
  @Roles(...ROLE_SETS.everyone)
  notes(@Param('id', ParseUUIDPipe) id: string) {
    return this.publicService.notes(id);
  }

  /** Plain-language progress notes for citizens, written by the communication unit or climate managers. */
  @Post('measures/:id/public-notes')
  @Roles(...ROLE_SETS.measureWriters)
  addNote(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PublicNoteDto, @CurrentUser() user: AuthUser) {
    return this.publicService.addNote(id, dto, user);
  }

  @Delete('measures/:id/public-notes/:noteId')
  @HttpCode(204)
  @Roles(...ROLE_SETS.measureWriters)
  async removeNote(@Param('id', ParseUUIDPipe) id: string, @Param('noteId', ParseUUIDPipe) noteId: string, @CurrentUser() user: AuthUser) {
    await this.publicService.removeNote(id, noteId, user);
  }
}
