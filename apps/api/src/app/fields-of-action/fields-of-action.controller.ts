import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { ListQueryDto } from '../common/paging';
import { CreateFieldOfActionDto, UpdateFieldOfActionDto } from './fields-of-action.dto';
import { FieldsOfActionService } from './fields-of-action.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('fields-of-action')
@ApiBearerAuth()
@Controller('fields-of-action')
export class FieldsOfActionController {
  constructor(private readonly fields: FieldsOfActionService) {}

  @Get()
  @Roles(...ROLE_SETS.everyone)
  list(@Query() query: ListQueryDto) {
    return this.fields.list(query);
  }

  @Get(':id')
  @Roles(...ROLE_SETS.everyone)
  get(@UuidParam() id: string) {
    return this.fields.get(id);
  }

  @Post()
  @Roles(...ROLE_SETS.admin)
  create(@Body() dto: CreateFieldOfActionDto, @CurrentUser() user: AuthUser) {
    return this.fields.create(dto, user);
  }

  @Patch(':id')
  @Roles(...ROLE_SETS.admin)
  update(@UuidParam() id: string, @Body() dto: UpdateFieldOfActionDto, @CurrentUser() user: AuthUser) {
    return this.fields.update(id, dto, user);
  }
}
