import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { MIN_COMPRESS_BYTES, compress, preferredEncoding, type Encoding } from '../common/compression';
import { apiAnswerKey } from '@klimaschutz/contracts';
import { pageRequestHeaders } from '../common/client-address';
import { ServerRenderer } from './server-render';
import { ShellPreloads, allowScripts, inlineScriptSources, renderShell, type PageGet, type PageRequests, type RoutePreload } from './shell';

export interface ShellOptions {
  /** Lazy routes whose chunks are announced in the HTML of their pages. */
  routePreloads?: RoutePreload[];
  /** Source files (as the build names them) of chunks every page needs though the entry loads them dynamically. */
  appSources?: string[];
  /** API answers embedded into the HTML of a page. */
  pageRequests?: PageRequests[];
  /** How long the HTML may wait for them; whatever has not arrived by then the page asks itself (ms). */
  pageRequestBudgetMs?: number;
  /** Render pages on the server where their PageRequests say so and the build has a server bundle (default). */
  serverRendering?: boolean;
  /** HTML put first into every page's body, outside the app (e.g. the demo installation's notice); asked per page, in its language. */
  notice?: (english: boolean) => string;
  /**
   * Whether the page request carries a valid session, checked once before anything is asked on its
   * behalf (a made-up cookie must not cost a page's worth of API requests). Without it: nobody is.
   */
  signedIn?: (request: Request) => Promise<boolean>;
  /**
   * Whether the page goes out in English (`<html lang="en">`). Such a page is always rendered by the
   * browser: the server renders German only, and must not show an English reader German first.
   */
  english?: (request: Request, path: string) => boolean;
}

/**
 * Angular names its bundles `main-EI4LEUE2.js`, `chunk-…`, `styles-….css`: content-hashed, so they
 * never change. Its chunk optimizer (rolldown) writes base64url hashes: `chunk-BG8PWb-d.js`.
 */
const HASHED_ASSET = /-[0-9A-Za-z_-]{8}\.(?:js|css|woff2?)$/;
/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.ico', '.webmanifest']);

function cacheControl(path: string): string {
  // index.html and other unhashed files must be revalidated so a deploy takes effect at once.
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built dashboard. Text assets go out brotli- or gzip-compressed; each file is compressed
 * once per server start and kept in memory (the whole build is under 2 MB), so requests cost no CPU.
 * Client-side routes get index.html; paths with a file extension that do not exist get a 404, so a
 * stale chunk after a deploy fails loudly instead of receiving HTML.
 */
export function serveDashboard(app: NestExpressApplication, dir: string, options: ShellOptions = {}): void {
  const compressed = new Map<string, Promise<{ body: Buffer; etag: string } | null>>();

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
    (handler: (req: Request, res: Response, next: NextFunction) => unknown) => (req: Request, res: Response, next: NextFunction) =>
      req.path.startsWith('/api') ? next() : handler(req, res, next);

  app.use(
    notApi(async (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.has(extname(req.path))) return next();
      const encoding = preferredEncoding(req.headers['accept-encoding']);
      if (!encoding) return next();
      let file: string;
      try {
        file = join(dir, decodeURIComponent(req.path));
      } catch {
        return next();
      }
      const inside = relative(dir, file);
      if (inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.'))) return next();
      const stats = await stat(file).catch(() => null);
      const entry = stats?.isFile() ? await encoded(file, stats.mtimeMs, encoding) : null;
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
        setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControl(path)),
      }),
    ),
  );

  // Client-side routes (/massnahmen/…) get the SPA shell, with the hints and data of their page.
  // Read once: a deploy replaces the build and restarts the server. A build with server rendering
  // names the browser-rendered shell index.csr.html.
  const indexHtml = readFileSync(join(dir, shellFile(dir)), 'utf8');
  const renderer = options.serverRendering === false ? ServerRenderer.none() : ServerRenderer.forBuild(dir);
  // The citizens' overview depends only on its answers (the public summary): rendered again only when they change.
  const anonymousPages = new Map<string, string>();
  const preloads = ShellPreloads.fromBuild(dir, indexHtml, options.routePreloads ?? [], options.appSources ?? []);
  const budgetMs = options.pageRequestBudgetMs ?? 250;
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api') || extname(req.path)) return next();
    const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    const signedIn = options.signedIn ? await options.signedIn(req).catch(() => false) : false;
    const plans = (options.pageRequests ?? []).filter((page) => page.matches(path) && (signedIn || !page.signedInOnly));
    const { answers, complete } =
      plans.length && budgetMs > 0 ? await askForPage(req, plans, budgetMs) : { answers: new Map<string, string>(), complete: false };
    // Rendered on the server only with every answer the page asks for at start: then the browser's
    // first render, from the same answers, matches it exactly; otherwise the browser renders.
    const english = options.english?.(req, path) ?? false;
    const serverRendered =
      complete && !english && plans.some((page) => page.serverRendered)
        ? await renderCached(
            renderer,
            signedIn || plans.some((page) => page.keepRendered === false) ? null : anonymousPages,
            req.originalUrl,
            answers,
          )
        : null;
    const html = Buffer.from(
      renderShell(serverRendered ?? indexHtml, preloads.forPath(path, signedIn), answers, {
        rendered: serverRendered !== null,
        notice: options.notice?.(english),
        lang: english ? 'en' : undefined,
      }),
    );
    if (serverRendered) {
      const policy = res.getHeader('Content-Security-Policy');
      if (typeof policy === 'string') res.setHeader('Content-Security-Policy', allowScripts(policy, inlineScriptSources(serverRendered)));
    }
    // Embedded answers are current for this response only; a signed-in user's must stay on their device.
    res.setHeader('Cache-Control', signedIn && answers.size ? 'private, no-store' : 'no-cache');
    // A staff page's hints and answers depend on whether (and as whom) the browser is signed in.
    res.setHeader('Vary', 'Accept-Encoding, Cookie');
    res.type('html');
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const body = encoding && html.length >= MIN_COMPRESS_BYTES ? await compress(html, encoding, 'fast').catch(() => null) : null;
    if (encoding && body) res.setHeader('Content-Encoding', encoding);
    // Express adds the ETag and answers a matching revalidation with 304.
    res.send(body ?? html);
  });
}

