import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { STABSSTELLE_ROLE_SETS as ROLES } from '../auth/policy';
import { PageQueryDto, paging } from '../common/paging';
import { TransitionDto } from '../stabsstelle/record-dto';
import {
  CancelTrainingDto,
  CreateTrainingDto,
  TrainingFeedbackDto,
  RegistrationDto,
  TrainingQueryDto,
  TrainingStatsQueryDto,
  UpdateTrainingDto,
} from './dto/training.dto';
import { TrainingsService } from './trainings.service';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';
import { UuidParam } from '../common/uuid-param';

@ApiTags('trainings')
@ApiBearerAuth()
@Controller('trainings')
export class TrainingsController {
  constructor(private readonly trainings: TrainingsService) {}

  /** Calendar-like: `when=upcoming` (soonest first) or `when=past` (latest first), or a `from`/`to` window. */
  @Get()
  @Roles(...ROLES.readers)
  list(@Query() query: TrainingQueryDto) {
    return this.trainings.list(query);
  }

  /** Staff trained per org unit and topic in a year. Declared before `:id` so "stats" is not taken for an id. */
  @Get('stats')
  @Roles(...ROLES.readers)
  stats(@Query() query: TrainingStatsQueryDto) {
    return this.trainings.stats(query);
  }

  @Post()
  @Roles(...ROLES.trainingPlanners)
  create(@Body() dto: CreateTrainingDto, @CurrentUser() user: AuthUser) {
    return this.trainings.create(dto, user);
  }

  @Get(':id')
  @Roles(...ROLES.readers)
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.trainings.get(id, user);
  }

  @Patch(':id')
  @Roles(...ROLES.trainingPlanners)
  update(@UuidParam() id: string, @Body() dto: UpdateTrainingDto, @CurrentUser() user: AuthUser) {
    return this.trainings.update(id, dto, user);
  }

  @Post(':id/held')
  @HttpCode(200)
  @Roles(...ROLES.trainingPlanners)
  markHeld(@UuidParam() id: string, @Body() dto: TransitionDto, @CurrentUser() user: AuthUser) {
    return this.trainings.markHeld(id, dto.version, user);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...ROLES.trainingPlanners)
  cancel(@UuidParam() id: string, @Body() dto: CancelTrainingDto, @CurrentUser() user: AuthUser) {
    return this.trainings.cancel(id, dto, user);
  }

  /** Counts per org unit for everyone; names only for climate managers and admins. */
  @Get(':id/participants')
  @Roles(...ROLES.readers)
  participants(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.trainings.participants(id, user);
  }

  @Put(':id/participants/:orgUnitId')
  @BodyLimit(BODY_LIMIT.longTexts)
  @Roles(...ROLES.trainingPlanners)
  register(
    @UuidParam() id: string,
    @UuidParam('orgUnitId') orgUnitId: string,
    @Body() dto: RegistrationDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.trainings.register(id, orgUnitId, dto, user);
  }

  /** GDPR: removes a participant's name; the count stays. */
  @Delete(':id/participants/names/:nameId')
  @HttpCode(204)
  @Roles(...ROLES.participantNameKeepers)
  async deleteName(@UuidParam() id: string, @UuidParam('nameId') nameId: string, @CurrentUser() user: AuthUser) {
    await this.trainings.deleteName(id, nameId, user);
  }

  @Get(':id/feedback')
  @Roles(...ROLES.feedbackReaders)
  feedback(@UuidParam() id: string) {
    return this.trainings.feedback(id);
  }

  @Post(':id/feedback')
  @Roles(...ROLES.trainingPlanners)
  addFeedback(@UuidParam() id: string, @Body() dto: TrainingFeedbackDto, @CurrentUser() user: AuthUser) {
    return this.trainings.addFeedback(id, dto, user);
  }

  @Get(':id/audit-events')
  @Roles(...ROLES.readers)
  history(@UuidParam() id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser) {
    const { page, pageSize } = paging(query);
    return this.trainings.history(id, user, page, pageSize);
  }
}
