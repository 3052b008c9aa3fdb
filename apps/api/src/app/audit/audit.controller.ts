import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ROLE_SETS } from '../auth/policy';
import { PageQueryDto, paging } from '../common/paging';
import { AuditService } from './audit.service';

class AuditQueryDto extends PageQueryDto {
  @IsOptional() @IsString() @MaxLength(40) entityType?: string;
  @IsOptional() @IsUUID('all', { message: 'entityId muss eine UUID sein.' }) entityId?: string;
  @IsOptional() @IsUUID('all', { message: 'actorId muss eine UUID sein.' }) actorId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(...ROLE_SETS.oversight)
  list(@Query() query: AuditQueryDto, @CurrentUser() user: AuthUser) {
    const { page, pageSize } = paging(query);
    return this.audit.list(query, page, pageSize, user);
  }
}
