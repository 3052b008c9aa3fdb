import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Cookie, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Klimaschutz-Demo-2026';
export const USERS = {
  admin: 'admin@musterstadt.example',
  climateManager: 'klimaschutz@musterstadt.example',
  department: 'stadtplanung@musterstadt.example',
  executive: 'buergermeisterin@musterstadt.example',
  communication: 'kommunikation@musterstadt.example',
} as const;

/** The session cookies of each role's last sign-in in this worker, so that a test starts signed in without the form. */
const sessions = new Map<keyof typeof USERS, Cookie[]>();

/**
 * Signs in as a demo user and lands on the role's start page. The form is used once per role and
 * worker (the sign-in journeys test it themselves); later tests reuse that session, and sign in
 * through the form again when it has ended (a test signed out, or it timed out).
 */
export async function login(page: Page, user: keyof typeof USERS): Promise<void> {
  const cookies = sessions.get(user);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto('/');
    const signedIn = page.getByTestId('current-user');
    await expect(signedIn.or(page.getByTestId('login-email'))).toBeVisible();
    if (await signedIn.isVisible()) return;
  }
  await page.goto('/anmelden');
  await page.getByTestId('login-email').fill(USERS[user]);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  // The language cookie follows the account at each sign-in; it is not part of the session.
  sessions.set(
    user,
    (await page.context().cookies()).filter((cookie) => !cookie.name.endsWith('ksc_lang')),
  );
}

/**
 * `page.request` sends the browser's session cookie but, unlike a page of the app, no Origin; the
 * API refuses such a write as cross-site. A write made for a test names the app's own origin.
 */
export const fromTheApp = (page: Page) => ({ Origin: new URL(page.url()).origin });

/** Zero WCAG 2.1 A/AA violations (the bar of BITV 2.0) on what the page shows now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Let fade-ins (Material error messages, dialogs) finish: mid-animation text has a lower contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe-core violations on ${what}`).toEqual([]);
}

/** Opens a Material select; waits until any earlier panel has closed and this one is open. */
export async function openSelect(page: Page, testId: string): Promise<void> {
  await expect(page.getByRole('listbox')).toHaveCount(0);
  // Where a user clicks: the form field around the select (its floating label lies over the trigger
  // while the select is empty, and a click on the field opens the select, as Material means it to).
  await page
    .locator('mat-form-field', { has: page.getByTestId(testId) })
    .locator('.mat-mdc-text-field-wrapper')
    .click();
  await expect(page.getByRole('listbox')).toBeVisible();
}

/** Picks an option of a (single) Material select by its visible text. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await openSelect(page, testId);
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** Sends a barrier report as the public form does: with the form's token, no sooner than the server takes it. */
export async function sendFeedback(request: APIRequestContext, body: Record<string, unknown>): Promise<void> {
  const form = (await (await request.get('/api/v1/public/feedback-form')).json()) as { formToken: string; notBefore: string };
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(form.notBefore) - Date.now()) + 100));
  const sent = await request.post('/api/v1/public/feedback', { data: { ...body, formToken: form.formToken } });
  expect(sent.status()).toBe(201);
}
