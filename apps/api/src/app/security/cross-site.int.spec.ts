import { DEMO_PASSWORD } from '../seed/demo-city.data';
import { bearer, createTestApp, DEMO, TestApp } from '../../testing/test-app';

/**
 * Cross-site request forgery: a page of another origin on the same host (another port, another app
 * of the city's intranet) makes a signed-in browser send a write with its session cookie. Such a
 * write is refused unless the browser says it comes from the app's own origin; clients with a bearer
 * token carry no ambient credential and are not affected.
 */
const FOREIGN = { Origin: 'http://127.0.0.1:9999', 'Sec-Fetch-Site': 'same-site' };
const PUBLIC_URL = 'http://cockpit.intranet.example:3000';

describe('cross-site writes with the session cookie', () => {
  let t: TestApp;
  let cookie: string;
  let periodId: string;
  let measureId: string;

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const periodClosed = async () =>
    (await t.http().get(`/api/v1/reporting-periods/${periodId}`).set(bearer(t.tokens.climateManager))).body.closed as boolean;
  const closePeriod = () => t.http().post(`/api/v1/reporting-periods/${periodId}/close`).set('Cookie', cookie);
  const addNote = () =>
    t
      .http()
      .post(`/api/v1/measures/${measureId}/public-notes`)
      .set('Cookie', cookie)
      .send({ date: '2026-12-01', text: 'Veröffentlicht von außen' });

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL, CORS_ORIGINS: 'https://portal.intranet.example' });
    const login = await t.http().post('/api/v1/auth/login').send({ email: DEMO.climateManager, password: DEMO_PASSWORD });
    cookie = (login.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ksc_session='))!.split(';')[0];
    const period = await t
      .http()
      .post('/api/v1/reporting-periods')
      .set(bearer(t.tokens.climateManager))
      .send({ name: 'Fremdzugriff 2030', startDate: '2030-01-01', endDate: '2030-12-31', dueDate: '2031-01-31' });
    periodId = period.body.id;
    measureId = (await t.http().get('/api/v1/measures?pageSize=1').set(bearer(t.tokens.climateManager))).body.items[0].id;
  });
  afterAll(async () => {
    await t.close();
    delete process.env['PUBLIC_URL'];
    delete process.env['CORS_ORIGINS'];
  });

  it('refuses a cookie-authenticated write from a page of another origin with 403 and changes nothing', async () => {
    const notes = await count('public_notes');
    for (const headers of [FOREIGN, { Origin: 'http://127.0.0.1:9999' }, { 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'null' }, {}]) {
      for (const response of [await closePeriod().set(headers), await addNote().set(headers)]) {
        expect({ headers, status: response.status, type: response.headers['content-type'] }).toEqual({
          headers,
          status: 403,
          type: expect.stringMatching(/^application\/problem\+json/),
        });
        expect(response.body.detail).toMatch(/nicht von einer Seite des Klimaschutz-Cockpits/);
      }
    }
    expect(await periodClosed()).toBe(false);
    expect(await count('public_notes')).toBe(notes);
    // Reading is not a forgery (and the browser's CORS keeps the answer from the other page).
    expect((await t.http().get('/api/v1/auth/me').set('Cookie', cookie).set(FOREIGN)).status).toBe(200);
  });

  it("accepts the app's own pages: same-origin fetch metadata, PUBLIC_URL's origin, the address the request went to, CORS_ORIGINS", async () => {
    const notes = await count('public_notes');
    for (const headers of [
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://127.0.0.1:4200' },
      { Origin: PUBLIC_URL },
      { Origin: 'http://localhost:4200', Host: 'localhost:4200' },
      { Origin: 'https://portal.intranet.example', 'Sec-Fetch-Site': 'same-site' },
    ]) {
      expect({ headers, status: (await addNote().set(headers)).status }).toEqual({ headers, status: 201 });
    }
    expect(await count('public_notes')).toBe(notes + 4);
    expect((await closePeriod().set({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect(await periodClosed()).toBe(true);
  });

  it('leaves bearer-token clients alone: they carry no ambient credential', async () => {
    const response = await t
      .http()
      .post(`/api/v1/measures/${measureId}/public-notes`)
      .set(bearer(t.tokens.climateManager))
      .set(FOREIGN)
      .send({ date: '2026-12-02', text: 'Per Schnittstelle' });
    expect(response.status).toBe(201);
  });

  it('refuses a login from a page of another origin (login CSRF); API clients without browser headers still log in', async () => {
    const sessions = await count('sessions');
    for (const headers of [FOREIGN, { 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'http://evil.example' }]) {
      const response = await t.http().post('/api/v1/auth/login').set(headers).send({ email: DEMO.climateManager, password: DEMO_PASSWORD });
      expect({ headers, status: response.status, cookie: response.headers['set-cookie'] }).toEqual({
        headers,
        status: 403,
        cookie: undefined,
      });
    }
    expect(await count('sessions')).toBe(sessions);
    const own = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ email: DEMO.climateManager, password: DEMO_PASSWORD });
    expect(own.status).toBe(200);
    const client = await t.http().post('/api/v1/auth/login').send({ email: DEMO.climateManager, password: DEMO_PASSWORD });
    expect(client.status).toBe(200);
  });

  it("refuses anonymous public writes from another origin's page, too", async () => {
    const feedback = await count('feedback');
    const foreign = await t.http().post('/api/v1/public/feedback').set(FOREIGN).send({ message: 'Von einer fremden Seite' });
    expect(foreign.status).toBe(403);
    expect(await count('feedback')).toBe(feedback);
    const { formToken } = (await t.http().get('/api/v1/public/feedback-form')).body;
    expect(
      (
        await t
          .http()
          .post('/api/v1/public/feedback')
          .set('Sec-Fetch-Site', 'same-origin')
          .send({ message: 'Von der eigenen Seite', formToken })
      ).status,
    ).toBe(201);
  });
});

