import { Body, Controller, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import type { LoginResponse } from '@klimaschutz/contracts';
import type { Response } from 'express';
import { BODY_LIMIT, BodyLimit } from '../common/request-body';
import type { AppConfig } from '../config/app.config';
import type { AuthUser } from './auth-user';
import { sessionCookieName } from './cross-site';
import { LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, Public, Roles } from './decorators';
import { LoginThrottlerGuard } from './login-throttler.guard';
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

  constructor(
    private readonly auth: AuthService,
    config: ConfigService,
  ) {
    const publicUrl = config.getOrThrow<AppConfig>('app').publicUrl;
    this.secureCookie = publicUrl.startsWith('https://');
    this.cookieName = sessionCookieName(publicUrl);
    this.staleCookies = [
      ...(this.cookieName === LEGACY_COOKIE ? [] : [{ name: LEGACY_COOKIE, path: '/' }]),
      { name: LEGACY_COOKIE, path: '/api' },
    ];
  }

  @Post('login')
  @Public()
  @BodyLimit(BODY_LIMIT.login)
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @SkipThrottle({ public: true })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.login(dto.email, dto.password);
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
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(...ROLE_SETS.everyone)
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    response.clearCookie(this.cookieName, { path: '/', secure: this.secureCookie, httpOnly: true, sameSite: 'strict' });
    for (const { name, path } of this.staleCookies) response.clearCookie(name, { path });
  }

  @Get('me')
  @ApiBearerAuth()
  @Roles(...ROLE_SETS.everyone)
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }
}
