/**
 * The markup of the editable public pages: plain text with a small Markdown subset, read into blocks
 * that the app renders with text bindings (never as HTML), so a page text cannot carry markup or script.
 *
 * - blocks are separated by a blank line;
 * - a block starting with `## ` is a heading (the page title is the only h1);
 * - a block whose lines all start with `- ` is a list;
 * - `[Text](Adresse)` is a link, for `https://`, `http://`, `mailto:` and `tel:` addresses only.
 */
export type PageInline = { text: string; href?: undefined } | { text: string; href: string };
export type PageBlock =
  | { kind: 'heading'; inlines: PageInline[] }
  | { kind: 'paragraph'; inlines: PageInline[] }
  | { kind: 'list'; items: PageInline[][] };

/** Link targets a page text may use; everything else (javascript:, data:, relative paths) is refused. */
export const PAGE_LINK_PATTERN = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+@[^\s<>"]+|tel:\+?[0-9][0-9 ()/-]*)$/i;

const LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/g;

/** The `[Text](Adresse)` links of a text, with whether each target is allowed. */
export function pageLinks(text: string): { text: string; href: string; allowed: boolean }[] {
  return [...text.matchAll(LINK)].map((m) => ({ text: m[1], href: m[2], allowed: PAGE_LINK_PATTERN.test(m[2]) }));
}

/** Text with its allowed links; a link with a refused target stays as the text it was written as. */
export function parseInlines(text: string): PageInline[] {
  const inlines: PageInline[] = [];
  let rest = 0;
  for (const m of text.matchAll(LINK)) {
    if (!PAGE_LINK_PATTERN.test(m[2])) continue;
    if (m.index > rest) inlines.push({ text: text.slice(rest, m.index) });
    inlines.push({ text: m[1], href: m[2] });
    rest = m.index + m[0].length;
  }
  if (rest < text.length) inlines.push({ text: text.slice(rest) });
  return inlines;
}

export function parsePageText(body: string | null | undefined): PageBlock[] {
  if (!body) return [];
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block): PageBlock => {
      if (block.startsWith('## '))
        return {
          kind: 'heading',
          inlines: parseInlines(
            block
              .slice(3)
              .replace(/\s*\n\s*/g, ' ')
              .trim(),
          ),
        };
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*- /.test(line)))
        return { kind: 'list', items: lines.map((line) => parseInlines(line.replace(/^\s*- /, '').trim())) };
      return { kind: 'paragraph', inlines: parseInlines(block) };
    });
}
