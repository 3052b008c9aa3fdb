import { expect, test } from '@playwright/test';
import { findClippedText, openPage, signInAs, visitsByWho } from './support/bitv-pages';
import { login } from './support/helpers';

/*
 * Issue #22, item 3 — reflow (WCAG 1.4.10): at 320 × 256 CSS px (1280 px at 400 % zoom) no page
 * scrolls sideways and no label or value is cut off. Wide data tables may scroll inside their own
 * focusable region; the page itself may not.
 */

test.describe('BITV: Umbruch bei 320 px (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  for (const [who, pages] of visitsByWho()) {
    test(`no page scrolls sideways or cuts text at 320 × 256 — ${who}`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 15_000);
      await signInAs(page, who);
      const failures: string[] = [];
      for (const target of pages) {
        const path = await openPage(page, target);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) failures.push(`${path}: page is ${scrollWidth} px wide`);
        for (const clipped of await findClippedText(page)) failures.push(`${path}: ${clipped}`);
      }
      expect(failures, `reflow at 320 px (${who})`).toEqual([]);
    });
  }

  test('the import preview (mapping, warnings, rows) reflows at 320 × 256', async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto('/import');
    const csv = [
      'Nummer der Maßnahme;Titel;Handlungsfeld;Potenzial;Status',
      'REFLOW-1;Eine Maßnahme mit einem recht langen Titel für schmale Bildschirme;E;(3);geplant',
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'massnahmen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await page.getByTestId('import-upload').click();
    await expect(page.getByTestId('mapping-table')).toBeVisible();
    await expect(page.getByTestId('import-error').first()).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, 'import preview width').toBeLessThanOrEqual(innerWidth);
    expect(await findClippedText(page)).toEqual([]);
  });
});
