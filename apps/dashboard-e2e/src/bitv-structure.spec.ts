import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPage, signInAs, visitsByWho } from './support/bitv-pages';
import { login } from './support/helpers';

/*
 * Issue #22, item 5 — what a keyboard and screen-reader user meets beyond axe's WCAG rules:
 * scrollable tables reachable with Tab, the focus kept when "Auswahl zurücksetzen" removes itself,
 * and axe's best-practice rules for landmarks and headings on every page of every role.
 */

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

test.describe('BITV: Tastatur und Struktur', () => {
  test('the scrollable tables of the training and Klimacheck detail pages are named regions reached with Tab', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await login(page, 'climateManager');
    for (const [path, list, name] of [
      ['/schulungen', '/api/v1/trainings', 'Teilnehmende je Organisationseinheit'],
      ['/klimacheck', '/api/v1/climate-checks', 'Bewertung je Kriterium'],
    ] as const) {
      const body = await (await page.request.get(list)).json();
      const first = (Array.isArray(body) ? body : body.items)[0] as { id: string };
      await page.goto(`${path}/${first.id}`);
      const region = page.getByRole('region', { name });
      await expect(region.locator('table')).toBeVisible();
      await tabTo(page, region);
      // With the focus on the region, the arrow keys scroll the table sideways.
      const before = await region.evaluate((el) => el.scrollLeft);
      const scrollable = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      await page.keyboard.press('ArrowRight');
      if (scrollable) await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    }
  });

  test('"Auswahl zurücksetzen" in the cockpit leaves the focus on the filters, not on the page body', async ({ page }) => {
    // Signed in, the executive lands on the cockpit started by the app (a page the server rendered starts
    // the app at the first focus or pointer, which selectOption does not give).
    await login(page, 'executive');
    await expect(page).toHaveURL(/\/cockpit/);
    const field = page.getByTestId('cockpit-filter-field-of-action');
    await field.selectOption({ index: 1 });
    await expect(page).toHaveURL(/fieldOfActionId|handlungsfeld/i);
    const reset = page.getByTestId('cockpit-filter-reset');
    await tabTo(page, reset);
    await page.keyboard.press('Enter');
    await expect(reset).toHaveCount(0);
    await expect(page.getByTestId('cockpit-filter-period')).toBeFocused();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  });

  for (const [who, pages] of visitsByWho()) {
    test(`landmarks and headings pass axe's best-practice rules on every page — ${who}`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 10_000);
      await signInAs(page, who);
      const found: string[] = [];
      for (const target of pages) {
        const path = await openPage(page, target);
        const results = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
        for (const v of results.violations) found.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      expect(found, `axe best-practice notes (${who})`).toEqual([]);
    });
  }
});
