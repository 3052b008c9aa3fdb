import { RenderMode, type ServerRoute } from '@angular/ssr';

/**
 * The two pages people open first, often on a phone, render on the server with the data the API
 * server embeds (EmbeddedAnswers): the citizens' overview and the mayor's cockpit. Everything else is
 * rendered in the browser; the API server decides per request and falls back to that whenever it
 * cannot render (no session, data late).
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'oeffentlich', renderMode: RenderMode.Server },
  // The barrier report form works without JavaScript too (BITV 2.0 feedback mechanism).
  { path: 'oeffentlich/barriere-melden', renderMode: RenderMode.Server },
  { path: 'cockpit', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
