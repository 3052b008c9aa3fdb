import { expect, request, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, USERS, expectAccessible, login } from './support/helpers';

/** What the authenticator app shows `stepsAhead` periods of 30 s from now (the same library an app implements). */
const codeOf = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });

test.describe('Mein Konto: Passwort ändern, Authenticator-App einrichten, mit Code anmelden', () => {
  const email = `konto.${Date.now().toString(36)}@musterstadt.example`;
  const first = 'Laterne-Gießkanne-Zebra';
  const second = 'Regenschirm-Walnuss-Trompete';

  test.beforeAll(async ({ baseURL }) => {
    // A colleague of her own, so that the demo logins of the other journeys stay as they are.
    const api = await request.newContext({ baseURL });
    const admin = await api.post('/api/v1/auth/login', { data: { email: USERS.admin, password: DEMO_PASSWORD } });
    const created = await api.post('/api/v1/users', {
      headers: { Authorization: `Bearer ${(await admin.json()).accessToken}` },
      data: { email, displayName: 'Karla Konto', role: 'CLIMATE_MANAGER', password: first },
    });
    expect(created.status()).toBe(201);
    await api.dispose();
  });

  test('changes her password, sets up the app, signs out and signs in with a code', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(first);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').click();
    await expect(page).toHaveURL(/\/mein-konto$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
    await expect(page.getByTestId('password-rule')).toContainText('Mindestens 12 und höchstens 128 Zeichen');
    await expect(page.getByTestId('totp-status')).toContainText('Nicht eingerichtet');
    await expectAccessible(page, 'Mein Konto');

    // A common password: the server's reason appears next to the field.
    await page.getByTestId('current-password').fill(first);
    await page.getByTestId('new-password').fill('123456789012');
    await page.getByTestId('repeat-password').fill('123456789012');
    await page.getByTestId('change-password').click();
    await expect(page.getByTestId('new-password-error')).toContainText('zu häufig verwendet');
    await expectAccessible(page, 'Mein Konto with a refused password');

    await page.getByTestId('new-password').fill(second);
    await page.getByTestId('repeat-password').fill(second);
    await page.getByTestId('change-password').click();
    await expect(page.getByTestId('password-changed')).toContainText('Ihr Passwort wurde geändert');

    // The app: by keyboard, the key as text for those who cannot scan.
    await page.getByTestId('totp-start').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('totp-qr')).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, 'TOTP enrolment');
    await page.getByTestId('totp-confirm-code').fill(codeOf(secret));
    await page.getByTestId('totp-confirm').click();
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
    await expectAccessible(page, 'recovery codes');
    await page.getByTestId('codes-kept').click();
    await expect(page.getByTestId('totp-status')).toContainText('Eingerichtet');

    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/anmelden/);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(second);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-code')).toBeFocused();
    await expectAccessible(page, 'login, second step');
    // The next period's code: the one used to confirm is spent.
    await page.getByTestId('login-code').fill(codeOf(secret, 1));
    await page.getByTestId('login-code-submit').click();
    await expect(page.getByTestId('current-user')).toContainText('Karla Konto');
    await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
  });

  test('the admin page „Anmeldung“ is accessible and lists every role', async ({ page }) => {
    await login(page, 'admin');
    await page.getByTestId('nav-sign-in-policy').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Zweiter Faktor vorgeschrieben für' }).getByRole('checkbox')).toHaveCount(5);
    await expectAccessible(page, 'sign-in policy');
  });
});
