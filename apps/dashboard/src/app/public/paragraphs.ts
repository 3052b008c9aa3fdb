/**
 * Splits a plain-text body into paragraphs at blank lines (also `\r\n` and lines holding only
 * spaces). Single line breaks stay inside a paragraph; the template shows them with
 * `white-space: pre-line`. The result is rendered as text, never as HTML.
 */
export function splitParagraphs(body: string | null | undefined): string[] {
  if (!body) {
    return [];
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
