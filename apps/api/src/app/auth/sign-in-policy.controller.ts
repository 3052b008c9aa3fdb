import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignInPolicy } from '@klimaschutz/contracts';
import type { AuthUser } from './auth-user';
import { SignInPolicyDto, SignInPolicyUpdateDto } from './auth.dto';
import { CurrentUser, Roles } from './decorators';
import { ROLE_SETS } from './policy';
import { SignInPolicyService } from './sign-in-policy.service';

/** Which roles must sign in with a second factor; takes effect at each user's next sign-in. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('sign-in-policy')
@Roles(...ROLE_SETS.admin)
export class SignInPolicyController {
  constructor(private readonly policy: SignInPolicyService) {}

  @Get()
  @ApiOkResponse({ type: SignInPolicyDto })
  get(): Promise<SignInPolicy> {
    return this.policy.get();
  }

  @Patch()
  @ApiOperation({ summary: 'Sets the roles that must use a second factor (from their next sign-in on)' })
  @ApiOkResponse({ type: SignInPolicyDto })
  @ApiConflictResponse({ description: 'Stale version' })
  update(@Body() dto: SignInPolicyUpdateDto, @CurrentUser() user: AuthUser): Promise<SignInPolicy> {
    return this.policy.update(dto, user);
  }
}
