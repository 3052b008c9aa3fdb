import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFiles,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiSeeOtherResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { FEEDBACK_PAGE, SITE_VIDEO_LIMITS, type SitePageKey } from '@klimaschutz/contracts';
import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { PUBLIC_ROLE_SETS, ROLE_SETS } from '../auth/policy';
import { PageQueryDto } from '../common/paging';
import { FeedbackFormFilter, isHtmlForm } from './feedback-form';
import { FeedbackThrottlerGuard } from './feedback-throttler.guard';
import { FeedbackService } from './feedback.service';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { FeedbackDto, PublicMeasureQueryDto, PublicNoteDto, SitePageDto, UpdateFeedbackDto, VersionDto } from './public.dto';
import { PublicService } from './public.service';
import { BODY_LIMIT, BodyLimit, FormBody, MultipartBody } from '../common/request-body';
import { SiteVideosService, type UploadedPart } from './site-videos.service';
import { UuidParam } from '../common/uuid-param';
import { sendByteRanges } from '../common/byte-range';

/** Short public caching: proxies and browsers may reuse an answer for a minute; ETags make revalidation cheap. */
const CACHEABLE = 'public, max-age=60, stale-while-revalidate=300';

/** The transparency page's API: no login, published data only, rate-limited per client address. */
@ApiTags('public')
@Controller('public')
@Public()
@UseGuards(PublicThrottlerGuard)
export class PublicController {
  constructor(
    private readonly publicService: PublicService,
    private readonly feedbackService: FeedbackService,
    private readonly videos: SiteVideosService,
  ) {}

  @Get('measures')
  @Header('Cache-Control', CACHEABLE)
  measures(@Query() query: PublicMeasureQueryDto) {
    return this.publicService.measures(query);
  }

  @Get('measures/:id')
  @Header('Cache-Control', CACHEABLE)
  measure(@UuidParam() id: string) {
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

  /** A sign-language video of the page „Gebärdensprache“, as uploaded (MP4 or WebM). */
  @Get('site-videos/:id/video')
  @ApiOperation({ summary: 'A sign-language video (video/mp4 or video/webm)' })
  @ApiHeader({
    name: 'Range',
    required: false,
    description: 'One byte range, e.g. `bytes=0-1023`, `bytes=1024-` or `bytes=-500` (players seek with it; Safari/iOS need it)',
  })
  @ApiOkResponse({
    description:
      'The whole video file (`Accept-Ranges: bytes`); also for several ranges at once or an `If-Range` that does not match the ETag',
  })
  @ApiResponse({ status: 206, description: 'The requested byte range, with `Content-Range: bytes start-end/size`' })
  @ApiResponse({ status: 416, description: 'A range outside the file or one that cannot be read; `Content-Range: bytes */size`' })
  @ApiNotFoundResponse({ description: 'No such video' })
  async video(@UuidParam() id: string, @Req() request: Request, @Res() response: Response) {
    const { contentType, content } = await this.videos.video(id);
    response.setHeader('Cache-Control', CACHEABLE);
    // A stored video never changes (it can only be deleted), so its id and size are a strong validator.
    sendByteRanges(request, response.type(contentType), content, `"${id}-${content.length}"`);
  }

  /** The video's captions (WebVTT), for `<track kind="captions">`. */
  @Get('site-videos/:id/captions.vtt')
  @ApiOperation({ summary: 'Captions of a sign-language video (text/vtt)' })
  @ApiOkResponse({ description: 'WebVTT captions' })
  @ApiNotFoundResponse({ description: 'No such video, or it has no captions' })
  async captions(@UuidParam() id: string, @Res() response: Response) {
    const text = await this.videos.captions(id);
    response.setHeader('Cache-Control', CACHEABLE);
    response.type('text/vtt; charset=utf-8').send(text);
  }

  /** What the feedback form needs when it is shown: its token for the time trap. Never cached. */
  @Get('feedback-form')
  @ApiOperation({ summary: 'A signed token for the feedback form, accepted from `notBefore` until `expiresAt`' })
  @ApiOkResponse({ description: '`{ formToken, notBefore, expiresAt }`' })
  feedbackForm() {
    return this.feedbackService.form();
  }

  /**
   * Reports of barriers (BITV 2.0 feedback mechanism) and questions from citizens, as JSON from the
   * dashboard or as an HTML form from a browser without JavaScript (then answered with a redirect
   * back to the page). FEEDBACK_PER_HOUR per address; honeypot and time trap (README "Personal data").
   */
  @Post('feedback')
  @BodyLimit(BODY_LIMIT.publicForm)
  @FormBody()
  @UseGuards(FeedbackThrottlerGuard)
  @UseFilters(FeedbackFormFilter)
  @ApiCreatedResponse({ description: '`{ received: true }` (also when the honeypot was filled in: nothing is stored then)' })
  @ApiSeeOtherResponse({ description: 'An HTML form: back to the feedback page with `?gesendet=1` or `?fehler=<reason>`' })
  @ApiBadRequestResponse({ description: 'Invalid fields, or a missing, too fresh or expired form token' })
  @ApiTooManyRequestsResponse({ description: 'FEEDBACK_PER_HOUR reached for this address' })
  async feedback(@Body() dto: FeedbackDto, @Req() request: Request, @Res() response: Response) {
    const result = await this.feedbackService.submit(dto);
    if (isHtmlForm(request)) response.redirect(303, `${FEEDBACK_PAGE}?gesendet=1`);
    else response.status(201).json(result);
  }
}

@ApiTags('public')
@ApiBearerAuth()
@Controller()
export class PublicAdminController {
  constructor(
    private readonly publicService: PublicService,
    private readonly feedbackService: FeedbackService,
    private readonly videos: SiteVideosService,
  ) {}

