import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { CreateUserDto, EraseUserDto, UpdateUserDto, UserQueryDto } from './users.dto';
import { UsersService } from './users.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles(...ROLE_SETS.admin)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: UserQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.users.get(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.create(dto, user);
  }

  @Post(':id/totp/reset')
  @HttpCode(200)
  @ApiOperation({ summary: "Removes another user's second factor (lost phone); ends all their sessions; audited" })
  @ApiOkResponse({ description: 'The user, now with totpEnabled false' })
  @ApiBadRequestResponse({ description: 'Own account (use /auth/me/totp/disable)' })
  @ApiConflictResponse({ description: 'The user has no second factor' })
  resetTotp(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.users.resetTotp(id, user);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.update(id, dto, user);
  }

  @Post(':id/erase')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Erase a user on request (DSGVO Art. 17)',
    description:
      'Anonymises the account (name „Gelöschte Person“, an undeliverable e-mail placeholder, no password, sessions, notifications or preferences) and replaces its names and e-mail addresses in the change history and in the records it wrote. Refused for oneself (400) and for the last active admin (409).',
  })
  @ApiOkResponse({ description: 'The anonymised account' })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'Stale version, already erased, or the last active admin' })
  erase(@UuidParam() id: string, @Body() dto: EraseUserDto, @CurrentUser() user: AuthUser) {
    return this.users.erase(id, dto, user);
  }
}
