import { DEMO_PASSWORD } from '../seed/demo-city.data';
import { bearer, createTestApp, DEMO, TestApp } from '../../testing/test-app';

describe('authentication (real HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with email and password and answers who is logged in', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'Klimaschutz@Musterstadt.example ', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: DEMO.climateManager, role: 'CLIMATE_MANAGER' });
    expect(JSON.stringify(login.body)).not.toMatch(/passwordHash|scrypt/);
    expect(login.headers['set-cookie']?.[0]).toMatch(/ksc_session=.*HttpOnly.*SameSite=Strict/i);

    const me = await t.http().get('/api/v1/auth/me').set(bearer(login.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe(login.body.user.displayName);
  });

  it('tells a department user who they are, with their org unit, exactly as the login did', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: DEMO.department, password: DEMO_PASSWORD });
    const me = await t.http().get('/api/v1/auth/me').set(bearer(login.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body.orgUnit).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    expect(me.body).toEqual({ ...login.body.user, version: expect.any(Number), lastLoginAt: expect.any(String) });
    expect(JSON.stringify(me.body)).not.toMatch(/passwordHash|scrypt/);
  });

  it('accepts the httpOnly session cookie instead of a bearer token', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: DEMO.executive, password: DEMO_PASSWORD });
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    const me = await t.http().get('/api/v1/auth/me').set('Cookie', cookie);
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('EXECUTIVE');
  });

  it('sets the session cookie for the whole site (pages too) and removes the /api-only one of earlier versions; logout removes both', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: DEMO.executive, password: DEMO_PASSWORD });
    const cookies = login.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => /^ksc_session=[^;]+;/.test(c));
    expect(session).toMatch(/; Path=\/;/);
    expect(session).toMatch(/HttpOnly/);
    expect(cookies).toContainEqual(expect.stringMatching(/^ksc_session=; Path=\/api; Expires=Thu, 01 Jan 1970/));

    const logout = await t.http().post('/api/v1/auth/logout').set(bearer(login.body.accessToken));
    expect(logout.status).toBe(204);
    const cleared = (logout.headers['set-cookie'] as unknown as string[]).map((c) => /Path=([^;]+)/.exec(c)?.[1]);
    expect(cleared.sort()).toEqual(['/', '/api']);
  });

  it('refuses a wrong password and an unknown email alike, as problem+json', async () => {
    const wrong = await t.http().post('/api/v1/auth/login').send({ email: DEMO.admin, password: 'falsch-falsch-falsch' });
    const unknown = await t.http().post('/api/v1/auth/login').send({ email: 'niemand@musterstadt.example', password: DEMO_PASSWORD });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, detail: 'E-Mail oder Passwort ist falsch.' });
    }
  });

  it('answers a login without password with 400 naming the field', async () => {
    const response = await t.http().post('/api/v1/auth/login').send({ email: DEMO.admin });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });

  it.each([
    ['no token', undefined],
    ['a made-up token', 'Bearer abcdef'],
    ['a tampered token', 'TAMPER'],
    ['a malformed header', 'Basic YWRtaW46YWRtaW4='],
  ])('answers 401 with %s', async (_name, header) => {
    let value = header;
    if (header === 'TAMPER') {
      const token = t.tokens.admin;
      value = `Bearer ${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    }
    const req = t.http().get('/api/v1/measures');
    const response = await (value ? req.set('Authorization', value) : req);
    expect(response.status).toBe(401);
    expect(response.body.title).toBe('Nicht angemeldet');
  });

  it('ends the session on logout, so the same token no longer works', async () => {
    const token = await t.login('department');
    expect((await t.http().get('/api/v1/auth/me').set(bearer(token))).status).toBe(200);
    expect((await t.http().post('/api/v1/auth/logout').set(bearer(token))).status).toBe(204);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(token))).status).toBe(401);
  });

  it('ends all sessions of a user whom an admin deactivates, and refuses the next login', async () => {
    const token = await t.login('communication');
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(token))).body;
    const patch = await t.http().patch(`/api/v1/users/${me.id}`).set(bearer(t.tokens.admin)).send({ active: false, version: me.version });
    expect(patch.status).toBe(200);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(token))).status).toBe(401);
    const again = await t.http().post('/api/v1/auth/login').send({ email: DEMO.communication, password: DEMO_PASSWORD });
    expect(again.status).toBe(401);
    await t.http().patch(`/api/v1/users/${me.id}`).set(bearer(t.tokens.admin)).send({ active: true, version: patch.body.version });
  });

  it('stores passwords only as salted scrypt hashes', async () => {
    const rows: { passwordHash: string }[] = await t.dataSource.query('SELECT "passwordHash" FROM users');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^scrypt\$/);
      expect(row.passwordHash).not.toContain(DEMO_PASSWORD);
    }
  });

  it('sends security headers and no framework banner', async () => {
    const response = await t.http().get('/api/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });

  it('does not open CORS to other origins by default', async () => {
    const response = await t.http().get('/api/v1/auth/me').set('Origin', 'https://evil.example').set(bearer(t.tokens.admin));
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '7' });
  });
  afterAll(() => t.close());

  it('answers 429 in German once a client has failed too often within a minute; its successful logins do not count', async () => {
    // createTestApp itself logged in five times (one per role): successes, which leave the budget whole.
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/v1/auth/login')
            .send({ email: `raten${i}@musterstadt.example`, password: 'geraten-123456' })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 429, 429]);
    const blocked = await t.http().post('/api/v1/auth/login').send({ email: DEMO.admin, password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.detail).toMatch(/Zu viele Anmeldeversuche/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
