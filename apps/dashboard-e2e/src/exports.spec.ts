import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, login } from './support/helpers';

/** Opens the page's export menu and picks an entry; resolves with the file the browser received. */
async function exportAs(page: Page, resource: string, format: 'csv' | 'xlsx'): Promise<Download> {
  await page.getByTestId(`export-${resource}`).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAccessible(page, `${resource}: export menu open`);
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-${resource}-${format}`).click();
  return download;
}

test.describe('Exporte', () => {
  test('a climate manager downloads the past trainings, filtered, as CSV for a German Excel — with participant names', async ({ page }) => {
    await login(page, 'climateManager');
    await page.getByTestId('nav-trainings').click();
    await page.getByTestId('when-past').click();
    await expect(page).toHaveURL(/when=past/);
    await expect(page.getByRole('heading', { level: 1, name: 'Schulungen' })).toBeVisible();
    await expectAccessible(page, 'training list with export menu');

    const file = await exportAs(page, 'trainings', 'csv');
    expect(file.suggestedFilename()).toBe('schulungen.csv');
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.toString('utf-8').slice(1).trim().split('\r\n');
    expect(header.startsWith('Titel;Thema;Beginn;Dauer (Minuten);Referent/in;Format;')).toBe(true);
    expect(header.endsWith(';Namen der Teilnehmenden')).toBe(true);
    // Only past trainings, as the list shows them: none still planned for the future.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.includes('Klimaschutz-Grundlagen für Führungskräfte'))).toBe(true);
    expect(rows.every((r) => /;\d{4}-\d{2}-\d{2} \d{2}:\d{2};/.test(r))).toBe(true);
  });

  test('a department’s climate-check export holds only its own org unit’s checks, like its list', async ({ page }) => {
    await login(page, 'department');
    await page.getByTestId('nav-climate-checks').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klimacheck' })).toBeVisible();
    const file = await exportAs(page, 'climate-checks', 'csv');
    expect(file.suggestedFilename()).toBe('klimachecks.csv');
    const [header, ...rows] = readFileSync(await file.path(), 'utf-8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header.startsWith('Vorlagennummer / Aktenzeichen;Titel;Art des Vorhabens;Organisationseinheit;')).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(';61;Stadtplanungsamt;');
  });

  test('the mayor downloads the accepted reports of a closed period from its status page', async ({ page }) => {
    await login(page, 'executive');
    await page.getByTestId('nav-periods').click();
    const period = page.getByTestId('period-row').filter({ hasText: 'Sachstand 2025' });
    await period.getByTestId('period-status-link').click();
    await expect(page.getByTestId('period-status-title')).toContainText('Sachstand 2025');
    await expectAccessible(page, 'period status with export menu');

    const csv = await exportAs(page, 'reports', 'csv');
    expect(csv.suggestedFilename()).toBe('sachstaende.csv');
    const text = readFileSync(await csv.path(), 'utf-8');
    expect(text.startsWith('\uFEFFKennung;Titel;Handlungsfeld;')).toBe(true);
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes(';Sachstand 2025;'))).toBe(true);

    const xlsx = await exportAs(page, 'reports', 'xlsx');
    expect(xlsx.suggestedFilename()).toBe('sachstaende.xlsx');
    // An XLSX is a zip archive.
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });
});
