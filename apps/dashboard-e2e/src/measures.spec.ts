import { expect, test } from '@playwright/test';
import { choose, expectAccessible, login, openSelect } from './support/helpers';

test.describe('Maßnahmen: anlegen, zuweisen, finden', () => {
  const code = `E2E-${Date.now().toString(36).slice(-5).toUpperCase()}`;
  const title = 'Mobilstation am Hauptbahnhof (E2E)';

  test('login page is accessible and refuses a wrong password in German', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expectAccessible(page, 'login');
    await page.getByTestId('login-email').fill('klimaschutz@musterstadt.example');
    await page.getByTestId('login-password').fill('falsches-passwort');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toContainText('E-Mail oder Passwort ist falsch');
  });

  test('a climate manager creates a measure, assigns it to departments and finds it by search', async ({ page }) => {
    await login(page, 'climateManager');
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
    await expect(page.getByTestId('measure-row').first()).toBeVisible();
    await expectAccessible(page, 'measure list');

    await page.getByTestId('new-measure').click();
    await expect(page.getByTestId('measure-form')).toBeVisible();
    await expectAccessible(page, 'measure form');

    // Saving an empty form shows German messages next to the fields and stores nothing.
    await page.getByTestId('save').click();
    await expect(page.getByText(/Kennung.*(erforderlich|angeben|eingeben|leer)/i).first()).toBeVisible();

    await page.getByTestId('measure-form-code').fill(code);
    await page.getByTestId('measure-form-title').fill(title);
    await choose(page, 'measure-form-fieldOfActionId', /Mobilität/);
    await choose(page, 'measure-form-leadOrgUnitId', /Tiefbau|Mobilität/);
    await openSelect(page, 'measure-form-participatingOrgUnitIds');
    await page.getByRole('option', { name: /Stadtplanungsamt/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.getByTestId('measure-form-summary').fill('Carsharing, Leihräder und Ladepunkte an einem Ort.');
    await page.getByTestId('measure-form-costEstimateEur').fill('250000');
    await page.getByTestId('save').click();

    await expect(page.getByTestId('measure-detail-title')).toContainText(title);
    await expect(page.getByTestId('detail-lead')).toContainText(/Tiefbau|Mobilität/);
    await expect(page.getByText('Stadtplanungsamt').first()).toBeVisible();
    await expect(page.getByTestId('history-entry').first()).toContainText(/angelegt|erstellt/i);
    await expectAccessible(page, 'measure detail');

    await page.getByTestId('back-to-list').click();
    await page.getByTestId('measure-search').fill(code);
    await expect(page.getByTestId('measure-row')).toHaveCount(1);
    await expect(page.getByTestId('measure-row')).toContainText(title);
    await expect(page.getByTestId('measure-count')).toContainText('1');
  });

  test('a department user sees the measure but cannot edit its master data', async ({ page }) => {
    await login(page, 'department');
    await expect(page.getByTestId('new-measure')).toHaveCount(0);
    await page.getByTestId('measure-search').fill(code);
    await expect(page.getByTestId('measure-row')).toHaveCount(1);
    await page.getByTestId('measure-link').click();
    await expect(page.getByTestId('measure-detail-title')).toContainText(title);
    await expect(page.getByTestId('edit-measure')).toHaveCount(0);
    await expect(page.getByTestId('archive-measure')).toHaveCount(0);

    // Typing the edit address by hand does not open the form either.
    await page.goto(page.url() + '/bearbeiten');
    await expect(page.getByTestId('measure-form')).toHaveCount(0);
  });

  test('the whole flow works with the keyboard alone', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page.getByTestId('login-email')).toBeVisible();
    await page.keyboard.press('Tab');
    const focused = async () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    // Tab order reaches email, password and the submit button.
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(await focused());
      await page.keyboard.press('Tab');
    }
    expect(seen).toEqual(expect.arrayContaining(['login-email', 'login-password', 'login-submit']));
    await page.getByTestId('login-email').focus();
    await page.keyboard.type('klimaschutz@musterstadt.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Klimaschutz-Demo-2026');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('current-user')).toBeVisible();
    await page.getByTestId('measure-link').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('measure-detail-title')).toBeVisible();
  });
});

test.describe('Verwaltung', () => {
  test('the admin pages for users, org units and fields of action are accessible', async ({ page }) => {
    await login(page, 'admin');
    for (const [path, heading] of [
      ['/verwaltung/benutzer', /Benutzer/],
      ['/verwaltung/organisationseinheiten', /Organisationseinheiten/],
      ['/verwaltung/handlungsfelder', /Handlungsfelder/],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('main')).not.toContainText('Fehler');
      await expectAccessible(page, path);
    }
    await expect(page.getByText('Mobilität').first()).toBeVisible();
  });

  test('an admin creates a field of action in its dialog: empty input is refused at the fields, a valid one is saved and listed', async ({
    page,
  }) => {
    const code = `Z${Date.now().toString(36).slice(-3).toUpperCase()}`;
    await login(page, 'admin');
    await page.goto('/verwaltung/handlungsfelder');
    await page.getByTestId('new-field-of-action').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('field-of-action-form')).toBeVisible();

    await dialog.getByTestId('save').click();
    await expect(dialog.getByText('Bitte eine Kennung angeben.')).toBeVisible();
    await expect(dialog).toBeVisible();

    await dialog.getByTestId('field-of-action-form-code').fill(code);
    await dialog.getByTestId('field-of-action-form-name').fill('Klimafolgenanpassung (E2E)');
    await dialog.getByTestId('save').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('admin-notice')).toContainText('Das Handlungsfeld „Klimafolgenanpassung (E2E)“ wurde angelegt.');
    await expect(page.getByTestId('field-of-action-row').filter({ hasText: code })).toHaveCount(1);

    // Cancel closes the dialog and changes nothing.
    await page.getByTestId('field-of-action-row').filter({ hasText: code }).getByTestId('edit-field-of-action').click();
    await page.getByRole('dialog').getByTestId('field-of-action-form-name').fill('Nicht gespeichert');
    await page.getByRole('dialog').getByTestId('dialog-cancel').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('field-of-action-row').filter({ hasText: code })).toContainText('Klimafolgenanpassung (E2E)');
  });
});
