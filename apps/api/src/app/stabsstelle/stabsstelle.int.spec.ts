import type { MeasureRelatedWork, MeasureSummary, OrgUnit, StabsstelleSummary } from '@klimaschutz/contracts';
import { bearer, createTestApp, DEMO_ROLES, TestApp } from '../../testing/test-app';
import { TrainingEntity } from '../trainings/training.entity';
import { StabsstelleService } from './stabsstelle.service';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('Stabsstelle work on the measure page and in the cockpit', () => {
  let t: TestApp;
  let units: Record<string, OrgUnit>;
  let measure: MeasureSummary;
  const cm = () => bearer(t.tokens.climateManager);

  beforeAll(async () => {
    t = await createTestApp();
    const all: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    units = Object.fromEntries(all.map((o) => [o.code, o]));
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(cm())
      .send({
        code: 'REL-1',
        title: 'Maßnahme mit Querschnittsarbeit',
        fieldOfActionId: (await t.http().get('/api/v1/fields-of-action').set(cm())).body.items[0].id,
        leadOrgUnitId: units['66'].id,
      });
    measure = created.body;
  });
  afterAll(() => t.close());

  describe('GET /measures/:id/related', () => {
    beforeAll(async () => {
      const link = { linkedMeasureIds: [measure.id] };
      const training = await t
        .http()
        .post('/api/v1/trainings')
        .set(cm())
        .send({
          title: 'Schulung zur Maßnahme',
          topic: 'MOBILITY',
          startsAt: inDays(20),
          durationMinutes: 60,
          trainer: 'Extern',
          format: 'ONLINE',
          onlineUrl: 'https://video.musterstadt.example/rel',
          ...link,
        });
      await t
        .http()
        .put(`/api/v1/trainings/${training.body.id}/participants/${units['61'].id}`)
        .set(cm())
        .send({ count: 2, names: ['Geheim Person'] });
      await t
        .http()
        .post('/api/v1/consultations')
        .set(bearer(t.tokens.department))
        .send({ topic: 'Beratung 61', category: 'OTHER', description: 'x', ...link });
      await t
        .http()
        .post('/api/v1/consultations')
        .set(cm())
        .send({ requestingOrgUnitId: units['66'].id, topic: 'Beratung 66', category: 'OTHER', description: 'Interna von 66', ...link });
      await t
        .http()
        .post('/api/v1/climate-checks')
        .set(bearer(t.tokens.department))
        .send({ subjectType: 'OTHER', title: 'Check 61', ...link });
      await t
        .http()
        .post('/api/v1/climate-checks')
        .set(cm())
        .send({ subjectType: 'OTHER', title: 'Check 66', orgUnitId: units['66'].id, ...link });
    });

    it('shows everything linked to readers of every org unit', async () => {
      for (const role of ['admin', 'climateManager', 'executive', 'communication'] as const) {
        const response = await t.http().get(`/api/v1/measures/${measure.id}/related`).set(bearer(t.tokens[role]));
        expect(response.status).toBe(200);
        const related = response.body as MeasureRelatedWork;
        expect(related.trainings.map((x) => x.title)).toEqual(['Schulung zur Maßnahme']);
        expect(related.trainings[0].participantCount).toBe(2);
        expect(related.consultations.map((x) => x.topic).sort()).toEqual(['Beratung 61', 'Beratung 66']);
        expect(related.climateChecks.map((x) => x.title).sort()).toEqual(['Check 61', 'Check 66']);
        expect(JSON.stringify(related)).not.toMatch(/Geheim Person/);
      }
    });

    it("gives a department its own org unit's consultations and checks only, and no names", async () => {
      const related = (await t.http().get(`/api/v1/measures/${measure.id}/related`).set(bearer(t.tokens.department)))
        .body as MeasureRelatedWork;
      expect(related.trainings).toHaveLength(1);
      expect(related.consultations.map((x) => x.topic)).toEqual(['Beratung 61']);
      expect(related.climateChecks.map((x) => x.title)).toEqual(['Check 61']);
      expect(JSON.stringify(related)).not.toMatch(/Geheim Person|Beratung 66|Check 66|Interna/);
    });

    it('keeps consultations and checks out of the measure history, which every role reads', async () => {
      const history = (await t.http().get(`/api/v1/measures/${measure.id}/audit-events?pageSize=100`).set(bearer(t.tokens.department)))
        .body;
      expect(history.items.map((e: { entityType: string }) => e.entityType)).toEqual(['measure']);
    });

    it('answers 404 for an unknown measure and an empty answer for a measure without links', async () => {
      expect((await t.http().get('/api/v1/measures/00000000-0000-4000-8000-000000000000/related').set(cm())).status).toBe(404);
      const other = (await t.http().get('/api/v1/measures?q=A-02').set(cm())).body.items[0];
      expect((await t.http().get(`/api/v1/measures/${other.id}/related`).set(cm())).body).toEqual({
        trainings: [],
        consultations: [],
        climateChecks: [],
      });
    });
  });

  describe('cockpit summary', () => {
    const summary = (filter = {}) => t.app.get(StabsstelleService).summary(filter);

    it('counts the demo year and follows new work', async () => {
      const before: StabsstelleSummary = await summary();
      expect(before.trainings.held).toBeGreaterThanOrEqual(8);
      expect(before.trainings.participants).toBeGreaterThan(50);
      expect(before.consultations.done).toBeGreaterThan(0);
      expect(before.consultations.effortHours).toBeGreaterThan(0);
      expect(before.climateChecks.reviewed).toBeGreaterThan(0);
      expect(before.climateChecks.negative).toBeGreaterThan(0);

      const consultation = await t
        .http()
        .post('/api/v1/consultations')
        .set(bearer(t.tokens.department))
        .send({ topic: 'Zählt', category: 'FUNDING', description: 'x' });
      await t
        .http()
        .post(`/api/v1/consultations/${consultation.body.id}/complete`)
        .set(cm())
        .send({ outcome: 'Erledigt', effortHours: 1.25 });
      const check = await t
        .http()
        .post('/api/v1/climate-checks')
        .set(bearer(t.tokens.department))
        .send({
          subjectType: 'OTHER',
          title: 'Negativ',
          climateRelevant: true,
          relevanceReason: 'Bau',
          criteria: {
            GHG_EMISSIONS: { impact: 'NEGATIVE', reason: 'Mehr Verkehr' },
            ENERGY_USE: { impact: 'NEUTRAL' },
            MOBILITY: { impact: 'NEUTRAL' },
            LAND_USE: { impact: 'NEUTRAL' },
            CLIMATE_ADAPTATION: { impact: 'NEUTRAL' },
          },
        });
      const draftCount = (await summary()).climateChecks.draft;
      await t.http().post(`/api/v1/climate-checks/${check.body.id}/submit`).set(bearer(t.tokens.department)).send({});
      const training = await t
        .http()
        .post('/api/v1/trainings')
        .set(cm())
        .send({
          title: 'Zählt auch',
          topic: 'FUNDING',
          startsAt: inDays(3),
          durationMinutes: 60,
          trainer: 'X',
          format: 'IN_PERSON',
          location: 'Raum 1',
        });
      await t.http().put(`/api/v1/trainings/${training.body.id}/participants/${units['20'].id}`).set(cm()).send({ count: 4 });
      await t.dataSource.getRepository(TrainingEntity).update(training.body.id, { startsAt: new Date(Date.now() - 60_000) });
      await t.http().post(`/api/v1/trainings/${training.body.id}/held`).set(cm()).send({});

      const after = await summary();
      expect(after.consultations.done).toBe(before.consultations.done + 1);
      expect(after.consultations.effortHours).toBeCloseTo(before.consultations.effortHours + 1.25);
      expect(after.climateChecks.submitted).toBe(before.climateChecks.submitted + 1);
      expect(after.climateChecks.draft).toBe(draftCount - 1);
      expect(after.climateChecks.negative).toBe(before.climateChecks.negative + 1);
      expect(after.trainings.held).toBe(before.trainings.held + 1);
      expect(after.trainings.participants).toBe(before.trainings.participants + 4);
    });

    it('narrows to a date range and an org unit', async () => {
      const all = await summary();
      const nothing = await summary({ from: '2000-01-01', to: '2000-12-31' });
      expect(nothing).toEqual({
        trainings: { planned: 0, held: 0, cancelled: 0, participants: 0 },
        consultations: { requested: 0, scheduled: 0, done: 0, declined: 0, effortHours: 0 },
        climateChecks: { draft: 0, submitted: 0, reviewed: 0, negative: 0 },
      });
      // Two UTC days ahead is at least tomorrow in Berlin, whatever the hour.
      const future = await summary({ from: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) });
      expect(future.trainings.planned).toBeGreaterThan(0);
      expect(future.trainings.held).toBe(0);
      const vergabe = await summary({ orgUnitId: units['10.3'].id });
      expect(vergabe.consultations.requested + vergabe.consultations.done).toBeGreaterThan(0);
      expect(vergabe.consultations.done).toBeLessThan(all.consultations.done);
      expect(vergabe.trainings.participants).toBeLessThan(all.trainings.participants);
    });
  });
});

