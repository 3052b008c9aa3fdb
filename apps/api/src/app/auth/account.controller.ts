import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { AccountSecurity, LocaleUpdate, RecoveryCodes, TotpEnrolment } from '@klimaschutz/contracts';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app.config';
import type { AuthUser } from './auth-user';
import {
  AccountSecurityDto,
  LocaleUpdateDto,
  PasswordChangeDto,
  RecoveryCodesDto,
  TotpCodeDto,
  TotpDisableDto,
  TotpEnrolmentDto,
} from './auth.dto';
import { AccountService } from './account.service';
import { CurrentUser, DuringEnrolment, Roles } from './decorators';
import { LanguageCookie } from './language-cookie';
import { ROLE_SETS } from './policy';

/** The signed-in user's own account: password, second factor and interface language (page „Mein Konto“). */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/me')
@Roles(...ROLE_SETS.everyone)
export class AccountController {
  private readonly language: LanguageCookie;

  constructor(
    private readonly account: AccountService,
    config: ConfigService,
  ) {
    this.language = new LanguageCookie(config.getOrThrow<AppConfig>('app').publicUrl);
  }

  @Put('locale')
  @DuringEnrolment()
  @ApiOperation({
    summary: 'Sets the own interface language (also of e-mails and the council report); sets or clears the ksc_lang cookie to match',
  })
  @ApiOkResponse({ type: LocaleUpdateDto })
  @ApiBadRequestResponse({ description: 'Not one of the offered languages (de, en)' })
  async setLocale(
    @Body() dto: LocaleUpdateDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LocaleUpdate> {
    const result = await this.account.setLocale(user, dto.locale);
    this.language.apply(response, result.locale);
    return result;
  }

  @Get('security')
  @DuringEnrolment()
  @ApiOkResponse({ type: AccountSecurityDto })
  security(@CurrentUser() user: AuthUser): Promise<AccountSecurity> {
    return this.account.security(user);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Changes the own password; ends every other session of the user' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({
    description: 'Current password wrong (counted like a failed login), or the new one refused by the password policy, with the reason',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts (Retry-After)' })
  async changePassword(@Body() dto: PasswordChangeDto, @CurrentUser() user: AuthUser, @Req() request: Request): Promise<void> {
    await this.account.changePassword(user, dto.currentPassword, dto.newPassword, request);
  }

  @Post('totp')
  @HttpCode(200)
  @DuringEnrolment()
  @ApiOperation({ summary: 'Starts setting up the authenticator app: a new secret, valid once confirmed' })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  @ApiConflictResponse({ description: 'A second factor is already set up' })
  startTotp(@CurrentUser() user: AuthUser): Promise<TotpEnrolment> {
    return this.account.startTotp(user);
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @DuringEnrolment()
  @ApiOperation({ summary: 'Confirms the app with its first code; answers the recovery codes once' })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiBadRequestResponse({ description: 'Wrong code' })
  @ApiConflictResponse({ description: 'Nothing started, or already set up' })
  confirmTotp(@Body() dto: TotpCodeDto, @CurrentUser() user: AuthUser, @Req() request: Request): Promise<RecoveryCodes> {
    return this.account.confirmTotp(user, dto.code, request);
  }

  @Post('totp/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turns the second factor off; needs the password and a code' })
  @ApiOkResponse({ type: AccountSecurityDto })
  @ApiBadRequestResponse({ description: 'Wrong password or code (counted like a failed login)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts (Retry-After)' })
  disableTotp(@Body() dto: TotpDisableDto, @CurrentUser() user: AuthUser, @Req() request: Request): Promise<AccountSecurity> {
    return this.account.disableTotp(user, dto.password, dto.code, request);
  }
}
