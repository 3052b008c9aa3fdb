import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { CreateIndicatorDto, CreateIndicatorValueDto, IndicatorQueryDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { IndicatorsService } from './indicators.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Roles(...ROLE_SETS.everyone)
  list(@Query() query: IndicatorQueryDto, @CurrentUser() user: AuthUser) {
    return this.indicators.list(query, user);
  }

  @Get(':id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.indicators.get(id, user);
  }

  @Post()
  @Roles(...ROLE_SETS.climateManager)
  create(@Body() dto: CreateIndicatorDto, @CurrentUser() user: AuthUser) {
    return this.indicators.create(dto, user);
  }

  @Patch(':id')
  @Roles(...ROLE_SETS.climateManager)
  update(@UuidParam() id: string, @Body() dto: UpdateIndicatorDto, @CurrentUser() user: AuthUser) {
    return this.indicators.update(id, dto, user);
  }

  @Get(':id/values')
  @Roles(...ROLE_SETS.everyone)
  values(@UuidParam() id: string) {
    return this.indicators.values(id);
  }

  /** Departments may add values for indicators linked to measures their org unit takes part in. */
  @Post(':id/values')
  @Roles(...ROLE_SETS.milestoneWriters)
  addValue(@UuidParam() id: string, @Body() dto: CreateIndicatorValueDto, @CurrentUser() user: AuthUser) {
    return this.indicators.addValue(id, dto, user);
  }

  @Delete(':id/values/:valueId')
  @HttpCode(204)
  @Roles(...ROLE_SETS.milestoneWriters)
  async removeValue(@UuidParam() id: string, @UuidParam('valueId') valueId: string, @CurrentUser() user: AuthUser) {
    await this.indicators.removeValue(id, valueId, user);
  }
}
