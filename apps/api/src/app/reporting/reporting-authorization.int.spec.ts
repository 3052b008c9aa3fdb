import type { FieldOfAction, Measure, Page, ProgressReport, ReportingPeriod, User } from '@klimaschutz/contracts';
import { bearer, createTestApp, DEMO_ROLES, DemoRole, TestApp } from '../../testing/test-app';

/**
 * The reporting endpoints × every demo role, in the style of the global authorization matrix:
 * allowed roles get a 2xx, every other role a 403, a caller without a session a 401. Every request
 * is valid and prepared for the calling role, so a refusal can only come from authorization.
 */
interface Case {
  name: string;
  allowed: DemoRole[];
  call: (t: TestApp, token: string | null, role: DemoRole | 'anonymous') => Promise<{ status: number }>;
}

let seq = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${seq++}`.toUpperCase();

describe('authorization matrix: reporting', () => {
  let t: TestApp;
  let fieldId: string;
  let ownUnitId: string;
  let period: ReportingPeriod;
  let report: ProgressReport;
  let measureId: string;

  const auth = (token: string | null) => (token ? bearer(token) : {});
  const cm = () => bearer(t.tokens.climateManager);
  /** A fresh measure led by the demo department's unit, so department and climate manager may both report on it. */
  const freshMeasure = async () =>
    (
      await t
        .http()
        .post('/api/v1/measures')
        .set(cm())
        .send({
          code: unique('AZ-'),
          title: 'Matrix-Testmaßnahme',
          fieldOfActionId: fieldId,
          leadOrgUnitId: ownUnitId,
          status: 'IN_PROGRESS',
        })
    ).body as Measure;
  /** A report written by the calling role where it may write (climate manager or department), else by the department. */
  const reportBy = async (role: DemoRole | 'anonymous', body: Record<string, unknown>) => {
    const writer = role === 'climateManager' ? t.tokens.climateManager : t.tokens.department;
    const m = await freshMeasure();
    return (
      await t
        .http()
        .post(`/api/v1/measures/${m.id}/progress-reports`)
        .set(bearer(writer))
        .send({ text: 'Sachstand für die Matrix', ...body })
    ).body as ProgressReport;
  };
  const freshPeriod = async () =>
    (
      await t
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: unique('Matrix '), startDate: '2035-01-01', endDate: '2035-12-31', dueDate: '2036-01-31' })
    ).body as ReportingPeriod;

  beforeAll(async () => {
    t = await createTestApp();
    fieldId = ((await t.http().get('/api/v1/fields-of-action').set(cm())).body.items[0] as FieldOfAction).id;
    ownUnitId = ((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body as User).orgUnit!.id;
    period = (await t.http().get('/api/v1/reporting-periods?closed=false').set(cm())).body.items[0];
    const queue: Page<ProgressReport> = (await t.http().get('/api/v1/progress-reports?state=SUBMITTED').set(cm())).body;
    report = queue.items[0];
    measureId = report.measure.id;
  });
  afterAll(() => t.close());

  const cases: Case[] = [
    { name: 'GET /reporting-periods', allowed: DEMO_ROLES, call: (t, k) => t.http().get('/api/v1/reporting-periods').set(auth(k)) },
    {
      name: 'GET /reporting-periods/:id',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/reporting-periods/${period.id}`).set(auth(k)),
    },
    {
      name: 'GET /reporting-periods/:id/status',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/reporting-periods/${period.id}/status`).set(auth(k)),
    },
    {
      name: 'GET /reporting-periods/:id/status/org-units',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/reporting-periods/${period.id}/status/org-units`).set(auth(k)),
    },
    {
      name: 'POST /reporting-periods',
      allowed: ['climateManager'],
      call: (t, k) =>
        t
          .http()
          .post('/api/v1/reporting-periods')
          .set(auth(k))
          .send({ name: unique('Q '), startDate: '2034-01-01', endDate: '2034-03-31', dueDate: '2034-04-15' }),
    },
    {
      name: 'PATCH /reporting-periods/:id',
      allowed: ['climateManager'],
      call: async (t, k) => {
        const p = await freshPeriod();
        return t.http().patch(`/api/v1/reporting-periods/${p.id}`).set(auth(k)).send({ dueDate: '2036-02-15', version: p.version });
      },
    },
    {
      name: 'POST /reporting-periods/:id/close',
      allowed: ['climateManager'],
      call: async (t, k) =>
        t
          .http()
          .post(`/api/v1/reporting-periods/${(await freshPeriod()).id}/close`)
          .set(auth(k)),
    },
    {
      name: 'GET /measures/:id/progress-reports',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/measures/${measureId}/progress-reports`).set(auth(k)),
    },
    {
      name: 'POST /measures/:id/progress-reports',
      allowed: ['climateManager', 'department'],
      call: async (t, k) =>
        t
          .http()
          .post(`/api/v1/measures/${(await freshMeasure()).id}/progress-reports`)
          .set(auth(k))
          .send({ text: 'Neuer Sachstand' }),
    },
    {
      name: 'GET /progress-reports (review queue)',
      allowed: ['admin', 'climateManager', 'executive'],
      call: (t, k) => t.http().get('/api/v1/progress-reports?state=SUBMITTED').set(auth(k)),
    },
    {
      name: 'GET /progress-reports/:id',
      allowed: DEMO_ROLES,
      call: (t, k) => t.http().get(`/api/v1/progress-reports/${report.id}`).set(auth(k)),
    },
    {
      name: 'PATCH /progress-reports/:id',
      allowed: ['climateManager', 'department'],
      call: async (t, k, role) => {
        const draft = await reportBy(role, {});
        return t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(auth(k)).send({ progressPercent: 30, version: draft.version });
      },
    },
    {
      name: 'POST /progress-reports/:id/submit',
      allowed: ['climateManager', 'department'],
      call: async (t, k, role) => {
        const draft = await reportBy(role, {});
        return t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(auth(k)).send({ version: draft.version });
      },
    },
    {
      name: 'POST /progress-reports/:id/revise',
      allowed: ['climateManager', 'department'],
      call: async (t, k, role) => {
        const sent = await reportBy(role, { submit: true });
        const back = await t
          .http()
          .post(`/api/v1/progress-reports/${sent.id}/review`)
          .set(cm())
          .send({ decision: 'REQUEST_REVISION', comment: 'Bitte ergänzen.', version: sent.version });
        expect(back.status).toBe(200);
        return t.http().post(`/api/v1/progress-reports/${sent.id}/revise`).set(auth(k)).send({});
      },
    },
    {
      name: 'POST /progress-reports/:id/review',
      allowed: ['climateManager'],
      call: async (t, k, role) => {
        const sent = await reportBy(role, { submit: true });
        return t.http().post(`/api/v1/progress-reports/${sent.id}/review`).set(auth(k)).send({ decision: 'ACCEPT', version: sent.version });
      },
    },
    { name: 'GET /me/inbox', allowed: ['climateManager', 'department'], call: (t, k) => t.http().get('/api/v1/me/inbox').set(auth(k)) },
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
