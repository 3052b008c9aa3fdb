import type { SessionUser, TotpEnrolment } from '@klimaschutz/contracts';
import { Secret, TOTP } from 'otpauth';
import { bearer, createTestApp, DEMO, type TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../seed/demo-city.data';

/** The code an authenticator app shows `stepsAhead` periods from now (the server accepts ±1 step). */
const codeOf = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });

describe('TOTP second factor (RFC 6238)', () => {
  let t: TestApp;
  let seq = 0;
  const admin = () => bearer(t.tokens.admin);

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', `192.0.2.${++seq}`).send({ email, password });
  const secondStep = (challenge: string, code: string) =>
    t.http().post('/api/v1/auth/login/totp').set('X-Forwarded-For', `192.0.2.${++seq}`).send({ challenge, code });

  /** A new user with the app set up; answers its token, secret and recovery codes. */
  async function enrolledUser(email: string) {
    const password = 'Laterne-Gießkanne-Zebra';
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(admin())
      .send({ email, displayName: 'Tina Tester', role: 'EXECUTIVE', password });
    expect(created.status).toBe(201);
    const token = (await login(email, password)).body.accessToken as string;
    const enrolment: TotpEnrolment = (await t.http().post('/api/v1/auth/me/totp').set(bearer(token))).body;
    const confirmed = await t
      .http()
      .post('/api/v1/auth/me/totp/confirm')
      .set(bearer(token))
      .send({ code: codeOf(enrolment.secret) });
    expect(confirmed.status).toBe(200);
    return {
      id: (created.body as SessionUser).id,
      token,
      password,
      secret: enrolment.secret,
      recoveryCodes: confirmed.body.recoveryCodes as string[],
    };
  }

  it('enrols with a QR code and the secret as text, confirmed by a first code; the secret is stored encrypted and never returned again', async () => {
    const token = await t.login('department');
    const before = await t.http().get('/api/v1/auth/me/security').set(bearer(token));
    expect(before.body).toEqual({ totpEnabled: false, totpRequired: false, recoveryCodesLeft: 0 });

    const started = await t.http().post('/api/v1/auth/me/totp').set(bearer(token));
    expect(started.status).toBe(200);
    const enrolment: TotpEnrolment = started.body;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Klimaschutz-Cockpit:stadtplanung%40musterstadt\.example\?.*secret=/);
    expect(enrolment.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const wrong = await t
      .http()
      .post('/api/v1/auth/me/totp/confirm')
      .set(bearer(token))
      .send({ code: '000000' === codeOf(enrolment.secret) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(/Der Code stimmt nicht/);
    expect((await t.http().get('/api/v1/auth/me/security').set(bearer(token))).body.totpEnabled).toBe(false);

    const confirmed = await t
      .http()
      .post('/api/v1/auth/me/totp/confirm')
      .set(bearer(token))
      .send({ code: codeOf(enrolment.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    expect((await t.http().get('/api/v1/auth/me/security').set(bearer(token))).body).toEqual({
      totpEnabled: true,
      totpRequired: false,
      recoveryCodesLeft: 10,
    });

    const stored =
      JSON.stringify(await t.dataSource.query('SELECT * FROM users')) +
      JSON.stringify(await t.dataSource.query('SELECT * FROM totp_recovery_codes'));
    expect(stored).not.toContain(enrolment.secret);
    for (const code of confirmed.body.recoveryCodes) expect(stored).not.toContain(code);
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(token))).body;
    expect(me.totpEnabled).toBe(true);
    const seenByAdmin = await t.http().get(`/api/v1/users/${me.id}`).set(admin());
    expect(JSON.stringify([me, seenByAdmin.body])).not.toMatch(new RegExp(`${enrolment.secret}|totpSecret|totpPending|totpLastStep`));
    // A second enrolment over a working one is refused: switching phones goes through disabling.
    expect((await t.http().post('/api/v1/auth/me/totp').set(bearer(token))).status).toBe(409);
  });

  it('signs in in two steps: no session after the password, a session only after the code', async () => {
    const user = await enrolledUser('zwei.schritte@musterstadt.example');
    const first = await login('zwei.schritte@musterstadt.example', user.password);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ secondFactorRequired: true, challenge: expect.any(String), expiresAt: expect.any(String) });
    expect(first.headers['set-cookie']).toBeUndefined();
    // The challenge opens nothing by itself.
    expect((await t.http().get('/api/v1/auth/me').set(bearer(first.body.challenge))).status).toBe(401);

    const wrong = await secondStep(first.body.challenge, codeOf(user.secret, 10));
    expect(wrong.status).toBe(401);
    expect(wrong.body.detail).toMatch(/Der Code ist falsch/);

    const code = codeOf(user.secret, 1);
    const second = await secondStep(first.body.challenge, code);
    expect(second.status).toBe(200);
    expect(second.headers['set-cookie']?.[0]).toMatch(/ksc_session=.*HttpOnly/i);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(second.body.accessToken))).status).toBe(200);
    // The challenge is used up, and the code cannot be replayed with a new one.
    expect((await secondStep(first.body.challenge, code)).status).toBe(401);
    const again = await login('zwei.schritte@musterstadt.example', user.password);
    const replay = await secondStep(again.body.challenge, code);
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toMatch(/schon verwendet/);
  });

  it('accepts each recovery code once, with or without dashes and in any case', async () => {
    const user = await enrolledUser('wiederherstellung@musterstadt.example');
    const [code] = user.recoveryCodes;
    const typed = code.toUpperCase().replace(/-/g, ' ');
    const first = await login('wiederherstellung@musterstadt.example', user.password);
    expect((await secondStep(first.body.challenge, typed)).status).toBe(200);
    const second = await login('wiederherstellung@musterstadt.example', user.password);
    expect((await secondStep(second.body.challenge, code)).status).toBe(401);
    expect((await t.http().get('/api/v1/auth/me/security').set(bearer(user.token))).body.recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes as failed attempts: the account waits after five', async () => {
    const user = await enrolledUser('falsche.codes@musterstadt.example');
    const { challenge } = (await login('falsche.codes@musterstadt.example', user.password)).body;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await secondStep(challenge, String(100000 + i * 7919))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const waiting = await secondStep(challenge, codeOf(user.secret, 1));
    expect(waiting.status).toBe(429);
    expect(waiting.body.detail).toMatch(/Zu viele fehlgeschlagene Anmeldungen für dieses Konto/);
  });

  it('turns the second factor off only with password and code; then the password alone signs in', async () => {
    const user = await enrolledUser('abschalten@musterstadt.example');
    const wrongPassword = await t
      .http()
      .post('/api/v1/auth/me/totp/disable')
      .set(bearer(user.token))
      .send({ password: 'falsch-falsch-falsch', code: codeOf(user.secret, 1) });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors).toEqual([{ field: 'password', message: 'Das Passwort ist falsch.' }]);
    const wrongCode = await t
      .http()
      .post('/api/v1/auth/me/totp/disable')
      .set(bearer(user.token))
      .send({ password: user.password, code: '000000' });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.errors).toEqual([{ field: 'code', message: expect.stringMatching(/Der Code ist falsch/) }]);

    const off = await t
      .http()
      .post('/api/v1/auth/me/totp/disable')
      .set(bearer(user.token))
      .send({ password: user.password, code: codeOf(user.secret, 1) });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ totpEnabled: false, totpRequired: false, recoveryCodesLeft: 0 });
    const plain = await login('abschalten@musterstadt.example', user.password);
    expect(plain.body.accessToken).toEqual(expect.any(String));
  });

  it('lets an admin reset another user’s second factor: audited, and all their sessions end', async () => {
    const user = await enrolledUser('handy.verloren@musterstadt.example');
    // Other roles get 403: authorization.int.spec.ts runs every role against it.
    expect((await t.http().post(`/api/v1/users/${user.id}/totp/reset`).set(bearer(t.tokens.executive))).status).toBe(403);
    const reset = await t.http().post(`/api/v1/users/${user.id}/totp/reset`).set(admin());
    expect(reset.status).toBe(200);
    expect(reset.body.totpEnabled).toBe(false);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(user.token))).status).toBe(401);
    const audit = (await t.http().get(`/api/v1/audit-events?entityId=${user.id}`).set(admin())).body.items;
    expect(audit[0]).toMatchObject({
      actor: { displayName: expect.any(String) },
      changes: [{ field: 'totp', before: 'eingerichtet', after: 'durch Systemverwaltung zurückgesetzt' }],
    });
    expect((await login('handy.verloren@musterstadt.example', user.password)).body.accessToken).toEqual(expect.any(String));

    expect((await t.http().post(`/api/v1/users/${user.id}/totp/reset`).set(admin())).status).toBe(409);
    const self = (await t.http().get('/api/v1/auth/me').set(admin())).body;
    expect((await t.http().post(`/api/v1/users/${self.id}/totp/reset`).set(admin())).status).toBe(400);
  });

  describe('required per role', () => {
    afterAll(async () => {
      const policy = (await t.http().get('/api/v1/sign-in-policy').set(admin())).body;
      await t.http().patch('/api/v1/sign-in-policy').set(admin()).send({ totpRequiredRoles: [], version: policy.version });
    });

    it('gives a climate manager without an app a session that can only set one up, then a full one', async () => {
      const policy = (await t.http().get('/api/v1/sign-in-policy').set(admin())).body;
      expect(policy).toMatchObject({ totpRequiredRoles: [], version: expect.any(Number) });
      const set = await t
        .http()
        .patch('/api/v1/sign-in-policy')
        .set(admin())
        .send({ totpRequiredRoles: ['CLIMATE_MANAGER', 'ADMIN'], version: policy.version });
      expect(set.status).toBe(200);
      expect(set.body.totpRequiredRoles).toEqual(['ADMIN', 'CLIMATE_MANAGER']);
      expect(
        (await t.http().patch('/api/v1/sign-in-policy').set(admin()).send({ totpRequiredRoles: [], version: policy.version })).status,
      ).toBe(409);

      const signedIn = await login(DEMO.climateManager, DEMO_PASSWORD);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.totpEnrolmentRequired).toBe(true);
      const token = signedIn.body.accessToken;
      const refused = await t.http().get('/api/v1/measures').set(bearer(token));
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        code: 'TOTP_ENROLMENT_REQUIRED',
        detail: expect.stringMatching(/zweitem Faktor vorgeschrieben.*Mein Konto/),
      });
      expect(
        (
          await t
            .http()
            .post('/api/v1/auth/me/password')
            .set(bearer(token))
            .send({ currentPassword: DEMO_PASSWORD, newPassword: 'Regenschirm-Walnuss-Trompete' })
        ).status,
      ).toBe(403);
      const me = await t.http().get('/api/v1/auth/me').set(bearer(token));
      expect(me.body).toMatchObject({ role: 'CLIMATE_MANAGER', totpEnrolmentRequired: true });
      expect((await t.http().get('/api/v1/auth/me/security').set(bearer(token))).body.totpRequired).toBe(true);

      const enrolment: TotpEnrolment = (await t.http().post('/api/v1/auth/me/totp').set(bearer(token))).body;
      expect(
        (
          await t
            .http()
            .post('/api/v1/auth/me/totp/confirm')
            .set(bearer(token))
            .send({ code: codeOf(enrolment.secret) })
        ).status,
      ).toBe(200);
      expect((await t.http().get('/api/v1/measures').set(bearer(token))).status).toBe(200);
      expect((await t.http().get('/api/v1/auth/me').set(bearer(token))).body.totpEnrolmentRequired).toBe(false);
      // The sessions opened before the app was set up (the test app's own) have ended.
      expect((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.climateManager))).status).toBe(401);
      t.tokens.climateManager = token;
    });

    it('refuses a policy with an unknown role with 400, and other roles than admins with 403', async () => {
      const policy = (await t.http().get('/api/v1/sign-in-policy').set(admin())).body;
      const bad = await t
        .http()
        .patch('/api/v1/sign-in-policy')
        .set(admin())
        .send({ totpRequiredRoles: ['MAYOR'], version: policy.version });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('totpRequiredRoles');
      expect((await t.http().get('/api/v1/sign-in-policy').set(admin())).body.version).toBe(policy.version);
      expect(
        (
          await t
            .http()
            .patch('/api/v1/sign-in-policy')
            .set(bearer(t.tokens.executive))
            .send({ totpRequiredRoles: [], version: policy.version })
        ).status,
      ).toBe(403);
    });
  });
});
