import { createHash } from 'node:crypto';
import { EMBEDDED_ANSWERS_ELEMENT_ID } from '@klimaschutz/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A lazy route whose code the browser should fetch together with the app instead of after it has
 * started: `prefix` is the address (it and every page below it), `source` the route file as
 * esbuild names it in the build's stats (`stats.json` next to `browser/`).
 */
export interface RoutePreload {
  prefix: string;
  source: string;
  /** Staff pages: only for a browser that holds a session, since anyone else is sent to the login. */
  signedInOnly?: boolean;
}

/** Asks the API for `path` (with `query`, empty values left out) on the page's behalf: the parsed answer, or null. */
export type PageGet = (path: string, query?: Record<string, string | undefined>) => Promise<unknown>;

/**
 * The GET requests a page makes as soon as the app starts. The server makes them on the page's
 * behalf, through its own API with the browser's cookie (same checks, same answers), and embeds
 * the answers into the page's HTML (`EMBEDDED_ANSWERS_ELEMENT_ID`); the dashboard takes its first
 * requests from there. A request the page does not make, or makes differently, costs only the
 * embedding: the page then asks itself.
 */
export interface PageRequests {
  /** The page addresses (without query) this applies to. */
  matches: (path: string) => boolean;
  /** Staff pages: only for a browser that holds a session. */
  signedInOnly?: boolean;
  /** Calls `get` for each request; awaits those whose answer decides a later one. */
  plan: (get: PageGet, query: URLSearchParams) => Promise<unknown>;
  /**
   * The page goes out rendered by the server (see ServerRenderer) when every request of its plans
   * was answered in time; else as the shell the browser renders.
   */
  serverRendered?: boolean;
  /** False for a page whose answers differ on every request (a form's token): its HTML is not worth keeping. */
  keepRendered?: boolean;
}

interface Metafile {
  outputs: Record<string, { imports?: { path: string; kind: string }[]; inputs?: Record<string, unknown>; entryPoint?: string }>;
}

/**
 * `<link rel="modulepreload">` hints for the SPA shell, worked out once from the build's esbuild
 * metafile: the app's complete static import tree (Angular's builder writes at most ten hints, so
 * deeper chunks were only discovered after the first ones had arrived — one round trip more on
 * every page) and, per lazy route, the route's chunks.
 */
export class ShellPreloads {
  private constructor(
    private readonly initial: string[],
    private readonly routes: { prefix: string; chunks: string[]; signedInOnly: boolean }[],
  ) {}

  static none(): ShellPreloads {
    return new ShellPreloads([], []);
  }

  /** Reads `stats.json` beside the build's `browser/` folder; without it (build without stats) there are no hints. */
  static fromBuild(browserDir: string, indexHtml: string, routes: RoutePreload[], appSources: string[] = []): ShellPreloads {
    let metafile: Metafile;
    try {
      metafile = JSON.parse(readFileSync(join(browserDir, '..', 'stats.json'), 'utf8')) as Metafile;
    } catch {
      return ShellPreloads.none();
    }
    return ShellPreloads.fromMetafile(metafile, indexHtml, routes, appSources);
  }

  static fromMetafile(metafile: Metafile, indexHtml: string, routes: RoutePreload[], appSources: string[] = []): ShellPreloads {
    const outputs = metafile.outputs ?? {};
    const staticTree = (roots: string[]): Set<string> => {
      const seen = new Set<string>();
      const queue = [...roots];
      while (queue.length) {
        const file = queue.shift() as string;
        if (seen.has(file) || !outputs[file]) continue;
        seen.add(file);
        for (const imported of outputs[file].imports ?? []) if (imported.kind === 'import-statement') queue.push(imported.path);
      }
      return seen;
    };
    const chunkOf = (source: string) => Object.keys(outputs).find((file) => file.endsWith('.js') && source in (outputs[file].inputs ?? {}));
    const entries = [...indexHtml.matchAll(/<script\b([^>]*)>/g)]
      .filter(([, attributes]) => /\btype="module"/.test(attributes))
      .flatMap(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? []);
    // The app itself is a chunk the entry imports dynamically (see the dashboard's main.ts): every page needs it.
    const initial = staticTree([...entries, ...appSources.flatMap((source) => chunkOf(source) ?? [])]);
    const named = new Set([...indexHtml.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]));
    const routeHints = routes.flatMap(({ prefix, source, signedInOnly = false }) => {
      const chunk = chunkOf(source);
      return chunk ? [{ prefix, signedInOnly, chunks: [...staticTree([chunk])].filter((file) => !initial.has(file)) }] : [];
    });
    return new ShellPreloads(
      [...initial].filter((file) => !named.has(file)),
      routeHints,
    );
  }

  /** Chunks to announce for a page address, beyond those the built index.html names already. */
  forPath(path: string, signedIn = false): string[] {
    const route = this.routes.find(
      ({ prefix, signedInOnly }) => (path === prefix || path.startsWith(`${prefix}/`)) && (signedIn || !signedInOnly),
    );
    return [...this.initial, ...(route?.chunks ?? [])];
  }
}