/**
 * Every endpoint of trainings, consultations and climate checks × every role: allowed roles get a
 * 2xx, every other role a 403, no session a 401. Records belong to the department user's own org
 * unit, so a department's refusal can only come from its role; 404s for other org units' records
 * are covered in the feature specs.
 */
describe('authorization matrix: trainings, consultations, climate checks', () => {
  type Role = (typeof DEMO_ROLES)[number];
  interface Case {
    name: string;
    allowed: readonly Role[];
    call: (token: string | null) => Promise<{ status: number }>;
  }
  let t: TestApp;
  let planningId: string;
  let heldTrainingId: string;
  let measureId: string;
  const everyone = DEMO_ROLES;
  const auth = (token: string | null) => (token ? bearer(token) : {});
  const cm = () => bearer(t.tokens.climateManager);
  const dept = () => bearer(t.tokens.department);

  const newTraining = async () =>
    (
      await t
        .http()
        .post('/api/v1/trainings')
        .set(cm())
        .send({
          title: 'Matrix',
          topic: 'OTHER',
          startsAt: inDays(10),
          durationMinutes: 60,
          trainer: 'X',
          format: 'IN_PERSON',
          location: 'Raum',
        })
    ).body as { id: string; version: number };
  const newConsultation = async () =>
    (await t.http().post('/api/v1/consultations').set(dept()).send({ topic: 'Matrix', category: 'OTHER', description: 'x' })).body as {
      id: string;
      version: number;
    };
  const newCheck = async (complete = false) =>
    (
      await t
        .http()
        .post('/api/v1/climate-checks')
        .set(dept())
        .send({
          subjectType: 'OTHER',
          title: 'Matrix',
          ...(complete ? { climateRelevant: false, relevanceReason: 'Nicht klimarelevant.' } : {}),
        })
    ).body as { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp();
    const me = (await t.http().get('/api/v1/auth/me').set(dept())).body;
    planningId = me.orgUnit.id;
    measureId = (await t.http().get('/api/v1/measures?pageSize=1').set(cm())).body.items[0].id;
    heldTrainingId = (await t.http().get('/api/v1/trainings?status=HELD&pageSize=1').set(cm())).body.items[0].id;
  });
  afterAll(() => t.close());

  const cases: Case[] = [
    { name: 'GET /trainings', allowed: everyone, call: (k) => t.http().get('/api/v1/trainings').set(auth(k)) },
    { name: 'GET /trainings/stats', allowed: everyone, call: (k) => t.http().get('/api/v1/trainings/stats').set(auth(k)) },
    { name: 'GET /trainings/:id', allowed: everyone, call: (k) => t.http().get(`/api/v1/trainings/${heldTrainingId}`).set(auth(k)) },
    {
      name: 'POST /trainings',
      allowed: ['climateManager'],
      call: (k) =>
        t
          .http()
          .post('/api/v1/trainings')
          .set(auth(k))
          .send({
            title: 'Neu',
            topic: 'OTHER',
            startsAt: inDays(10),
            durationMinutes: 60,
            trainer: 'X',
            format: 'IN_PERSON',
            location: 'Raum',
          }),
    },
    {
      name: 'PATCH /trainings/:id',
      allowed: ['climateManager'],
      call: async (k) => {
        const x = await newTraining();
        return t.http().patch(`/api/v1/trainings/${x.id}`).set(auth(k)).send({ title: 'Geändert', version: x.version });
      },
    },
    {
      name: 'POST /trainings/:id/held',
      allowed: ['climateManager'],
      call: async (k) => {
        const x = await newTraining();
        await t.dataSource.getRepository(TrainingEntity).update(x.id, { startsAt: new Date(Date.now() - 60_000) });
        return t.http().post(`/api/v1/trainings/${x.id}/held`).set(auth(k)).send({});
      },
    },
    {
      name: 'POST /trainings/:id/cancel',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/trainings/${(await newTraining()).id}/cancel`)
          .set(auth(k))
          .send({ reason: 'Matrix' }),
    },
    {
      name: 'GET /trainings/:id/participants',
      allowed: everyone,
      call: (k) => t.http().get(`/api/v1/trainings/${heldTrainingId}/participants`).set(auth(k)),
    },
    {
      name: 'PUT /trainings/:id/participants/:orgUnitId',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .put(`/api/v1/trainings/${(await newTraining()).id}/participants/${planningId}`)
          .set(auth(k))
          .send({ count: 2, names: ['Max Muster'] }),
    },
    {
      name: 'DELETE /trainings/:id/participants/names/:nameId',
      allowed: ['admin', 'climateManager'],
      call: async (k) => {
        const x = await newTraining();
        const registered = await t
          .http()
          .put(`/api/v1/trainings/${x.id}/participants/${planningId}`)
          .set(cm())
          .send({ count: 1, names: ['Max Muster'] });
        return t.http().delete(`/api/v1/trainings/${x.id}/participants/names/${registered.body.items[0].names[0].id}`).set(auth(k));
      },
    },
    {
      name: 'GET /trainings/:id/feedback',
      allowed: ['admin', 'climateManager', 'executive'],
      call: (k) => t.http().get(`/api/v1/trainings/${heldTrainingId}/feedback`).set(auth(k)),
    },
    {
      name: 'POST /trainings/:id/feedback',
      allowed: ['climateManager'],
      call: (k) => t.http().post(`/api/v1/trainings/${heldTrainingId}/feedback`).set(auth(k)).send({ score: 4 }),
    },
    {
      name: 'GET /trainings/:id/audit-events',
      allowed: everyone,
      call: (k) => t.http().get(`/api/v1/trainings/${heldTrainingId}/audit-events`).set(auth(k)),
    },

    { name: 'GET /consultations', allowed: everyone, call: (k) => t.http().get('/api/v1/consultations').set(auth(k)) },
    {
      name: 'POST /consultations',
      allowed: ['climateManager', 'department'],
      call: (k) =>
        t
          .http()
          .post('/api/v1/consultations')
          .set(auth(k))
          .send({ requestingOrgUnitId: planningId, topic: 'Neu', category: 'OTHER', description: 'x' }),
    },
    {
      name: 'GET /consultations/:id',
      allowed: everyone,
      call: async (k) =>
        t
          .http()
          .get(`/api/v1/consultations/${(await newConsultation()).id}`)
          .set(auth(k)),
    },
    {
      name: 'PATCH /consultations/:id',
      allowed: ['climateManager', 'department'],
      call: async (k) => {
        const x = await newConsultation();
        return t.http().patch(`/api/v1/consultations/${x.id}`).set(auth(k)).send({ topic: 'Geändert', version: x.version });
      },
    },
    {
      name: 'POST /consultations/:id/take',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/consultations/${(await newConsultation()).id}/take`)
          .set(auth(k))
          .send({}),
    },
    {
      name: 'POST /consultations/:id/schedule',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/consultations/${(await newConsultation()).id}/schedule`)
          .set(auth(k))
          .send({ scheduledAt: inDays(2) }),
    },
    {
      name: 'POST /consultations/:id/complete',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/consultations/${(await newConsultation()).id}/complete`)
          .set(auth(k))
          .send({ outcome: 'Fertig', effortHours: 1 }),
    },
    {
      name: 'POST /consultations/:id/decline',
      allowed: ['climateManager'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/consultations/${(await newConsultation()).id}/decline`)
          .set(auth(k))
          .send({ reason: 'Nein' }),
    },
    {
      name: 'GET /consultations/:id/audit-events',
      allowed: everyone,
      call: async (k) =>
        t
          .http()
          .get(`/api/v1/consultations/${(await newConsultation()).id}/audit-events`)
          .set(auth(k)),
    },

    { name: 'GET /climate-checks', allowed: everyone, call: (k) => t.http().get('/api/v1/climate-checks').set(auth(k)) },
    {
      name: 'POST /climate-checks',
      allowed: ['climateManager', 'department'],
      call: (k) => t.http().post('/api/v1/climate-checks').set(auth(k)).send({ subjectType: 'OTHER', title: 'Neu', orgUnitId: planningId }),
    },
    {
      name: 'GET /climate-checks/:id',
      allowed: everyone,
      call: async (k) =>
        t
          .http()
          .get(`/api/v1/climate-checks/${(await newCheck()).id}`)
          .set(auth(k)),
    },
    {
      name: 'PATCH /climate-checks/:id',
      allowed: ['climateManager', 'department'],
      call: async (k) => {
        const x = await newCheck();
        return t.http().patch(`/api/v1/climate-checks/${x.id}`).set(auth(k)).send({ title: 'Geändert', version: x.version });
      },
    },
    {
      name: 'DELETE /climate-checks/:id',
      allowed: ['climateManager', 'department'],
      call: async (k) =>
        t
          .http()
          .delete(`/api/v1/climate-checks/${(await newCheck()).id}`)
          .set(auth(k)),
    },
    {
      name: 'POST /climate-checks/:id/submit',
      allowed: ['climateManager', 'department'],
      call: async (k) =>
        t
          .http()
          .post(`/api/v1/climate-checks/${(await newCheck(true)).id}/submit`)
          .set(auth(k))
          .send({}),
    },
    {
      name: 'POST /climate-checks/:id/review',
      allowed: ['climateManager'],
      call: async (k) => {
        const x = await newCheck(true);
        await t.http().post(`/api/v1/climate-checks/${x.id}/submit`).set(dept()).send({});
        return t.http().post(`/api/v1/climate-checks/${x.id}/review`).set(auth(k)).send({ statement: 'Geprüft.' });
      },
    },
    {
      name: 'GET /climate-checks/:id/audit-events',
      allowed: everyone,
      call: async (k) =>
        t
          .http()
          .get(`/api/v1/climate-checks/${(await newCheck()).id}/audit-events`)
          .set(auth(k)),
    },

    {
      name: 'GET /measures/:id/related',
      allowed: everyone,
      call: (k) => t.http().get(`/api/v1/measures/${measureId}/related`).set(auth(k)),
    },
  ];

  describe.each(cases)('$name', ({ allowed, call }) => {
    it('answers 401 without a session', async () => {
      expect((await call(null)).status).toBe(401);
    });
    it.each(DEMO_ROLES)('as %s', async (role) => {
      const response = await call(t.tokens[role]);
      if (allowed.includes(role)) {
        expect([200, 201, 204]).toContain(response.status);
      } else {
        expect(response.status).toBe(403);
      }
    });
  });
});
