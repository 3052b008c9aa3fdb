import type { NextFunction, Request, Response } from 'express';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this the headers cost more than the compression saves. */
export const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses off the event loop (zlib's thread pool). `quality` trades time for size: static assets
 * are compressed once and can afford more than an API answer that is compressed on every request.
 */
export function compress(body: Buffer, encoding: Encoding, quality: 'fast' | 'small'): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality === 'fast' ? 4 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipAsync(body, { level: quality === 'fast' ? 6 : 9 });
}

/** The best encoding the client accepts (brotli before gzip), honouring `q=0`. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

const COMPRESSIBLE_TYPE = /^(application\/(json|problem\+json)|text\/(csv|plain))\b/;

/**
 * Compresses the API's JSON and CSV answers for clients that accept it — the cockpit's answers
 * shrink to a fifth, which a phone on a slow network feels. Only bodies sent in one piece
 * (`res.send`/`res.json`); streamed files (exports) pass through untouched. Vary and ETag follow
 * the encoding, so caches and `If-None-Match` stay correct.
 */
export function compressApiResponses(req: Request, res: Response, next: NextFunction): void {
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (!encoding) return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const type = String(res.getHeader('Content-Type') ?? '');
    const raw = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : null;
    if (!raw || raw.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE_TYPE.test(type) || res.getHeader('Content-Encoding')) return send(body);
    res.send = send;
    compress(raw, encoding, 'fast').then(
      (compressed) => {
        res.setHeader('Content-Encoding', encoding);
        res.append('Vary', 'Accept-Encoding');
        send(compressed);
      },
      () => send(body),
    );
    return res;
  };
  next();
}
