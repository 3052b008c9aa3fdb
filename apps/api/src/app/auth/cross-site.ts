import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../config/app.config';

/**
 * The session cookie's name. Over HTTPS it carries the `__Host-` prefix: the browser then keeps it
 * only when it was set Secure, for Path=/ and without Domain, so no other app of the site (a
 * subdomain, a plain-HTTP port) can set or overwrite it. Plain HTTP (localhost) cannot have it.
 */
export const sessionCookieName = (publicUrl: string) => (publicUrl.startsWith('https://') ? '__Host-ksc_session' : 'ksc_session');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isWrite = (request: Request) => !SAFE_METHODS.has(request.method);

/** A browser sends one of these with every write; other clients (scripts, the API's own page requests) send neither. */
export const sentByBrowser = (request: Request) => request.headers['sec-fetch-site'] !== undefined || request.headers.origin !== undefined;

/**
 * Whether a write comes from a page of the app itself: the browser says so (`Sec-Fetch-Site:
 * same-origin`, sent to HTTPS and localhost addresses), or its `Origin` is PUBLIC_URL's, the
 * address the request was sent to (scheme and Host; e.g. behind the dashboard's dev proxy), or one
 * listed in CORS_ORIGINS. A page of another origin cannot forge either header.
 */
export class OwnOrigins {
  private readonly origins: ReadonlySet<string>;

  constructor(config: Pick<AppConfig, 'publicUrl' | 'corsOrigins'>) {
    this.origins = new Set([config.publicUrl, ...config.corsOrigins].map(originOf));
  }

  sentFrom(request: Request): boolean {
    if (request.headers['sec-fetch-site'] === 'same-origin') return true;
    const origin = request.headers.origin;
    if (!origin) return false;
    return this.origins.has(origin) || origin === `${request.protocol}://${request.headers.host}`;
  }
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

export const crossSiteWrite = () =>
  new ForbiddenException({
    detail:
      'Die Anfrage kam nicht von einer Seite des Klimaschutz-Cockpits und wurde abgelehnt (Schutz vor Cross-Site Request Forgery). ' +
      'Bitte das Cockpit unter seiner eigenen Adresse öffnen.',
  });
