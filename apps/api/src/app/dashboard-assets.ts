import express, {
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { SESSION_COOKIE } from './auth/auth.guard';
import {
  MIN_COMPRESS_BYTES,
  compress,
  preferredEncoding,
  type Encoding,
} from './common/compression';
import {
  ShellPreloads,
  renderShell,
  type PageData,
  type RoutePreload,
} from './dashboard-shell';

export interface ShellOptions {
  /** Lazy routes whose chunks are announced in the HTML of their pages. */
  routePreloads?: RoutePreload[];
  /** Data embedded into the HTML of one page. */
  pageData?: PageData[];
  /** How long the HTML may wait for embedded data before it goes out without (ms). */
  pageDataBudgetMs?: number;
}

/**
 * Angular names its bundles `main-EI4LEUE2.js`, `chunk-…`, `styles-….css`: content-hashed, so they
 * never change. Its chunk optimizer (rolldown) writes base64url hashes: `chunk-BG8PWb-d.js`.
 */
const HASHED_ASSET = /-[0-9A-Za-z_-]{8}\.(?:js|css|woff2?)$/;
/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.ico',
  '.webmanifest',
]);

function cacheControl(path: string): string {
  // index.html and other unhashed files must be revalidated so a deploy takes effect at once.
  return HASHED_ASSET.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * Serves the built dashboard. Text assets go out brotli- or gzip-compressed; each file is compressed
 * once per server start and kept in memory (the whole build is under 2 MB), so requests cost no CPU.
 * Client-side routes get index.html; paths with a file extension that do not exist get a 404, so a
 * stale chunk after a deploy fails loudly instead of receiving HTML.
 */
export function serveDashboard(
  app: NestExpressApplication,
  dir: string,
  options: ShellOptions = {},
): void {
  const compressed = new Map<
    string,
    Promise<{ body: Buffer; etag: string } | null>
  >();

  const encoded = (file: string, version: number, encoding: Encoding) => {
    const key = `${encoding}:${version}:${file}`;
    let entry = compressed.get(key);
    if (!entry) {
      entry = (async () => {
        const raw = await readFile(file);
        if (raw.length < MIN_COMPRESS_BYTES) return null;
        const body = await compress(raw, encoding, 'small');
        return {
          body,
          etag: `"${createHash('sha1').update(body).digest('base64url')}-${encoding}"`,
        };
      })().catch(() => null);
      compressed.set(key, entry);
    }
    return entry;
  };

  // The API's own paths never look for files: a stat() per API call cost a tenth of its throughput.
  const notApi =
    (handler: (req: Request, res: Response, next: NextFunction) => unknown) =>
    (req: Request, res: Response, next: NextFunction) =>
      req.path.startsWith('/api') ? next() : handler(req, res, next);

  app.use(
    notApi(async (req: Request, res: Response, next: NextFunction) => {
      if (
        (req.method !== 'GET' && req.method !== 'HEAD') ||
        !COMPRESSIBLE.has(extname(req.path))
      )
        return next();
      const encoding = preferredEncoding(req.headers['accept-encoding']);
      if (!encoding) return next();
      let file: string;
      try {
        file = join(dir, decodeURIComponent(req.path));
      } catch {
        return next();
      }
      const inside = relative(dir, file);
      if (
        inside.startsWith('..') ||
        inside.split(sep).some((part) => part.startsWith('.'))
      )
        return next();
      const stats = await stat(file).catch(() => null);
      const entry = stats?.isFile()
        ? await encoded(file, stats.mtimeMs, encoding)
        : null;
      if (!entry) return next();
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl(file));
      res.setHeader('ETag', entry.etag);
      res.type(extname(file));
      if (req.fresh) return void res.status(304).end();
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', entry.body.length);
      res.end(req.method === 'HEAD' ? undefined : entry.body);
    }),
  );

  app.use(
    notApi(
      express.static(dir, {
        index: false,
        setHeaders: (res, path) =>
          res.setHeader('Cache-Control', cacheControl(path)),
      }),
    ),
  );

  // Client-side routes (/massnahmen/…) get the SPA shell, with the hints and data of their page.
  // Read once: a deploy replaces the build and restarts the server.
  const indexHtml = readFileSync(join(dir, 'index.html'), 'utf8');
  const preloads = ShellPreloads.fromBuild(
    dir,
    indexHtml,
    options.routePreloads ?? [],
  );
  const budgetMs = options.pageDataBudgetMs ?? 250;
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path.startsWith('/api') ||
      extname(req.path)
    )
      return next();
    const path =
      req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    const source = options.pageData?.find((page) => page.path === path);
    const data = source ? await withinBudget(source.load(), budgetMs) : null;
    const html = Buffer.from(
      renderShell(
        indexHtml,
        preloads.forPath(path, Boolean(req.cookies?.[SESSION_COOKIE])),
        source && data !== null ? { id: source.id, value: data } : null,
      ),
    );
    // Embedded data is current for this response only: revalidate, never keep a stale copy.
    res.setHeader('Cache-Control', 'no-cache');
    // A staff page's hints depend on whether the browser holds a session.
    res.setHeader('Vary', 'Accept-Encoding, Cookie');
    res.type('html');
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const body =
      encoding && html.length >= MIN_COMPRESS_BYTES
        ? await compress(html, encoding, 'fast').catch(() => null)
        : null;
    if (encoding && body) res.setHeader('Content-Encoding', encoding);
    // Express adds the ETag and answers a matching revalidation with 304.
    res.send(body ?? html);
  });
}

/** The value if it arrives within `ms`, else null (and a failure is null too: the app then asks itself). */
async function withinBudget<T>(value: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([value.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}
