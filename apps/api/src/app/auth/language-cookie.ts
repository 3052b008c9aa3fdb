import { LANGUAGE_COOKIE, type Locale } from '@klimaschutz/contracts';
import type { Response } from 'express';

/** The longest a browser keeps a cookie (Chrome caps at 400 days); the server renews it at every sign-in. */
const KEEP_MS = 400 * 86_400_000;

/** `ksc_lang=en`, as the dashboard's main.ts and the page server read it (with or without the `__Host-` prefix). */
const ENGLISH = new RegExp(`(?:^|;\\s*)(?:__Host-)?${LANGUAGE_COOKIE}=en(?:;|$)`);

/** Whether a page request asks for the English interface. */
export const asksForEnglish = (cookieHeader: string | undefined): boolean => ENGLISH.test(cookieHeader ?? '');

/**
 * The interface-language cookie, kept in step with the signed-in user's `locale`: set to `en` for an
 * English user, cleared for a German one (German needs no cookie). Not HttpOnly: the dashboard reads
 * it before it starts, to load the English texts. Named and flagged like the session cookie
 * (`__Host-` and Secure over HTTPS, SameSite=Strict, Path=/).
 */
export class LanguageCookie {
  private readonly name: string;
  private readonly secure: boolean;

  constructor(publicUrl: string) {
    this.secure = publicUrl.startsWith('https://');
    this.name = this.secure ? `__Host-${LANGUAGE_COOKIE}` : LANGUAGE_COOKIE;
  }

  apply(response: Response, locale: Locale): void {
    const options = { path: '/', secure: this.secure, sameSite: 'strict' as const, httpOnly: false };
    if (locale === 'en') response.cookie(this.name, 'en', { ...options, maxAge: KEEP_MS });
    else response.clearCookie(this.name, options);
  }
}
