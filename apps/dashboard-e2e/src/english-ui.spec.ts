import { workspaceRoot } from '@nx/devkit';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, STAFF_PAGES, openPage } from './support/bitv-pages';
import { expectAccessible, fromTheApp, login, USERS } from './support/helpers';

/**
 * Issue #16 item 14: an English user sees English. The German source texts of the dashboard (as
 * `extract-i18n` lists them in dist/i18n/messages.json; `.ci/run` extracts before the browser tests)
 * whose English differs must not be visible on any staff page an English user opens — every page of
 * every role, as the BITV specs list them (support/bitv-pages.ts) — nor common German UI words.
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
  ...readdirSync(join(workspaceRoot, 'apps/dashboard/src/i18n/en')).map((f) =>
    JSON.parse(readFileSync(join(workspaceRoot, 'apps/dashboard/src/i18n/en', f), 'utf8')),
  ),
);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** German texts a reader would recognise: whole sentences and labels, without placeholders or ICU parts. */
const GERMAN = Object.entries(source)
  .filter(([id, text]) => !/[{}]/.test(text) && flat(text).length >= 4 && english[id] !== undefined && flat(english[id]) !== flat(text))
  .map(([, text]) => flat(text));

/**
 * Common German UI words that must never be the whole text of a button, link, label, heading or
 * table cell on an English page, whether marked for translation or not (the check above finds only
 * marked texts). Words, not data: no measure or unit is called „Speichern“.
 */
const GERMAN_UI_WORDS = new Set([
  'Speichern',
  'Abbrechen',
  'Zurück',
  'Weiter',
  'ja',
  'nein',
  'Ja',
  'Nein',
  'Schließen',
  'Bearbeiten',
  'Löschen',
  'Suchen',
  'Anzeigen',
  'Hinzufügen',
  'Entfernen',
  'Exportieren',
  'Drucken',
  'Anlegen',
  'Übernehmen',
  'Zurücksetzen',
  'Absenden',
  'Senden',
  'Ändern',
  'Neu',
  'Gesamt',
  'Anteil',
  'Kategorie',
  'Titel',
  'Beschreibung',
  'Aktionen',
  'Anmelden',
  'Abmelden',
  'Daten als Tabelle',
  'Als CSV herunterladen',
  '(leer)',
  'Einträge pro Seite:',
]);
const UI_ELEMENTS =
  'button, a, label, legend, summary, caption, th, td, dt, dd, h1, h2, h3, h4, h5, h6, mat-label, option, [role="tab"], [role="menuitem"], [role="option"]';

/** Pages already checked with axe in English (each distinct page once, whichever role opens it first). */
const axeChecked = new Set<string>();

const setLocale = async (page: Page, locale: 'de' | 'en') => {
  const response = await page.request.put('/api/v1/auth/me/locale', { data: { locale }, headers: fromTheApp(page) });
  expect(response.status()).toBe(200);
};

/**
 * Every German source text (whose English differs) that the page shows: as the whole text of an
 * element, or as a label, title, placeholder or alternative text (a German word inside data, such as
 * a measure's title, is not a UI text); and every common German UI word that is the whole text (or
 * label) of a button, link, label, heading or cell.
 */
const germanOnPage = async (page: Page) => {
  const { shown, uiTexts } = await page.evaluate((selector) => {
    const texts = new Set<string>();
    const norm = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const html = element as HTMLElement;
      if (html.closest('[hidden], script, style, template')) continue;
      const text = norm(html.innerText ?? element.textContent);
      if (text && text.length < 500) texts.add(text);
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        if (element.hasAttribute(name)) texts.add(norm(element.getAttribute(name)));
    }
    for (const node of Array.from(document.body.querySelectorAll('*')).flatMap((e) => Array.from(e.childNodes))) {
      if (node.nodeType === Node.TEXT_NODE && norm(node.textContent)) texts.add(norm(node.textContent));
    }
    const uiTexts = Array.from(document.body.querySelectorAll<HTMLElement>(selector))
      .filter((element) => !element.closest('[hidden], template'))
      .flatMap((element) => [norm(element.innerText ?? element.textContent), norm(element.getAttribute('aria-label'))]);
    return { shown: [...texts], uiTexts };
  }, UI_ELEMENTS);
  const visible = new Set(shown);
  // A record named like a UI text (the org unit „Stabsstelle Klimaschutz“) is data, not an untranslated text.
  const data = await dataNames(page);
  const german = GERMAN.filter((text) => visible.has(text) && !data.has(text));
  return [...new Set([...german, ...uiTexts.filter((text) => GERMAN_UI_WORDS.has(text))])];
};

/** The names of the org units and fields of action the signed-in user can read. */
const dataNames = async (page: Page) => {
  const names = new Set<string>();
  for (const url of ['/api/v1/org-units?pageSize=500', '/api/v1/fields-of-action?pageSize=100']) {
    const response = await page.request.get(url);
    if (!response.ok()) continue;
    for (const item of ((await response.json()) as { items: { name: string }[] }).items) names.add(item.name);
  }
  return names;
};

test.describe('the English interface', () => {
  test('a German user is unaffected: German texts, <html lang="de">', async ({ page }) => {
    await login(page, 'climateManager');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByTestId('nav-measures')).toHaveText('Maßnahmen');
    await expect(page.getByTestId('logout')).toHaveText('Abmelden');
  });

  // One test per role: every staff page the role may open (the BITV specs' list), signed in once.
  for (const role of ROLES) {
    const pages = STAFF_PAGES[role];
    test(`${role}: every staff page in English, no German UI text visible, axe-clean`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 8_000);
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
        for (const target of pages) {
          await openPage(page, target);
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
          await expect(page.getByTestId('logout')).toHaveText('Sign out');
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          expect({ page: target.path, german: await germanOnPage(page) }).toEqual({ page: target.path, german: [] });
          if (!axeChecked.has(target.path)) {
            axeChecked.add(target.path);
            await expectAccessible(page, `${target.path} in English`);
          }
        }
        if (role === 'executive') {
          await page.goto('/gibt-es-nicht');
          await expect(page.getByTestId('not-found-title')).toHaveText('Page not found');
          expect(await germanOnPage(page)).toEqual([]);
          // The cockpit, which the server renders for German users, reaches an English one rendered by the browser only.
          const html = await (await page.request.get('/cockpit')).text();
          expect(html).toContain('<html lang="en"');
          expect(html).not.toContain('ng-server-context');
        }
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
