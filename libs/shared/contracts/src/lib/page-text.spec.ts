import { pageLinks, parsePageText } from './page-text';

describe('page text markup', () => {
  it('reads headings, lists, paragraphs and links', () => {
    const blocks = parsePageText(
      '## Kontakt\n\nSchreiben Sie an [kontakt@stadt.de](mailto:kontakt@stadt.de) oder rufen Sie an: [0251 1234](tel:+492511234).\n\n- eins\n- [zwei](https://example.org/zwei)',
    );
    expect(blocks).toEqual([
      { kind: 'heading', inlines: [{ text: 'Kontakt' }] },
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Schreiben Sie an ' },
          { text: 'kontakt@stadt.de', href: 'mailto:kontakt@stadt.de' },
          { text: ' oder rufen Sie an: ' },
          { text: '0251 1234', href: 'tel:+492511234' },
          { text: '.' },
        ],
      },
      { kind: 'list', items: [[{ text: 'eins' }], [{ text: 'zwei', href: 'https://example.org/zwei' }]] },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/',
    '/oeffentlich',
    'mailto:',
    'tel:abc',
  ])('keeps a link to %s as plain text and reports it as refused', (href) => {
    const text = `Klick [hier](${href}) bitte`;
    expect(pageLinks(text)).toEqual([expect.objectContaining({ text: 'hier', allowed: false })]);
    const inlines = parsePageText(text).flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.inlines));
    expect(inlines.some((i) => i.href)).toBe(false);
    expect(inlines.map((i) => i.text).join('')).toBe(text);
  });

  it('leaves markup as text', () => {
    expect(parsePageText('<script>alert(1)</script> <b>fett</b>')).toEqual([
      { kind: 'paragraph', inlines: [{ text: '<script>alert(1)</script> <b>fett</b>' }] },
    ]);
  });
});
