import type { AuditEvent, ClimateCheck, ClimateCheckSummary, OrgUnit, Page, User } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/** A complete main check: every criterion rated, the negative one with its reason. */
const COMPLETE = {
  climateRelevant: true,
  relevanceReason: 'Neubau mit dauerhaftem Energiebedarf.',
  criteria: {
    GHG_EMISSIONS: { impact: 'POSITIVE', reason: 'Passivhaus mit Wärmepumpe.' },
    ENERGY_USE: { impact: 'POSITIVE' },
    MOBILITY: { impact: 'NEUTRAL' },
    LAND_USE: { impact: 'NEGATIVE', reason: 'Versiegelung von 2.000 m² Wiese.' },
    CLIMATE_ADAPTATION: { impact: 'UNKNOWN' },
  },
  estimatedGhgEffectT: -12.5,
  alternatives: 'Aufstockung des Bestandsgebäudes geprüft.',
};

describe('climate checks API', () => {
  let t: TestApp;
  let units: Record<string, OrgUnit>;
  let departmentUser: User;
  const cm = () => bearer(t.tokens.climateManager);
  const dept = () => bearer(t.tokens.department);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const body = (change: Record<string, unknown> = {}) => ({
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M 2026 0693',
    title: 'Neubau Feuerwache Nord – Baubeschluss',
    ...change,
  });
  const draft = async (change: Record<string, unknown> = {}, token = dept()) => {
    const response = await t.http().post('/api/v1/climate-checks').set(token).send(body(change));
    expect(response.status).toBe(201);
    return response.body as ClimateCheck;
  };
  const get = async (id: string, token = cm()) => (await t.http().get(`/api/v1/climate-checks/${id}`).set(token)).body as ClimateCheck;
  const patch = (id: string, payload: Record<string, unknown>, token = dept()) =>
    t.http().patch(`/api/v1/climate-checks/${id}`).set(token).send(payload);
  const post = (id: string, action: string, payload: Record<string, unknown> = {}, token = cm()) =>
    t.http().post(`/api/v1/climate-checks/${id}/${action}`).set(token).send(payload);
  const history = async (id: string) =>
    ((await t.http().get(`/api/v1/climate-checks/${id}/audit-events`).set(cm())).body as Page<AuditEvent>).items;
  const fields = (response: { body: { errors?: { field: string }[] } }) =>
    [...new Set((response.body.errors ?? []).map((e) => e.field))].sort();

  beforeAll(async () => {
    t = await createTestApp();
    const all: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    units = Object.fromEntries(all.map((o) => [o.code, o]));
    departmentUser = (await t.http().get('/api/v1/auth/me').set(dept())).body;
  });
  afterAll(() => t.close());

  it('lets a department draft, submit, and a climate manager review a check, which then carries the printable result', async () => {
    const measure = (await t.http().get('/api/v1/measures?q=V-03').set(cm())).body.items[0];
    const created = await draft({ ...COMPLETE, description: 'Ersatzneubau für die Wache am Ring.', linkedMeasureIds: [measure.id] });
    expect(created).toMatchObject({
      status: 'DRAFT',
      orgUnit: { code: '61', name: 'Stadtplanungsamt' },
      createdBy: { id: departmentUser.id },
      hasNegativeImpact: true,
      criteria: {
        LAND_USE: { impact: 'NEGATIVE', reason: 'Versiegelung von 2.000 m² Wiese.' },
        ENERGY_USE: { impact: 'POSITIVE', reason: null },
      },
      permissions: { edit: true, submit: true, review: false, delete: true },
    });

    const submitted = await post(created.id, 'submit', { version: 1 }, dept());
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'SUBMITTED',
      submittedBy: { id: departmentUser.id },
      permissions: { edit: false, submit: false },
    });
    expect((await post(created.id, 'review', { statement: 'Selbst geprüft.' }, dept())).status).toBe(403);

    const reviewed = await post(created.id, 'review', { statement: 'Die Stabsstelle trägt das Vorhaben mit; Gründach empfohlen.' });
    expect(reviewed.status).toBe(200);

    const result = await get(created.id, dept());
    expect(result).toMatchObject({
      subjectType: 'COUNCIL_PROPOSAL',
      reference: 'M 2026 0693',
      title: 'Neubau Feuerwache Nord – Baubeschluss',
      description: 'Ersatzneubau für die Wache am Ring.',
      orgUnit: { code: '61' },
      status: 'REVIEWED',
      climateRelevant: true,
      relevanceReason: COMPLETE.relevanceReason,
      estimatedGhgEffectT: -12.5,
      alternatives: COMPLETE.alternatives,
      statement: 'Die Stabsstelle trägt das Vorhaben mit; Gründach empfohlen.',
      createdBy: { displayName: departmentUser.displayName },
      submittedBy: { displayName: departmentUser.displayName },
      reviewedBy: { displayName: 'Dr. Lena Vogt' },
      submittedAt: expect.any(String),
      reviewedAt: expect.any(String),
      linkedMeasures: [{ code: 'V-03' }],
      permissions: { edit: false, submit: false, review: false, delete: false },
    });
    expect(Object.keys(result.criteria)).toEqual(['GHG_EMISSIONS', 'ENERGY_USE', 'MOBILITY', 'LAND_USE', 'CLIMATE_ADAPTATION']);

    const steps = (await history(created.id)).map((e) => `${e.action}:${e.changes.find((c) => c.field === 'status')?.after ?? ''}`);
    expect(steps).toEqual(['UPDATE:REVIEWED', 'UPDATE:SUBMITTED', 'CREATE:DRAFT']);
    expect((await history(created.id))[0].changes).toEqual(
      expect.arrayContaining([{ field: 'statement', before: null, after: 'Die Stabsstelle trägt das Vorhaben mit; Gründach empfohlen.' }]),
    );
  });

  describe('refuses a negative rating without a reason with 400 and stores nothing', () => {
    it.each([
      ['no reason', { impact: 'NEGATIVE' }],
      ['a null reason', { impact: 'NEGATIVE', reason: null }],
      ['a blank reason', { impact: 'NEGATIVE', reason: '   ' }],
    ])('on create: %s', async (_name, criterion) => {
      const before = [await count('climate_checks'), await count('audit_events')];
      const response = await t
        .http()
        .post('/api/v1/climate-checks')
        .set(dept())
        .send(body({ criteria: { MOBILITY: criterion } }));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'criteria.MOBILITY.reason', message: 'Eine negative Bewertung muss begründet werden.' },
      ]);
      expect([await count('climate_checks'), await count('audit_events')]).toEqual(before);
    });

    it('on update', async () => {
      const check = await draft({ criteria: { MOBILITY: { impact: 'POSITIVE', reason: 'Radweg.' } } });
      const response = await patch(check.id, { criteria: { MOBILITY: { impact: 'NEGATIVE' } }, version: 1 });
      expect(response.status).toBe(400);
      expect(fields(response)).toEqual(['criteria.MOBILITY.reason']);
      expect(await get(check.id)).toMatchObject({ version: 1, criteria: { MOBILITY: { impact: 'POSITIVE', reason: 'Radweg.' } } });
    });
  });

  describe('refuses other bad input with 400, naming the field', () => {
    it.each([
      ['an unknown subject type', { subjectType: 'BUDGET' }, 'subjectType'],
      ['a missing title', { title: undefined }, 'title'],
      ['an unknown criterion', { criteria: { NOISE: { impact: 'NEUTRAL' } } }, 'criteria.NOISE'],
      ['an unknown impact', { criteria: { LAND_USE: { impact: 'BAD', reason: 'x' } } }, 'criteria.LAND_USE.impact'],
      ['criteria as a list', { criteria: ['NEGATIVE'] }, 'criteria'],
      ['a criterion as text', { criteria: { LAND_USE: 'NEGATIVE' } }, 'criteria.LAND_USE'],
      ['an unknown field inside a criterion', { criteria: { LAND_USE: { impact: 'NEUTRAL', weight: 2 } } }, 'criteria.LAND_USE.weight'],
      ['relevance as text', { climateRelevant: 'ja' }, 'climateRelevant'],
      ['an effect as text', { estimatedGhgEffectT: '12 t' }, 'estimatedGhgEffectT'],
      ['a status set by hand', { status: 'REVIEWED' }, 'status'],
    ])('%s', async (_name, change, field) => {
      const before = await count('climate_checks');
      const response = await t.http().post('/api/v1/climate-checks').set(dept()).send(body(change));
      expect(response.status).toBe(400);
      expect(fields(response)).toContain(field);
      expect(await count('climate_checks')).toBe(before);
    });
  });

  it('refuses to submit an incomplete check, listing every gap, and leaves it a draft', async () => {
    const check = await draft({ reference: null, climateRelevant: true, criteria: { GHG_EMISSIONS: { impact: 'NEUTRAL' } } });
    const response = await post(check.id, 'submit', {}, dept());
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/unvollständig/);
    expect(fields(response)).toEqual([
      'criteria.CLIMATE_ADAPTATION.impact',
      'criteria.ENERGY_USE.impact',
      'criteria.LAND_USE.impact',
      'criteria.MOBILITY.impact',
      'reference',
      'relevanceReason',
    ]);
    expect(await get(check.id)).toMatchObject({ status: 'DRAFT', version: 1 });

    const unanswered = await draft({ subjectType: 'PROCUREMENT', reference: null });
    expect(fields(await post(unanswered.id, 'submit', {}, dept()))).toEqual(['climateRelevant', 'relevanceReason']);
  });

  it('submits a check that is not climate-relevant without the main check', async () => {
    const check = await draft({
      subjectType: 'OTHER',
      reference: null,
      climateRelevant: false,
      relevanceReason: 'Reine Gebührenanpassung.',
    });
    const submitted = await post(check.id, 'submit', {}, dept());
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', climateRelevant: false, hasNegativeImpact: false });
  });

  describe('state transitions', () => {
    it('answers 409 for anything but the next step, with a clear message, and changes nothing', async () => {
      const check = await draft(COMPLETE);
      const early = await post(check.id, 'review', { statement: 'Zu früh.' });
      expect(early.status).toBe(409);
      expect(early.body.detail).toMatch(/erst eingereicht/);

      await post(check.id, 'submit', {}, dept());
      const before = await get(check.id);
      const resubmit = await post(check.id, 'submit', {}, dept());
      expect(resubmit.status).toBe(409);
      expect(resubmit.body.detail).toMatch(/bereits eingereicht/);
      const edit = await patch(check.id, { title: 'Nachträglich', version: before.version });
      expect(edit.status).toBe(409);
      expect(edit.body.detail).toMatch(/nur Entwürfe/);
      const remove = await t.http().delete(`/api/v1/climate-checks/${check.id}`).set(dept());
      expect(remove.status).toBe(409);
      expect(await get(check.id)).toEqual(before);

      await post(check.id, 'review', { statement: 'Geprüft.' });
      const reviewed = await get(check.id);
      const again = await post(check.id, 'review', { statement: 'Anders.' });
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/bereits geprüft/);
      expect(await get(check.id)).toEqual(reviewed);
    });

    it('refuses a review without a statement and a stale version', async () => {
      const check = await draft(COMPLETE);
      await post(check.id, 'submit', {}, dept());
      expect(fields(await post(check.id, 'review', {}))).toEqual(['statement']);
      expect((await post(check.id, 'review', { statement: 'Ok', version: 1 })).status).toBe(409);
      expect((await get(check.id)).status).toBe('SUBMITTED');
    });

    it('refuses a stale version on PATCH with 409', async () => {
      const check = await draft();
      expect((await patch(check.id, { title: 'Erste Fassung', version: 1 })).status).toBe(200);
      const stale = await patch(check.id, { title: 'Zweite Fassung', version: 1 });
      expect(stale.status).toBe(409);
      expect((await get(check.id)).title).toBe('Erste Fassung');
    });

    it('replaces the criteria given and keeps the others; null clears one', async () => {
      const check = await draft(COMPLETE);
      const updated = await patch(check.id, {
        criteria: { MOBILITY: { impact: 'POSITIVE', reason: 'Neue Buslinie.' }, CLIMATE_ADAPTATION: null },
        version: 1,
      });
      expect(updated.status).toBe(200);
      expect(updated.body.criteria).toMatchObject({
        MOBILITY: { impact: 'POSITIVE', reason: 'Neue Buslinie.' },
        CLIMATE_ADAPTATION: { impact: null, reason: null },
        LAND_USE: { impact: 'NEGATIVE', reason: 'Versiegelung von 2.000 m² Wiese.' },
      });
      const [event] = await history(check.id);
      expect(event.changes).toEqual(
        expect.arrayContaining([
          { field: 'mobilityImpact', before: 'NEUTRAL', after: 'POSITIVE' },
          { field: 'climateAdaptationImpact', before: 'UNKNOWN', after: null },
        ]),
      );
    });

    it('deletes a draft, and records it', async () => {
      const check = await draft();
      expect((await t.http().delete(`/api/v1/climate-checks/${check.id}`).set(dept())).status).toBe(204);
      expect((await t.http().get(`/api/v1/climate-checks/${check.id}`).set(cm())).status).toBe(404);
      const events = (await t.http().get(`/api/v1/audit-events?entityId=${check.id}`).set(cm())).body.items as AuditEvent[];
      expect(events.map((e) => e.action)).toEqual(['DELETE', 'CREATE']);
    });
  });

  describe('org-unit rules for departments', () => {
    it('refuses a check for another org unit with 403; a climate manager must name one', async () => {
      const foreign = await t
        .http()
        .post('/api/v1/climate-checks')
        .set(dept())
        .send(body({ orgUnitId: units['66'].id }));
      expect(foreign.status).toBe(403);
      const unnamed = await t.http().post('/api/v1/climate-checks').set(cm()).send(body());
      expect(unnamed.status).toBe(400);
      expect(fields(unnamed)).toEqual(['orgUnitId']);
      const moved = await patch((await draft()).id, { orgUnitId: units['66'].id, version: 1 });
      expect(moved.status).toBe(403);
    });

    it("sees only its own org unit's checks, in every status; another's answers 404", async () => {
      const theirs = await draft({ ...COMPLETE, orgUnitId: units['66'].id }, cm());
      await post(theirs.id, 'submit');
      await post(theirs.id, 'review', { statement: 'Geprüft.' });
      const list = (await t.http().get('/api/v1/climate-checks?pageSize=500').set(dept())).body as Page<ClimateCheckSummary>;
      expect(list.total).toBeGreaterThan(0);
      expect(list.items.every((c) => c.orgUnit.code === '61')).toBe(true);
      expect(list.items.map((c) => c.status)).toEqual(expect.arrayContaining(['DRAFT', 'REVIEWED']));
      expect((await t.http().get(`/api/v1/climate-checks/${theirs.id}`).set(dept())).status).toBe(404);
      expect((await t.http().get(`/api/v1/climate-checks/${theirs.id}/audit-events`).set(dept())).status).toBe(404);
      const draftOfTheirs = await draft({ orgUnitId: units['66'].id }, cm());
      expect((await patch(draftOfTheirs.id, { title: 'Fremd', version: 1 })).status).toBe(404);
      expect((await post(draftOfTheirs.id, 'submit', {}, dept())).status).toBe(404);
      expect((await t.http().delete(`/api/v1/climate-checks/${draftOfTheirs.id}`).set(dept())).status).toBe(404);
      for (const role of ['admin', 'executive', 'communication'] as const) {
        expect((await t.http().get(`/api/v1/climate-checks/${theirs.id}`).set(bearer(t.tokens[role]))).status).toBe(200);
      }
    });
  });

  describe('lists', () => {
    const list = async (query: string) =>
      (await t.http().get(`/api/v1/climate-checks?${query}&pageSize=500`).set(bearer(t.tokens.executive)))
        .body as Page<ClimateCheckSummary>;

    it('filters by impact: impact=NEGATIVE means any criterion negative', async () => {
      const negative = await list('impact=NEGATIVE');
      expect(negative.total).toBeGreaterThan(0);
      expect(negative.items.every((c) => c.hasNegativeImpact)).toBe(true);
      const all = await list('');
      expect(
        all.items
          .filter((c) => c.hasNegativeImpact)
          .map((c) => c.id)
          .sort(),
      ).toEqual(negative.items.map((c) => c.id).sort());
      const unknownOrNegative = await list('impact=UNKNOWN,NEGATIVE');
      expect(unknownOrNegative.total).toBeGreaterThan(negative.total);
    });

    it('filters by status, subject type, org unit, relevance and text, and sorts', async () => {
      const reviewed = await list('status=REVIEWED&subjectType=COUNCIL_PROPOSAL');
      expect(reviewed.total).toBeGreaterThan(0);
      expect(reviewed.items.every((c) => c.status === 'REVIEWED' && c.subjectType === 'COUNCIL_PROPOSAL')).toBe(true);
      const ofPlanning = await list(`orgUnitId=${units['61'].id}`);
      expect(ofPlanning.items.every((c) => c.orgUnit.code === '61')).toBe(true);
      expect((await list('climateRelevant=false')).items.every((c) => c.climateRelevant === false)).toBe(true);
      expect((await list('q=hundesteuer')).items.map((c) => c.title)).toEqual(['Satzung zur Änderung der Hundesteuersatzung']);
      const byReference = (await list('sort=reference&subjectType=COUNCIL_PROPOSAL&status=REVIEWED')).items.map((c) => c.reference!);
      expect(byReference).toEqual([...byReference].sort());
      const latestReview = (await list('sort=-reviewedAt')).items;
      expect(latestReview[0].reviewedAt).not.toBeNull();
      expect(latestReview[latestReview.length - 1].reviewedAt).toBeNull();
      for (const bad of ['impact=BAD', 'status=OPEN', 'sort=statement', 'climateRelevant=ja']) {
        expect((await t.http().get(`/api/v1/climate-checks?${bad}`).set(cm())).status).toBe(400);
      }
    });
  });
});
