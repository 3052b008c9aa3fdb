import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { CreateOrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './org-units.dto';
import { OrgUnitsService } from './org-units.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @Roles(...ROLE_SETS.everyone)
  list(@Query() query: OrgUnitQueryDto) {
    return this.orgUnits.list(query);
  }

  @Get(':id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string) {
    return this.orgUnits.get(id);
  }

  @Post()
  @Roles(...ROLE_SETS.admin)
  create(@Body() dto: CreateOrgUnitDto, @CurrentUser() user: AuthUser) {
    return this.orgUnits.create(dto, user);
  }

  @Patch(':id')
  @Roles(...ROLE_SETS.admin)
  update(@UuidParam() id: string, @Body() dto: UpdateOrgUnitDto, @CurrentUser() user: AuthUser) {
    return this.orgUnits.update(id, dto, user);
  }
}
