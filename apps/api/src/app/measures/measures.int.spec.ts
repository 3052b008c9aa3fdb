import type { AuditEvent, FieldOfAction, Measure, MeasureSummary, OrgUnit, Page, User } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

describe('measures API', () => {
  let t: TestApp;
  let fields: FieldOfAction[];
  let orgUnits: OrgUnit[];
  let departmentUser: User;
  const cm = () => bearer(t.tokens.climateManager);

  const count = async () => (await t.dataSource.query('SELECT COUNT(*) AS n FROM measures'))[0].n as number | string;
  const auditCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_events'))[0].n);
  const create = (body: Record<string, unknown>) => t.http().post('/api/v1/measures').set(cm()).send(body);
  const base = () => ({
    code: `N-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Neue Maßnahme',
    fieldOfActionId: fields[0].id,
    leadOrgUnitId: orgUnits[0].id,
  });

  beforeAll(async () => {
    t = await createTestApp();
    fields = (await t.http().get('/api/v1/fields-of-action').set(cm())).body.items;
    orgUnits = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    departmentUser = (await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body;
  });
  afterAll(() => t.close());

  it('creates a measure with every Steckbrief field and assignment, readable by everyone', async () => {
    const [lead, p1, p2] = orgUnits.filter((o) => o.kind === 'FACHBEREICH');
    const body = {
      code: 'V-99',
      title: 'Bike + Ride an allen Stadtbahnhaltestellen',
      summary: 'Überdachte, sichere Fahrradabstellanlagen an 12 Haltestellen.',
      description: 'Die Stadt baut Abstellanlagen mit Ladepunkten für Pedelecs.',
      goal: '600 zusätzliche Stellplätze bis 2028',
      fieldOfActionId: fields[1].id,
      leadOrgUnitId: lead.id,
      participatingOrgUnitIds: [p1.id, p2.id],
      externalActors: 'Verkehrsverbund, ADFC',
      targetGroup: 'Pendlerinnen und Pendler',
      priority: 'HIGH',
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      progressPercent: 35,
      plannedStart: '2026-01-01',
      plannedEnd: '2028-12-31',
      actualStart: '2026-03-15',
      actualEnd: null,
      costEstimateEur: 1250000.5,
      fundingSource: 'Kommunalrichtlinie (NKI), Förderquote 70 %',
      ghgReductionTargetT: 420,
      ghgReductionAchievedT: 12.5,
      responsibleContact: 'Sachgebiet Radverkehr, Tel. 0123 456-6620',
      internalNotes: 'Grunderwerb an zwei Standorten offen',
      published: false,
      publicSummary: null,
    };
    const created = await create(body);
    expect(created.status).toBe(201);
    const { participatingOrgUnitIds, fieldOfActionId, leadOrgUnitId, ...plain } = body;
    expect(created.body).toMatchObject({ ...plain, version: 1, archived: false });
    expect(created.body.leadOrgUnit.id).toBe(leadOrgUnitId);
    expect(created.body.fieldOfAction.id).toBe(fieldOfActionId);
    expect(created.body.participatingOrgUnits.map((o: OrgUnit) => o.id).sort()).toEqual([...participatingOrgUnitIds].sort());

    const seenByDepartment = await t.http().get(`/api/v1/measures/${created.body.id}`).set(bearer(t.tokens.department));
    expect(seenByDepartment.status).toBe(200);
    expect(seenByDepartment.body.title).toBe(body.title);
    expect(seenByDepartment.body.permissions).toEqual({ edit: false, editPublication: false, archive: false, manageMilestones: false });
    const history: Page<AuditEvent> = (await t.http().get(`/api/v1/measures/${created.body.id}/audit-events`).set(cm())).body;
    expect(history.items[0]).toMatchObject({ action: 'CREATE', entityLabel: 'V-99' });
    expect(history.items[0].changes).toEqual(expect.arrayContaining([{ field: 'title', before: null, after: body.title }]));
  });

  describe('refuses bad input with 400, names the field and stores nothing', () => {
    it.each([
      ['an unknown field', { hackedField: 1 }, 'hackedField'],
      ['a missing title', { title: undefined }, 'title'],
      ['an empty title', { title: '   ' }, 'title'],
      ['an oversized title', { title: 'x'.repeat(301) }, 'title'],
      ['an oversized description', { description: 'x'.repeat(20001) }, 'description'],
      ['an unknown status', { status: 'DONE' }, 'status'],
      ['an unknown assessment', { assessment: 'GREEN' }, 'assessment'],
      ['progress above 100', { progressPercent: 101 }, 'progressPercent'],
      ['progress as text', { progressPercent: '50' }, 'progressPercent'],
      ['a non-existent date', { plannedStart: '2026-02-30' }, 'plannedStart'],
      ['a German date format', { plannedEnd: '31.12.2026' }, 'plannedEnd'],
      ['a negative cost', { costEstimateEur: -1 }, 'costEstimateEur'],
      ['a malformed org unit id', { leadOrgUnitId: 'amt-61' }, 'leadOrgUnitId'],
      ['a null priority', { priority: null }, 'priority'],
      ['participants as a string', { participatingOrgUnitIds: 'abc' }, 'participatingOrgUnitIds'],
      ['a code with spaces inside', { code: 'V 01; DROP' }, 'code'],
      ['an end before the start', { plannedStart: '2027-01-01', plannedEnd: '2026-01-01' }, 'plannedEnd'],
      ['a non-existent lead org unit', { leadOrgUnitId: '00000000-0000-4000-8000-000000000000' }, 'leadOrgUnitId'],
    ])('%s', async (_name, change, field) => {
      const before = [await count(), await auditCount()];
      const response = await create({ ...base(), ...change });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(response.body.errors.every((e: { message: string }) => e.message.length > 5)).toBe(true);
      expect([await count(), await auditCount()]).toEqual(before);
    });

    it('a body that is not JSON', async () => {
      const response = await t.http().post('/api/v1/measures').set(cm()).set('Content-Type', 'application/json').send('{"code": ');
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/JSON/);
    });

    it('a body over 1 MB', async () => {
      const response = await create({ ...base(), description: 'x'.repeat(1_100_000) });
      expect(response.status).toBe(413);
    });
  });

  it('answers a duplicate code with 409 and keeps the first measure', async () => {
    const first = await create({ ...base(), code: 'DUP-1' });
    expect(first.status).toBe(201);
    const second = await create({ ...base(), code: 'DUP-1', title: 'Zweite' });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].field).toBe('code');
    const list = (await t.http().get('/api/v1/measures?q=DUP-1').set(cm())).body;
    expect(list.items.map((m: MeasureSummary) => m.title)).toEqual(['Neue Maßnahme']);
  });

  it('refuses a stale version with 409 and changes nothing (optimistic locking)', async () => {
    const created = (await create(base())).body as Measure;
    const alice = await t.http().patch(`/api/v1/measures/${created.id}`).set(cm()).send({ title: 'Fassung von Alice', version: 1 });
    expect(alice.status).toBe(200);
    expect(alice.body.version).toBe(2);
    const bob = await t.http().patch(`/api/v1/measures/${created.id}`).set(cm()).send({ title: 'Fassung von Bob', version: 1 });
    expect(bob.status).toBe(409);
    expect(bob.body.detail).toMatch(/inzwischen/);
    const now = (await t.http().get(`/api/v1/measures/${created.id}`).set(cm())).body;
    expect(now).toMatchObject({ title: 'Fassung von Alice', version: 2 });
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const created = (await create(base())).body as Measure;
    const results = await Promise.all(
      ['A', 'B'].map((who) =>
        t
          .http()
          .patch(`/api/v1/measures/${created.id}`)
          .set(cm())
          .send({ title: `Fassung ${who}`, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('records changes with before and after values, and reassignments of participants', async () => {
    const [a, b, c] = orgUnits.filter((o) => o.kind === 'FACHBEREICH').slice(3);
    const created = (await create({ ...base(), participatingOrgUnitIds: [a.id, b.id] })).body as Measure;
    const updated = await t
      .http()
      .patch(`/api/v1/measures/${created.id}`)
      .set(cm())
      .send({ status: 'DELAYED', participatingOrgUnitIds: [b.id, c.id], version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body.participatingOrgUnits.map((o: OrgUnit) => o.id).sort()).toEqual([b.id, c.id].sort());
    const history: AuditEvent[] = (await t.http().get(`/api/v1/measures/${created.id}/audit-events`).set(cm())).body.items;
    expect(history[0].action).toBe('UPDATE');
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'PLANNED', after: 'DELAYED' },
        { field: 'participatingOrgUnitIds', before: [a.id, b.id].sort(), after: [b.id, c.id].sort() },
      ]),
    );
  });

  it('lets the communication unit change only what the public sees', async () => {
    const created = (await create(base())).body as Measure;
    const token = bearer(t.tokens.communication);
    const publish = await t
      .http()
      .patch(`/api/v1/measures/${created.id}`)
      .set(token)
      .send({ published: true, publicSummary: 'Mehr Radstellplätze an Haltestellen.', version: 1 });
    expect(publish.status).toBe(200);
    expect(publish.body.published).toBe(true);
    const sneaky = await t
      .http()
      .patch(`/api/v1/measures/${created.id}`)
      .set(token)
      .send({ published: false, title: 'Anders', version: 2 });
    expect(sneaky.status).toBe(403);
    expect((await t.http().get(`/api/v1/measures/${created.id}`).set(cm())).body).toMatchObject({
      title: 'Neue Maßnahme',
      published: true,
    });
  });

  it('refuses a department user editing master data, even of a measure its own org unit leads', async () => {
    const own = (await create({ ...base(), leadOrgUnitId: departmentUser.orgUnit!.id })).body as Measure;
    const response = await t
      .http()
      .patch(`/api/v1/measures/${own.id}`)
      .set(bearer(t.tokens.department))
      .send({ title: 'Geändert', version: 1 });
    expect(response.status).toBe(403);
    expect((await t.http().get(`/api/v1/measures/${own.id}`).set(cm())).body.title).toBe('Neue Maßnahme');
  });

  describe('milestones', () => {
    it('lets a department tick off only the milestones of its own org unit', async () => {
      const other = orgUnits.find((o) => o.kind === 'FACHBEREICH' && o.id !== departmentUser.orgUnit!.id)!;
      const m = (await create({ ...base(), leadOrgUnitId: other.id, participatingOrgUnitIds: [departmentUser.orgUnit!.id] }))
        .body as Measure;
      const mine = await t
        .http()
        .post(`/api/v1/measures/${m.id}/milestones`)
        .set(cm())
        .send({ title: 'Bebauungsplan anpassen', responsibleOrgUnitId: departmentUser.orgUnit!.id, dueDate: '2027-03-31' });
      const theirs = await t
        .http()
        .post(`/api/v1/measures/${m.id}/milestones`)
        .set(cm())
        .send({ title: 'Ausschreibung', responsibleOrgUnitId: other.id, dueDate: '2027-06-30' });
      expect([mine.status, theirs.status]).toEqual([201, 201]);

      const dept = bearer(t.tokens.department);
      const done = await t
        .http()
        .patch(`/api/v1/measures/${m.id}/milestones/${mine.body.id}`)
        .set(dept)
        .send({ state: 'DONE', version: 1 });
      expect(done.status).toBe(200);
      expect(done.body.state).toBe('DONE');
      expect(done.body.doneDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const foreign = await t
        .http()
        .patch(`/api/v1/measures/${m.id}/milestones/${theirs.body.id}`)
        .set(dept)
        .send({ state: 'DONE', version: 1 });
      expect(foreign.status).toBe(403);
      const retitle = await t
        .http()
        .patch(`/api/v1/measures/${m.id}/milestones/${mine.body.id}`)
        .set(dept)
        .send({ title: 'Anders', version: 2 });
      expect(retitle.status).toBe(403);

      const history: AuditEvent[] = (await t.http().get(`/api/v1/measures/${m.id}/audit-events`).set(cm())).body.items;
      expect(history[0]).toMatchObject({ entityType: 'milestone', action: 'UPDATE', actor: { displayName: departmentUser.displayName } });
    });

    it('refuses a responsible org unit that takes no part in the measure', async () => {
      const [lead, outsider] = orgUnits.filter((o) => o.kind === 'FACHBEREICH');
      const m = (await create({ ...base(), leadOrgUnitId: lead.id })).body as Measure;
      const response = await t
        .http()
        .post(`/api/v1/measures/${m.id}/milestones`)
        .set(cm())
        .send({ title: 'X', responsibleOrgUnitId: outsider.id });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('responsibleOrgUnitId');
    });

    it('answers 404 for a milestone of another measure', async () => {
      const a = (await create(base())).body as Measure;
      const b = (await create(base())).body as Measure;
      const ms = (await t.http().post(`/api/v1/measures/${a.id}/milestones`).set(cm()).send({ title: 'Nur bei A' })).body;
      const response = await t.http().patch(`/api/v1/measures/${b.id}/milestones/${ms.id}`).set(cm()).send({ title: 'X', version: 1 });
      expect(response.status).toBe(404);
    });
  });

  describe('list', () => {
    const list = async (query: string) =>
      (await t.http().get(`/api/v1/measures?${query}`).set(bearer(t.tokens.executive))).body as Page<MeasureSummary>;

    it('pages through all active measures without gaps or repeats', async () => {
      const all = await list('pageSize=500');
      const pages = [await list('pageSize=7&page=1'), await list('pageSize=7&page=2')];
      expect(pages[0].total).toBe(all.total);
      expect(pages[0].items).toHaveLength(7);
      expect([...pages[0].items, ...pages[1].items].map((m) => m.id)).toEqual(all.items.slice(0, 14).map((m) => m.id));
      // Past the last page the list is empty but still tells how many there are.
      const beyond = await list('pageSize=7&page=99');
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe(all.total);
      const filtered = await list('status=COMPLETED&pageSize=500');
      expect((await list('status=COMPLETED&pageSize=1&page=999')).total).toBe(filtered.total);
    });

    it('sorts by code in both directions', async () => {
      const asc = (await list('sort=code&pageSize=500')).items.map((m) => m.code);
      const desc = (await list('sort=-code&pageSize=500')).items.map((m) => m.code);
      expect(desc).toEqual([...asc].reverse());
      expect(asc[0] < asc[asc.length - 1]).toBe(true);
    });

    it('sorts by a whitelisted field and refuses others', async () => {
      const byProgress = (await list('sort=-progressPercent&pageSize=500')).items.map((m) => m.progressPercent);
      expect(byProgress).toEqual([...byProgress].sort((a, b) => b - a));
      const bad = await t.http().get('/api/v1/measures?sort=passwordHash').set(cm());
      expect(bad.status).toBe(400);
    });

    it('filters by status, assessment, field of action and org unit', async () => {
      const delayed = await list('status=DELAYED,ON_HOLD&pageSize=500');
      expect(delayed.total).toBeGreaterThan(0);
      expect(delayed.items.every((m) => ['DELAYED', 'ON_HOLD'].includes(m.status))).toBe(true);
      const red = await list('assessment=OFF_TRACK&pageSize=500');
      expect(red.items.every((m) => m.assessment === 'OFF_TRACK')).toBe(true);
      const field = await list(`fieldOfActionId=${fields[0].id}&pageSize=500`);
      expect(field.items.every((m) => m.fieldOfAction.id === fields[0].id)).toBe(true);

      const orgId = departmentUser.orgUnit!.id;
      const lead = await list(`orgUnitId=${orgId}&orgUnitRole=lead&pageSize=500`);
      const any = await list(`orgUnitId=${orgId}&pageSize=500`);
      expect(lead.items.every((m) => m.leadOrgUnit.id === orgId)).toBe(true);
      expect(any.total).toBeGreaterThan(lead.total);
    });

    it('finds measures by words of title and description, case- and umlaut-insensitive', async () => {
      await create({ ...base(), code: 'S-77', title: 'Entsiegelung von Schulhöfen', description: 'Mehr GRÜN, weniger Asphalt' });
      expect((await list('q=SCHULHÖFEN')).items.map((m) => m.code)).toContain('S-77');
      expect((await list('q=grün, weniger')).items.map((m) => m.code)).toContain('S-77');
      expect((await list('q=100%25')).items.every((m) => m.code !== 'S-77')).toBe(true);
    });

    it('shows in each row exactly what the measure itself says (dates, flags, references)', async () => {
      const body = {
        ...base(),
        code: 'ROW-1',
        title: 'Zeile wie Steckbrief',
        plannedEnd: '2029-02-28',
        published: true,
        publicSummary: 'Öffentlich.',
        priority: 'HIGH',
        progressPercent: 42,
      };
      const created = (await create(body)).body as Measure;
      const [row] = (await list('q=ROW-1')).items;
      const detail = (await t.http().get(`/api/v1/measures/${created.id}`).set(bearer(t.tokens.executive))).body as Measure;
      const { id, code, title, status, assessment, priority, progressPercent, plannedEnd, published, archived, updatedAt, version } =
        detail;
      expect(row).toEqual({
        id,
        code,
        title,
        status,
        assessment,
        priority,
        progressPercent,
        plannedEnd,
        published,
        archived,
        updatedAt,
        version,
        fieldOfAction: {
          id: detail.fieldOfAction.id,
          code: detail.fieldOfAction.code,
          name: detail.fieldOfAction.name,
          colour: fields[0].colour,
        },
        leadOrgUnit: { id: detail.leadOrgUnit.id, code: detail.leadOrgUnit.code, name: detail.leadOrgUnit.name },
      });
      expect(row).toMatchObject({ plannedEnd: '2029-02-28', published: true, progressPercent: 42, priority: 'HIGH' });
      expect(Math.abs(Date.parse(row.updatedAt) - Date.now())).toBeLessThan(60_000);

      const onPublicPage = await list('published=true&pageSize=500');
      expect(onPublicPage.items.map((m) => m.code)).toContain('ROW-1');
      expect(onPublicPage.items.every((m) => m.published)).toBe(true);
      expect((await list('published=false&pageSize=500')).items.map((m) => m.code)).not.toContain('ROW-1');
      // A full page still counts everything behind it.
      const all = await list('pageSize=500');
      expect((await list('pageSize=3')).total).toBe(all.total);
      expect((await list(`pageSize=1&page=${all.total}`)).items).toHaveLength(1);
    });

    it('refuses unknown filter values and parameters', async () => {
      expect((await t.http().get('/api/v1/measures?status=FERTIG').set(cm())).status).toBe(400);
      expect((await t.http().get('/api/v1/measures?pageSize=100000').set(cm())).status).toBe(400);
      expect((await t.http().get('/api/v1/measures?foo=bar').set(cm())).status).toBe(400);
    });
  });

  it('archives instead of deleting: gone from the list, kept in the archive, restorable', async () => {
    const m = (await create({ ...base(), code: 'ARCH-1', published: true })).body as Measure;
    const archived = await t.http().delete(`/api/v1/measures/${m.id}`).set(cm());
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, published: false });
    expect((await t.http().get('/api/v1/measures?q=ARCH-1').set(cm())).body.total).toBe(0);
    expect((await t.http().get('/api/v1/measures?q=ARCH-1&archived=true').set(cm())).body.total).toBe(1);
    const edit = await t.http().patch(`/api/v1/measures/${m.id}`).set(cm()).send({ title: 'x', version: archived.body.version });
    expect(edit.status).toBe(400);
    const restored = await t.http().post(`/api/v1/measures/${m.id}/restore`).set(cm());
    expect(restored.body.archived).toBe(false);
    const actions = (await t.http().get(`/api/v1/measures/${m.id}/audit-events`).set(cm())).body.items.map((e: AuditEvent) => e.action);
    expect(actions).toEqual(['RESTORE', 'ARCHIVE', 'CREATE']);
  });

  it('answers 404 for a measure that does not exist and 400 for a malformed id', async () => {
    expect((await t.http().get('/api/v1/measures/00000000-0000-4000-8000-000000000000').set(cm())).status).toBe(404);
    expect((await t.http().get('/api/v1/measures/abc').set(cm())).status).toBe(400);
  });
});
