import { workspaceRoot } from '@nx/devkit';
import { expect, test, type Page } from '@playwright/test';
import type { EmissionBalance, EmissionMeasureRanking, EmissionOverview } from '@klimaschutz/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, USERS, choose, expectAccessible, fromTheApp, login } from './support/helpers';

/** Münster's balance as klimawatch publishes it: kt, ragged rows, plan rows beside real ones. */
const MUENSTER_FILE = join(workspaceRoot, 'datasets/klimawatch-emissions/muenster.csv');
const text = readFileSync(MUENSTER_FILE, 'utf-8');
const [header, ...body] = text.split(/\r?\n/);
const rows = body.map((line, i) => ({ line: i + 2, cells: line.split(',') })).filter((r) => r.cells.join('') !== '');
/** The file's own facts, read here so the test does not just repeat the app's numbers. */
const raggedLines = rows.filter((r) => r.cells.length < header.split(',').length).map((r) => r.line);
const totals = rows.filter((r) => r.cells[1] === 'Gesamt' && r.cells[2] === 'real').map((r) => ({ year: +r.cells[0], kt: +r.cells[3] }));
const latest = totals.reduce((a, b) => (b.year > a.year ? b : a));
const base = totals.find((r) => r.year === 1990)!;

const de = (value: number, digits: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits }).format(value);
const kt = (t: number) => `${de(t / 1000, Math.abs(t) < 100_000 ? 1 : 0)} kt`;

const chart = (page: Page) => page.getByTestId('chart-emissions');

/** One journey in steps that build on each other: import, then the target, then the mayor's look. */
test.describe.configure({ mode: 'serial' });

