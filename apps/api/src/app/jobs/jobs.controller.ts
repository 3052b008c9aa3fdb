import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
@Roles(...ROLE_SETS.admin)
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  list() {
    return this.jobs.list();
  }

  @Get(':name/runs')
  history(@Param('name') name: string) {
    return this.jobs.history(name);
  }

  @Post(':name/run')
  @HttpCode(200)
  run(@Param('name') name: string, @CurrentUser() user: AuthUser) {
    return this.jobs.runNow(name, user.displayName);
  }
}
