import { workspaceRoot } from '@nx/devkit';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible, fromTheApp, login, USERS } from './support/helpers';

/**
 * Issue #16 item 14: an English user sees English. The German source texts of the dashboard (as
 * `extract-i18n` lists them in dist/i18n/messages.json; `.ci/run` extracts before the browser tests)
 * whose English differs must not be visible on any staff page an English user opens.
 */
const source: Record<string, string> = (() => {
  const file = join(workspaceRoot, 'dist/i18n/messages.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')).translations;
  } catch {
    throw new Error(`${file} is missing: run \`npx nx run dashboard:extract-i18n\` before this spec`);
  }
})();
const english: Record<string, string> = Object.assign(
  {},
  ...readdirSync(join(workspaceRoot, 'apps/dashboard/src/i18n/en')).map((f) => JSON.parse(readFileSync(join(workspaceRoot, 'apps/dashboard/src/i18n/en', f), 'utf8'))),
);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** German texts a reader would recognise: whole sentences and labels, without placeholders or ICU parts. */
const GERMAN = Object.entries(source)
  .filter(([id, text]) => !/[{}]/.test(text) && flat(text).length >= 4 && english[id] !== undefined && flat(english[id]) !== flat(text))
  .map(([, text]) => flat(text));

/** The staff routes of the core areas, per role with distinct pages; the lead widens the list as areas are translated. */
const ROUTES: Record<'executive' | 'department' | 'admin', string[]> = {
  executive: ['/cockpit', '/mein-konto', '/benachrichtigungen', '/gibt-es-nicht'],
  department: ['/cockpit', '/mein-konto', '/benachrichtigungen'],
  admin: ['/cockpit', '/mein-konto', '/benachrichtigungen'],
};

const setLocale = async (page: Page, locale: 'de' | 'en') => {
  const response = await page.request.put('/api/v1/auth/me/locale', { data: { locale }, headers: fromTheApp(page) });
  expect(response.status()).toBe(200);
};

/**
 * Every German source text (whose English differs) that the page shows: as the whole text of an
 * element, or as a label, title, placeholder or alternative text (a German word inside data, such as
 * a measure's title, is not a UI text).
 */
const germanOnPage = async (page: Page) => {
  const shown = await page.evaluate(() => {
    const texts = new Set<string>();
    const norm = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const html = element as HTMLElement;
      if (html.closest('[hidden], script, style, template')) continue;
      const text = norm(html.innerText ?? element.textContent);
      if (text && text.length < 500) texts.add(text);
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (element.hasAttribute(name)) texts.add(norm(element.getAttribute(name)));
    }
    for (const node of Array.from(document.body.querySelectorAll('*')).flatMap((e) => Array.from(e.childNodes))) {
      if (node.nodeType === Node.TEXT_NODE && norm(node.textContent)) texts.add(norm(node.textContent));
    }
    return [...texts];
  });
  const visible = new Set(shown);
  return GERMAN.filter((german) => visible.has(german));
};

test.describe('the English interface', () => {
  test('a German user is unaffected: German texts, <html lang="de">', async ({ page }) => {
    await login(page, 'climateManager');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByTestId('nav-measures')).toHaveText('Maßnahmen');
    await expect(page.getByTestId('logout')).toHaveText('Abmelden');
  });

  for (const [role, routes] of Object.entries(ROUTES) as [keyof typeof ROUTES, string[]][]) {
    test(`${role}: every core staff page in English, no German source text visible, axe-clean`, async ({ page }) => {
      await login(page, role);
      await setLocale(page, 'en');
      try {
        // Signing in again sets the language cookie as the account says.
        await page.getByTestId('logout').click();
        await expect(page).toHaveURL(/\/anmelden/);
        // The language was changed behind the page's back (through the API): the next page load is English.
        await page.goto('/anmelden');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
        await page.getByTestId('login-email').fill(USERS[role]);
        await page.getByTestId('login-password').fill('Klimaschutz-Demo-2026');
        await page.getByTestId('login-submit').click();
        await expect(page.getByTestId('logout')).toHaveText('Sign out');
        for (const route of routes) {
          await page.goto(route);
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
          await expect(page.getByTestId('logout')).toHaveText('Sign out');
          await expect(page.locator('h1').first()).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          expect({ route, german: await germanOnPage(page) }).toEqual({ route, german: [] });
          await expectAccessible(page, `${route} in English`);
        }
        // The cockpit, which the server renders for German users, reaches an English one rendered by the browser only.
        const html = await (await page.request.get('/cockpit')).text();
        expect(html).toContain('<html lang="en"');
        expect(html).not.toContain('ng-server-context');
      } finally {
        await setLocale(page, 'de');
      }
    });
  }

  test('switching on „Mein Konto“ reloads the page in English and survives signing out and in', async ({ page }) => {
    await login(page, 'communication');
    try {
      await page.goto('/mein-konto');
      await expect(page.getByTestId('page-title')).toHaveText('Mein Konto');
      await expectAccessible(page, '„Mein Konto“ with the language choice');
      await Promise.all([page.waitForEvent('load'), page.getByTestId('language-choice').selectOption('en')]);
      await expect(page.getByTestId('page-title')).toHaveText('My account');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByTestId('language-choice')).toHaveValue('en');
      expect(await germanOnPage(page)).toEqual([]);

      await page.getByTestId('logout').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
      expect(await germanOnPage(page)).toEqual([]);
      await expectAccessible(page, 'the sign-in page in English');
      await page.getByTestId('login-email').fill(USERS.communication);
      await page.getByTestId('login-password').fill('Klimaschutz-Demo-2026');
      await page.getByTestId('login-submit').click();
      await expect(page.getByTestId('logout')).toHaveText('Sign out');
    } finally {
      await setLocale(page, 'de');
    }
  });

  test('the sign-in page offers the language before anyone is signed in; the account’s choice wins at sign-in', async ({ page }) => {
    await page.goto('/anmelden');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('language-choice').selectOption('en')]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The executive's account is German: signing in brings the German interface back.
    await page.getByTestId('login-email').fill(USERS.executive);
    await page.getByTestId('login-password').fill('Klimaschutz-Demo-2026');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('logout')).toHaveText('Abmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});