describe('the session cookie over HTTPS', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A real installation (https): no demo city, its first administrator from the environment.
    t = await createTestApp({
      PUBLIC_URL: 'https://klimaschutz.musterstadt.example',
      SEED_DEMO: 'auto',
      INITIAL_ADMIN_EMAIL: 'it@musterstadt.example',
      INITIAL_ADMIN_PASSWORD: 'Rathaus-Sicher-2026!',
    });
  });
  afterAll(async () => {
    await t.close();
    for (const name of ['PUBLIC_URL', 'SEED_DEMO', 'INITIAL_ADMIN_EMAIL', 'INITIAL_ADMIN_PASSWORD']) delete process.env[name];
  });

  it('is a __Host- cookie (Secure, Path=/, no Domain); the plain-named one of earlier versions is removed at login', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'it@musterstadt.example', password: 'Rathaus-Sicher-2026!' });
    expect(login.status).toBe(200);
    const cookies = login.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => /^__Host-ksc_session=[^;]+;/.test(c));
    expect(session).toMatch(/; Path=\/;/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Strict/);
    expect(session).not.toMatch(/Domain=/i);
    const cleared = cookies.filter((c) => /^ksc_session=;/.test(c)).map((c) => /Path=([^;]+)/.exec(c)?.[1]);
    expect(cleared.sort()).toEqual(['/', '/api']);

    const value = session!.split(';')[0];
    expect((await t.http().get('/api/v1/auth/me').set('Cookie', value)).status).toBe(200);
    // The old name is no longer read: a cookie without the prefix may have been set by another app of the site.
    const plain = value.replace('__Host-ksc_session=', 'ksc_session=');
    expect((await t.http().get('/api/v1/auth/me').set('Cookie', plain)).status).toBe(401);

    const logout = await t.http().post('/api/v1/auth/logout').set('Cookie', value).set('Sec-Fetch-Site', 'same-origin');
    expect(logout.status).toBe(204);
    expect(logout.headers['set-cookie']).toEqual(expect.arrayContaining([expect.stringMatching(/^__Host-ksc_session=; Path=\/;.*Secure/)]));
    expect((await t.http().get('/api/v1/auth/me').set('Cookie', value)).status).toBe(401);
  });
});
