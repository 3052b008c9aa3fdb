import type { AuditEvent, OrgUnit, Page, Training, TrainingParticipants, TrainingStats, TrainingSummary } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { todayInBerlin } from '../common/date-time';
import { TrainingEntity } from './training.entity';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('trainings API', () => {
  let t: TestApp;
  let units: Record<string, OrgUnit>;
  const cm = () => bearer(t.tokens.climateManager);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const base = (change: Record<string, unknown> = {}) => ({
    title: 'Klimacheck für Einsteiger',
    topic: 'CLIMATE_CHECK',
    startsAt: inDays(14),
    durationMinutes: 90,
    trainer: 'Dr. Lena Vogt',
    format: 'IN_PERSON',
    location: 'Rathaus, Raum 1.01',
    ...change,
  });
  const create = async (change: Record<string, unknown> = {}) => {
    const response = await t.http().post('/api/v1/trainings').set(cm()).send(base(change));
    expect(response.status).toBe(201);
    return response.body as Training;
  };
  const get = async (id: string) => (await t.http().get(`/api/v1/trainings/${id}`).set(cm())).body as Training;
  /** A training can only be created in the future; tests that need one that has begun move it back in the database. */
  const begin = (id: string) => t.dataSource.getRepository(TrainingEntity).update(id, { startsAt: new Date(Date.now() - 60_000) });
  const register = (id: string, unit: string, body: Record<string, unknown>) =>
    t.http().put(`/api/v1/trainings/${id}/participants/${units[unit].id}`).set(cm()).send(body);
  const history = async (id: string) =>
    ((await t.http().get(`/api/v1/trainings/${id}/audit-events`).set(cm())).body as Page<AuditEvent>).items;

  beforeAll(async () => {
    t = await createTestApp();
    const all: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    units = Object.fromEntries(all.map((o) => [o.code, o]));
  });
  afterAll(() => t.close());

  it('plans a training with target org units and linked measures, readable by every role, with its history', async () => {
    const measure = (await t.http().get('/api/v1/measures?q=B-04').set(cm())).body.items[0];
    const created = await create({
      title: 'Klimaschutz im Verwaltungsalltag',
      topic: 'CLIMATE_BASICS',
      description: 'Grundlagen und Beispiele.',
      startsAt: '2099-03-04T09:30:00+01:00',
      format: 'ONLINE',
      location: null,
      onlineUrl: 'https://video.musterstadt.example/alltag',
      targetOrgUnitIds: [units['66'].id, units['61'].id],
      capacity: 25,
      linkedMeasureIds: [measure.id],
    });
    expect(created).toMatchObject({
      title: 'Klimaschutz im Verwaltungsalltag',
      startsAt: '2099-03-04T08:30:00.000Z',
      status: 'PLANNED',
      capacity: 25,
      participantCount: 0,
      feedback: { count: 0, averageScore: null },
      onlineUrl: 'https://video.musterstadt.example/alltag',
      version: 1,
      permissions: { edit: true, cancel: true, markHeld: false, seeParticipantNames: true },
    });
    expect(created.targetOrgUnits.map((o) => o.code)).toEqual(['61', '66']);
    expect(created.linkedMeasures).toEqual([{ id: measure.id, code: 'B-04', title: measure.title }]);
    for (const role of ['admin', 'department', 'executive', 'communication'] as const) {
      const seen = await t.http().get(`/api/v1/trainings/${created.id}`).set(bearer(t.tokens[role]));
      expect(seen.status).toBe(200);
      expect(seen.body.permissions.edit).toBe(false);
    }
    const [event] = await history(created.id);
    expect(event).toMatchObject({ action: 'CREATE', entityType: 'training', actor: { displayName: 'Dr. Lena Vogt' } });
    expect(event.changes).toEqual(expect.arrayContaining([{ field: 'capacity', before: null, after: 25 }]));
  });

  describe('refuses bad input with 400, names the field and stores nothing', () => {
    it.each([
      ['a start in the past', { startsAt: inDays(-1) }, 'startsAt'],
      ['a start without time zone', { startsAt: '2099-03-04T09:30:00' }, 'startsAt'],
      ['a start that is no date', { startsAt: '2099-02-30T09:30:00Z' }, 'startsAt'],
      ['an unknown field', { room: 'A' }, 'room'],
      ['an unknown topic', { topic: 'YOGA' }, 'topic'],
      ['an empty title', { title: '  ' }, 'title'],
      ['a duration of 5 minutes', { durationMinutes: 5 }, 'durationMinutes'],
      ['a capacity of 0', { capacity: 0 }, 'capacity'],
      ['an in-person training without a place', { location: null }, 'location'],
      ['an online training without a link', { format: 'ONLINE', location: null }, 'onlineUrl'],
      ['a link that is not https', { format: 'ONLINE', onlineUrl: 'http://example.org/x' }, 'onlineUrl'],
      ['a target org unit that does not exist', { targetOrgUnitIds: ['00000000-0000-4000-8000-000000000000'] }, 'targetOrgUnitIds'],
      ['a linked measure that does not exist', { linkedMeasureIds: ['00000000-0000-4000-8000-000000000000'] }, 'linkedMeasureIds'],
    ])('%s', async (_name, change, field) => {
      const before = [await count('trainings'), await count('audit_events')];
      const response = await t.http().post('/api/v1/trainings').set(cm()).send(base(change));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(response.body.errors.every((e: { message: string }) => /[a-zäöü]{3}/.test(e.message))).toBe(true);
      expect([await count('trainings'), await count('audit_events')]).toEqual(before);
    });
  });

  describe('changes', () => {
    it('refuses a stale version with 409 and keeps the first change', async () => {
      const training = await create();
      expect((await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ title: 'Erste', version: 1 })).status).toBe(200);
      const stale = await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ title: 'Zweite', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.detail).toMatch(/inzwischen/);
      expect((await get(training.id)).title).toBe('Erste');
    });

    it('refuses a capacity below the registered participants with 400 and changes nothing', async () => {
      const training = await create({ capacity: 20 });
      expect((await register(training.id, '61', { count: 6 })).status).toBe(200);
      expect((await register(training.id, '66', { count: 4 })).status).toBe(200);
      const events = (await history(training.id)).length;
      const response = await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ capacity: 9, version: 1 });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('capacity');
      expect(response.body.errors[0].message).toMatch(/10/);
      expect(await get(training.id)).toMatchObject({ capacity: 20, version: 1 });
      expect(await history(training.id)).toHaveLength(events);
      expect((await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ capacity: 10, version: 1 })).status).toBe(200);
    });

    it('refuses to move a training into the past, and null for a required field', async () => {
      const training = await create();
      const past = await t
        .http()
        .patch(`/api/v1/trainings/${training.id}`)
        .set(cm())
        .send({ startsAt: inDays(-2), version: 1 });
      expect(past.status).toBe(400);
      expect(past.body.errors[0].field).toBe('startsAt');
      const nullTitle = await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ title: null, version: 1 });
      expect(nullTitle.status).toBe(400);
      expect(await get(training.id)).toMatchObject({ title: training.title, startsAt: training.startsAt, version: 1 });
    });

    it('records changed fields and reassigned target org units in the history', async () => {
      const training = await create({ targetOrgUnitIds: [units['61'].id] });
      const response = await t
        .http()
        .patch(`/api/v1/trainings/${training.id}`)
        .set(cm())
        .send({ trainer: 'Prof. Dr. Jana Wolff', targetOrgUnitIds: [units['66'].id], version: 1 });
      expect(response.status).toBe(200);
      const [event] = await history(training.id);
      expect(event.action).toBe('UPDATE');
      expect(event.changes).toEqual(
        expect.arrayContaining([
          { field: 'trainer', before: 'Dr. Lena Vogt', after: 'Prof. Dr. Jana Wolff' },
          { field: 'targetOrgUnitIds', before: [units['61'].id], after: [units['66'].id] },
        ]),
      );
    });
  });

  describe('participants', () => {
    it('keeps counts for everyone and names for climate managers and admins only', async () => {
      const training = await create({ capacity: 30 });
      const response = await register(training.id, '61', { count: 3, names: ['Anna Testfrau', ' Bernd Beispiel '] });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 3, capacity: 30 });
      expect(response.body.items[0]).toMatchObject({ orgUnit: { code: '61' }, count: 3 });
      expect(response.body.items[0].names.map((n: { name: string }) => n.name)).toEqual(['Anna Testfrau', 'Bernd Beispiel']);

      for (const role of ['admin', 'climateManager'] as const) {
        const seen = await t.http().get(`/api/v1/trainings/${training.id}/participants`).set(bearer(t.tokens[role]));
        expect(seen.body.items[0].names).toHaveLength(2);
      }
      for (const role of ['department', 'executive', 'communication'] as const) {
        const seen = await t.http().get(`/api/v1/trainings/${training.id}/participants`).set(bearer(t.tokens[role]));
        expect(seen.status).toBe(200);
        expect(seen.body.items[0]).toEqual({ orgUnit: expect.objectContaining({ code: '61' }), count: 3 });
        expect(JSON.stringify(seen.body)).not.toMatch(/Testfrau|Beispiel/);
        const detail = await t.http().get(`/api/v1/trainings/${training.id}`).set(bearer(t.tokens[role]));
        expect(detail.body).toMatchObject({ participantCount: 3, permissions: { seeParticipantNames: false } });
        expect(JSON.stringify(detail.body)).not.toMatch(/Testfrau|Beispiel/);
      }
    });

    it('deletes a name on request (GDPR): the count stays and the history never holds the name', async () => {
      const training = await create();
      const registered = (await register(training.id, '66', { count: 2, names: ['Clara Löschmich', 'Dieter Bleibt'] }))
        .body as TrainingParticipants;
      const name = registered.items[0].names!.find((n) => n.name === 'Clara Löschmich')!;
      expect(
        (await t.http().delete(`/api/v1/trainings/${training.id}/participants/names/${name.id}`).set(bearer(t.tokens.department))).status,
      ).toBe(403);
      const deleted = await t.http().delete(`/api/v1/trainings/${training.id}/participants/names/${name.id}`).set(bearer(t.tokens.admin));
      expect(deleted.status).toBe(204);
      const after = (await t.http().get(`/api/v1/trainings/${training.id}/participants`).set(cm())).body as TrainingParticipants;
      expect(after.items[0]).toMatchObject({ count: 2, names: [{ name: 'Dieter Bleibt' }] });
      expect((await t.http().delete(`/api/v1/trainings/${training.id}/participants/names/${name.id}`).set(cm())).status).toBe(404);

      const events = await history(training.id);
      expect(events[0]).toMatchObject({
        action: 'DELETE',
        entityType: 'training-participant-name',
        changes: [{ field: 'names', before: 2, after: 1 }],
      });
      const rows: { changes: string; entityLabel: string }[] = await t.dataSource.query('SELECT changes, "entityLabel" FROM audit_events');
      expect(rows.some((r) => r.changes.includes('Löschmich') || (r.entityLabel ?? '').includes('Löschmich'))).toBe(false);
    });

    it('answers 404 for a name of another training', async () => {
      const a = await create();
      const b = await create();
      const name = ((await register(a.id, '61', { count: 1, names: ['Erika Muster'] })).body as TrainingParticipants).items[0].names![0];
      expect((await t.http().delete(`/api/v1/trainings/${b.id}/participants/names/${name.id}`).set(cm())).status).toBe(404);
    });

    it('refuses more registrations than places and more names than participants, storing nothing', async () => {
      const training = await create({ capacity: 5 });
      expect((await register(training.id, '61', { count: 4 })).status).toBe(200);
      const before = [await count('training_registrations'), await count('training_participants'), await count('audit_events')];
      const full = await register(training.id, '66', { count: 2 });
      expect(full.status).toBe(400);
      expect(full.body.errors[0]).toMatchObject({ field: 'count' });
      expect(full.body.detail).toMatch(/Kapazität von 5/);
      const names = await register(training.id, '66', { count: 1, names: ['A', 'B'] });
      expect(names.status).toBe(400);
      expect(names.body.errors[0].field).toBe('names');
      const negative = await register(training.id, '66', { count: -1 });
      expect(negative.status).toBe(400);
      expect([await count('training_registrations'), await count('training_participants'), await count('audit_events')]).toEqual(before);
      expect((await register(training.id, '61', { count: 5 })).status).toBe(200);
    });

    it('removes an org unit with count 0 and answers 404 for an unknown org unit', async () => {
      const training = await create();
      await register(training.id, '61', { count: 2, names: ['Fritz Weg'] });
      const removed = await register(training.id, '61', { count: 0 });
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ total: 0, items: [] });
      const unknown = await t
        .http()
        .put(`/api/v1/trainings/${training.id}/participants/00000000-0000-4000-8000-000000000000`)
        .set(cm())
        .send({ count: 1 });
      expect(unknown.status).toBe(404);
    });
  });

  describe('held, cancelled and feedback', () => {
    it('marks a training held only after it began, once; then takes feedback', async () => {
      const training = await create();
      const early = await t.http().post(`/api/v1/trainings/${training.id}/held`).set(cm()).send({});
      expect(early.status).toBe(409);
      expect(early.body.detail).toMatch(/noch nicht begonnen/);
      const noFeedback = await t.http().post(`/api/v1/trainings/${training.id}/feedback`).set(cm()).send({ score: 4 });
      expect(noFeedback.status).toBe(409);

      await begin(training.id);
      const { version } = await get(training.id);
      const held = await t.http().post(`/api/v1/trainings/${training.id}/held`).set(cm()).send({ version });
      expect(held.status).toBe(200);
      expect(held.body).toMatchObject({ status: 'HELD', version: version + 1, permissions: { recordFeedback: true, edit: false } });
      const again = await t.http().post(`/api/v1/trainings/${training.id}/held`).set(cm()).send({});
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/bereits durchgeführt/);
      const cancel = await t.http().post(`/api/v1/trainings/${training.id}/cancel`).set(cm()).send({ reason: 'zu spät' });
      expect(cancel.status).toBe(409);
      const edit = await t
        .http()
        .patch(`/api/v1/trainings/${training.id}`)
        .set(cm())
        .send({ title: 'Anders', version: version + 1 });
      expect(edit.status).toBe(409);

      for (const [score, comment] of [
        [5, 'Sehr hilfreich'],
        [4, null],
        [4, ''],
      ] as const) {
        const response = await t.http().post(`/api/v1/trainings/${training.id}/feedback`).set(cm()).send({ score, comment });
        expect(response.status).toBe(201);
      }
      expect((await t.http().post(`/api/v1/trainings/${training.id}/feedback`).set(cm()).send({ score: 6 })).status).toBe(400);
      expect((await t.http().post(`/api/v1/trainings/${training.id}/feedback`).set(cm()).send({ score: 3.5 })).status).toBe(400);
      const feedback = (await t.http().get(`/api/v1/trainings/${training.id}/feedback`).set(bearer(t.tokens.executive))).body;
      expect(feedback).toMatchObject({ count: 3, averageScore: 4.3 });
      expect(feedback.items.map((f: { comment: string | null }) => f.comment)).toEqual(expect.arrayContaining(['Sehr hilfreich', null]));
      expect((await get(training.id)).feedback).toEqual({ count: 3, averageScore: 4.3 });

      const actions = (await history(training.id)).map((e) => `${e.entityType}:${e.action}`);
      expect(actions).toEqual([
        'training-feedback:CREATE',
        'training-feedback:CREATE',
        'training-feedback:CREATE',
        'training:UPDATE',
        'training:CREATE',
      ]);
    });

    it('cancels a planned training with a reason; then refuses changes and registrations with 409', async () => {
      const training = await create();
      expect((await t.http().post(`/api/v1/trainings/${training.id}/cancel`).set(cm()).send({})).status).toBe(400);
      const cancelled = await t.http().post(`/api/v1/trainings/${training.id}/cancel`).set(cm()).send({ reason: 'Referentin erkrankt' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Referentin erkrankt' });
      expect((await register(training.id, '61', { count: 1 })).status).toBe(409);
      expect((await t.http().post(`/api/v1/trainings/${training.id}/held`).set(cm()).send({})).status).toBe(409);
      const again = await t.http().post(`/api/v1/trainings/${training.id}/cancel`).set(cm()).send({ reason: 'doppelt' });
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/abgesagt/);
      const [event] = await history(training.id);
      expect(event.changes).toEqual([
        { field: 'status', before: 'PLANNED', after: 'CANCELLED' },
        { field: 'cancellationReason', before: null, after: 'Referentin erkrankt' },
      ]);
    });

    it('refuses a transition with a stale version', async () => {
      const training = await create();
      await t.http().patch(`/api/v1/trainings/${training.id}`).set(cm()).send({ title: 'Neu', version: 1 });
      const response = await t.http().post(`/api/v1/trainings/${training.id}/cancel`).set(cm()).send({ reason: 'x', version: 1 });
      expect(response.status).toBe(409);
      expect((await get(training.id)).status).toBe('PLANNED');
    });
  });

  describe('calendar list', () => {
    const list = async (query: string) =>
      (await t.http().get(`/api/v1/trainings?${query}`).set(bearer(t.tokens.department))).body as Page<TrainingSummary>;

    it('shows upcoming trainings soonest first and past ones latest first', async () => {
      const now = Date.now();
      const upcoming = await list('when=upcoming&pageSize=500');
      expect(upcoming.total).toBeGreaterThan(0);
      expect(upcoming.items.every((i) => Date.parse(i.startsAt) >= now - 60_000)).toBe(true);
      expect(upcoming.items.map((i) => i.startsAt)).toEqual([...upcoming.items.map((i) => i.startsAt)].sort());
      const past = await list('when=past&pageSize=500');
      expect(past.total).toBeGreaterThanOrEqual(8);
      expect(past.items.every((i) => Date.parse(i.startsAt) < now)).toBe(true);
      expect(past.items.map((i) => i.startsAt)).toEqual([...past.items.map((i) => i.startsAt)].sort().reverse());
    });

    it('filters by status, topic, format, date window, target org unit and text', async () => {
      const held = await list('status=HELD&topic=CLIMATE_CHECK,CLIMATE_BASICS&pageSize=500');
      expect(held.total).toBeGreaterThan(0);
      expect(held.items.every((i) => i.status === 'HELD' && ['CLIMATE_CHECK', 'CLIMATE_BASICS'].includes(i.topic))).toBe(true);
      expect((await list('format=ONLINE&pageSize=500')).items.every((i) => i.format === 'ONLINE')).toBe(true);

      const inWindow = await create({ title: 'Fensterschulung', startsAt: '2099-06-15T23:30:00+02:00' });
      const window = await list('from=2099-06-15&to=2099-06-15');
      expect(window.items.map((i) => i.id)).toEqual([inWindow.id]);
      expect((await list('from=2099-06-16&to=2099-06-30')).items.map((i) => i.id)).not.toContain(inWindow.id);

      const forPlanning = await list(`orgUnitId=${units['61'].id}&pageSize=500`);
      expect(forPlanning.items.every((i) => i.targetOrgUnits.length === 0 || i.targetOrgUnits.some((o) => o.code === '61'))).toBe(true);
      expect(forPlanning.items.some((i) => i.targetOrgUnits.length === 0)).toBe(true);
      expect(
        forPlanning.items.some((i) => i.targetOrgUnits.some((o) => o.code === '66') && !i.targetOrgUnits.some((o) => o.code === '61')),
      ).toBe(false);

      const procurement = await list('q=BESCHAFFUNG');
      expect(procurement.total).toBeGreaterThan(0);
      expect(procurement.items.every((i) => /beschaffung/i.test(i.title))).toBe(true);
      expect((await list('q=fensterschulung')).items.map((i) => i.id)).toEqual([inWindow.id]);
    });

    it('pages without gaps and refuses unknown sort keys, filters and parameters', async () => {
      const all = await list('pageSize=500');
      const pages = [await list('pageSize=4&page=1'), await list('pageSize=4&page=2')];
      expect([...pages[0].items, ...pages[1].items].map((i) => i.id)).toEqual(all.items.slice(0, 8).map((i) => i.id));
      for (const query of ['sort=trainer', 'status=DONE', 'when=soon', 'from=01.01.2026', 'foo=bar']) {
        const response = await t.http().get(`/api/v1/trainings?${query}`).set(cm());
        expect(response.status).toBe(400);
      }
    });
  });

  describe('stats', () => {
    it('counts staff trained in held trainings per org unit and topic for a year', async () => {
      const year = Number(todayInBerlin().slice(0, 4));
      const stats = async (query = '') =>
        (await t.http().get(`/api/v1/trainings/stats?year=${year}${query}`).set(bearer(t.tokens.department))).body as TrainingStats;
      const before = await stats();
      expect(before.year).toBe(year);
      expect(before.total).toBe(before.items.reduce((sum, i) => sum + i.total, 0));
      const planning = (s: TrainingStats) => s.items.find((i) => i.orgUnit.code === '61');

      const training = await create({ topic: 'MOBILITY' });
      await register(training.id, '61', { count: 3 });
      expect((await stats()).total).toBe(before.total);
      await begin(training.id);
      await t.http().post(`/api/v1/trainings/${training.id}/held`).set(cm()).send({});
      const after = await stats();
      expect(after.total).toBe(before.total + 3);
      expect(planning(after)!.byTopic.MOBILITY).toBe((planning(before)?.byTopic.MOBILITY ?? 0) + 3);

      const only61 = await stats(`&orgUnitId=${units['61'].id}`);
      expect(only61.items.map((i) => i.orgUnit.code)).toEqual(['61']);
      expect((await t.http().get('/api/v1/trainings/stats?year=1999').set(cm())).status).toBe(400);
      expect((await t.http().get('/api/v1/trainings/stats?year=abc').set(cm())).status).toBe(400);
      expect((await t.http().get('/api/v1/trainings/stats').set(cm())).body.year).toBeGreaterThanOrEqual(2026);
    });
  });

  it('answers 404 for a training that does not exist and 400 for a malformed id', async () => {
    expect((await t.http().get('/api/v1/trainings/00000000-0000-4000-8000-000000000000').set(cm())).status).toBe(404);
    expect((await t.http().get('/api/v1/trainings/abc').set(cm())).status).toBe(400);
  });
});
