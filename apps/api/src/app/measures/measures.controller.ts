import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { PageQueryDto, paging } from '../common/paging';
import { CreateMeasureDto, UpdateMeasureDto } from './dto/measure.dto';
import { MeasureQueryDto } from './dto/measure-query.dto';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MeasuresService } from './measures.service';
import { MilestonesService } from './milestones.service';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';
import { UuidParam } from '../common/uuid-param';

@ApiTags('measures')
@ApiBearerAuth()
@Controller('measures')
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles(...ROLE_SETS.everyone)
  list(@Query() query: MeasureQueryDto) {
    return this.measures.list(query);
  }

  @Post()
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...ROLE_SETS.climateManager)
  create(@Body() dto: CreateMeasureDto, @CurrentUser() user: AuthUser) {
    return this.measures.create(dto, user);
  }

  @Get(':id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.measures.get(id, user);
  }

  /** Climate managers change everything; the communication unit only `published` and `publicSummary`. */
  @Patch(':id')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...ROLE_SETS.measureWriters)
  update(@UuidParam() id: string, @Body() dto: UpdateMeasureDto, @CurrentUser() user: AuthUser) {
    return this.measures.update(id, dto, user);
  }

  @Delete(':id')
  @Roles(...ROLE_SETS.climateManager)
  archive(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.measures.setArchived(id, true, user);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles(...ROLE_SETS.climateManager)
  restore(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.measures.setArchived(id, false, user);
  }

  @Get(':id/audit-events')
  @Roles(...ROLE_SETS.everyone)
  async history(@UuidParam() id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser) {
    await this.measures.scopeOf(id);
    const { page, pageSize } = paging(query);
    return this.audit.list({ scopeId: id }, page, pageSize, user);
  }

  @Get(':id/milestones')
  @Roles(...ROLE_SETS.everyone)
  listMilestones(@UuidParam() id: string) {
    return this.milestones.list(id);
  }

  @Post(':id/milestones')
  @Roles(...ROLE_SETS.climateManager)
  createMilestone(@UuidParam() id: string, @Body() dto: CreateMilestoneDto, @CurrentUser() user: AuthUser) {
    return this.milestones.create(id, dto, user);
  }

  /** Departments may mark the milestones of their own org unit done; the service checks which. */
  @Patch(':id/milestones/:milestoneId')
  @Roles(...ROLE_SETS.milestoneWriters)
  updateMilestone(
    @UuidParam() id: string,
    @UuidParam('milestoneId') milestoneId: string,
    @Body() dto: UpdateMilestoneDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.milestones.update(id, milestoneId, dto, user);
  }

  @Delete(':id/milestones/:milestoneId')
  @HttpCode(204)
  @Roles(...ROLE_SETS.climateManager)
  async deleteMilestone(@UuidParam() id: string, @UuidParam('milestoneId') milestoneId: string, @CurrentUser() user: AuthUser) {
    await this.milestones.remove(id, milestoneId, user);
  }
}