/**
 * JSON text made safe for a `<script type="application/json">` element: `<` is written as `\u003c`,
 * so data can never close the element (`</script>`) or open a comment (`<!--`), whatever a text field
 * says; JSON.parse reads it back unchanged. `json` must be valid JSON text (in it, `<`, U+2028 and
 * U+2029 can only occur inside strings, where the escapes mean the same character).
 */
export function jsonTextForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A value as JSON for a `<script type="application/json">` element (see `jsonTextForScript`). */
export function jsonForScript(value: unknown): string {
  return jsonTextForScript(JSON.stringify(value));
}

/**
 * The SPA shell for one page: its extra preload hints after the ones Angular wrote (so the app's own
 * chunks keep the first connections), then the API answers embedded for it (key → JSON text as the
 * API sent it); both just before `</body>`. A page rendered on the server (`rendered`) shows before
 * its code has arrived, so the code is fetched with low priority and the page's styles go first.
 */
export function renderShell(
  indexHtml: string,
  preloads: string[],
  answers: ReadonlyMap<string, string> = new Map(),
  { rendered = false, notice = '', lang }: { rendered?: boolean; notice?: string; lang?: string } = {},
): string {
  const priority = rendered ? ' fetchpriority="low"' : '';
  // A rendered page needs its code only later (see the dashboard's main.ts): fetched when the browser is idle, then cached.
  const links = preloads
    .map((file) => (rendered ? `<link rel="prefetch" href="${file}">` : `<link rel="modulepreload" href="${file}">`))
    .join('');
  const entries = [...answers].map(([key, json]) => `${jsonForScript(key)}:${jsonTextForScript(json)}`);
  const script = entries.length
    ? `<script type="application/json" id="${EMBEDDED_ANSWERS_ELEMENT_ID}">{${entries.join(',')}}</script>`
    : '';
  const withNotice = notice ? indexHtml.replace(/<body\b[^>]*>/, (body) => body + notice) : indexHtml;
  const localized = lang ? withNotice.replace(/<html\b([^>]*?)\slang="[^"]*"/, `<html$1 lang="${lang}"`) : withNotice;
  // index.html's one visible sentence, for an English reader's browser without script.
  const page =
    lang === 'en'
      ? localized.replace(/<noscript>[^<]*<\/noscript>/, '<noscript>The Klimaschutz-Cockpit needs JavaScript.</noscript>')
      : localized;
  const html = rendered
    ? page
        .replace(/<(script|link)\b([^>]*\b(?:type="module"|rel="modulepreload")[^>]*)>/g, `<$1$2${priority}>`)
        // The browser paints the page's main content whole, not the header first and the rest a frame later.
        .replace('<head>', '<head><link rel="expect" href="#main-content" blocking="render">')
    : page;
  return links || script ? html.replace('</body>', `${links}${script}</body>`) : html;
}

/**
 * SHA-256 sources (`'sha256-…'`) for the inline scripts of a server-rendered page: Angular writes two
 * (the event-replay contract and its start), which a `script-src 'self'` policy would block. Only
 * those exact texts are allowed, and only for this response; JSON data blocks are not scripts.
 */
export function inlineScriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /\btype="application\/json"/.test(attributes) || !text) continue;
    sources.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...sources];
}

/** The policy with `sources` added to its `script-src` (created from `default-src` if it has none). */
export function allowScripts(policy: string, sources: string[]): string {
  if (!sources.length) return policy;
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const index = directives.findIndex((d) => d.split(/\s+/)[0] === 'script-src');
  if (index >= 0) directives[index] = `${directives[index]} ${sources.join(' ')}`;
  else {
    const fallback = directives.find((d) => d.split(/\s+/)[0] === 'default-src');
    directives.push(`script-src ${fallback ? fallback.split(/\s+/).slice(1).join(' ') : ''} ${sources.join(' ')}`.replace(/\s+/g, ' '));
  }
  return directives.join(';');
}
