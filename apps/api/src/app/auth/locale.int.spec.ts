import type { SessionUser } from '@klimaschutz/contracts';
import { appWithBuild, MINI_INDEX } from '../../testing/dashboard-build';
import { bearer, DEMO, TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../seed/demo-city.data';

/**
 * Issue #16 item 14: the interface language is chosen per user. The choice is stored on the account,
 * answered by /auth/me, and carried to the browser in the `ksc_lang` cookie, which the dashboard
 * reads before it starts and the page server reads to send `<html lang="en">`.
 */
const cookieOf = (headers: Record<string, unknown>, name: string) =>
  ((headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith(`${name}=`));

describe('interface language per user', () => {
  let t: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, close } = await appWithBuild({ 'browser/index.html': MINI_INDEX }));
  });
  afterAll(() => close());

  const me = async (token: string) => (await t.http().get('/api/v1/auth/me').set(bearer(token))).body as SessionUser;
  const signIn = (email: string) => t.http().post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD });

  it('starts German, and switches to English for this user only: /auth/me says so and the cookie follows', async () => {
    expect((await me(t.tokens.executive)).locale).toBe('de');

    const changed = await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.executive)).send({ locale: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ locale: 'en' });
    const cookie = cookieOf(changed.headers, 'ksc_lang') ?? '';
    expect(cookie).toMatch(/^ksc_lang=en;/);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    // The dashboard reads it before it starts.
    expect(cookie).not.toMatch(/HttpOnly/i);

    expect((await me(t.tokens.executive)).locale).toBe('en');
    expect((await me(t.tokens.department)).locale).toBe('de');
  });

  it('sets the cookie at sign-in for an English user and clears it for a German one', async () => {
    await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.communication)).send({ locale: 'en' });
    const english = await signIn(DEMO.communication);
    expect(english.status).toBe(200);
    expect(english.body.user.locale).toBe('en');
    expect(cookieOf(english.headers, 'ksc_lang')).toMatch(/^ksc_lang=en;/);

    const german = await signIn(DEMO.department);
    expect(german.body.user.locale).toBe('de');
    // Cleared: a browser that showed the sign-in page in English goes back to German for this account.
    expect(cookieOf(german.headers, 'ksc_lang')).toMatch(/^ksc_lang=;.*Expires=Thu, 01 Jan 1970/);

    const back = await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.communication)).send({ locale: 'de' });
    expect(back.status).toBe(200);
    expect(cookieOf(back.headers, 'ksc_lang')).toMatch(/^ksc_lang=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me(t.tokens.communication)).locale).toBe('de');
  });

  it.each([['fr'], [''], [null], [['en']], [42]])('refuses the language %p with a German 400 and stores nothing', async (locale) => {
    const response = await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.climateManager)).send({ locale });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.body)).toContain('Die Sprache muss de oder en sein.');
    expect(cookieOf(response.headers, 'ksc_lang')).toBeUndefined();
    expect((await me(t.tokens.climateManager)).locale).toBe('de');
  });

  // That an English cockpit is not rendered by the server (in German) shows the browser journey english-ui.spec.ts.
  it('sends staff pages to an English browser as <html lang="en">; German and public pages stay German', async () => {
    const session = `ksc_session=${t.tokens.executive}`;
    const german = await t.http().get('/cockpit').set('Cookie', session);
    expect(german.text).toContain('<html lang="de">');

    const english = await t.http().get('/cockpit').set('Cookie', `${session}; ksc_lang=en`);
    expect(english.status).toBe(200);
    expect(english.text).toContain('<html lang="en">');

    const signInPage = await t.http().get('/anmelden').set('Cookie', 'ksc_lang=en');
    expect(signInPage.text).toContain('<html lang="en">');
    // The citizens' pages are German for everyone.
    const publicPage = await t.http().get('/oeffentlich').set('Cookie', 'ksc_lang=en');
    expect(publicPage.text).toContain('<html lang="de">');
  });

  it('resets the language to German when an admin erases the account', async () => {
    const email = 'sprache.loeschen@musterstadt.example';
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(t.tokens.admin))
      .send({ email, displayName: 'Sprache Test', role: 'EXECUTIVE', password: 'Laterne-Gießkanne-Zebra' });
    const token = (await t.http().post('/api/v1/auth/login').send({ email, password: 'Laterne-Gießkanne-Zebra' })).body
      .accessToken as string;
    await t.http().put('/api/v1/auth/me/locale').set(bearer(token)).send({ locale: 'en' });
    const current = (await t.http().get(`/api/v1/users/${created.body.id}`).set(bearer(t.tokens.admin))).body;
    expect(
      (await t.http().post(`/api/v1/users/${created.body.id}/erase`).set(bearer(t.tokens.admin)).send({ version: current.version })).status,
    ).toBe(200);
    const [row] = await t.dataSource.query(`SELECT "locale" FROM "users" WHERE "id" = '${created.body.id}'`);
    expect(row.locale).toBe('de');
  });
});
