import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, USERS, expectAccessible, login } from './support/helpers';

/** `YYYY-MM-DD` in Berlin, shifted by whole days: due dates are days in the city's calendar. */
function berlinDay(shiftDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + shiftDays * 86_400_000));
}

async function bearer(api: APIRequestContext, user: keyof typeof USERS): Promise<Record<string, string>> {
  const response = await api.post('/api/v1/auth/login', { data: { email: USERS[user], password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return { Authorization: `Bearer ${(await response.json()).accessToken}` };
}

test.describe('Benachrichtigungen: Erinnerungen an Sachstandsmeldungen', () => {
  test.beforeAll(async ({ baseURL }) => {
    // A reporting period due in three days, and the reminder job run now — as an admin would on the jobs page.
    const api = await request.newContext({ baseURL });
    const period = await api.post('/api/v1/reporting-periods', {
      headers: await bearer(api, 'climateManager'),
      data: { name: `E2E Sachstand ${Date.now()}`, startDate: berlinDay(-60), endDate: berlinDay(30), dueDate: berlinDay(3) },
    });
    expect(period.status()).toBe(201);
    const run = await api.post('/api/v1/jobs/report-reminders/run', { headers: await bearer(api, 'admin') });
    expect(run.status()).toBe(200);
    expect((await run.json()).summary).toMatch(/^[1-9]\d* Erinnerung(en)?, nur im Cockpit/);
    await api.dispose();
  });

  test('a department user sees the unread count and follows a reminder to the measure', async ({ page }) => {
    await login(page, 'department');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('aria-label', /^Benachrichtigungen, [1-9]\d* ungelesen$/);
    const unread = Number((await bell.getAttribute('aria-label'))!.match(/(\d+) ungelesen/)![1]);
    await expect(page.getByTestId('notification-count')).toHaveText(String(unread));

    await bell.click();
    await expect(page).toHaveURL(/\/benachrichtigungen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
    await expect(page.getByTestId('notification-summary')).toContainText(`${unread} ungelesene Benachrichtigung`);
    await expect(page.getByTestId('notification-unread')).toHaveCount(unread);
    await expect(page.getByTestId('email-unavailable')).toBeVisible();
    await expectAccessible(page, 'notification page');

    const reminder = page.getByTestId('notification').filter({ hasText: 'Sachstandsmeldung fällig in 3 Tagen' }).first();
    await expect(reminder).toContainText('fehlt noch die Sachstandsmeldung Ihrer Organisationseinheit');
    await expect(reminder.getByTestId('notification-email')).toHaveText('nur im Cockpit');
    const title = (await reminder.getByTestId('notification-link').textContent())!.trim();
    const code = title.replace('Sachstandsmeldung fällig in 3 Tagen: ', '').split(' ')[0];
    await reminder.getByTestId('notification-link').click();

    // The reminder leads straight to the report form of that measure and period.
    await expect(page).toHaveURL(/\/massnahmen\/[0-9a-f-]{36}\/sachstand\/neu\?zeitraum=[0-9a-f-]{36}$/);
    await expect(page.getByTestId('report-form')).toBeVisible();
    await expect(page.locator('main')).toContainText(code);
    await expect(bell).toHaveAttribute('aria-label', `Benachrichtigungen, ${unread - 1} ungelesen`);
  });

  test('marks read and all read, filters unread ones and switches email off — with the keyboard', async ({ page }) => {
    await login(page, 'department');
    await page.goto('/benachrichtigungen');
    await expect(page.getByTestId('notification').first()).toBeVisible();
    const before = await page.getByTestId('notification-unread').count();
    const all = await page.getByTestId('notification').count();
    expect(before).toBeGreaterThan(1);

    await page.getByTestId('mark-read').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notification-unread')).toHaveCount(before - 1);
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', `Benachrichtigungen, ${before - 1} ungelesen`);

    await page.getByTestId('unread-only').locator('input').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('notification')).toHaveCount(before - 1);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('notification')).toHaveCount(all);

    const toggle = page.getByRole('switch', { name: 'Benachrichtigungen zusätzlich per E-Mail erhalten' });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Benachrichtigungen zusätzlich per E-Mail erhalten' })).toHaveAttribute(
      'aria-checked',
      'false',
    );

    await page.getByTestId('mark-all-read').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notification-summary')).toContainText('Keine ungelesenen Benachrichtigungen');
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', 'Benachrichtigungen, keine ungelesen');
    await expect(page.getByTestId('notification-count')).toHaveCount(0);
    await expectAccessible(page, 'notification page, all read');
  });

  test('every role has the bell; an empty notification page is accessible too', async ({ page }) => {
    await login(page, 'executive');
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', 'Benachrichtigungen, keine ungelesen');
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-empty')).toContainText('Noch keine Benachrichtigungen');
    await expectAccessible(page, 'empty notification page');
  });
});

/**
 * The notices of one report's round trip, each read where its recipient works: the department
 * submits, the climate manager is told and follows the notice to the review, sends it back with a
 * reason, the department is told the reason, resubmits, and hears that the report was accepted.
 */
test.describe('Benachrichtigungen: Übergaben einer Sachstandsmeldung', () => {
  test.describe.configure({ mode: 'serial' });

  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const code = `E2E-H${suffix}`;
  const title = 'Dachbegrünung Verwaltungsgebäude (E2E)';
  const reason = 'Bitte den Zeitplan für die Ausschreibung ergänzen.';
  let measureId = '';
  let periodId = '';

  /** The newest notice of one kind about this journey's measure. */
  const notice = (page: Page, kind: string) => page.getByTestId('notification').filter({ hasText: kind }).filter({ hasText: code }).first();
  const openBell = async (page: Page) => {
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', /^Benachrichtigungen, [1-9]\d* ungelesen$/);
    await page.getByTestId('notification-bell').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
  };

  test.beforeAll(async ({ baseURL }) => {
    const api = await request.newContext({ baseURL });
    const cm = await bearer(api, 'climateManager');
    const units = (await (await api.get('/api/v1/org-units?pageSize=500', { headers: cm })).json()).items as { id: string; code: string }[];
    const fields = (await (await api.get('/api/v1/fields-of-action', { headers: cm })).json()).items as { id: string }[];
    const measure = await api.post('/api/v1/measures', {
      headers: cm,
      data: { code, title, fieldOfActionId: fields[0].id, leadOrgUnitId: units.find((u) => u.code === '61')!.id, status: 'IN_PROGRESS' },
    });
    expect(measure.status()).toBe(201);
    measureId = (await measure.json()).id;
    const period = await api.post('/api/v1/reporting-periods', {
      headers: cm,
      data: { name: `E2E Übergabe ${suffix}`, startDate: berlinDay(-60), endDate: berlinDay(30), dueDate: berlinDay(20) },
    });
    expect(period.status()).toBe(201);
    periodId = (await period.json()).id;
    await api.dispose();
  });

  test('the department submits; the climate manager sees the notice in the bell and follows it to the review', async ({
    page,
    browser,
  }) => {
    await login(page, 'department');
    await page.goto(`/massnahmen/${measureId}/sachstand/neu?zeitraum=${periodId}`);
    await page.getByTestId('report-form-text').fill('Die Statik ist geprüft; das Leistungsverzeichnis wird erstellt.');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('report-state')).toHaveText('eingereicht');

    const cm = await (await browser.newContext()).newPage();
    await login(cm, 'climateManager');
    await openBell(cm);
    const submitted = notice(cm, 'Sachstandsmeldung zur Prüfung');
    await expect(submitted).toContainText('Jonas Petersen hat die Sachstandsmeldung der Organisationseinheit 61 – Stadtplanungsamt');
    await expect(submitted.getByTestId('notification-unread')).toBeVisible();
    await expectAccessible(cm, 'notification centre with a hand-off');
    await submitted.getByTestId('notification-link').click();

    await expect(cm).toHaveURL(new RegExp(`/pruefung\\?massnahme=${measureId}$`));
    await expect(cm.getByTestId('review-measure-filter')).toContainText(code);
    const item = cm.locator(`[data-testid="review-item"][data-measure-code="${code}"]`);
    await item.getByTestId('review-comment').fill(reason);
    await item.getByTestId('review-request-revision').click();
    await expect(cm.getByTestId('review-notice')).toContainText('Überarbeitung angefordert');
    await cm.context().close();
  });

  test('the department sees the notice with the reason, follows it and resubmits', async ({ page }) => {
    await login(page, 'department');
    await openBell(page);
    const returned = notice(page, 'Sachstandsmeldung zur Überarbeitung');
    await expect(returned).toContainText(`Begründung: „${reason}“`);
    await expect(returned.getByTestId('notification-email')).toHaveText('nur im Cockpit');
    await expectAccessible(page, 'notification centre, report sent back');
    await returned.getByTestId('notification-link').click();

    await expect(page).toHaveURL(/\/sachstandsmeldungen\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('report-review')).toContainText(reason);
    await page.getByTestId('report-revise').click();
    await page.getByTestId('report-form-nextSteps').fill('Ausschreibung im Februar, Vergabe im April.');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('report-state')).toHaveText('eingereicht');
    await expect(page.getByText('2. Fassung')).toBeVisible();
  });

  test('the climate manager follows the notice of the 2nd version and accepts; the department sees „angenommen“', async ({
    page,
    browser,
  }) => {
    await login(page, 'climateManager');
    await openBell(page);
    const resubmitted = notice(page, 'überarbeitete Fassung (2. Fassung)');
    await resubmitted.getByTestId('notification-link').click();
    const item = page.locator(`[data-testid="review-item"][data-measure-code="${code}"]`);
    await expect(item.getByTestId('review-revision')).toContainText('2. Fassung');
    await item.getByTestId('review-accept').click();
    await expect(page.getByTestId('review-notice')).toContainText('angenommen');

    const dept = await (await browser.newContext()).newPage();
    await login(dept, 'department');
    await openBell(dept);
    const accepted = notice(dept, 'Sachstandsmeldung angenommen');
    await expect(accepted).toContainText('Dr. Lena Vogt hat die Sachstandsmeldung');
    await expect(accepted).toContainText('angenommen.');
    await expectAccessible(dept, 'notification centre, report accepted');
    await accepted.getByTestId('notification-link').click();
    await expect(dept.getByTestId('report-state')).toHaveText('angenommen');
    await dept.context().close();
  });
});