/** `index.csr.html` in a build with server rendering, else `index.html`. */
function shellFile(dir: string): string {
  return existsSync(join(dir, 'index.csr.html')) ? 'index.csr.html' : 'index.html';
}

/**
 * The page rendered by the server from its answers. Without a session the HTML depends on nothing
 * else, so the last few are kept (by address and answers); a signed-in user's page is never kept.
 */
async function renderCached(
  renderer: ServerRenderer,
  cache: Map<string, string> | null,
  url: string,
  answers: ReadonlyMap<string, string>,
): Promise<string | null> {
  const key = cache
    ? createHash('sha1')
        .update(url)
        .update('\0')
        .update(JSON.stringify([...answers]))
        .digest('base64url')
    : '';
  const kept = cache?.get(key);
  if (kept !== undefined) return kept;
  const html = await renderer.render(url, Object.fromEntries([...answers].map(([k, json]) => [k, JSON.parse(json) as unknown])));
  if (cache && html) {
    cache.set(key, html);
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
  }
  return html;
}

/**
 * Makes a page's requests through this server's own API, as the browser would (its cookie, its
 * address for rate limits), and collects the JSON answers that arrive within `budgetMs`, keyed as
 * the dashboard will ask. Refusals and failures are left out: the page then asks, and handles the
 * answer, itself.
 */
async function askForPage(
  page: Request,
  plans: PageRequests[],
  budgetMs: number,
): Promise<{ answers: Map<string, string>; complete: boolean }> {
  const origin = ownOrigin(page);
  const answers = new Map<string, string>();
  if (!origin) return { answers, complete: false };
  let refused = 0;
  const deadline = AbortSignal.timeout(budgetMs);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-encoding': 'identity',
    ...pageRequestHeaders(page),
    ...(page.headers.cookie ? { cookie: page.headers.cookie } : {}),
  };
  const get: PageGet = async (path, query = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const key = apiAnswerKey(params.size ? `${path}?${params}` : path);
    try {
      const response = await fetch(origin + key, { headers, signal: deadline });
      if (response.status !== 200 || !/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
        await response.body?.cancel();
        refused++;
        return null;
      }
      const json = await response.text();
      const value: unknown = JSON.parse(json);
      answers.set(key, json);
      return value;
    } catch {
      refused++;
      return null;
    }
  };
  const query = new URL(page.originalUrl, 'http://localhost').searchParams;
  const settled = await withinBudget(Promise.allSettled(plans.map((plan) => plan.plan(get, query))), budgetMs);
  // What arrives after the budget is not waited for and not sent.
  return { answers: new Map(answers), complete: settled !== null && refused === 0 };
}

/** `http://host:port` of the socket the page request came in on: this very process. */
function ownOrigin(request: Request): string | null {
  const { localAddress, localPort } = request.socket;
  if (!localAddress || !localPort) return null;
  const host = localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${localPort}`;
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
