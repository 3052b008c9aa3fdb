import { expect, test } from '@playwright/test';
import { expectAccessible, fromTheApp, login, sendFeedback } from './support/helpers';

/** Personal data: erasing a user and a citizen's feedback in the admin pages, and the feedback form without JavaScript. */
test.describe('Personenbezogene Daten', () => {
  test('an admin erases (anonymises) a person after a dialog that says what happens', async ({ page }) => {
    await login(page, 'admin');
    const created = await page.request.post('/api/v1/users', {
      headers: fromTheApp(page),
      data: {
        email: 'hiltrud.loeschmich@musterstadt.example',
        displayName: 'Hiltrud Löschmich',
        role: 'EXECUTIVE',
        password: 'Laterne-Gießkanne-Zebra',
      },
    });
    expect(created.status()).toBe(201);

    await page.goto('/verwaltung/benutzer');
    await page.getByTestId('user-search').fill('Löschmich');
    const row = page.getByTestId('user-row').filter({ hasText: 'Hiltrud Löschmich' });
    await expect(row).toHaveCount(1);
    // Not offered for one's own account.
    await expect(page.getByTestId('user-row').filter({ hasText: 'admin@musterstadt.example' }).getByTestId('erase-user')).toHaveCount(0);

    await row.getByTestId('erase-user').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByRole('heading', { name: 'Hiltrud Löschmich löschen (anonymisieren)?' })).toBeVisible();
    await expect(dialog.getByTestId('confirm-details')).toContainText('Gelöschte Person');
    await expect(dialog.getByTestId('confirm-details')).toContainText('Änderungshistorie');
    await expect(dialog.getByTestId('confirm-details')).toContainText('nicht rückgängig');
    await expectAccessible(page, 'user erasure dialog');
    // Escape answers no: nothing happens.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(row).toHaveCount(1);

    await row.getByTestId('erase-user').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Person löschen (anonymisieren)' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('Hiltrud Löschmich wurde gelöscht (anonymisiert)');
    await page.getByTestId('user-search').fill('Löschmich');
    await expect(page.getByTestId('user-count')).toContainText('0 Benutzerkonten');
    await page.getByTestId('user-search').fill('Gelöschte Person');
    const erased = page.getByTestId('user-row').filter({ hasText: 'gelöscht am' });
    await expect(erased).toHaveCount(1);
    await expect(erased).toContainText('@geloescht.invalid');
    await expect(erased.getByTestId('edit-user')).toHaveCount(0);
    await expectAccessible(page, 'user list with an erased account');
  });

  test('the communication unit removes a sender and deletes a feedback', async ({ page }) => {
    await sendFeedback(page.request, {
      message: 'Die Schrift im Kopf ist zu klein.',
      name: 'Konstanze Absender',
      email: 'k.absender@example.org',
    });
    await login(page, 'communication');
    await page.goto('/verwaltung/rueckmeldungen');
    const row = page.getByTestId('feedback-row').filter({ hasText: 'Die Schrift im Kopf ist zu klein.' });
    await expect(row).toContainText('Konstanze Absender');

    await row.getByTestId('feedback-erase-sender').click();
    await expect(page.getByRole('alertdialog')).toContainText('Name und E-Mail-Adresse von „Konstanze Absender“ werden gelöscht');
    await expectAccessible(page, 'erase sender dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Absenderangaben löschen' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('Name und E-Mail-Adresse wurden gelöscht');
    await expect(row).toContainText('ohne Namen');
    await expect(row).not.toContainText('k.absender@example.org');
    await expect(row.getByTestId('feedback-erase-sender')).toHaveCount(0);

    await row.getByTestId('feedback-erase').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Meldung löschen' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('Die Meldung wurde gelöscht');
    await expect(page.getByTestId('feedback-row').filter({ hasText: 'Die Schrift im Kopf ist zu klein.' })).toHaveCount(0);
    await expectAccessible(page, 'feedback admin after deletion');
  });
});

test.describe('Barriere melden ohne JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citizen without JavaScript sends a barrier report through the plain form', async ({ page }) => {
    await page.goto('/oeffentlich/barriere-melden');
    await expect(page.getByRole('heading', { level: 1, name: 'Barriere melden' })).toBeVisible();
    // The honeypot is there for robots, not for people.
    await expect(page.locator('input[name="website"]')).toBeHidden();
    await expect(page.locator('input[name="formToken"]')).toHaveValue(/\S+\.\S+\.\S+/);
    await expect(page.getByTestId('feedback-form')).not.toHaveAttribute('data-ready', 'true');
    await page.getByLabel('Ihre Meldung (Pflichtfeld)').fill('Ohne JavaScript: Die Diagramme haben keine Beschreibung.');
    await page.getByLabel('E-Mail-Adresse (freiwillig, für eine Antwort)').fill('ohne-js@example.org');
    // People need a few seconds to write; the form is refused sooner than that (FEEDBACK_MIN_SECONDS, 3 s). A wait on
    // purpose, not for the page: it stands for the time a person takes.
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await expect(page).toHaveURL(/\/oeffentlich\/barriere-melden\?gesendet=1$/);
    await expect(page.getByTestId('feedback-success')).toContainText('Vielen Dank');

    // Sent too fast, the page says why and what to do.
    await page.getByTestId('feedback-again').click();
    await page.getByLabel('Ihre Meldung (Pflichtfeld)').fill('Zu schnell gesendet');
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await expect(page).toHaveURL(/\?fehler=zu-schnell$/);
    await expect(page.getByTestId('problem-alert')).toContainText('warten Sie einige Sekunden');
  });
});
