import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { STABSSTELLE_ROLE_SETS as ROLES } from '../auth/policy';
import { StabsstelleService } from './stabsstelle.service';
import { UuidParam } from '../common/uuid-param';

/** The Stabsstelle's part of the measure page, kept here so the measures feature does not depend on it. */
@ApiTags('measures')
@ApiBearerAuth()
@Controller('measures')
export class MeasureRelatedController {
  constructor(private readonly stabsstelle: StabsstelleService) {}

  /** Everyone who may read the measure; a department gets only its own org unit's consultations and checks. */
  @Get(':id/related')
  @Roles(...ROLES.readers)
  related(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.stabsstelle.related(id, user);
  }
}
