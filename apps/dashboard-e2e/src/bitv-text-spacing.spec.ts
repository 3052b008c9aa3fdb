import { expect, test } from '@playwright/test';
import { findClippedSelects, findClippedText, findTextOutsideItsBox, openPage, signInAs, visitsByWho } from './support/bitv-pages';

/*
 * Issue #22, item 4 — text spacing (WCAG 1.4.12): with the spacing a reader's style sheet may set
 * (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em), no text is
 * cut off and none runs out of its tile; native selects show their whole chosen value.
 */

const READER_SPACING = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

test.describe('BITV: Textabstände (WCAG 1.4.12)', () => {
  for (const [who, pages] of visitsByWho()) {
    test(`no text is cut off under the WCAG text spacing — ${who}`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 15_000);
      await signInAs(page, who);
      const failures: string[] = [];
      for (const target of pages) {
        const path = await openPage(page, target);
        await page.addStyleTag({ content: READER_SPACING });
        // Let the layout settle (select triggers and charts measure themselves on resize).
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        for (const clipped of [
          ...(await findClippedText(page)),
          ...(await findTextOutsideItsBox(page)),
          ...(await findClippedSelects(page)),
        ])
          failures.push(`${path}: ${clipped}`);
      }
      expect(failures, `text spacing (${who})`).toEqual([]);
    });
  }
});
