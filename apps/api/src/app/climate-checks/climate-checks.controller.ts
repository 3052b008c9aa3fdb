import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { STABSSTELLE_ROLE_SETS as ROLES } from '../auth/policy';
import { PageQueryDto, paging } from '../common/paging';
import { TransitionDto } from '../stabsstelle/record-dto';
import { ClimateChecksService } from './climate-checks.service';
import { ClimateCheckQueryDto, CreateClimateCheckDto, ReviewClimateCheckDto, UpdateClimateCheckDto } from './dto/climate-check.dto';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';
import { UuidParam } from '../common/uuid-param';

/**
 * Klimacheck: DRAFT → (submit) → SUBMITTED → (review with statement) → REVIEWED. Departments see and
 * write only their own org unit's checks (another's answers 404); GET :id carries everything the
 * printable one-page result needs.
 */
@ApiTags('climate-checks')
@ApiBearerAuth()
@Controller('climate-checks')
export class ClimateChecksController {
  constructor(private readonly checks: ClimateChecksService) {}

  @Get()
  @Roles(...ROLES.readers)
  list(@Query() query: ClimateCheckQueryDto, @CurrentUser() user: AuthUser) {
    return this.checks.list(query, user);
  }

  @Post()
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...ROLES.climateCheckAuthors)
  create(@Body() dto: CreateClimateCheckDto, @CurrentUser() user: AuthUser) {
    return this.checks.create(dto, user);
  }

  @Get(':id')
  @Roles(...ROLES.readers)
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.checks.get(id, user);
  }

  @Patch(':id')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...ROLES.climateCheckAuthors)
  update(@UuidParam() id: string, @Body() dto: UpdateClimateCheckDto, @CurrentUser() user: AuthUser) {
    return this.checks.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...ROLES.climateCheckAuthors)
  async remove(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    await this.checks.remove(id, user);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...ROLES.climateCheckAuthors)
  submit(@UuidParam() id: string, @Body() dto: TransitionDto, @CurrentUser() user: AuthUser) {
    return this.checks.submit(id, dto.version, user);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles(...ROLES.climateCheckReviewers)
  review(@UuidParam() id: string, @Body() dto: ReviewClimateCheckDto, @CurrentUser() user: AuthUser) {
    return this.checks.review(id, dto, user);
  }

  @Get(':id/audit-events')
  @Roles(...ROLES.readers)
  history(@UuidParam() id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser) {
    const { page, pageSize } = paging(query);
    return this.checks.history(id, user, page, pageSize);
  }
}
