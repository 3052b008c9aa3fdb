import type { DashboardAttention, DashboardSummary } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { MeasureEntity } from '../measures/measure.entity';

/**
 * A small city built through the API with counts known by construction:
 *   M1  F1  lead A            IN_PROGRESS  ON_TRACK   target 100 t, achieved 40 t  — period report accepted (AT_RISK)
 *   M2  F1  lead A            DELAYED      OFF_TRACK  target  50 t                 — no report (overdue)
 *   M3  F2  lead B            PLANNED      NOT_ASSESSED                             — report submitted, not reviewed
 *   M4  F2  lead B, part. A   COMPLETED    ON_TRACK   target  10 t, achieved 10 t  — finished, no report expected
 *   M5  F2  lead C            archived                                               — counts nowhere
 */
describe('dashboard summary on a data set with known counts', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let admin: string;
  let cm: string;
  let depA: string;
  let depB: string;
  const pw = 'ein-sicheres-passwort';

  const post = async (token: string, path: string, body: object) => {
    const response = await t.http().post(`/api/v1${path}`).set(bearer(token)).send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const login = async (email: string) =>
    (await t.http().post('/api/v1/auth/login').send({ email, password: pw })).body.accessToken as string;
  const summary = async (query = '') => {
    const response = await t.http().get(`/api/v1/dashboard/summary${query}`).set(bearer(cm));
    expect(response.status).toBe(200);
    // Sent as JSON text kept with the cached answer: still declared as JSON for every client.
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    return response.body as DashboardSummary;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'false', INITIAL_ADMIN_EMAIL: 'it@stadt.example', INITIAL_ADMIN_PASSWORD: pw });
    admin = (await t.http().post('/api/v1/auth/login').send({ email: 'it@stadt.example', password: pw })).body.accessToken;
    for (const code of ['A', 'B', 'C'])
      ids[code] = (await post(admin, '/org-units', { code, name: `Amt ${code}`, kind: 'FACHBEREICH' })).id;
    for (const code of ['F1', 'F2']) ids[code] = (await post(admin, '/fields-of-action', { code, name: `Feld ${code}` })).id;
    await post(admin, '/users', { email: 'km@stadt.example', displayName: 'KM', role: 'CLIMATE_MANAGER', password: pw });
    await post(admin, '/users', { email: 'a@stadt.example', displayName: 'Amt A', role: 'DEPARTMENT', orgUnitId: ids['A'], password: pw });
    await post(admin, '/users', { email: 'b@stadt.example', displayName: 'Amt B', role: 'DEPARTMENT', orgUnitId: ids['B'], password: pw });
    [cm, depA, depB] = [await login('km@stadt.example'), await login('a@stadt.example'), await login('b@stadt.example')];

    const measure = (code: string, field: string, lead: string, extra: object) =>
      post(cm, '/measures', { code, title: `Maßnahme ${code}`, fieldOfActionId: ids[field], leadOrgUnitId: ids[lead], ...extra });
    ids['M1'] = (
      await measure('M1', 'F1', 'A', { status: 'IN_PROGRESS', assessment: 'ON_TRACK', ghgReductionTargetT: 100, ghgReductionAchievedT: 40 })
    ).id;
    ids['M2'] = (await measure('M2', 'F1', 'A', { status: 'DELAYED', assessment: 'OFF_TRACK', ghgReductionTargetT: 50 })).id;
    ids['M3'] = (await measure('M3', 'F2', 'B', {})).id;
    ids['M4'] = (
      await measure('M4', 'F2', 'B', {
        status: 'COMPLETED',
        assessment: 'ON_TRACK',
        progressPercent: 100,
        ghgReductionTargetT: 10,
        ghgReductionAchievedT: 10,
        participatingOrgUnitIds: [ids['A']],
      })
    ).id;
    ids['M5'] = (await measure('M5', 'F2', 'C', { status: 'IN_PROGRESS', ghgReductionTargetT: 999 })).id;
    expect((await t.http().delete(`/api/v1/measures/${ids['M5']}`).set(bearer(cm))).status).toBe(200);

    // A period whose due date has passed, so a missing report is overdue; and one without any report.
    ids['P1'] = (
      await post(cm, '/reporting-periods', {
        name: 'Sachstand 2025',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        dueDate: '2026-01-31',
      })
    ).id;
    ids['P2'] = (
      await post(cm, '/reporting-periods', {
        name: 'Sachstand 2024',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        dueDate: '2025-01-31',
      })
    ).id;
    const r1 = await post(depA, `/measures/${ids['M1']}/progress-reports`, {
      periodId: ids['P1'],
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      progressPercent: 45,
      text: 'Verzögerung bei der Ausschreibung',
      submit: true,
    });
    await post(cm, `/progress-reports/${r1.id}/review`, { decision: 'ACCEPT', version: r1.version });
    await post(depB, `/measures/${ids['M3']}/progress-reports`, {
      periodId: ids['P1'],
      status: 'PLANNED',
      assessment: 'ON_TRACK',
      progressPercent: 5,
      text: 'Ausschreibung vorbereitet',
      submit: true,
    });
  });
  afterAll(() => t.close());

  it('counts active measures by status and by the traffic light of the current period, and sums GHG figures', async () => {
    const s = await summary();
    expect(s.measures.total).toBe(4);
    expect(s.measures.byStatus).toEqual({ PLANNED: 1, IN_PROGRESS: 1, COMPLETED: 1, DELAYED: 1, ON_HOLD: 0, CANCELLED: 0 });
    // Without a choice, the open period due next: "Sachstand 2024", for which no report was accepted —
    // not the measures' own traffic lights (one of them red), which the council report would not print.
    expect(s.reportingPeriod?.name).toBe('Sachstand 2024');
    expect(s.assessmentsFromPeriod).toBe(true);
    expect(s.measures.byAssessment).toEqual({ ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_ASSESSED: 4 });
    const chosen = await summary(`?reportingPeriodId=${ids['P2']}`);
    expect({ ...s, asOf: null }).toEqual({ ...chosen, asOf: null });
    expect(s.ghg).toEqual({ targetTPerYear: 160, achievedTPerYear: 50 });
  });

  it('breaks the counts down by field of action and by lead org unit', async () => {
    const s = await summary();
    const f = Object.fromEntries(s.byFieldOfAction.map((b) => [b.code, b]));
    expect(f['F1']).toMatchObject({ total: 2, byStatus: { IN_PROGRESS: 1, DELAYED: 1 }, byAssessment: { NOT_ASSESSED: 2 } });
    expect(f['F2']).toMatchObject({ total: 2, byStatus: { PLANNED: 1, COMPLETED: 1 } });
    const o = Object.fromEntries(s.byOrgUnit.map((b) => [b.code, b.total]));
    expect(o).toEqual({ A: 2, B: 2 });
  });

  it('sums the GHG figures per field of action and per lead org unit', async () => {
    const s = await summary();
    const f = Object.fromEntries(s.byFieldOfAction.map((b) => [b.code, b.ghg]));
    expect(f).toEqual({ F1: { targetTPerYear: 150, achievedTPerYear: 40 }, F2: { targetTPerYear: 10, achievedTPerYear: 10 } });
    const o = Object.fromEntries(s.byOrgUnit.map((b) => [b.code, b.ghg]));
    expect(o).toEqual({ A: { targetTPerYear: 150, achievedTPerYear: 40 }, B: { targetTPerYear: 10, achievedTPerYear: 10 } });
  });

  it('counts the reports of the current period: expected, submitted, accepted, overdue', async () => {
    const s = await summary(`?reportingPeriodId=${ids['P1']}`);
    expect(s.reportingPeriod?.name).toBe('Sachstand 2025');
    expect(s.reports).toMatchObject({ expected: 3, submitted: 2, accepted: 1, overdue: 1, inReview: 1 });
  });

  it('with a period, counts the traffic lights of that period’s accepted reports', async () => {
    const s = await summary(`?reportingPeriodId=${ids['P1']}`);
    expect(s.assessmentsFromPeriod).toBe(true);
    expect(s.measures.byAssessment).toEqual({ ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 0, NOT_ASSESSED: 3 });
  });

  it('counts a period without reports as all not assessed and all missing', async () => {
    const s = await summary(`?reportingPeriodId=${ids['P2']}`);
    expect(s.measures.byAssessment).toEqual({ ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_ASSESSED: 4 });
    expect(s.reports).toMatchObject({ expected: 3, submitted: 0, accepted: 0, overdue: 3 });
  });

  it('filters by field of action and by org unit (lead or participating)', async () => {
    expect((await summary(`?fieldOfActionId=${ids['F1']}`)).measures.total).toBe(2);
    const a = await summary(`?orgUnitId=${ids['A']}&reportingPeriodId=${ids['P1']}`);
    expect(a.measures.total).toBe(3);
    expect(a.reports).toMatchObject({ expected: 2, submitted: 1, accepted: 1, overdue: 1 });
    const empty = await summary(`?orgUnitId=${ids['C']}`);
    expect(empty.measures.total).toBe(0);
    expect(empty.ghg).toEqual({ targetTPerYear: 0, achievedTPerYear: 0 });
  });

  it('includes the Stabsstelle’s work within the period shown: a planned training and a requested consultation', async () => {
    // A period around today (due last, so "Sachstand 2024" stays the current one).
    const soon = Date.now() + 7 * 86_400_000;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const now = await post(cm, '/reporting-periods', {
      name: 'Laufend',
      startDate: day(Date.now() - 30 * 86_400_000),
      endDate: day(soon + 30 * 86_400_000),
      dueDate: '2099-01-31',
    });
    const before = await summary(`?reportingPeriodId=${now.id}`);
    expect(before.trainings).toEqual({ planned: 0, held: 0, cancelled: 0, participants: 0 });
    const start = new Date(soon).toISOString().replace(/\.\d+Z$/, 'Z');
    await post(cm, '/trainings', {
      title: 'Klimacheck in der Praxis',
      topic: 'CLIMATE_CHECK',
      startsAt: start,
      durationMinutes: 90,
      trainer: 'Stabsstelle',
      format: 'ONLINE',
      onlineUrl: 'https://meet.example/kc',
      capacity: 20,
    });
    await post(depA, '/consultations', {
      topic: 'Ausschreibung Fuhrpark',
      category: 'PROCUREMENT',
      description: 'Kriterien für E-Fahrzeuge',
    });
    const after = await summary(`?reportingPeriodId=${now.id}`);
    expect(after.trainings.planned).toBe(1);
    expect(after.consultations.requested).toBe(1);
    // The cockpit without a choice shows the current period, "Sachstand 2024": the council report's figures for it.
    const current = await summary();
    expect(current.reportingPeriod?.name).toBe('Sachstand 2024');
    expect(current.trainings.planned).toBe(0);
    expect(current.consultations.requested).toBe(0);
  });

  it('answers from a cache that a change invalidates at once', async () => {
    const before = await summary();
    const m2 = (await t.http().get(`/api/v1/measures/${ids['M2']}`).set(bearer(cm))).body;
    await t.http().patch(`/api/v1/measures/${ids['M2']}`).set(bearer(cm)).send({ status: 'ON_HOLD', version: m2.version }).expect(200);
    const after = await summary();
    expect(after.measures.byStatus.DELAYED).toBe(before.measures.byStatus.DELAYED - 1);
    expect(after.measures.byStatus.ON_HOLD).toBe(before.measures.byStatus.ON_HOLD + 1);
    await t
      .http()
      .patch(`/api/v1/measures/${ids['M2']}`)
      .set(bearer(cm))
      .send({ status: 'DELAYED', version: m2.version + 1 })
      .expect(200);
    expect((await summary()).measures.byStatus.DELAYED).toBe(before.measures.byStatus.DELAYED);
  });

  it('refuses malformed filters and answers 404 for an unknown period', async () => {
    expect((await t.http().get('/api/v1/dashboard/summary?orgUnitId=amt-a').set(bearer(cm))).status).toBe(400);
    expect(
      (await t.http().get('/api/v1/dashboard/summary?reportingPeriodId=00000000-0000-4000-8000-000000000000').set(bearer(cm))).status,
    ).toBe(404);
  });

  describe('measures that need attention', () => {
    const attention = async (query = '') => {
      const response = await t.http().get(`/api/v1/dashboard/attention${query}`).set(bearer(cm));
      expect(response.status).toBe(200);
      return response.body as DashboardAttention;
    };
    const byCode = (a: DashboardAttention) => Object.fromEntries(a.items.map((i) => [i.measure.code, i.reasons]));

    it('lists red, delayed, overdue and stale measures of a period, most serious first; finished ones never', async () => {
      const a = await attention(`?reportingPeriodId=${ids['P1']}`);
      expect(a.reportingPeriod?.name).toBe('Sachstand 2025');
      // M2: red, no report although due, delayed, and no accepted report in this or the previous period.
      // M3: submitted but not yet accepted, so nothing accepted in two periods (stale). M1 was accepted; M4 is finished.
      expect(a.items.map((i) => i.measure.code)).toEqual(['M2', 'M3']);
      expect(byCode(a)).toEqual({ M2: ['OFF_TRACK', 'REPORT_OVERDUE', 'DELAYED', 'STALE'], M3: ['STALE'] });
      expect(a.total).toBe(2);
      expect(a.counts).toEqual({ OFF_TRACK: 1, DELAYED: 1, REPORT_OVERDUE: 1, STALE: 2, MILESTONE_OVERDUE: 0 });
      expect(a.items[0]).toMatchObject({
        fieldOfAction: { code: 'F1' },
        leadOrgUnit: { code: 'A' },
        measure: { status: 'DELAYED', assessment: 'OFF_TRACK' },
      });
    });

    it('adds measures with an open milestone past its due date', async () => {
      await post(cm, `/measures/${ids['M1']}/milestones`, { title: 'Ausschreibung veröffentlichen', dueDate: '2020-03-01' });
      await post(cm, `/measures/${ids['M4']}/milestones`, { title: 'Abschlussbericht', dueDate: '2020-03-01' });
      const a = await attention(`?reportingPeriodId=${ids['P1']}`);
      expect(byCode(a)['M1']).toEqual(['MILESTONE_OVERDUE']);
      expect(a.items.find((i) => i.measure.code === 'M1')?.overdueMilestones).toBe(1);
      expect(a.items.map((i) => i.measure.code)).not.toContain('M4');
      expect(a.counts.MILESTONE_OVERDUE).toBe(1);
    });

    it('takes the same filters as the summary and cuts the list to the limit', async () => {
      expect((await attention(`?reportingPeriodId=${ids['P1']}&orgUnitId=${ids['B']}`)).items.map((i) => i.measure.code)).toEqual(['M3']);
      expect((await attention(`?reportingPeriodId=${ids['P1']}&fieldOfActionId=${ids['F1']}`)).items.map((i) => i.measure.code)).toEqual([
        'M2',
        'M1',
      ]);
      const cut = await attention(`?reportingPeriodId=${ids['P1']}&limit=1`);
      expect(cut.items).toHaveLength(1);
      expect(cut.total).toBe(3);
    });

    it('answers from a cache that a change invalidates at once', async () => {
      const query = `?reportingPeriodId=${ids['P1']}&orgUnitId=${ids['B']}`;
      expect(byCode(await attention(query))['M3']).toEqual(['STALE']);
      const m3 = (await t.http().get(`/api/v1/measures/${ids['M3']}`).set(bearer(cm))).body;
      await t
        .http()
        .patch(`/api/v1/measures/${ids['M3']}`)
        .set(bearer(cm))
        .send({ assessment: 'OFF_TRACK', version: m3.version })
        .expect(200);
      expect(byCode(await attention(query))['M3']).toEqual(['OFF_TRACK', 'STALE']);
      await t
        .http()
        .patch(`/api/v1/measures/${ids['M3']}`)
        .set(bearer(cm))
        .send({ assessment: m3.assessment, version: m3.version + 1 })
        .expect(200);
      expect(byCode(await attention(query))['M3']).toEqual(['STALE']);
    });

    it('refuses a bad limit or filter, answers 404 for an unknown period, and is readable by every role', async () => {
      for (const query of ['?limit=0', '?limit=abc', '?orgUnitId=amt-a']) {
        expect((await t.http().get(`/api/v1/dashboard/attention${query}`).set(bearer(cm))).status).toBe(400);
      }
      expect(
        (await t.http().get('/api/v1/dashboard/attention?reportingPeriodId=00000000-0000-4000-8000-000000000000').set(bearer(cm))).status,
      ).toBe(404);
      expect((await t.http().get('/api/v1/dashboard/attention')).status).toBe(401);
      for (const token of [admin, depA]) expect((await t.http().get('/api/v1/dashboard/attention').set(bearer(token))).status).toBe(200);
    });
  });

  it('is readable by every role and not without login', async () => {
    expect((await t.http().get('/api/v1/dashboard/summary')).status).toBe(401);
    expect((await t.http().get('/api/v1/dashboard/summary').set(bearer(depA))).status).toBe(200);
    expect((await t.http().get('/api/v1/dashboard/summary').set(bearer(admin))).status).toBe(200);
  });

  // Last: it changes a measure. Every write of this process shows at once, also one made past the
  // feature services (a job, the import, a migration script) that records no audit entry.
  it('shows a write without an audit entry in the very next answer, not a second later', async () => {
    expect((await summary()).measures.byStatus.COMPLETED).toBe(1);
    await t.dataSource.getRepository(MeasureEntity).update(ids['M3'], { status: 'COMPLETED' });
    expect((await summary()).measures.byStatus.COMPLETED).toBe(2);
  });
});
