import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/**
 * Requests the server makes to its own API on a page's behalf (see `EMBEDDED_ANSWERS_ELEMENT_ID`)
 * carry this process's secret and the address of the browser that asked for the page, so that
 * per-address limits count the citizen, not the server. The secret lives only in this process's
 * memory and goes only to its own listening socket; a request from outside cannot name another address.
 */
const SECRET = randomBytes(32).toString('base64url');
const SECRET_HEADER = 'x-ksc-page-request';
const CLIENT_HEADER = 'x-ksc-page-client';

/** Headers that mark a request as made for the page `page` asked for. */
export function pageRequestHeaders(page: Request): Record<string, string> {
  return { [SECRET_HEADER]: SECRET, [CLIENT_HEADER]: page.ip ?? '' };
}

/** The address a request counts against: the browser's for a page request, else the caller's. */
export function clientAddress(request: Request): string {
  const secret = request.headers[SECRET_HEADER];
  const client = request.headers[CLIENT_HEADER];
  if (typeof secret === 'string' && typeof client === 'string' && client && sameSecret(secret)) return client;
  return request.ip ?? '';
}

function sameSecret(value: string): boolean {
  const given = Buffer.from(value);
  const expected = Buffer.from(SECRET);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
