import type { ServerRenderContext } from '@klimaschutz/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the dashboard's server bundle (`apps/dashboard/src/server.ts`) exports. */
interface DashboardServer {
  render(path: string, context: ServerRenderContext): Promise<Response | null>;
}

/**
 * The dashboard's server-side renderer: the cockpit and the public overview go out as finished HTML,
 * rendered with the same API answers the server embeds for the browser, which then hydrates that
 * DOM instead of building it. Null when the build has no server bundle (`outputMode: server`).
 */
export class ServerRenderer {
  private server: Promise<DashboardServer | null> | null = null;

  private constructor(private readonly file: string | null) {}

  /** The server bundle beside the browser build: `<dist>/server/server.mjs` for `<dist>/browser`. */
  static forBuild(browserDir: string): ServerRenderer {
    const file = join(browserDir, '..', 'server', 'server.mjs');
    return new ServerRenderer(existsSync(file) ? file : null);
  }

  static none(): ServerRenderer {
    return new ServerRenderer(null);
  }

  /**
   * The page's HTML, or null when it cannot be rendered here (no server bundle, a redirect such as
   * the guards' way to the login, an error): the caller then sends the browser-rendered shell.
   */
  async render(path: string, answers: Record<string, unknown>): Promise<string | null> {
    const server = await this.load();
    if (!server) return null;
    try {
      const response = await server.render(path, { answers });
      return response?.status === 200 ? await response.text() : null;
    } catch {
      return null;
    }
  }

  private load(): Promise<DashboardServer | null> {
    const file = this.file;
    if (!file) return Promise.resolve(null);
    // The API is compiled to CommonJS, which would turn import() into require(); the bundle is an ES module.
    const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<DashboardServer>;
    this.server ??= importModule(pathToFileURL(file).href).catch(() => null);
    return this.server;
  }
}