test.describe('THG-Bilanz: Import, Klimaziel und Lücke im Cockpit', () => {
  test.beforeAll(async ({ playwright }, testInfo) => {
    // The city starts its balance with Münster's file: the demo city's own balance years are removed first.
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const signIn = await api.post('/api/v1/auth/login', { data: { email: USERS.climateManager, password: DEMO_PASSWORD } });
    const headers = { Authorization: `Bearer ${((await signIn.json()) as { accessToken: string }).accessToken}` };
    const balance = (await (await api.get('/api/v1/emissions/balance', { headers })).json()) as EmissionBalance;
    for (const y of balance.years) {
      expect((await api.delete(`/api/v1/emissions/balance/${y.year}?version=${y.version}`, { headers })).ok()).toBe(true);
    }
    await api.dispose();
  });

  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('a climate manager imports Münster’s balance: preview with every rule by line, then apply', async ({ page }) => {
    await login(page, 'climateManager');
    await page.getByTestId('nav-emissions').click();
    await expect(page.getByRole('heading', { level: 1, name: 'THG-Bilanz und Klimaziel' })).toBeVisible();
    await expect(page.getByTestId('emissions-loading')).toHaveCount(0);
    await expectAccessible(page, 'the GHG balance page');

    // Upload → preview with every rule the import applied, by line → nothing stored yet.
    await page.getByTestId('emissions-import').click();
    await expect(page.getByRole('heading', { level: 1, name: 'THG-Bilanz importieren' })).toBeVisible();
    await page
      .getByTestId('emissions-import-file')
      .setInputFiles({ name: 'muenster.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByTestId('emissions-import-check').click();
    const preview = page.getByTestId('emissions-import-preview');
    await expect(preview.getByTestId('emissions-preview-summary')).toContainText('muenster.csv');
    await expect(preview.getByTestId('emissions-preview-summary')).toContainText('Einheit der Datei: kt CO₂e');
    expect(raggedLines).toHaveLength(2);
    const ragged = preview.locator('[data-testid="emissions-import-rule"][data-code="RAGGED_ROW"]');
    await expect(ragged).toContainText(`Zeilen ${raggedLines.join(', ')}`);
    await expect(preview.locator('[data-testid="emissions-import-rule"][data-code="UNIT_DEFAULT_KT"]')).toContainText('Warnung');
    await expect(preview.locator('[data-testid="emissions-import-rule"][data-code="PLAN_ROW"]')).toBeVisible();
    await expect(preview.getByTestId('emissions-import-sectors')).toContainText('Wärme (wird neu angelegt');
    await expectAccessible(page, 'the import preview');
    const stored = (await (await page.request.get('/api/v1/emissions/balance')).json()) as { years: { year: number }[] };
    expect(stored.years.some((y) => y.year === latest.year)).toBe(false);

    await page.getByTestId('emissions-import-apply').click();
    await expect(page.getByTestId('emissions-result-years')).toContainText(String(latest.year));
    await page.getByTestId('emissions-import-done').click();
    const row = page.locator(`[data-testid="emissions-balance-row"][data-year="${latest.year}"]`);
    await expect(row.getByTestId('emissions-reported-total')).toHaveText(`${de(latest.kt, 0)} kt`);
    await expect(row.getByTestId('emissions-check')).not.toContainText('Abweichung');
  });

  test('the climate manager corrects a year; a save over someone else’s change shows the conflict as everywhere', async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto('/thg-bilanz');
    await page.locator(`[data-testid="emissions-balance-row"][data-year="${latest.year}"]`).getByTestId('emissions-edit-year').click();
    await expect(page.getByTestId('emissions-year-heading')).toContainText(`Bilanzjahr ${latest.year} bearbeiten`);
    const heat = rows.find((r) => r.cells[0] === String(latest.year) && r.cells[1] === 'Wärme')!;
    const heatGroup = page.getByRole('group', { name: 'Wärme', exact: true });
    await expect(heatGroup.getByLabel('Emissionen (t CO₂e)')).toHaveValue(de(+heat.cells[3] * 1000, 0));
    await expect(page.getByTestId('emissions-year-total')).toHaveValue(de(latest.kt * 1000, 0));
    await expectAccessible(page, 'the year form');

    // Someone else saves the same year meanwhile (through the API, as a second browser would).
    const balance = (await (await page.request.get('/api/v1/emissions/balance')).json()) as EmissionBalance;
    const year = balance.years.find((y) => y.year === latest.year)!;
    const other = await page.request.put(`/api/v1/emissions/balance/${latest.year}`, {
      headers: fromTheApp(page),
      data: {
        population: 299_000,
        note: year.note,
        values: year.values.map(({ sectorId, energyCarrier, tCo2e, dataQuality, source }) => ({
          sectorId,
          energyCarrier,
          tCo2e,
          dataQuality,
          source,
        })),
        version: year.version,
      },
    });
    expect(other.status()).toBe(200);

    await page.getByTestId('emissions-year-population').fill('320.000');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('save-conflict')).toBeVisible();
    await expect(page.getByTestId('save-conflict-changes')).toContainText('Einwohnerzahl: jetzt „299.000“ – Ihre Eingabe: „320.000“');
    await page.getByTestId('conflict-keep-mine').click();
    await expect(page.getByTestId('emissions-notice')).toHaveText(`Die Bilanz ${latest.year} wurde gespeichert.`);
    const saved = (await (await page.request.get('/api/v1/emissions/balance')).json()) as EmissionBalance;
    expect(saved.years.find((y) => y.year === latest.year)?.population).toBe(320_000);
  });

  test('the climate manager sets the target: climate-neutral by 2030, published', async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto('/thg-bilanz');
    // The target: climate-neutral by 2030 (Münster's own goal), base year 1990, the imported path points kept, published.
    await page.getByTestId('emissions-targets').click();
    await expect(page.getByTestId('emissions-targets-form')).toBeVisible();
    await page.getByTestId('emissions-targets-baseYear').fill('1990');
    await page.getByTestId('emissions-targets-neutralityYear').fill('2030');
    // Interim targets from before (the demo city's) give way to Münster's own path points.
    const interim = page.getByTestId('emissions-interim-row');
    for (let n = await interim.count(); n > 0; n--) {
      await page.getByTestId('emissions-remove-interim-0').click();
      await expect(interim).toHaveCount(n - 1);
    }
    await expect(page.getByTestId('emissions-targets-pathMode-POINTS').locator('input')).toBeChecked();
    await page.getByTestId('emissions-targets-published').locator('input').check();
    await expectAccessible(page, 'the targets form');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('emissions-notice')).toHaveText('Klimaziel und Pfad wurden gespeichert.');
    await expect(page.getByTestId('emissions-neutrality-year')).toHaveText('2030');
    await expectAccessible(page, 'the GHG balance page with Münster’s balance');
  });

  test('the climate manager names the sector and lifetime of a measure; its Steckbrief and the ranking by effect show them', async ({
    page,
  }) => {
    await login(page, 'climateManager');
    const ranking = (await (await page.request.get('/api/v1/emissions/measures')).json()) as EmissionMeasureRanking;
    const measure = ranking.byReduction[0];
    expect(measure).toBeTruthy();
    await page.goto(`/massnahmen/${measure.id}/bearbeiten`);
    await choose(page, 'measure-form-emissionSectorId', 'Wärme');
    await page.getByTestId('measure-form-lifetimeYears').fill('15');
    await page.getByTestId('save').click();
    await expect(page).toHaveURL(new RegExp(`/massnahmen/${measure.id}$`));
    // The Steckbrief says it too.
    await expect(page.getByTestId('measure-emission-sector')).toHaveText('Wärme');
    await expect(page.getByTestId('measure-lifetime')).toHaveText('15 Jahre');
    const after = (await (await page.request.get('/api/v1/emissions/measures')).json()) as EmissionMeasureRanking;
    const effect = [...after.byReduction, ...after.withoutEstimate].find((m) => m.id === measure.id)!;
    expect([effect.sector?.name, effect.lifetimeYears]).toEqual(['Wärme', 15]);
    await page.goto('/thg-bilanz');
    await expect(page.locator(`[data-testid="emissions-measure-row"][data-code="${measure.code}"]`)).toContainText('Wärme');
  });

  test('the mayor reads the gap in the cockpit, in words and as a table', async ({ page }) => {
    await login(page, 'executive');
    await page.goto('/cockpit');
    const overview = (await (await page.request.get('/api/v1/emissions/overview')).json()) as EmissionOverview;
    expect(overview.latestYear).toBe(latest.year);
    expect(overview.latestT).toBe(latest.kt * 1000);
    const percent = de(Math.abs(((latest.kt - base.kt) / base.kt) * 100), 1);
    expect(percent).toBe('31,7');
    expect(overview.gapT).not.toBeNull();
    const finding = chart(page).getByTestId('chart-finding');
    await expect(finding).toHaveText(
      `${latest.year}: ${de(latest.kt, 0)} kt CO₂e, ${percent} % unter 1990; Pfad verlangt ${kt(overview.pathAtLatestT!)} – Lücke ${kt(overview.gapT!)}.`,
    );
    await expect(chart(page).getByTestId('cockpit-climate-gap')).toContainText('Mit allen geplanten Maßnahmen 2030');

    // The chart readable as a table: the same kt as the file, the path's 2030 point, and no balance for 2030 („–“).
    // Drawn means the app has taken the server-rendered chart over; then the table opens like any other.
    await chart(page).getByTestId('chart-canvas').scrollIntoViewIfNeeded();
    await expect(chart(page).getByTestId('chart-canvas')).toHaveAttribute('data-drawn', 'true');
    await chart(page).getByTestId('chart-table-toggle').click();
    await expect(chart(page).getByTestId('chart-table')).toBeVisible();
    const cell = (year: number, series: string) =>
      chart(page).locator(`[data-testid="chart-cell"][data-category="${year}"][data-series="${series}"]`);
    await expect(cell(latest.year, 'balance')).toHaveText(`${de(latest.kt, 0)} kt`);
    await expect(cell(1990, 'balance')).toHaveText(`${de(base.kt, 0)} kt`);
    const plan2030 = rows.find((r) => r.cells[0] === '2030' && r.cells[1] === 'Gesamt' && r.cells[2] === 'geplant')!;
    await expect(cell(2030, 'path')).toHaveText(`${de(+plan2030.cells[3], 1)} kt`);
    await expect(cell(2030, 'balance')).toHaveText('–');
    await expectAccessible(page, 'the cockpit with the emissions table open');
  });

  test('a citizen reads the published balance and path on the public page, without a request of the page’s own', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname);
    });
    await page.goto('/oeffentlich');
    const section = page.getByTestId('public-emissions');
    await expect(section.getByTestId('public-emissions-finding')).toHaveText(
      `${latest.year}: ${de(latest.kt, 0)} kt CO₂e, 31,7 % weniger als 1990; Ziel: klimaneutral bis 2030.`,
    );
    await expect(section.locator(`tr[data-year="${latest.year}"] td`).first()).toHaveText(de(latest.kt, 0));
    await expect(page.getByTestId('open-data-emissions')).toHaveAttribute('href', '/api/v1/public/emissions');
    expect(asked).toEqual([]);
    await expectAccessible(page, 'the public page with the GHG balance');
  });

  test('a department reads the balance but is not offered the import or the forms', async ({ page }) => {
    await login(page, 'department');
    await page.goto('/thg-bilanz');
    await expect(page.getByRole('heading', { level: 1, name: 'THG-Bilanz und Klimaziel' })).toBeVisible();
    await expect(page.getByTestId('emissions-loading')).toHaveCount(0);
    await expect(page.getByTestId('emissions-import')).toHaveCount(0);
    await expect(page.getByTestId('emissions-edit-year')).toHaveCount(0);
    await page.goto('/thg-bilanz/ziele');
    await expect(page.getByTestId('forbidden-title')).toBeVisible();
  });
});
