import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { LoginResponse, LoginResult, SessionUser } from '@klimaschutz/contracts';
import type { Request, Response } from 'express';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';
import type { AppConfig } from '../config/app.config';
import type { AuthUser } from './auth-user';
import { sessionCookieName } from './cross-site';
import { LanguageCookie } from './language-cookie';
import { LoginDto, LoginResponseDto, SecondFactorChallengeDto, SessionUserDto, TotpLoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, DuringEnrolment, Public, Roles } from './decorators';
import { ROLE_SETS } from './policy';

const LEGACY_COOKIE = 'ksc_session';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly secureCookie: boolean;
  private readonly cookieName: string;
  /**
   * Session cookies of earlier versions, which the browser would send alongside the current one:
   * the /api-only one (before 2026-12) and, over HTTPS, the one without the `__Host-` prefix.
   */
  private readonly staleCookies: { name: string; path: string }[];
  private readonly language: LanguageCookie;

  constructor(
    private readonly auth: AuthService,
    config: ConfigService,
  ) {
    const publicUrl = config.getOrThrow<AppConfig>('app').publicUrl;
    this.secureCookie = publicUrl.startsWith('https://');
    this.cookieName = sessionCookieName(publicUrl);
    this.language = new LanguageCookie(publicUrl);
    this.staleCookies = [
      ...(this.cookieName === LEGACY_COOKIE ? [] : [{ name: LEGACY_COOKIE, path: '/' }]),
      { name: LEGACY_COOKIE, path: '/api' },
    ];
  }

  @Post('login')
  @Public()
  @BodyLimit(BODY_LIMIT.login)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; an account with a second factor gets a challenge for POST /auth/login/totp instead of a session' })
  @ApiExtraModels(LoginResponseDto, SecondFactorChallengeDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(SecondFactorChallengeDto) }] } })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (one answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts from this address, or a wait for this account runs (Retry-After)' })
  async login(@Body() dto: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResult> {
    const result = await this.auth.login(dto.email, dto.password, request);
    if ('accessToken' in result) this.setCookie(response, result);
    return result;
  }

  @Post('login/totp')
  @Public()
  @BodyLimit(BODY_LIMIT.login)
  @HttpCode(200)
  @ApiOperation({ summary: 'Second sign-in step: the challenge and a code of the authenticator app (or a recovery code)' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong or reused code, or the challenge expired' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts (Retry-After)' })
  async loginWithTotp(
    @Body() dto: TotpLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.loginWithTotp(dto.challenge, dto.code, request);
    this.setCookie(response, result);
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(...ROLE_SETS.everyone)
  @DuringEnrolment()
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    response.clearCookie(this.cookieName, { path: '/', secure: this.secureCookie, httpOnly: true, sameSite: 'strict' });
    for (const { name, path } of this.staleCookies) response.clearCookie(name, { path });
  }

  @Get('me')
  @ApiBearerAuth()
  @Roles(...ROLE_SETS.everyone)
  @DuringEnrolment()
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: AuthUser): Promise<SessionUser> {
    return this.auth.me(user);
  }

  private setCookie(response: Response, result: LoginResponse): void {
    // For the whole site, not just /api: the server embeds a signed-in user's first answers into the
    // page it sends (and announces the page's code), which it can only do when the page request carries it.
    response.cookie(this.cookieName, result.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secureCookie,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    for (const { name, path } of this.staleCookies) response.clearCookie(name, { path });
    // The interface follows the account's language from here on, whatever the sign-in page was shown in.
    this.language.apply(response, result.user.locale);
  }
}
