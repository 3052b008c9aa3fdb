import type { AuditEvent, Consultation, ConsultationSummary, OrgUnit, Page, User } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { ConsultationEntity } from './consultation.entity';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const dateIn = (days: number) => inDays(days).slice(0, 10);

describe('consultations API', () => {
  let t: TestApp;
  let units: Record<string, OrgUnit>;
  let departmentUser: User;
  let climateManager: User;
  const cm = () => bearer(t.tokens.climateManager);
  const dept = () => bearer(t.tokens.department);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const body = (change: Record<string, unknown> = {}) => ({
    topic: 'Klimakriterien für die Ausschreibung Straßenreinigung',
    category: 'PROCUREMENT',
    description: 'Welche Kriterien sind sinnvoll?',
    ...change,
  });
  const request = async (change: Record<string, unknown> = {}, token = dept()) => {
    const response = await t.http().post('/api/v1/consultations').set(token).send(body(change));
    expect(response.status).toBe(201);
    return response.body as Consultation;
  };
  /** A request of another org unit, logged by a climate manager. */
  const foreign = (change: Record<string, unknown> = {}) => request({ requestingOrgUnitId: units['66'].id, ...change }, cm());
  const get = async (id: string) => (await t.http().get(`/api/v1/consultations/${id}`).set(cm())).body as Consultation;
  const post = (id: string, action: string, payload: Record<string, unknown> = {}, token = cm()) =>
    t.http().post(`/api/v1/consultations/${id}/${action}`).set(token).send(payload);
  const history = async (id: string) =>
    ((await t.http().get(`/api/v1/consultations/${id}/audit-events`).set(cm())).body as Page<AuditEvent>).items;

  beforeAll(async () => {
    t = await createTestApp();
    const all: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    units = Object.fromEntries(all.map((o) => [o.code, o]));
    departmentUser = (await t.http().get('/api/v1/auth/me').set(dept())).body;
    climateManager = (await t.http().get('/api/v1/auth/me').set(cm())).body;
  });
  afterAll(() => t.close());

  it('lets a department request advice for its own org unit, linked to a measure, with a history', async () => {
    const measure = (await t.http().get('/api/v1/measures?q=G-03').set(cm())).body.items[0];
    const created = await request({
      category: 'URBAN_PLANNING',
      desiredDate: dateIn(10),
      procedureReference: 'B-Plan Nr. 120 „Schlossgarten“',
      linkedMeasureIds: [measure.id],
    });
    expect(created).toMatchObject({
      status: 'REQUESTED',
      requestingOrgUnit: { code: '61' },
      requestedBy: { id: departmentUser.id },
      consultant: null,
      desiredDate: dateIn(10),
      ageDays: 0,
      stale: false,
      linkedMeasures: [{ code: 'G-03' }],
      permissions: { edit: true, take: false, schedule: false, complete: false, decline: false },
    });
    const [event] = await history(created.id);
    expect(event).toMatchObject({ action: 'CREATE', entityType: 'consultation', actor: { displayName: departmentUser.displayName } });
    const asManager = await get(created.id);
    expect(asManager.permissions).toEqual({ edit: true, take: true, schedule: true, complete: true, decline: true });
  });

  describe('refuses bad requests with 400 and stores nothing', () => {
    it.each([
      ['a missing topic', { topic: undefined }, 'topic'],
      ['an unknown category', { category: 'ENERGY' }, 'category'],
      ['an empty description', { description: '' }, 'description'],
      ['a desired date in the past', { desiredDate: dateIn(-3) }, 'desiredDate'],
      ['a desired date that is no date', { desiredDate: '2026-13-01' }, 'desiredDate'],
      ['an unknown field', { status: 'DONE' }, 'status'],
      ['a linked measure that does not exist', { linkedMeasureIds: ['00000000-0000-4000-8000-000000000000'] }, 'linkedMeasureIds'],
    ])('%s', async (_name, change, field) => {
      const before = [await count('consultations'), await count('audit_events')];
      const response = await t.http().post('/api/v1/consultations').set(dept()).send(body(change));
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect([await count('consultations'), await count('audit_events')]).toEqual(before);
    });

    it('a climate manager who names no requesting org unit', async () => {
      const response = await t.http().post('/api/v1/consultations').set(cm()).send(body());
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('requestingOrgUnitId');
    });
  });

  describe('org-unit rules for departments', () => {
    it('refuses a request on behalf of another org unit with 403', async () => {
      const before = await count('consultations');
      const response = await t
        .http()
        .post('/api/v1/consultations')
        .set(dept())
        .send(body({ requestingOrgUnitId: units['66'].id }));
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/eigene Organisationseinheit/);
      expect(await count('consultations')).toBe(before);
    });

    it("sees only its own org unit's requests; another's answers 404 to every call", async () => {
      const theirs = await foreign();
      const list = (await t.http().get('/api/v1/consultations?pageSize=500').set(dept())).body as Page<ConsultationSummary>;
      expect(list.total).toBeGreaterThan(0);
      expect(list.items.every((c) => c.requestingOrgUnit.code === '61')).toBe(true);
      expect((await t.http().get(`/api/v1/consultations?orgUnitId=${units['66'].id}`).set(dept())).body.total).toBe(0);
      expect((await t.http().get(`/api/v1/consultations/${theirs.id}`).set(dept())).status).toBe(404);
      expect((await t.http().get(`/api/v1/consultations/${theirs.id}/audit-events`).set(dept())).status).toBe(404);
      const edit = await t.http().patch(`/api/v1/consultations/${theirs.id}`).set(dept()).send({ topic: 'Übernommen', version: 1 });
      expect(edit.status).toBe(404);
      expect((await get(theirs.id)).topic).toBe(theirs.topic);
      for (const role of ['admin', 'executive', 'communication'] as const) {
        expect((await t.http().get(`/api/v1/consultations/${theirs.id}`).set(bearer(t.tokens[role]))).status).toBe(200);
      }
    });

    it('edits its own request while nobody has scheduled it; then only climate managers may', async () => {
      const own = await request();
      const edited = await t
        .http()
        .patch(`/api/v1/consultations/${own.id}`)
        .set(dept())
        .send({ description: 'Genauer beschrieben.', version: 1 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ description: 'Genauer beschrieben.', version: 2 });
      const stale = await t.http().patch(`/api/v1/consultations/${own.id}`).set(dept()).send({ description: 'Alt', version: 1 });
      expect(stale.status).toBe(409);
      expect((await post(own.id, 'schedule', { scheduledAt: inDays(3) })).status).toBe(200);
      const late = await t.http().patch(`/api/v1/consultations/${own.id}`).set(dept()).send({ description: 'Noch was', version: 3 });
      expect(late.status).toBe(409);
      expect(late.body.detail).toMatch(/terminiert/);
      const byManager = await t.http().patch(`/api/v1/consultations/${own.id}`).set(cm()).send({ category: 'OTHER', version: 3 });
      expect(byManager.status).toBe(200);
      expect((await t.http().get(`/api/v1/consultations/${own.id}`).set(dept())).body.permissions.edit).toBe(false);
    });
  });

  describe('workflow', () => {
    it('take → schedule → complete; the department sees status and outcome; the history shows each step', async () => {
      const own = await request();
      const taken = await post(own.id, 'take');
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ status: 'REQUESTED', consultant: { id: climateManager.id }, permissions: { take: false } });
      const past = await post(own.id, 'schedule', { scheduledAt: inDays(-1) });
      expect(past.status).toBe(400);
      expect(past.body.errors[0].field).toBe('scheduledAt');
      const notAManager = await post(own.id, 'schedule', { scheduledAt: inDays(2), consultantId: departmentUser.id });
      expect(notAManager.status).toBe(400);
      expect(notAManager.body.errors[0].field).toBe('consultantId');
      const scheduled = await post(own.id, 'schedule', { scheduledAt: '2099-01-15T10:00:00+01:00', version: taken.body.version });
      expect(scheduled.status).toBe(200);
      expect(scheduled.body).toMatchObject({ status: 'SCHEDULED', scheduledAt: '2099-01-15T09:00:00.000Z' });

      const missing = await post(own.id, 'complete', { recommendation: 'x' });
      expect(missing.status).toBe(400);
      expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['effortHours', 'outcome']);
      expect((await post(own.id, 'complete', { outcome: 'x', effortHours: -1 })).status).toBe(400);
      const done = await post(own.id, 'complete', {
        outcome: 'Kriterienkatalog abgestimmt.',
        recommendation: 'Blauer Engel fordern.',
        effortHours: 2.5,
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'DONE', effortHours: 2.5, closedAt: expect.any(String) });

      const seen = (await t.http().get(`/api/v1/consultations/${own.id}`).set(dept())).body as Consultation;
      expect(seen).toMatchObject({
        status: 'DONE',
        outcome: 'Kriterienkatalog abgestimmt.',
        recommendation: 'Blauer Engel fordern.',
        consultant: { displayName: 'Dr. Lena Vogt' },
      });

      const steps = (await history(own.id)).map((e) => e.changes.map((c) => c.field).join(','));
      expect(steps).toEqual([
        'status,outcome,recommendation,effortHours',
        'status,scheduledAt',
        'consultantId',
        expect.stringContaining('topic'),
      ]);
      expect((await history(own.id))[0].changes[0]).toEqual({ field: 'status', before: 'SCHEDULED', after: 'DONE' });
    });

    it.each(['take', 'schedule', 'complete', 'decline'])('answers 409 to %s once a consultation is done or declined', async (action) => {
      const payload = {
        take: {},
        schedule: { scheduledAt: inDays(5) },
        complete: { outcome: 'Erneut', effortHours: 1 },
        decline: { reason: 'Erneut' },
      }[action]!;
      const done = await request();
      await post(done.id, 'complete', { outcome: 'Telefonisch geklärt.', effortHours: 0.5 });
      const declined = await request();
      await post(declined.id, 'decline', { reason: 'Nicht zuständig.' });
      for (const [c, word] of [
        [done, 'abgeschlossen'],
        [declined, 'abgelehnt'],
      ] as const) {
        const before = await get(c.id);
        const response = await post(c.id, action, payload);
        expect(response.status).toBe(409);
        expect(response.body.detail).toMatch(new RegExp(`bereits ${word}`));
        expect(await get(c.id)).toEqual(before);
      }
    });

    it('declines with a reason and refuses further edits', async () => {
      const own = await request();
      expect((await post(own.id, 'decline', { reason: '  ' })).status).toBe(400);
      const declined = await post(own.id, 'decline', { reason: 'Bitte an Amt 65 wenden.' });
      expect(declined.body).toMatchObject({
        status: 'DECLINED',
        declineReason: 'Bitte an Amt 65 wenden.',
        consultant: { id: climateManager.id },
      });
      const edit = await t.http().patch(`/api/v1/consultations/${own.id}`).set(cm()).send({ topic: 'Neu', version: declined.body.version });
      expect(edit.status).toBe(409);
    });

    it('lets exactly one of two simultaneous completions win', async () => {
      const own = await request();
      const results = await Promise.all(
        ['A', 'B'].map((who) => post(own.id, 'complete', { outcome: `Ergebnis ${who}`, effortHours: 1, version: 1 })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await history(own.id)).filter((e) => e.action === 'UPDATE')).toHaveLength(1);
    });
  });

  describe('stale requests', () => {
    const age = (id: string, days: number) =>
      t.dataSource.getRepository(ConsultationEntity).update(id, { requestedAt: new Date(Date.now() - days * DAY) });

    it('flags open requests older than N days (default 14) and filters them', async () => {
      const old = await request({ topic: 'Alte Anfrage' });
      await age(old.id, 20);
      const fresh = await request({ topic: 'Frische Anfrage' });
      const oldScheduled = await request({ topic: 'Alt, aber terminiert' });
      await age(oldScheduled.id, 20);
      await post(oldScheduled.id, 'schedule', { scheduledAt: inDays(1) });

      const seen = (await t.http().get(`/api/v1/consultations/${old.id}`).set(dept())).body as Consultation;
      expect(seen).toMatchObject({ ageDays: 20, stale: true });
      expect((await t.http().get(`/api/v1/consultations/${old.id}?staleDays=30`).set(dept())).body.stale).toBe(false);

      const stale = (await t.http().get('/api/v1/consultations?stale=true&pageSize=500').set(cm())).body as Page<ConsultationSummary>;
      const ids = stale.items.map((c) => c.id);
      expect(ids).toContain(old.id);
      expect(ids).not.toContain(fresh.id);
      expect(ids).not.toContain(oldScheduled.id);
      expect(stale.items.every((c) => c.stale && c.status === 'REQUESTED' && c.ageDays >= 14)).toBe(true);

      const lenient = (await t.http().get('/api/v1/consultations?stale=true&staleDays=30&pageSize=500').set(cm()))
        .body as Page<ConsultationSummary>;
      expect(lenient.items.map((c) => c.id)).not.toContain(old.id);
      const all = (await t.http().get('/api/v1/consultations?staleDays=30&pageSize=500').set(cm())).body as Page<ConsultationSummary>;
      expect(all.items.find((c) => c.id === old.id)).toMatchObject({ stale: false, ageDays: 20 });
      for (const bad of ['staleDays=0', 'staleDays=abc', 'stale=yes']) {
        expect((await t.http().get(`/api/v1/consultations?${bad}`).set(cm())).status).toBe(400);
      }
    });
  });

  describe('lists', () => {
    it('filters by status, category, org unit and consultant, and sorts', async () => {
      const list = async (query: string) =>
        (await t.http().get(`/api/v1/consultations?${query}&pageSize=500`).set(bearer(t.tokens.executive)))
          .body as Page<ConsultationSummary>;
      const open = await list('status=REQUESTED,SCHEDULED');
      expect(open.total).toBeGreaterThan(0);
      expect(open.items.every((c) => ['REQUESTED', 'SCHEDULED'].includes(c.status))).toBe(true);
      const planning = await list('category=URBAN_PLANNING');
      expect(planning.items.every((c) => c.category === 'URBAN_PLANNING')).toBe(true);
      const byUnit = await list(`orgUnitId=${units['10.3'].id}`);
      expect(byUnit.total).toBeGreaterThan(0);
      expect(byUnit.items.every((c) => c.requestingOrgUnit.code === '10.3')).toBe(true);
      const mine = await list(`consultantId=${climateManager.id}`);
      expect(mine.items.every((c) => c.consultant?.id === climateManager.id)).toBe(true);
      const oldestFirst = (await list('sort=requestedAt')).items.map((c) => c.requestedAt);
      expect(oldestFirst).toEqual([...oldestFirst].sort());
      expect((await list('q=REINIGUNGSMITTEL')).items.map((c) => c.topic)).toEqual([
        'Rahmenvertrag Reinigungsmittel: Umweltzeichen als Kriterium',
      ]);
      for (const bad of ['status=OPEN', 'category=X', 'sort=description', 'orgUnitId=61']) {
        expect((await t.http().get(`/api/v1/consultations?${bad}`).set(cm())).status).toBe(400);
      }
    });
  });
});
