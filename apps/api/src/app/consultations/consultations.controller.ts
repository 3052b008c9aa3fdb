import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { STABSSTELLE_ROLE_SETS as ROLES } from '../auth/policy';
import { PageQueryDto, paging } from '../common/paging';
import { TransitionDto } from '../stabsstelle/record-dto';
import { ConsultationsService } from './consultations.service';
import {
  CompleteConsultationDto,
  ConsultationQueryDto,
  CreateConsultationDto,
  DeclineConsultationDto,
  ScheduleConsultationDto,
  StaleDaysDto,
  UpdateConsultationDto,
} from './dto/consultation.dto';
import { UuidParam } from '../common/uuid-param';

/**
 * Consultations: REQUESTED → (take) → SCHEDULED → DONE, or → DECLINED. Departments see only their own
 * org unit's requests (another's answers 404); a transition out of DONE or DECLINED answers 409.
 */
@ApiTags('consultations')
@ApiBearerAuth()
@Controller('consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get()
  @Roles(...ROLES.readers)
  list(@Query() query: ConsultationQueryDto, @CurrentUser() user: AuthUser) {
    return this.consultations.list(query, user);
  }

  @Post()
  @Roles(...ROLES.requesters)
  create(@Body() dto: CreateConsultationDto, @CurrentUser() user: AuthUser) {
    return this.consultations.create(dto, user);
  }

  @Get(':id')
  @Roles(...ROLES.readers)
  get(@UuidParam() id: string, @Query() query: StaleDaysDto, @CurrentUser() user: AuthUser) {
    return this.consultations.get(id, user, query.staleDays);
  }

  @Patch(':id')
  @Roles(...ROLES.requesters)
  update(@UuidParam() id: string, @Body() dto: UpdateConsultationDto, @CurrentUser() user: AuthUser) {
    return this.consultations.update(id, dto, user);
  }

  @Post(':id/take')
  @HttpCode(200)
  @Roles(...ROLES.consultants)
  take(@UuidParam() id: string, @Body() dto: TransitionDto, @CurrentUser() user: AuthUser) {
    return this.consultations.take(id, dto.version, user);
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @Roles(...ROLES.consultants)
  schedule(@UuidParam() id: string, @Body() dto: ScheduleConsultationDto, @CurrentUser() user: AuthUser) {
    return this.consultations.schedule(id, dto, user);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(...ROLES.consultants)
  complete(@UuidParam() id: string, @Body() dto: CompleteConsultationDto, @CurrentUser() user: AuthUser) {
    return this.consultations.complete(id, dto, user);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles(...ROLES.consultants)
  decline(@UuidParam() id: string, @Body() dto: DeclineConsultationDto, @CurrentUser() user: AuthUser) {
    return this.consultations.decline(id, dto, user);
  }

  @Get(':id/audit-events')
  @Roles(...ROLES.readers)
  history(@UuidParam() id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser) {
    const { page, pageSize } = paging(query);
    return this.consultations.history(id, user, page, pageSize);
  }
}
