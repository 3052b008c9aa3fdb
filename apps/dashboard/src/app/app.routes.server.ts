import { RenderMode, type ServerRoute } from '@angular/ssr';

/**
 * The cockpit, the page the mayor opens first and often on a phone, renders on the server with the
 * data the API server embeds (EmbeddedAnswers). Everything else is rendered in the browser; the API
 * server decides per request and falls back to that whenever it cannot render (no session, data late).
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'cockpit', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
