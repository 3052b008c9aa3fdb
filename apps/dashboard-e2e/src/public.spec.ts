import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, sendFeedback } from './support/helpers';

const PUBLIC_PAGES = [
  ['/oeffentlich', /Stand der Umsetzung/],
  ['/oeffentlich/massnahmen', /Klimaschutzmaßnahmen/],
  ['/oeffentlich/barrierefreiheit', /Barrierefreiheit/],
  ['/oeffentlich/barriere-melden', /Barriere melden/],
  ['/oeffentlich/impressum', /Impressum/],
  ['/oeffentlich/datenschutz', /Datenschutz/],
] as const;

/** Content reflows at 320 CSS px (WCAG 1.4.10): nothing wider than the viewport. */
async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `horizontal scrolling on ${what} at 320 px`).toBeLessThanOrEqual(320);
}

for (const viewport of [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test.describe(`Öffentliche Seite als anonyme Besucherin (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('overview, search and a measure page work without login and are accessible', async ({ page }) => {
      const asked: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
      });
      await page.goto('/oeffentlich');
      await expect(page.getByRole('heading', { level: 1, name: /Stand der Umsetzung/ })).toBeVisible();
      // Public layout, not the staff shell, and no redirect to the login.
      await expect(page).toHaveURL(/\/oeffentlich$/);
      await expect(page.getByTestId('public-site-name')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
      await expect(page.getByTestId('public-figure-total')).toHaveText(/^[1-9]/);
      await expect(page.getByTestId('public-status-chart').locator('tbody tr').first()).toBeVisible();
      await expect(page.getByTestId('open-data-csv')).toHaveAttribute('href', '/api/v1/public/open-data/measures.csv');
      await expect(page.getByTestId('open-data-json')).toHaveAttribute('href', '/api/v1/public/open-data/measures.json');
      await expect(page.getByTestId('open-data-licence')).toContainText('Datenlizenz Deutschland – Zero – Version 2.0');
      // The CSV's columns are described beside the download: German labels beside the codes.
      await page.getByTestId('open-data-columns').getByText('Spalten der CSV-Datei').click();
      await expect(page.getByTestId('open-data-columns')).toContainText('status_bezeichnung');
      await expect(page.getByTestId('open-data-columns')).toContainText('geplant, in Umsetzung, umgesetzt');
      await expectAccessible(page, 'public overview');
      // The figures came with the page itself: a citizen's phone waits for no further request.
      expect(asked).toEqual([]);

      await page.getByTestId('public-to-list').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Klimaschutzmaßnahmen' })).toBeVisible();
      await expect(page.getByTestId('public-measure-card').first()).toBeVisible();
      await expectAccessible(page, 'public list');

      const firstTitle = (await page.getByTestId('public-measure-link').first().textContent())?.trim() ?? '';
      expect(firstTitle.length).toBeGreaterThan(3);
      const word = firstTitle.split(/\s+/).sort((a, b) => b.length - a.length)[0];
      await page.getByTestId('public-search').fill(word);
      await expect(page).toHaveURL(/[?&]q=/);
      await expect(page.getByTestId('public-measure-link').filter({ hasText: firstTitle })).toBeVisible();

      await page.getByTestId('public-search').fill('xyzkeinetrefferxyz');
      await expect(page.getByTestId('public-count')).toContainText('0 Maßnahmen gefunden');
      await page.getByTestId('public-reset').click();
      await expect(page.getByTestId('public-measure-card').first()).toBeVisible();

      // The status filter narrows the list to that status only.
      await page.getByTestId('public-filter-status').selectOption('IN_PROGRESS');
      await expect(page).toHaveURL(/status=IN_PROGRESS/);
      await expect(page.getByTestId('public-measure-card').first()).toBeVisible();
      const statuses = await page.getByTestId('public-measure-card').getByTestId('status-badge').allTextContents();
      expect(statuses.every((s) => s.trim() === statuses[0].trim())).toBe(true);

      await page.getByTestId('public-measure-link').first().click();
      await expect(page.getByTestId('public-measure-title')).toBeVisible();
      await expect(page.getByTestId('public-measure-department')).not.toBeEmpty();
      await expect(page.getByTestId('public-measure-progress')).toContainText('%');
      await expectAccessible(page, 'public measure page');
    });

    test('the overview arrives rendered by the server: its figures are there without JavaScript', async ({ browser }) => {
      const plain = await browser.newContext({
        javaScriptEnabled: false,
        baseURL: test.info().project.use.baseURL,
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await plain.newPage();
      const summary = (await (await page.request.get('/api/v1/public/summary')).json()) as { publishedMeasures: number };
      await page.goto('/oeffentlich');
      await expect(page.getByRole('heading', { level: 1, name: /Stand der Umsetzung/ })).toBeVisible();
      await expect(page.getByTestId('public-figure-total')).toContainText(String(summary.publishedMeasures));
      await expect(page.getByTestId('public-status-chart').locator('tbody tr').first()).toBeVisible();
      // Plain links lead on even without the app.
      await expect(page.getByTestId('public-to-list')).toHaveAttribute('href', '/oeffentlich/massnahmen');
      await plain.close();
    });

    test('the legal pages and the barrier report work, with a success message', async ({ page }) => {
      for (const [path, heading] of PUBLIC_PAGES.slice(2)) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expectAccessible(page, path);
      }
      await page.goto('/oeffentlich/impressum');
      await expect(page.getByTestId('site-page-body').locator('p').first()).toBeVisible();

      await page.goto('/oeffentlich/barriere-melden');
      // Rendered on the server, the form works without script too; with script, the app checks it first.
      await expect(page.getByTestId('feedback-form')).toHaveAttribute('data-ready', 'true');
      await page.getByTestId('feedback-submit').click();
      await expect(page.getByText('Bitte beschreiben Sie die Barriere.')).toBeVisible();
      await expectAccessible(page, 'barrier report with error');
      await page.getByTestId('feedback-message').fill(`Die Tabelle auf der Übersicht ist mit Vorleser schwer zu lesen (${viewport.name}).`);
      await page.getByTestId('feedback-email').fill('buerger@example.org');
      await page.getByTestId('feedback-submit').click();
      await expect(page.getByTestId('feedback-success')).toContainText('Vielen Dank');
      await expectAccessible(page, 'barrier report sent');
    });
  });
}

test.describe('Öffentliche Seite bei 320 px Breite', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every public page reflows without horizontal scrolling', async ({ page }) => {
    for (const [path, heading] of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /geladen …/ })).toHaveCount(0);
      await expectNoHorizontalScroll(page, path);
    }
    await page.goto('/oeffentlich/massnahmen');
    await page.getByTestId('public-measure-link').first().click();
    await expect(page.getByTestId('public-measure-title')).toBeVisible();
    await expectNoHorizontalScroll(page, 'public measure page');
  });
});

test.describe('Veröffentlichen durch die Stabsstelle Kommunikation', () => {
  const summary = `Neue Radbügel an allen Schulen, damit mehr Kinder sicher mit dem Rad kommen. (${Date.now().toString(36)})`;

  test('a communication user publishes a measure with a preview, then an anonymous visitor finds it', async ({ page, browser }) => {
    await page.goto('/anmelden');
    await expect(page.getByTestId('login-public-link')).toHaveAttribute('href', '/oeffentlich');
    await login(page, 'communication');
    await expect(page.getByTestId('nav-site-pages')).toBeVisible();

    // An unpublished measure: the staff list filters by publication state via the API.
    const unpublished = await page.evaluate(async () => {
      const response = await fetch('/api/v1/measures?published=false&pageSize=1&sort=code');
      const body = (await response.json()) as { items: { id: string; title: string }[] };
      return body.items[0];
    });
    expect(unpublished).toBeTruthy();
    await page.goto(`/massnahmen/${unpublished.id}`);
    await expect(page.getByTestId('publication-form')).toBeVisible();
    await expect(page.getByTestId('publication-preview-unpublished')).toBeVisible();

    await page.getByTestId('publication-publicSummary').fill(summary);
    const preview = page.getByTestId('publication-preview');
    await expect(preview.getByTestId('public-measure-summary')).toHaveText(summary);
    await expect(preview.getByTestId('public-measure-title')).toHaveText(unpublished.title);
    await page.getByTestId('publication-published').getByRole('checkbox').check();
    await expect(page.getByTestId('publication-preview-unpublished')).toHaveCount(0);
    await expectAccessible(page, 'Steckbrief with publication preview');
    await page.getByTestId('publication-save').click();
    await expect(page.getByTestId('detail-notice')).toContainText('Veröffentlichung');

    await page.getByTestId('public-note-text').fill('Die ersten 40 Radbügel stehen.');
    await page.getByTestId('public-note-add').click();
    await expect(page.getByTestId('public-notes-item')).toContainText('Die ersten 40 Radbügel stehen.');

    // Anonymous visitor in a fresh browser context (no cookie).
    const visitor = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const anon = await visitor.newPage();
    await anon.goto('/oeffentlich/massnahmen');
    await anon.getByTestId('public-search').fill(unpublished.title);
    // The search lands in the address after a pause in typing; a click before that would be overtaken by it.
    await expect(anon).toHaveURL(/[?&]q=/);
    const card = anon.getByTestId('public-measure-card').filter({ hasText: unpublished.title });
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('public-measure-summary')).toHaveText(summary);
    await card.getByTestId('public-measure-link').click();
    await expect(anon.getByTestId('public-measure-title')).toHaveText(unpublished.title);
    await expect(anon.getByTestId('public-measure-summary').first()).toHaveText(summary);
    await expect(anon.getByTestId('public-note').first()).toContainText('Die ersten 40 Radbügel stehen.');
    await expectAccessible(anon, 'newly published measure');
    await visitor.close();
  });

  test('the communication unit edits a site text and sees barrier reports', async ({ page }) => {
    await login(page, 'communication');
    await page.getByTestId('nav-site-pages').click();
    await expect(page.getByRole('heading', { level: 1, name: /Seitentexte/ })).toBeVisible();
    await expect(page.getByTestId('site-page-form')).toBeVisible();
    await expectAccessible(page, 'site page admin');
    const marker = `Rathausplatz 1, 12345 Musterstadt (${Date.now().toString(36)})`;
    const body = page.getByTestId('site-page-body-input');
    await body.fill(`Herausgeberin: Stadt Musterstadt\n\n${marker}\n\n<b>kein HTML</b>`);
    await page.getByTestId('site-page-save').click();
    await expect(page.getByTestId('admin-notice')).toContainText('gespeichert');

    await page.goto('/oeffentlich/impressum');
    const paragraphs = page.getByTestId('site-page-body').locator('p');
    await expect(paragraphs).toHaveCount(3);
    await expect(paragraphs.nth(1)).toHaveText(marker);
    await expect(paragraphs.nth(2)).toHaveText('<b>kein HTML</b>');

    // At least one open report, also when this test runs alone.
    await sendFeedback(page.request, { message: 'Der Kontrast der Fußzeile ist zu schwach.' });
    await page.goto('/verwaltung/rueckmeldungen');
    await expect(page.getByRole('heading', { level: 1, name: /Rückmeldungen/ })).toBeVisible();
    await expect(page.getByTestId('feedback-row').first()).toBeVisible();
    await expectAccessible(page, 'feedback admin');
    const first = page.getByTestId('feedback-row').first();
    await expect(first.getByTestId('feedback-state')).toHaveText('offen');
    await first.getByTestId('feedback-toggle').click();
    await expect(page.getByTestId('admin-notice')).toContainText('erledigt');
  });
});
