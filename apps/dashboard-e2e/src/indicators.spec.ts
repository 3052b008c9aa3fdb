import { expect, test, type Page } from '@playwright/test';
import type { Indicator, IndicatorValue, Page as ListPage } from '@klimaschutz/contracts';
import { expectAccessible, login } from './support/helpers';

const chart = (page: Page) => page.getByTestId('chart-indicator');

/** The values a series of the chart's table holds, keyed by date (from the cells' data attributes). */
async function seriesValues(page: Page, series: string): Promise<Record<string, number>> {
  const cells = chart(page).locator(`[data-testid="chart-cell"][data-series="${series}"]`);
  const entries = await cells.evaluateAll((tds) =>
    tds.map((td) => [td.getAttribute('data-category'), Number(td.getAttribute('data-value'))]),
  );
  return Object.fromEntries(entries);
}

/** `YYYY-MM-DD` of yesterday in Berlin, the time zone of the browser and the city. */
function yesterday(): string {
  const date = new Date(Date.now() - 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(date);
}

test.describe('Kennzahlen', () => {
  test('die Verwaltungsleitung sieht Istwerte und Zielpfad als Diagramm und Tabelle', async ({ page }) => {
    await login(page, 'executive');
    await page.getByTestId('nav-indicators').click();
    await expect(page).toHaveURL(/\/kennzahlen$/);
    await expect(page.getByTestId('page-title')).toHaveText('Kennzahlen');
    await expect(page.getByTestId('indicator-row')).not.toHaveCount(0);
    await expectAccessible(page, 'the indicator list');

    await page.getByTestId('indicator-link').filter({ hasText: 'PV-Leistung auf städtischen Dächern' }).click();
    await expect(page.getByTestId('indicator-title')).toContainText('PV-Leistung auf städtischen Dächern');
    await expect(chart(page).getByTestId('chart-canvas')).toBeVisible();
    await expect(chart(page).getByTestId('chart-finding')).toContainText(/^Der letzte Wert \(.+ kWp, \d\d\.\d\d\.\d{4}\) liegt/);
    // Only an executive who takes part in no measure: reading, no form.
    await expect(page.getByTestId('value-form')).toHaveCount(0);

    await chart(page).getByTestId('chart-table-toggle').click();
    await expect(chart(page).getByTestId('chart-table')).toBeVisible();
    const id = page.url().split('/').pop()!;
    const values = (await (await page.request.get(`/api/v1/indicators/${id}/values`)).json()) as IndicatorValue[];
    expect(values.length).toBeGreaterThan(0);
    expect(await seriesValues(page, 'actual')).toEqual(Object.fromEntries(values.map((v) => [v.date, v.value])));
    expect(Object.keys(await seriesValues(page, 'path'))).toEqual(values.map((v) => v.date));
    await expect(chart(page).getByRole('columnheader', { name: 'Zielpfad' })).toBeVisible();
    await expectAccessible(page, 'the indicator detail with its table');
  });

  test('das Klimaschutzmanagement erfasst einen Wert und sieht ihn in der Tabelle', async ({ page }) => {
    await login(page, 'climateManager');
    const list = (await (await page.request.get('/api/v1/indicators?q=Straßenbeleuchtung')).json()) as ListPage<Indicator>;
    const indicator = list.items.find((i) => i.code === 'K-05')!;
    expect(indicator.permissions.addValues).toBe(true);
    await page.goto(`/kennzahlen/${indicator.id}`);
    await expect(page.getByTestId('indicator-title')).toContainText(indicator.name);

    const date = yesterday();
    await page.getByTestId('value-date').fill(date);
    await page.getByTestId('value-value').fill('3.210,5');
    await page.getByTestId('value-source').fill('Stadtwerke, Zählerablesung');
    await page.getByTestId('value-save').click();
    await expect(page.getByTestId('value-notice')).toContainText('3.210,5 MWh/a');

    await chart(page).getByTestId('chart-table-toggle').click();
    const cell = chart(page).locator(`[data-testid="chart-cell"][data-series="actual"][data-category="${date}"]`);
    await expect(cell).toHaveAttribute('data-value', '3210.5');
    await expect(cell).toContainText('3.210,5 MWh/a');

    // The same date again: the API's German message stands next to the date field.
    await page.getByTestId('value-date').fill(date);
    await page.getByTestId('value-value').fill('3000');
    await page.getByTestId('value-save').click();
    await expect(page.getByTestId('value-date-error')).toHaveText('Für dieses Datum gibt es bereits einen Wert.');
    await expectAccessible(page, 'the indicator value form with an error');
  });
});
