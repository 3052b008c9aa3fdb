import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, fromTheApp, login } from './support/helpers';

test.describe('Sachstandsbericht für den Rat (PDF)', () => {
  test('a climate manager creates the report of a period, follows its progress and downloads the tagged PDF', async ({ page }) => {
    await login(page, 'climateManager');
    await page.getByTestId('nav-periods').click();
    await page.getByTestId('period-row').filter({ hasText: 'Sachstand 2025' }).getByTestId('period-status-link').click();
    await expect(page.getByTestId('period-status-title')).toHaveText('Stand: Sachstand 2025');
    const panel = page.getByTestId('council-report');
    await expect(panel.getByRole('heading', { level: 2, name: 'Sachstandsbericht für den Rat' })).toBeVisible();
    await expectAccessible(page, 'period page with the council report panel');

    // Slow the polling answers a little, so the running state with its progress bar can be seen.
    await page.route('**/api/v1/council-reports/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await panel.getByRole('button', { name: 'Sachstandsbericht (PDF) erstellen' }).click();
    await expect(panel.getByRole('status')).toContainText('Der Sachstandsbericht wird erstellt');
    await expect(panel.getByRole('progressbar', { name: 'Fortschritt des Sachstandsberichts' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Sachstandsbericht (PDF) erstellen' })).toBeDisabled();
    await expectAccessible(page, 'council report in progress');

    const link = panel.getByRole('link', { name: 'Sachstandsbericht-Sachstand-2025.pdf herunterladen' });
    await expect(link).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('status')).toHaveText('Der Sachstandsbericht ist fertig.');
    await expectAccessible(page, 'council report ready');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Sachstandsbericht-Sachstand-2025.pdf');
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');

    // Opened again later, the page offers the finished report right away.
    await page.reload();
    await expect(page.getByTestId('council-report-download')).toHaveAttribute('href', /\/api\/v1\/council-reports\/[0-9a-f-]+\/file$/);
  });

  test('a department does not see the whole-city report', async ({ page }) => {
    await login(page, 'department');
    const response = await page.request.post('/api/v1/council-reports', {
      headers: fromTheApp(page),
      data: { periodId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/Rolle/);
  });
});
