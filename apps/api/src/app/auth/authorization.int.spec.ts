import type { Measure, MeasureSummary, OrgUnit, Page } from '@klimaschutz/contracts';
import { Secret, TOTP } from 'otpauth';
import { bearer, createTestApp, DEMO_ROLES, DemoRole, TestApp } from '../../testing/test-app';
import { CAPTIONS_VTT, WEBM_LIKE } from '../../testing/videos';
import { DEMO_PASSWORD } from '../seed/demo-city.data';

/**
 * Every endpoint × every role: the allowed roles get a 2xx, every other role a 403, and a caller
 * without a session a 401. Write requests are valid, so a refusal can only come from authorization.
 */
interface Case {
  name: string;
  allowed: DemoRole[];
  call: (t: TestApp, token: string | null, role: DemoRole | 'anonymous') => Promise<{ status: number }>;
}

let seq = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${seq++}`.toUpperCase();
/** The code an authenticator app shows, `stepsAhead` periods of 30 s from now. */
const codeOf = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });

describe('authorization matrix', () => {
  let t: TestApp;
  let measure: MeasureSummary;
  let orgUnit: OrgUnit;
  let fieldId: string;
  let leadId: string;

  const auth = (token: string | null) => (token ? bearer(token) : {});
  const fresh = async (path: string) => (await t.http().get(path).set(bearer(t.tokens.admin))).body;
  const freshMeasure = async (id: string) =>
    (await t.http().get(`/api/v1/measures/${id}`).set(bearer(t.tokens.climateManager))).body as Measure;

  beforeAll(async () => {
    t = await createTestApp();
    const list: Page<MeasureSummary> = (await t.http().get('/api/v1/measures?pageSize=1').set(bearer(t.tokens.admin))).body;
    measure = list.items[0];
    orgUnit = (await fresh('/api/v1/org-units?pageSize=1')).items[0];
    fieldId = measure.fieldOfAction.id;
    leadId = measure.leadOrgUnit.id;
  });
  afterAll(() => t.close());

  // Each role's own sign-in as the rows below change it: its password, and its app's secret once set up.
  const passwords: Partial<Record<DemoRole | 'anonymous', string>> = {};
  const totpSecrets: Partial<Record<DemoRole | 'anonymous', string>> = {};

  /** A user with a second factor, for an admin to reset. */
  const userWithTotp = async () => {
    const email = `${unique('totp')}@musterstadt.example`.toLowerCase();
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(t.tokens.admin))
      .send({ email, displayName: 'Test', role: 'EXECUTIVE', password: 'Laterne-Gießkanne-Zebra' });
    const token = (await t.http().post('/api/v1/auth/login').send({ email, password: 'Laterne-Gießkanne-Zebra' })).body.accessToken;
    const { secret } = (await t.http().post('/api/v1/auth/me/totp').set(bearer(token))).body;
    await t
      .http()
      .post('/api/v1/auth/me/totp/confirm')
      .set(bearer(token))
      .send({ code: codeOf(secret) });
    return created.body.id as string;
  };

  /** A citizen's fresh feedback, as the public form sends it. */
  const newFeedback = async () => {
    const { formToken } = (await t.http().get('/api/v1/public/feedback-form')).body;
    const message = `Matrix-Rückmeldung ${unique('F')}`;
    await t.http().post('/api/v1/public/feedback').send({ message, name: 'Ute Bürger', email: 'ute@example.org', formToken });
    return ((await fresh('/api/v1/feedback?pageSize=500')).items as { id: string; message: string; version: number }[]).find(
      (f) => f.message === message,
    )!;
  };

  const newMeasure = async () => {
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(bearer(t.tokens.climateManager))
      .send({ code: unique('T-'), title: 'Matrix-Testmaßnahme', fieldOfActionId: fieldId, leadOrgUnitId: leadId });
    return created.body as Measure;
  };

  const cases: Case[] = [
    { name: 'GET /auth/me', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/auth/me').set(auth(k)) },
    { name: 'GET /auth/me/security', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/auth/me/security').set(auth(k)) },
    {
      name: 'PUT /auth/me/locale',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().put('/api/v1/auth/me/locale').set(auth(k)).send({ locale: 'de' }),
    },
    {
      name: 'POST /auth/me/password',
      allowed: DEMO_ROLES,
      call: async (t, k, role) => {
        const next = `Regenschirm-Walnuss-Trompete-${role}`;
        const response = await t
          .http()
          .post('/api/v1/auth/me/password')
          .set(auth(k))
          .send({ currentPassword: passwords[role] ?? DEMO_PASSWORD, newPassword: next });
        if (response.status === 204) passwords[role] = next;
        return response;
      },
    },
    { name: 'POST /auth/me/totp', allowed: DEMO_ROLES, call: (t, k) => t.http().post('/api/v1/auth/me/totp').set(auth(k)) },
    {
      name: 'POST /auth/me/totp/confirm',
      allowed: DEMO_ROLES,
      call: async (t, k, role) => {
        const { secret } = (await t.http().post('/api/v1/auth/me/totp').set(auth(k))).body;
        const response = await t
          .http()
          .post('/api/v1/auth/me/totp/confirm')
          .set(auth(k))
          .send({ code: secret ? codeOf(secret) : '123456' });
        if (response.status === 200) totpSecrets[role] = secret;
        return response;
      },
    },
    {
      name: 'POST /auth/me/totp/disable',
      allowed: DEMO_ROLES,
      call: (t, k, role) =>
        t
          .http()
          .post('/api/v1/auth/me/totp/disable')
          .set(auth(k))
          .send({ password: passwords[role] ?? DEMO_PASSWORD, code: totpSecrets[role] ? codeOf(totpSecrets[role], 1) : '123456' }),
    },
    { name: 'GET /sign-in-policy', allowed: ['admin'], call: (t, k) => t.http().get('/api/v1/sign-in-policy').set(auth(k)) },
    {
      name: 'PATCH /sign-in-policy',
      allowed: ['admin'],
      call: async (t, k) => {
        const current = await fresh('/api/v1/sign-in-policy');
        return t
          .http()
          .patch('/api/v1/sign-in-policy')
          .set(auth(k))
          .send({ totpRequiredRoles: current.totpRequiredRoles, version: current.version });
      },
    },
    {
      name: 'POST /users/:id/totp/reset',
      allowed: ['admin'],
      call: async (t, k) =>
        t
          .http()
          .post(`/api/v1/users/${await userWithTotp()}/totp/reset`)
          .set(auth(k)),
    },
    { name: 'GET /org-units', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/org-units').set(auth(k)) },
    { name: 'GET /org-units/:id', allowed: DEMO_ROLES, call: (t, k) => t.http().get(`/api/v1/org-units/${orgUnit.id}`).set(auth(k)) },
    {
      name: 'POST /org-units',
      allowed: ['admin'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/org-units')
          .set(auth(k))
          .send({ code: unique('X'), name: 'Testamt', kind: 'FACHBEREICH' }),
    },
    {
      name: 'PATCH /org-units/:id',
      allowed: ['admin'],
      call: async (t, k) => {
        const current = await fresh(`/api/v1/org-units/${orgUnit.id}`);
        return t.http().patch(`/api/v1/org-units/${orgUnit.id}`).set(auth(k)).send({ name: current.name, version: current.version });
      },
    },
    { name: 'GET /users', allowed: ['admin'], call: (t, k) => t.http().get('/api/v1/users').set(auth(k)) },
    {
      name: 'GET /users/:id',
      allowed: ['admin'],
      call: async (t, k) =>
        t
          .http()
          .get(`/api/v1/users/${(await fresh('/api/v1/users?pageSize=1')).items[0].id}`)
          .set(auth(k)),
    },
    {
      name: 'POST /users',
      allowed: ['admin'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/users')
          .set(auth(k))
          .send({
            email: `${unique('u')}@musterstadt.example`.toLowerCase(),
            displayName: 'Test',
            role: 'EXECUTIVE',
            password: 'Laterne-Gießkanne-Zebra',
          }),
    },
    {
      name: 'PATCH /users/:id',
      allowed: ['admin'],
      call: async (t, k) => {
        const user = (await fresh('/api/v1/users?role=EXECUTIVE')).items[0];
        return t.http().patch(`/api/v1/users/${user.id}`).set(auth(k)).send({ displayName: user.displayName, version: user.version });
      },
    },
    {
      name: 'POST /users/:id/erase',
      allowed: ['admin'],
      call: async (t, k) => {
        const created = await t
          .http()
          .post('/api/v1/users')
          .set(bearer(t.tokens.admin))
          .send({
            email: `${unique('del')}@musterstadt.example`.toLowerCase(),
            displayName: 'Zu Löschen',
            role: 'EXECUTIVE',
            password: 'ein-langes-passwort',
          });
        return t.http().post(`/api/v1/users/${created.body.id}/erase`).set(auth(k)).send({ version: created.body.version });
      },
    },
    {
      name: 'PUT /site-pages/:key',
      allowed: ['admin', 'communication'],
      call: async (t, k) => {
        const current = (await t.http().get('/api/v1/public/pages/leichte-sprache')).body;
        return t
          .http()
          .put('/api/v1/site-pages/leichte-sprache')
          .set(auth(k))
          .send({ title: current.title, body: current.body, version: current.version });
      },
    },
    {
      name: 'POST /site-pages/:key/videos',
      allowed: ['admin', 'communication'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/site-pages/gebaerdensprache/videos')
          .set(auth(k))
          .field('title', 'Matrix-Video')
          .attach('video', WEBM_LIKE, 'matrix.webm')
          .attach('captions', Buffer.from(CAPTIONS_VTT), 'matrix.vtt'),
    },
    {
      name: 'DELETE /site-pages/:key/videos/:id',
      allowed: ['admin', 'communication'],
      call: async (t, k) => {
        const created = await t
          .http()
          .post('/api/v1/site-pages/gebaerdensprache/videos')
          .set(bearer(t.tokens.admin))
          .field('title', 'Wegwerf-Video')
          .attach('video', WEBM_LIKE, 'weg.webm');
        return t.http().delete(`/api/v1/site-pages/gebaerdensprache/videos/${created.body.id}`).set(auth(k));
      },
    },
    { name: 'GET /feedback', allowed: ['admin', 'communication'], call: (t, k) => t.http().get('/api/v1/feedback').set(auth(k)) },
    {
      name: 'PATCH /feedback/:id',
      allowed: ['admin', 'communication'],
      call: async (t, k) => {
        const item = await newFeedback();
        return t.http().patch(`/api/v1/feedback/${item.id}`).set(auth(k)).send({ handled: true, version: item.version });
      },
    },
    {
      name: 'DELETE /feedback/:id',
      allowed: ['admin', 'communication'],
      call: async (t, k) =>
        t
          .http()
          .delete(`/api/v1/feedback/${(await newFeedback()).id}`)
          .set(auth(k)),
    },
    {
      name: 'POST /feedback/:id/erase-sender',
      allowed: ['admin', 'communication'],
      call: async (t, k) => {
        const item = await newFeedback();
        return t.http().post(`/api/v1/feedback/${item.id}/erase-sender`).set(auth(k)).send({ version: item.version });
      },
    },
    { name: 'GET /fields-of-action', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/fields-of-action').set(auth(k)) },
    {
      name: 'GET /fields-of-action/:id',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/fields-of-action/${fieldId}`).set(auth(k)),
    },
    {
      name: 'POST /fields-of-action',
      allowed: ['admin'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/fields-of-action')
          .set(auth(k))
          .send({ code: unique('F'), name: 'Testfeld' }),
    },
    {
      name: 'PATCH /fields-of-action/:id',
      allowed: ['admin'],
      call: async (t, k) => {
        const current = await fresh(`/api/v1/fields-of-action/${fieldId}`);
        return t
          .http()
          .patch(`/api/v1/fields-of-action/${fieldId}`)
          .set(auth(k))
          .send({ sortOrder: current.sortOrder, version: current.version });
      },
    },
    { name: 'GET /measures', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/measures').set(auth(k)) },
    { name: 'GET /measures/:id', allowed: DEMO_ROLES, call: (t, k) => t.http().get(`/api/v1/measures/${measure.id}`).set(auth(k)) },
    {
      name: 'POST /measures',
      allowed: ['climateManager'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/measures')
          .set(auth(k))
          .send({ code: unique('T-'), title: 'Testmaßnahme', fieldOfActionId: fieldId, leadOrgUnitId: leadId }),
    },
    {
      name: 'PATCH /measures/:id (master data)',
      allowed: ['climateManager'],
      call: async (t, k) => {
        const current = await freshMeasure(measure.id);
        return t.http().patch(`/api/v1/measures/${measure.id}`).set(auth(k)).send({ title: current.title, version: current.version });
      },
    },
    {
      name: 'PATCH /measures/:id (publication)',
      allowed: ['climateManager', 'communication'],
      call: async (t, k) => {
        const current = await freshMeasure(measure.id);
        return t
          .http()
          .patch(`/api/v1/measures/${measure.id}`)
          .set(auth(k))
          .send({ publicSummary: current.publicSummary ?? 'Kurz erklärt.', version: current.version });
      },
    },
    {
      name: 'DELETE /measures/:id (archive)',
      allowed: ['climateManager'],
      call: async (t, k) =>
        t
          .http()
          .delete(`/api/v1/measures/${(await newMeasure()).id}`)
          .set(auth(k)),
    },
    {
      name: 'POST /measures/:id/restore',
      allowed: ['climateManager'],
      call: async (t, k) => {
        const m = await newMeasure();
        await t.http().delete(`/api/v1/measures/${m.id}`).set(bearer(t.tokens.climateManager));
        return t.http().post(`/api/v1/measures/${m.id}/restore`).set(auth(k));
      },
    },
    {
      name: 'GET /measures/:id/audit-events',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/measures/${measure.id}/audit-events`).set(auth(k)),
    },
    {
      name: 'GET /measures/:id/milestones',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/measures/${measure.id}/milestones`).set(auth(k)),
    },
    {
      name: 'POST /measures/:id/milestones',
      allowed: ['climateManager'],
      call: (t, k) => t.http().post(`/api/v1/measures/${measure.id}/milestones`).set(auth(k)).send({ title: 'Test-Meilenstein' }),
    },
    {
      name: 'PATCH /measures/:id/milestones/:mid (title)',
      allowed: ['climateManager'],
      call: async (t, k) => {
        const m = (await freshMeasure(measure.id)).milestones[0];
        return t
          .http()
          .patch(`/api/v1/measures/${measure.id}/milestones/${m.id}`)
          .set(auth(k))
          .send({ title: m.title, version: m.version });
      },
    },
    {
      name: 'DELETE /measures/:id/milestones/:mid',
      allowed: ['climateManager'],
      call: async (t, k) => {
        const created = await t
          .http()
          .post(`/api/v1/measures/${measure.id}/milestones`)
          .set(bearer(t.tokens.climateManager))
          .send({ title: 'Wegwerf' });
        return t.http().delete(`/api/v1/measures/${measure.id}/milestones/${created.body.id}`).set(auth(k));
      },
    },
    {
      name: 'GET /audit-events',
      allowed: ['admin', 'climateManager', 'executive'],
      call: (t, k) => t.http().get('/api/v1/audit-events').set(auth(k)),
    },
  ];

  describe.each(cases)('$name', ({ allowed, call }) => {
    it('answers 401 without a session', async () => {
      expect((await call(t, null, 'anonymous')).status).toBe(401);
    });
    it.each(DEMO_ROLES)('as %s', async (role) => {
      const response = await call(t, t.tokens[role], role);
      if (allowed.includes(role)) {
        expect([200, 201, 204]).toContain(response.status);
      } else {
        expect(response.status).toBe(403);
      }
    });
  });
});
