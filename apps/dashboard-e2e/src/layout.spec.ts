import { expect, test } from '@playwright/test';
import { expectAccessible, fromTheApp, login } from './support/helpers';

/*
 * Issue #16, item 13: the layout fits the screens people use — the measure list on a 1366 px laptop,
 * the first screen on a phone, the review queue in pages.
 */

test.describe('Layout: laptop, phone, review queue', () => {
  test('the measure list fits 1366 × 768 without scrolling sideways, its sort column in view', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, 'climateManager');
    await expect(page.getByTestId('measure-row').first()).toBeVisible();
    const region = page.getByRole('region', { name: 'Tabelle der Maßnahmen' });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The list is sorted by its last change by default: that column's header is on screen.
    const sorted = page.locator('th[aria-sort="descending"]');
    await expect(sorted).toHaveCount(1);
    await expect(sorted).toBeInViewport();
    const box = (await sorted.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    // Still a real table: every header a column header, field of action and lead named in the title cell.
    await expect(page.getByRole('columnheader', { name: /Titel/ })).toBeVisible();
    await expect(page.getByTestId('measure-row').first().getByTestId('measure-secondary')).toContainText(/Federführung/);
    await expectAccessible(page, 'measure list at 1366 px');
  });

  test('on a phone the header and navigation leave the first screen to the page; the menu opens by button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'climateManager');
    const heading = page.getByRole('heading', { level: 1, name: 'Maßnahmen' });
    await expect(heading).toBeInViewport();
    // Header and navigation take at most about a quarter of the first screen.
    const main = (await page.locator('main').boundingBox())!;
    expect(main.y).toBeLessThanOrEqual(844 / 4);
    const headingBox = (await heading.boundingBox())!;
    expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(844);

    const menu = page.getByTestId('nav-toggle');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('nav-review')).toBeHidden();
    await expectAccessible(page, 'phone, menu closed');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('nav-review')).toBeVisible();
    await expectAccessible(page, 'phone, menu open');
    await page.getByTestId('nav-review').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prüfung der Sachstandsmeldungen' })).toBeInViewport();
    // Choosing a page closes the menu again.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('on a laptop the navigation is always shown, without a menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, 'climateManager');
    await expect(page.getByTestId('nav-review')).toBeVisible();
    await expect(page.getByTestId('nav-toggle')).toBeHidden();
  });

  test('the review queue shows a page of five with navigation between pages', async ({ page }) => {
    await login(page, 'climateManager');
    // Enough submitted reports for two pages, whatever the demo city holds.
    const measures = (await (await page.request.get('/api/v1/measures?pageSize=12&sort=code')).json()).items as { id: string }[];
    for (const m of measures) {
      const r = await page.request.post(`/api/v1/measures/${m.id}/progress-reports`, {
        headers: fromTheApp(page),
        data: {
          status: 'IN_PROGRESS',
          assessment: 'ON_TRACK',
          progressPercent: 30,
          text: 'Sachstand für die Seitenprüfung.',
          submit: true,
        },
      });
      expect([201, 409]).toContain(r.status());
    }
    await page.goto('/pruefung');
    await expect(page.getByRole('heading', { level: 1, name: 'Prüfung der Sachstandsmeldungen' })).toBeVisible();
    // The count arrives with the queue: read it once it is there.
    await expect(page.getByTestId('review-count')).toHaveText(/\d+/);
    const total = Number((await page.getByTestId('review-count').innerText()).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    await expect(page.getByTestId('review-item')).toHaveCount(5);
    await expect(page.getByTestId('review-page-status')).toHaveText(`Seite 1 von ${Math.ceil(total / 5)}`);
    // The page's reports listed at the top, each a jump link to its card.
    await expect(page.getByTestId('review-page-index').getByRole('link')).toHaveCount(5);
    await expectAccessible(page, 'review queue, page 1');
    const first = await page.getByTestId('review-item').first().getAttribute('data-measure-code');
    await page
      .getByTestId('review-paginator')
      .getByRole('button', { name: /Nächste Seite/ })
      .click();
    await expect(page).toHaveURL(/seite=2/);
    await expect(page.getByTestId('review-page-status')).toHaveText(`Seite 2 von ${Math.ceil(total / 5)}`);
    await expect(page.getByTestId('review-item').first()).not.toHaveAttribute('data-measure-code', first!);
    await expectAccessible(page, 'review queue, page 2');
  });
});
