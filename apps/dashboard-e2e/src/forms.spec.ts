import { expect, test, type Page } from '@playwright/test';
import type { Indicator, Measure, MeasureSummary, Page as ListPage } from '@klimaschutz/contracts';
import { expectAccessible, fromTheApp, login } from './support/helpers';

const suffix = Date.now().toString(36).slice(-5).toUpperCase();

/** A fresh measure of the climate manager (signed in on `page`), so no other journey edits it meanwhile. */
async function createMeasure(page: Page, code: string, title: string): Promise<Measure> {
  const list = (await (await page.request.get('/api/v1/measures?pageSize=1')).json()) as ListPage<MeasureSummary>;
  const template = list.items[0];
  const created = await page.request.post('/api/v1/measures', {
    headers: fromTheApp(page),
    data: { code, title, fieldOfActionId: template.fieldOfAction.id, leadOrgUnitId: template.leadOrgUnit.id },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as Measure;
}

async function measure(page: Page, id: string): Promise<Measure> {
  return (await (await page.request.get(`/api/v1/measures/${id}`)).json()) as Measure;
}

test.describe('Gleichzeitig bearbeitet (409)', () => {
  test('the second save shows the other change beside the button, keeps the typed text, and saves it over the new version', async ({
    browser,
  }) => {
    const mine = await browser.newContext();
    const theirs = await browser.newContext();
    const me = await mine.newPage();
    const other = await theirs.newPage();
    await login(me, 'climateManager');
    await login(other, 'climateManager');
    const created = await createMeasure(me, `K409-${suffix}`, 'Quartierskonzept Nordstadt (E2E)');

    // Both open the form of the same version.
    await me.goto(`/massnahmen/${created.id}/bearbeiten`);
    await other.goto(`/massnahmen/${created.id}/bearbeiten`);
    await expect(me.getByTestId('measure-form-title')).toHaveValue('Quartierskonzept Nordstadt (E2E)');
    await expect(other.getByTestId('measure-form-title')).toHaveValue('Quartierskonzept Nordstadt (E2E)');

    // The other person changes the title and saves first.
    await other.getByTestId('measure-form-title').fill('Quartierskonzept Nordstadt mit Wärmenetz (E2E)');
    await other.getByTestId('save').click();
    await expect(other.getByTestId('detail-notice')).toContainText('gespeichert');

    // I type a description and save at the button, by keyboard.
    const myText = 'Abstimmung mit den Stadtwerken im Mai; Fördermittel aus der Kommunalrichtlinie beantragt.';
    await me.getByTestId('measure-form-description').fill(myText);
    await me.getByTestId('save').focus();
    await me.keyboard.press('Enter');

    const conflict = me.getByTestId('save-conflict');
    await expect(conflict).toBeVisible();
    await expect(conflict).toBeFocused();
    await expect(conflict).toHaveAttribute('role', 'alert');
    // Who and when, from the measure's change history.
    await expect(conflict).toContainText(
      /Nicht gespeichert: Dr\. Lena Vogt hat diese Maßnahme\s+am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\s+geändert/,
    );
    await expect(conflict.getByTestId('save-conflict-changes')).toContainText(
      'Titel: jetzt „Quartierskonzept Nordstadt mit Wärmenetz (E2E)“',
    );
    // Beside the save button, not at the top of the page.
    const button = (await me.getByTestId('save').boundingBox())!;
    const box = (await conflict.boundingBox())!;
    expect(box.y).toBeGreaterThan(button.y);
    expect(box.y - (button.y + button.height)).toBeLessThan(120);
    await expect(me.getByTestId('problem-alert')).toHaveCount(0);
    // Nothing typed is lost, nothing was stored.
    await expect(me.getByTestId('measure-form-description')).toHaveValue(myText);
    expect((await measure(me, created.id)).description).toBeNull();
    await expectAccessible(me, 'the measure form with a concurrent change');

    await conflict.getByTestId('conflict-keep-mine').click();
    await expect(me.getByTestId('detail-notice')).toContainText('gespeichert');
    const stored = await measure(me, created.id);
    // Both people's work is kept.
    expect(stored.description).toBe(myText);
    expect(stored.title).toBe('Quartierskonzept Nordstadt mit Wärmenetz (E2E)');
    expect(stored.version).toBe(created.version + 2);
    await mine.close();
    await theirs.close();
  });

  test('taking over the other version replaces the input only when asked', async ({ browser }) => {
    const mine = await browser.newContext();
    const me = await mine.newPage();
    await login(me, 'climateManager');
    const created = await createMeasure(me, `K410-${suffix}`, 'Dachbegrünung Rathaus (E2E)');
    await me.goto(`/massnahmen/${created.id}/bearbeiten`);
    await expect(me.getByTestId('measure-form-title')).toHaveValue('Dachbegrünung Rathaus (E2E)');

    const changed = await me.request.patch(`/api/v1/measures/${created.id}`, {
      headers: fromTheApp(me),
      data: { goal: 'Regenwasser zurückhalten', version: created.version },
    });
    expect(changed.status()).toBe(200);

    await me.getByTestId('measure-form-title').fill('Dachbegrünung Rathaus und Stadthaus (E2E)');
    await me.getByTestId('save').click();
    await expect(me.getByTestId('save-conflict-changes')).toContainText('jetzt „Regenwasser zurückhalten“');
    await me.getByTestId('conflict-take-theirs').click();
    await expect(me.getByTestId('save-conflict')).toHaveCount(0);
    await expect(me.getByTestId('measure-form-title')).toHaveValue('Dachbegrünung Rathaus (E2E)');
    await expect(me.getByTestId('measure-form-goal')).toHaveValue('Regenwasser zurückhalten');
    await expect(me.getByTestId('save')).toBeFocused();
    await mine.close();
  });
});

test.describe('Deutsche Zahlen in einem englischen Browser', () => {
  test.use({ locale: 'en-US' });

  test('„1.250.000,50“ is stored as 1250000.5 and shown as typed; unreadable input is refused beside the field', async ({ page }) => {
    await login(page, 'climateManager');
    const created = await createMeasure(page, `KZ-${suffix}`, 'Klimaanpassung Stadtpark (E2E)');
    await page.goto(`/massnahmen/${created.id}/bearbeiten`);
    const cost = page.getByTestId('measure-form-costEstimateEur');
    await expect(cost).toHaveAttribute('inputmode', 'decimal');

    // Unreadable: refused with a message under the field, nothing saved.
    await cost.fill('3,2,1');
    await cost.blur();
    const costField = page.locator('mat-form-field').filter({ has: cost });
    await expect(costField.locator('mat-error')).toContainText('nicht lesbar');
    await page.getByTestId('save').click();
    await expect(cost).toBeFocused();
    await expect(page).toHaveURL(/bearbeiten$/);
    expect((await measure(page, created.id)).costEstimateEur).toBeNull();
    await expectAccessible(page, 'the measure form with an unreadable number');

    await cost.fill('1.250.000,50');
    await page.getByTestId('measure-form-ghgReductionTargetT').fill('320,5');
    await page.getByTestId('measure-form-plannedEnd').fill('31.12.2026');
    await expect(costField.locator('mat-error')).toHaveCount(0);
    await page.getByTestId('save').click();
    await expect(page.getByTestId('detail-notice')).toContainText('gespeichert');
    await expect(page.getByText('1.250.000,50 €').first()).toBeVisible();
    await expect(page.getByText('31.12.2026').first()).toBeVisible();

    const stored = await measure(page, created.id);
    expect(stored.costEstimateEur).toBe(1250000.5);
    expect(stored.ghgReductionTargetT).toBe(320.5);
    expect(stored.plannedEnd).toBe('2026-12-31');

    await page.goto(`/massnahmen/${created.id}/bearbeiten`);
    await page.reload();
    await expect(cost).toHaveValue('1.250.000,50');
    await expect(page.getByTestId('measure-form-ghgReductionTargetT')).toHaveValue('320,5');
    await expect(page.getByTestId('measure-form-plannedEnd')).toHaveValue('31.12.2026');
  });
});

test.describe('Kennzahlen anlegen und bearbeiten', () => {
  test('a climate manager creates a Kennzahl with German numbers and edits it', async ({ page }) => {
    const code = `KE-${suffix}`;
    await login(page, 'climateManager');
    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('new-indicator').click();
    await expect(page.getByTestId('indicator-form-heading')).toHaveText('Neue Kennzahl');
    await expectAccessible(page, 'the new indicator form');

    // An empty form names what is missing beside the fields.
    await page.getByTestId('save').click();
    await expect(page.getByText('Bitte einen Namen angeben.')).toBeVisible();

    await page.getByTestId('indicator-form-code').fill(code);
    await page.getByTestId('indicator-form-name').fill('Wärmeverbrauch städtischer Gebäude (E2E)');
    await page.getByTestId('indicator-form-unit').fill('MWh/a');
    await page.getByTestId('indicator-form-baselineYear').fill('2019');
    await page.getByTestId('indicator-form-baselineValue').fill('12.480,5');
    await page.getByTestId('indicator-form-targetYear').fill('2035');
    await page.getByTestId('indicator-form-targetValue').fill('1e5');
    await page.getByTestId('indicator-form-targetValue').blur();
    await expect(
      page
        .locator('mat-form-field')
        .filter({ has: page.getByTestId('indicator-form-targetValue') })
        .locator('mat-error'),
    ).toContainText('nicht lesbar');
    await page.getByTestId('indicator-form-targetValue').fill('6.000');
    await page.getByTestId('save').click();

    await expect(page.getByTestId('indicator-notice')).toContainText('angelegt');
    await expect(page.getByTestId('indicator-title')).toContainText('Wärmeverbrauch städtischer Gebäude (E2E)');
    await expect(page.getByTestId('indicator-baseline')).toHaveText('12.480,5 MWh/a (2019)');
    await expect(page.getByTestId('indicator-target')).toHaveText('6.000 MWh/a (2035)');
    const id = page.url().split('/').pop()!;
    const stored = (await (await page.request.get(`/api/v1/indicators/${id}`)).json()) as Indicator;
    expect([stored.code, stored.direction, stored.baselineValue, stored.targetValue]).toEqual([code, 'DOWN', 12480.5, 6000]);

    await page.getByTestId('edit-indicator').click();
    await expect(page.getByTestId('indicator-form-baselineYear')).toHaveValue('2019');
    await expect(page.getByTestId('indicator-form-baselineValue')).toHaveValue('12.480,5');
    await expectAccessible(page, 'the indicator edit form');
    await page.getByTestId('indicator-form-targetValue').fill('5.500,25');
    await page.getByTestId('indicator-form-direction-DOWN').click();
    await page.getByTestId('save').click();
    await expect(page.getByTestId('indicator-notice')).toContainText('gespeichert');
    await expect(page.getByTestId('indicator-target')).toHaveText('5.500,3 MWh/a (2035)');
    const edited = (await (await page.request.get(`/api/v1/indicators/${id}`)).json()) as Indicator;
    expect([edited.targetValue, edited.version]).toEqual([5500.25, stored.version + 1]);

    // A value typed the German way, with a German date, then removed again.
    const yesterday = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(Date.now() - 86_400_000));
    await page.getByTestId('value-date').fill(yesterday);
    await page.getByTestId('value-value').fill('11.902,75');
    await page.getByTestId('value-save').click();
    await expect(page.getByTestId('value-notice')).toContainText(`11.902,8 MWh/a für den ${yesterday}`);
    const values = (await (await page.request.get(`/api/v1/indicators/${id}/values`)).json()) as { value: number }[];
    expect(values.map((v) => v.value)).toEqual([11902.75]);
    await expect(page.getByTestId('value-row')).toHaveCount(1);
    await expectAccessible(page, 'the indicator with its values to manage');
    await page.getByTestId('value-delete').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('value-notice')).toContainText('gelöscht');
    await expect(page.getByTestId('value-row')).toHaveCount(0);
  });

  test('other roles see no way to create or edit a Kennzahl', async ({ page }) => {
    await login(page, 'department');
    await page.getByTestId('nav-indicators').click();
    await expect(page.getByTestId('indicator-row').first()).toBeVisible();
    await expect(page.getByTestId('new-indicator')).toHaveCount(0);
    await page.getByTestId('indicator-link').first().click();
    await expect(page.getByTestId('indicator-title')).toBeVisible();
    await expect(page.getByTestId('edit-indicator')).toHaveCount(0);
  });
});
