import type { Indicator, IndicatorValue, Measure, MeasureSummary, Page } from '@klimaschutz/contracts';
import { bearer, createTestApp, DEMO_ROLES, TestApp } from '../../testing/test-app';
import { pathValue } from './indicators.service';

describe('indicators (Kennzahlen)', () => {
  let t: TestApp;
  const cm = () => bearer(t.tokens.climateManager);
  let fieldId: string;
  let ownMeasure: Measure;
  let foreignMeasure: MeasureSummary;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body;
    const measures = (await t.http().get('/api/v1/measures?pageSize=500').set(cm())).body as Page<MeasureSummary>;
    const own = measures.items.find((m) => m.leadOrgUnit.id === me.orgUnit.id)!;
    ownMeasure = (await t.http().get(`/api/v1/measures/${own.id}`).set(cm())).body;
    const foreign = (await t.http().get(`/api/v1/measures?orgUnitId=${me.orgUnit.id}&pageSize=500`).set(cm())).body.items.map(
      (m: MeasureSummary) => m.id,
    );
    foreignMeasure = measures.items.find((m) => !foreign.includes(m.id))!;
    fieldId = ownMeasure.fieldOfAction.id;
  });
  afterAll(() => t.close());

  const create = (body: object) =>
    t
      .http()
      .post('/api/v1/indicators')
      .set(cm())
      .send({
        code: `KT-${Math.random().toString(36).slice(2, 7)}`,
        name: 'Ladepunkte im öffentlichen Raum',
        unit: 'Anzahl',
        direction: 'UP',
        baselineYear: 2020,
        baselineValue: 40,
        targetYear: 2030,
        targetValue: 440,
        fieldOfActionId: fieldId,
        ...body,
      });

  it('ships the demo city with indicators and yearly values readable by every role', async () => {
    for (const role of DEMO_ROLES) {
      const list = await t.http().get('/api/v1/indicators').set(bearer(t.tokens[role]));
      expect(list.status).toBe(200);
      expect(list.body.total).toBeGreaterThanOrEqual(5);
    }
    const pv = ((await t.http().get('/api/v1/indicators?q=PV').set(cm())).body as Page<Indicator>).items[0];
    const values = (await t.http().get(`/api/v1/indicators/${pv.id}/values`).set(bearer(t.tokens.executive))).body as IndicatorValue[];
    expect(values.map((v) => v.date)).toEqual([...values.map((v) => v.date)].sort());
    expect(pv.latestValue?.value).toBe(values[values.length - 1].value);
  });

  it('tells whether the latest value is on the path from baseline to target', async () => {
    const created = (await create({ measureIds: [ownMeasure.id] })).body as Indicator;
    await t.http().post(`/api/v1/indicators/${created.id}/values`).set(cm()).send({ date: '2025-12-31', value: 100 });
    const ahead = (await t.http().get(`/api/v1/indicators/${created.id}`).set(cm())).body as Indicator;
    // 2026.0 is 60 % of the way from 2020 to 2030: 40 + 0.6 × 400 = 280 expected; 100 is behind.
    expect(ahead.expectedAtLatest).toBeCloseTo(280, 0);
    expect(ahead.onPath).toBe(false);
    expect(pathValue({ baselineYear: 2020, baselineValue: 100, targetYear: 2030, targetValue: 0 }, 2025)).toBe(50);
  });

  it('lets a department add values only to indicators of measures its org unit takes part in', async () => {
    const mine = (await create({ measureIds: [ownMeasure.id] })).body as Indicator;
    const theirs = (await create({ measureIds: [foreignMeasure.id] })).body as Indicator;
    expect(mine.permissions.addValues).toBe(true);
    const ok = await t
      .http()
      .post(`/api/v1/indicators/${mine.id}/values`)
      .set(bearer(t.tokens.department))
      .send({ date: '2024-12-31', value: 77, source: 'Zählung' });
    expect(ok.status).toBe(201);
    expect(ok.body.author).toBeTruthy();
    const refused = await t
      .http()
      .post(`/api/v1/indicators/${theirs.id}/values`)
      .set(bearer(t.tokens.department))
      .send({ date: '2024-12-31', value: 1 });
    expect(refused.status).toBe(403);
    for (const role of ['executive', 'communication', 'admin'] as const) {
      expect(
        (await t.http().post(`/api/v1/indicators/${mine.id}/values`).set(bearer(t.tokens[role])).send({ date: '2023-12-31', value: 1 }))
          .status,
      ).toBe(403);
    }
    const asDepartment = (await t.http().get(`/api/v1/indicators/${theirs.id}`).set(bearer(t.tokens.department))).body as Indicator;
    expect(asDepartment.permissions).toEqual({ edit: false, addValues: false });
  });

  it('refuses a second value for the same day, a future date and a non-number, storing nothing', async () => {
    const i = (await create({})).body as Indicator;
    await t.http().post(`/api/v1/indicators/${i.id}/values`).set(cm()).send({ date: '2024-06-30', value: 5 });
    const before = await count('indicator_values');
    expect((await t.http().post(`/api/v1/indicators/${i.id}/values`).set(cm()).send({ date: '2024-06-30', value: 6 })).status).toBe(409);
    expect((await t.http().post(`/api/v1/indicators/${i.id}/values`).set(cm()).send({ date: '2099-01-01', value: 6 })).status).toBe(400);
    expect((await t.http().post(`/api/v1/indicators/${i.id}/values`).set(cm()).send({ date: '2024-07-01', value: 'viel' })).status).toBe(
      400,
    );
    expect(await count('indicator_values')).toBe(before);
  });

  it('validates the definition: target after baseline, known direction, no unknown fields', async () => {
    const before = await count('indicators');
    for (const body of [
      { targetYear: 2010 },
      { direction: 'SIDEWAYS' },
      { baselineValue: 'hoch' },
      { colour: 'rot' },
      { measureIds: ['x'] },
    ]) {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect(response.body.errors.length).toBeGreaterThan(0);
    }
    expect(await count('indicators')).toBe(before);
  });

  it('updates with optimistic locking and links measures, audited', async () => {
    const i = (await create({})).body as Indicator;
    const linked = await t
      .http()
      .patch(`/api/v1/indicators/${i.id}`)
      .set(cm())
      .send({ measureIds: [ownMeasure.id], version: 1 });
    expect(linked.status).toBe(200);
    expect(linked.body.measures.map((m: { id: string }) => m.id)).toEqual([ownMeasure.id]);
    expect((await t.http().patch(`/api/v1/indicators/${i.id}`).set(cm()).send({ name: 'Alt', version: 1 })).status).toBe(409);
    const byMeasure = (await t.http().get(`/api/v1/indicators?measureId=${ownMeasure.id}`).set(cm())).body as Page<Indicator>;
    expect(byMeasure.items.map((x) => x.id)).toContain(i.id);
    const audit = (await t.http().get(`/api/v1/audit-events?entityId=${i.id}`).set(cm())).body.items;
    expect(audit[0].changes).toEqual([{ field: 'measureIds', before: [], after: [ownMeasure.id] }]);
  });

  it('refuses writes to the definition for every role but climate managers', async () => {
    for (const role of ['admin', 'department', 'executive', 'communication'] as const) {
      expect((await t.http().post('/api/v1/indicators').set(bearer(t.tokens[role])).send({})).status).toBe(403);
    }
    expect((await t.http().get('/api/v1/indicators')).status).toBe(401);
  });
});
