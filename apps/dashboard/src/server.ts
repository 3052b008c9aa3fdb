import { AngularAppEngine, createRequestHandler } from '@angular/ssr';
import type { ServerRenderContext } from '@klimaschutz/contracts';

/**
 * The dashboard's server-side renderer, loaded by the API server (`apps/api/src/app/web/server-render.ts`),
 * which decides what to render and with which data. Requests reach it addressed to localhost only:
 * the API server builds them, never passing on a browser's Host header.
 */
const engine = new AngularAppEngine({ allowedHosts: ['localhost'] });

/** Renders `path` (with its query); joined to the origin as text, so no path can name another host. */
export function render(path: string, context: ServerRenderContext): Promise<Response | null> {
  return engine.handle(new Request(`http://localhost${path.startsWith('/') ? path : `/${path}`}`), context);
}

/** For `ng serve` with SSR; production requests come through `render`. */
export const reqHandler = createRequestHandler((request) => engine.handle(request));
