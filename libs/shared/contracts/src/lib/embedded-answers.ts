/**
 * The server asks the API, on the page's behalf, for what a page requests as soon as it starts (who
 * is signed in, the cockpit's figures, the public summary) and embeds the answers into the page's
 * HTML as `<script type="application/json" id="…">{ key: answer, … }</script>`, keyed by
 * `apiAnswerKey`. The dashboard answers its first requests from there, so the first page renders
 * complete without one more round trip per request.
 */
export const EMBEDDED_ANSWERS_ELEMENT_ID = 'ksc-api-answers';

/**
 * A GET request's address as both sides write it: the path and its query parameters in sorted
 * order, so `?b=2&a=1` and `?a=1&b=2` are the same request.
 */
export function apiAnswerKey(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.sort();
  return parsed.pathname + parsed.search;
}

/** What the API server hands the dashboard's server-side renderer with a page to render. */
export interface ServerRenderContext {
  /** The answers it fetched for the page, keyed by `apiAnswerKey`; the same ones go to the browser. */
  answers: Record<string, unknown>;
}
