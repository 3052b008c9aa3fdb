import { expect, test } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible, login, openSelect } from './support/helpers';

test.describe('Import-Assistent', () => {
  const suffix = Date.now().toString(36).slice(-4).toUpperCase();
  const csv = [
    'Nummer der Maßnahme;Titel;Handlungsfeld;Potenzial;Status',
    `IMP-${suffix}-1;Importierte Maßnahme eins;E;(3);geplant`,
    `IMP-${suffix}-2;Importierte Maßnahme zwei;E;4;in Umsetzung`,
  ].join('\n');

  test('a climate manager uploads a CSV, corrects a mapping, chooses the lead for rows without one, confirms and sees the measures', async ({
    page,
  }) => {
    await login(page, 'climateManager');
    await page.getByTestId('nav-import').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import von Maßnahmen' })).toBeVisible();
    await expectAccessible(page, 'import: choose file');

    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'massnahmen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await page.getByTestId('import-upload').click();
    await expect(page.getByTestId('mapping-table')).toBeVisible();
    // "Nummer der Maßnahme" is not recognised, so the code is missing: an error, and confirming is not possible.
    await expect(page.getByTestId('import-error').first()).toContainText('Kennung');
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await expectAccessible(page, 'import: mapping and preview with an error');

    await page.getByTestId('mapping-0').selectOption('code');
    await page.getByTestId('import-refresh').click();
    await expect(page.getByTestId('import-error')).toHaveCount(0);
    await expect(page.getByTestId('count-create-measures')).toHaveText('2');
    await expect(page.getByTestId('import-warning').filter({ hasText: 'geschätzt' })).toHaveCount(1);
    await expect(page.getByTestId('preview-row')).toHaveCount(2);
    // The file names no lead: each new measure is warned about, with the automatic choice (the Stabsstelle).
    const noLead = page.getByTestId('import-warning').filter({ hasText: 'Keine Federführung angegeben' });
    await expect(noLead).toHaveCount(2);
    await expect(noLead.first()).toContainText('(KS)');
    await expectAccessible(page, 'import: preview with a warning');

    await page.getByTestId('import-default-lead').selectOption('61');
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await page.getByTestId('import-refresh').click();
    await expect(noLead).toHaveCount(2);
    await expect(noLead.first()).toContainText('„Stadtplanungsamt“ (61)');
    await expect(page.getByTestId('import-default-lead')).toHaveValue('61');

    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-result')).toContainText('2 Maßnahmen angelegt');
    await expectAccessible(page, 'import: result');

    await page.getByTestId('import-to-measures').click();
    await page.getByTestId('measure-search').fill(`IMP-${suffix}`);
    await expect(page.getByTestId('measure-row')).toHaveCount(2);
    await expect(page.getByTestId('measure-row').first()).toContainText('Importierte Maßnahme');
    await expect(page.getByTestId('measure-row').first()).toContainText('Stadtplanungsamt');
    await expectAccessible(page, 'measure list with export menu');

    // The export takes the current filter: exactly the two imported measures, as CSV for a German Excel.
    await page.getByTestId('export-measures').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-measures-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('massnahmen.csv');
    const text = readFileSync(await file.path(), 'utf-8');
    expect(text.startsWith('\uFEFFKennung;Titel;')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });

  test('importing the Münster catalogue into the demo city: fields sharing a code letter stay, one becomes a new field by decision, and the import is undone', async ({
    page,
  }) => {
    // 54 measures and 162 reports imported and undone, with the CI machine's other work on the same cores.
    test.setTimeout(180_000);
    const muenster = readFileSync(join(workspaceRoot, 'datasets/muenster-klimaschutzkonzept-2020/sachstand.csv'));
    await login(page, 'climateManager');
    await page.goto('/import');
    await page.getByTestId('import-file').setInputFiles({ name: 'sachstand.csv', mimeType: 'text/csv', buffer: muenster });
    await page.getByTestId('import-upload').click();

    // Four fields of the file share a code letter with the demo city's, under other names: marked, and left as they are.
    const energy = page.getByTestId('master-data-FIELD_OF_ACTION:E');
    await expect(energy).toContainText('Energieumwandlung, EE');
    await expect(energy).toContainText('Energieversorgung');
    await expect(energy).toContainText('(weicht ab)');
    await expect(page.getByTestId('decision-FIELD_OF_ACTION:E').locator('option:checked')).toHaveText(
      'zuordnen: E – Energieversorgung (bleibt unverändert)',
    );
    await expect(page.locator('tr.differs')).toHaveCount(4);
    // 224 warnings read as a few rules.
    const groups = page.getByTestId('warning-group');
    expect(await groups.count()).toBeLessThan(12);
    await expect(groups.filter({ hasText: 'Potenzial geschätzt' })).toHaveCount(1);
    await expectAccessible(page, 'import: master data decisions and grouped warnings');

    await page.getByTestId('decision-FIELD_OF_ACTION:E').selectOption({ label: 'neu anlegen unter neuer Kennung' });
    await page.getByTestId('decision-code-FIELD_OF_ACTION:E').fill('EE');
    await page.getByTestId('decision-code-FIELD_OF_ACTION:E').blur();
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await page.getByTestId('import-refresh-master-data').click();
    await expect(page.getByTestId('import-counts')).toContainText('Handlungsfelder2');
    await expect(page.getByTestId('decision-code-FIELD_OF_ACTION:E')).toHaveValue('EE');

    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-result')).toContainText('54 Maßnahmen angelegt');
    await page.goto('/massnahmen');
    await openSelect(page, 'filter-field-of-action');
    await expect(page.getByRole('option', { name: 'E – Energieversorgung' })).toHaveCount(1);
    await expect(page.getByRole('option', { name: 'EE – Energieumwandlung, EE' })).toHaveCount(1);
    await expect(page.getByRole('option', { name: 'G – Gebäude und Quartiere' })).toHaveCount(1);
    await page.keyboard.press('Escape');

    // Undone from the list of recent imports: the new fields, measures and periods are gone.
    await page.goto('/import');
    const recent = page.getByTestId('recent-import').filter({ hasText: 'sachstand.csv' }).first();
    await recent.getByTestId('recent-undo').click();
    await page.getByTestId('confirm-ok').click();
    await expect(recent).toContainText('rückgängig gemacht');
    await page.goto('/massnahmen');
    await openSelect(page, 'filter-field-of-action');
    await expect(page.getByRole('option', { name: 'E – Energieversorgung' })).toHaveCount(1);
    await expect(page.getByRole('option', { name: /Energieumwandlung/ })).toHaveCount(0);
  });

  test('other roles do not see the import', async ({ page }) => {
    await login(page, 'department');
    await expect(page.getByTestId('nav-import')).toHaveCount(0);
  });
});