  @Put('site-pages/:key')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...PUBLIC_ROLE_SETS.pageEditors)
  savePage(@Param('key') key: SitePageKey, @Body() dto: SitePageDto, @CurrentUser() user: AuthUser) {
    return this.publicService.savePage(key, dto, user);
  }

  /**
   * Adds a sign-language video to the page „Gebärdensprache“ (multipart: `title`, `video` MP4/WebM up to
   * 50 MB, optional `captions` WebVTT up to 512 KB). The type is read from the file's first bytes.
   */
  @Post('site-pages/:key/videos')
  @Roles(...PUBLIC_ROLE_SETS.pageEditors)
  @MultipartBody()
  @ApiBody({
    schema: {
      type: 'object',
      required: ['title', 'video'],
      properties: {
        title: { type: 'string', maxLength: 200 },
        video: { type: 'string', format: 'binary' },
        captions: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The stored video (`SitePageVideo`)' })
  @ApiBadRequestResponse({
    description: 'No title, no video, not MP4/WebM, too large, captions not WebVTT, or a page other than gebaerdensprache',
  })
  @ApiForbiddenResponse({ description: 'Only the roles that edit site pages' })
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'video', maxCount: 1 },
        { name: 'captions', maxCount: 1 },
      ],
      { limits: { fileSize: SITE_VIDEO_LIMITS.maxBytes, files: 2, fields: 2 } },
    ),
  )
  addVideo(
    @Param('key') key: SitePageKey,
    @UploadedFiles() files: { video?: UploadedPart[]; captions?: UploadedPart[] } | undefined,
    @Body() body: { title?: unknown } | undefined,
    @CurrentUser() user: AuthUser,
  ) {
    return this.videos.add(key, body?.title, files?.video?.[0], files?.captions?.[0], user);
  }

  @Delete('site-pages/:key/videos/:id')
  @HttpCode(204)
  @Roles(...PUBLIC_ROLE_SETS.pageEditors)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such video on this page' })
  async deleteVideo(@Param('key') key: SitePageKey, @UuidParam() id: string, @CurrentUser() user: AuthUser) {
    await this.videos.remove(key, id, user);
  }

  @Get('feedback')
  @Roles(...PUBLIC_ROLE_SETS.feedbackHandlers)
  feedback(@Query() query: PageQueryDto) {
    return this.feedbackService.list(query);
  }

  /** Closing starts the retention period (RETENTION_FEEDBACK_DAYS); reopening stops it. */
  @Patch('feedback/:id')
  @HttpCode(204)
  @Roles(...PUBLIC_ROLE_SETS.feedbackHandlers)
  async updateFeedback(@UuidParam() id: string, @Body() dto: UpdateFeedbackDto, @CurrentUser() user: AuthUser) {
    await this.feedbackService.update(id, dto, user);
  }

  @Delete('feedback/:id')
  @HttpCode(204)
  @Roles(...PUBLIC_ROLE_SETS.feedbackHandlers)
  @ApiOperation({ summary: 'Erase a feedback and its history (DSGVO Art. 17); the history keeps only that it was deleted' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such feedback' })
  async eraseFeedback(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    await this.feedbackService.erase(id, user);
  }

  @Post('feedback/:id/erase-sender')
  @HttpCode(200)
  @Roles(...PUBLIC_ROLE_SETS.feedbackHandlers)
  @ApiOperation({ summary: "Remove the sender's name and e-mail address, keeping the message" })
  @ApiOkResponse({ description: 'The feedback without sender' })
  @ApiNotFoundResponse({ description: 'No such feedback' })
  eraseFeedbackSender(@UuidParam() id: string, @Body() dto: VersionDto, @CurrentUser() user: AuthUser) {
    return this.feedbackService.eraseSender(id, dto, user);
  }

  @Get('measures/:id/public-notes')
  @Roles(...ROLE_SETS.everyone)
  notes(@UuidParam() id: string) {
    return this.publicService.notes(id);
  }

  /** Plain-language progress notes for citizens, written by the communication unit or climate managers. */
  @Post('measures/:id/public-notes')
  @Roles(...ROLE_SETS.measureWriters)
  addNote(@UuidParam() id: string, @Body() dto: PublicNoteDto, @CurrentUser() user: AuthUser) {
    return this.publicService.addNote(id, dto, user);
  }

  @Delete('measures/:id/public-notes/:noteId')
  @HttpCode(204)
  @Roles(...ROLE_SETS.measureWriters)
  async removeNote(@UuidParam() id: string, @UuidParam('noteId') noteId: string, @CurrentUser() user: AuthUser) {
    await this.publicService.removeNote(id, noteId, user);
  }
}
