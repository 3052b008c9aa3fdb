import { expect, test, type Page } from '@playwright/test';
import { login } from './support/helpers';
import { openPage, signInAs, visitsByWho } from './support/bitv-pages';

/*
 * Issue #22, item 1 — the skip link (WCAG 2.4.1) moves the focus to the main content and stays on
 * the page: in the running app on every page of every role, and on the pages the server renders
 * before the app has started (here: with script off, which is what a visitor has in that moment).
 */

async function skip(page: Page): Promise<void> {
  const before = new URL(page.url());
  await page.keyboard.press('Tab');
  const link = page.getByTestId('skip-link');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  const after = new URL(page.url());
  expect(after.pathname + after.search).toBe(before.pathname + before.search);
}

test.describe('BITV: Sprunglink zum Inhalt (WCAG 2.4.1)', () => {
  for (const [who, pages] of visitsByWho()) {
    test(`the skip link focuses the main content on every page — ${who}`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 10_000);
      await signInAs(page, who);
      for (const target of pages) {
        await openPage(page, target);
        await skip(page);
      }
    });
  }

  test('on the server-rendered pages the skip link leads to their own main content before the app starts', async ({ browser, page }) => {
    const baseURL = test.info().project.use.baseURL;
    await login(page, 'executive');
    const storageState = await page.context().storageState();
    for (const [path, signedIn] of [
      ['/oeffentlich', false],
      ['/oeffentlich/barriere-melden', false],
      ['/cockpit', true],
    ] as const) {
      const plain = await browser.newContext({ javaScriptEnabled: false, baseURL, ...(signedIn ? { storageState } : {}) });
      const server = await plain.newPage();
      await server.goto(path);
      await expect(server.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await skip(server);
      await expect(server).toHaveURL(new RegExp(`${path}#main-content$`));
      await plain.close();
    }
  });
});
