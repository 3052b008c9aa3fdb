import {
  MEASURE_STATUS_LABELS,
  OPEN_DATA_CSV_COLUMNS,
  type MeasureSummary,
  type Page,
  type PublicMeasure,
  type PublicMeasureDetail,
  type PublicSummary,
} from '@klimaschutz/contracts';
import { parse } from 'csv-parse/sync';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/** Every key a public answer may contain, by path. Anything else is a leak. */
const ALLOWED = {
  measure: [
    'id',
    'code',
    'title',
    'publicSummary',
    'status',
    'progressPercent',
    'fieldOfAction',
    'responsibleDepartment',
    'plannedStart',
    'plannedEnd',
    'updatedAt',
  ],
  detail: ['goal', 'ghgReductionTargetT', 'notes'],
  fieldOfAction: ['id', 'code', 'name', 'colour'],
  responsibleDepartment: ['name', 'email'],
  note: ['id', 'date', 'text'],
  summary: ['publishedMeasures', 'byStatus', 'averageProgressPercent', 'ghg', 'byFieldOfAction', 'updatedAt'],
  summaryField: ['id', 'code', 'name', 'colour', 'total', 'completed', 'inProgress'],
  page: ['items', 'total', 'page', 'pageSize'],
  openData: ['licence', 'publisher', 'generatedAt', 'measures'],
};

function expectOnlyKeys(value: object, allowed: string[], where: string) {
  expect({ where, keys: Object.keys(value).filter((k) => !allowed.includes(k)) }).toEqual({ where, keys: [] });
}

function expectPublicMeasure(m: PublicMeasure, extra: string[] = []) {
  expectOnlyKeys(m, [...ALLOWED.measure, ...extra], `measure ${m.code}`);
  expectOnlyKeys(m.fieldOfAction, ALLOWED.fieldOfAction, 'fieldOfAction');
  expectOnlyKeys(m.responsibleDepartment, ALLOWED.responsibleDepartment, 'responsibleDepartment');
}

describe('public transparency API', () => {
  let t: TestApp;
  let all: MeasureSummary[];
  const cm = () => bearer(t.tokens.climateManager);
  const pub = (path: string) => t.http().get(`/api/v1/public${path}`);

  beforeAll(async () => {
    t = await createTestApp();
    all = ((await t.http().get('/api/v1/measures?pageSize=500').set(cm())).body as Page<MeasureSummary>).items;
  });
  afterAll(() => t.close());

  it('lists exactly the published measures, without login, with only allow-listed fields', async () => {
    const response = await pub('/measures?pageSize=500');
    expect(response.status).toBe(200);
    const body = response.body as Page<PublicMeasure>;
    expectOnlyKeys(body, ALLOWED.page, 'page');
    expect(body.items.map((m) => m.id).sort()).toEqual(
      all
        .filter((m) => m.published)
        .map((m) => m.id)
        .sort(),
    );
    body.items.forEach((m) => expectPublicMeasure(m));
    // The contact is the department's mailbox, never a person's.
    expect(body.items.every((m) => m.responsibleDepartment.email === null || /^[a-z0-9.-]+@/.test(m.responsibleDepartment.email))).toBe(
      true,
    );
  });

  it('answers 404 for an unpublished or archived measure', async () => {
    const unpublished = all.find((m) => !m.published)!;
    expect((await pub(`/measures/${unpublished.id}`)).status).toBe(404);
    const published = all.find((m) => m.published)!;
    const current = (await t.http().get(`/api/v1/measures/${published.id}`).set(cm())).body;
    expect((await pub(`/measures/${published.id}`)).status).toBe(200);
    await t.http().delete(`/api/v1/measures/${published.id}`).set(cm());
    expect((await pub(`/measures/${published.id}`)).status).toBe(404);
    await t.http().post(`/api/v1/measures/${published.id}/restore`).set(cm());
    await t
      .http()
      .patch(`/api/v1/measures/${published.id}`)
      .set(cm())
      .send({ published: true, version: current.version + 2 });
  });

  it('never lets internal texts, costs, staff contacts, report texts or review comments reach any public answer', async () => {
    const detailBodies: string[] = [];
    const list = (await pub('/measures?pageSize=500')).body as Page<PublicMeasure>;
    for (const m of list.items) {
      const detail = (await pub(`/measures/${m.id}`)).body as PublicMeasureDetail;
      expectPublicMeasure(detail, ALLOWED.detail);
      detail.notes.forEach((n) => expectOnlyKeys(n, ALLOWED.note, 'note'));
      detailBodies.push(JSON.stringify(detail));
    }
    const summary = (await pub('/summary')).body as PublicSummary;
    expectOnlyKeys(summary, ALLOWED.summary, 'summary');
    summary.byFieldOfAction.forEach((f) => expectOnlyKeys(f, ALLOWED.summaryField, 'summary field'));
    const openData = (await pub('/open-data/measures.json')).body;
    expectOnlyKeys(openData, ALLOWED.openData, 'open data');
    openData.measures.forEach((m: PublicMeasure) => expectPublicMeasure(m));
    const csv = (await pub('/open-data/measures.csv')).text;
    const everything = [JSON.stringify(list), ...detailBodies, JSON.stringify(summary), JSON.stringify(openData), csv].join('\n');

    const secrets: string[] = [];
    for (const row of await t.dataSource.query('SELECT "internalNotes", "responsibleContact", "description" FROM measures')) {
      for (const v of [row.internalNotes, row.responsibleContact, row.description]) if (v && v.length > 12) secrets.push(v);
    }
    for (const row of await t.dataSource.query('SELECT "text", "obstacles", "reviewComment" FROM progress_reports')) {
      for (const v of [row.text, row.obstacles, row.reviewComment]) if (v && v.length > 12) secrets.push(v);
    }
    expect(secrets.length).toBeGreaterThan(50);
    expect(secrets.filter((s) => everything.includes(s))).toEqual([]);
    // Staff names and login addresses (an org mailbox like stabsstelle-klimaschutz@ is public and not a login).
    const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const users: { email: string; displayName: string }[] = await t.dataSource.query('SELECT "email", "displayName" FROM users');
    const leaked = users.flatMap((u) => [u.email, u.displayName]).filter((v) => new RegExp(`(^|[^\\w.-])${escape(v)}`).test(everything));
    expect(leaked).toEqual([]);
    expect(everything).not.toMatch(/costEstimateEur|internalNotes|responsibleContact|passwordHash/);
  });

  it('searches the public texts and filters by field of action and status', async () => {
    const list = ((await pub('/measures?pageSize=500')).body as Page<PublicMeasure>).items;
    const sample = list[0];
    const word = sample.title.split(' ').find((w) => w.length > 5)!;
    const found = ((await pub(`/measures?q=${encodeURIComponent(word.toUpperCase())}`)).body as Page<PublicMeasure>).items;
    expect(found.map((m) => m.id)).toContain(sample.id);
    const byField = ((await pub(`/measures?fieldOfActionId=${sample.fieldOfAction.id}&pageSize=500`)).body as Page<PublicMeasure>).items;
    expect(byField.every((m) => m.fieldOfAction.id === sample.fieldOfAction.id)).toBe(true);
    const done = ((await pub('/measures?status=COMPLETED&pageSize=500')).body as Page<PublicMeasure>).items;
    expect(done.every((m) => m.status === 'COMPLETED')).toBe(true);
    expect((await pub('/measures?status=GEHEIM')).status).toBe(400);
  });

  it('sums the published measures in the summary', async () => {
    const summary = (await pub('/summary')).body as PublicSummary;
    const published = all.filter((m) => m.published);
    expect(summary.publishedMeasures).toBe(published.length);
    expect(summary.byStatus.COMPLETED).toBe(published.filter((m) => m.status === 'COMPLETED').length);
    expect(summary.byFieldOfAction.reduce((a, f) => a + f.total, 0)).toBe(published.length);
  });

  it('offers open data as JSON and Excel-ready CSV with the licence stated', async () => {
    const json = await pub('/open-data/measures.json');
    expect(json.body.licence).toMatchObject({ id: 'dl-de/zero-2-0' });
    const csv = await pub('/open-data/measures.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.startsWith('\uFEFFkennung;titel;')).toBe(true);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(json.body.measures.length + 1);
    expect(lines[1].endsWith(';dl-de/zero-2-0')).toBe(true);
  });

  it('writes German labels beside the codes in the open-data CSV, in the columns its description names', async () => {
    const json = (await pub('/open-data/measures.json')).body as { measures: PublicMeasure[] };
    const records: Record<string, string>[] = parse((await pub('/open-data/measures.csv')).text, {
      delimiter: ';',
      bom: true,
      columns: true,
    });
    expect(Object.keys(records[0])).toEqual(OPEN_DATA_CSV_COLUMNS.map((c) => c.name));
    const header = (await pub('/open-data/measures.csv')).text.split('\r\n')[0];
    expect(header).toContain(';handlungsfeld_kennung;handlungsfeld;status;status_bezeichnung;');
    expect(
      records.map((r) => [r['kennung'], r['status'], r['status_bezeichnung'], r['handlungsfeld_kennung'], r['handlungsfeld']]),
    ).toEqual(json.measures.map((m) => [m.code, m.status, MEASURE_STATUS_LABELS[m.status], m.fieldOfAction.code, m.fieldOfAction.name]));
    const completed = records.find((r) => r['status'] === 'COMPLETED')!;
    expect(completed['status_bezeichnung']).toBe('umgesetzt');
    expect(new Set(records.map((r) => r['status_bezeichnung']))).not.toContain('');
  });

  it('is cacheable: Cache-Control public and a matching ETag answers 304', async () => {
    const first = await pub('/summary');
    expect(first.headers['cache-control']).toMatch(/public, max-age=60/);
    expect(first.headers['etag']).toBeDefined();
    const again = await pub('/summary').set('If-None-Match', first.headers['etag']);
    expect(again.status).toBe(304);
    // Internal answers stay uncacheable.
    expect((await t.http().get('/api/v1/measures').set(cm())).headers['cache-control']).toBe('no-store');
  });

  it('serves editable Impressum, Datenschutz and Barrierefreiheit pages', async () => {
    const initial = await pub('/pages/barrierefreiheit');
    expect(initial.status).toBe(200);
    expect(initial.body.body).toMatch(/BITV 2\.0/);
    expect((await pub('/pages/geheim')).status).toBe(404);
    const saved = await t
      .http()
      .put('/api/v1/site-pages/impressum')
      .set(bearer(t.tokens.admin))
      .send({ title: 'Impressum', body: 'Stadt Musterstadt\n\nRathausplatz 1', version: 0 });
    expect(saved.status).toBe(200);
    expect((await pub('/pages/impressum')).body).toMatchObject({ body: 'Stadt Musterstadt\n\nRathausplatz 1', version: 1 });
    const stale = await t
      .http()
      .put('/api/v1/site-pages/impressum')
      .set(bearer(t.tokens.communication))
      .send({ title: 'X', body: 'Y', version: 0 });
    expect(stale.status).toBe(409);
    expect(
      (await t.http().put('/api/v1/site-pages/impressum').set(bearer(t.tokens.department)).send({ title: 'X', body: 'Y' })).status,
    ).toBe(403);
    expect((await t.http().put('/api/v1/site-pages/impressum').send({ title: 'X', body: 'Y' })).status).toBe(401);
  });

  it('takes barrier reports from anyone and shows them to admins and the communication unit only', async () => {
    const { formToken } = (await pub('/feedback-form')).body;
    expect((await t.http().post('/api/v1/public/feedback').send({ message: '', formToken })).status).toBe(400);
    expect((await t.http().post('/api/v1/public/feedback').send({ message: 'x', email: 'keine-adresse', formToken })).status).toBe(400);
    const sent = await t
      .http()
      .post('/api/v1/public/feedback')
      .send({ message: 'Das Diagramm hat keinen Alternativtext.', page: '/oeffentlich', formToken });
    expect(sent.status).toBe(201);
    const list = await t.http().get('/api/v1/feedback').set(bearer(t.tokens.communication));
    expect(list.body.items[0]).toMatchObject({ message: 'Das Diagramm hat keinen Alternativtext.', handled: false });
    expect((await t.http().get('/api/v1/feedback').set(bearer(t.tokens.department))).status).toBe(403);
    const done = await t
      .http()
      .patch(`/api/v1/feedback/${list.body.items[0].id}`)
      .set(bearer(t.tokens.admin))
      .send({ handled: true, version: list.body.items[0].version });
    expect(done.status).toBe(204);
  });

  it('shows public progress notes written by the communication unit, and refuses them from departments', async () => {
    const measure = all.find((m) => m.published)!;
    const note = await t
      .http()
      .post(`/api/v1/measures/${measure.id}/public-notes`)
      .set(bearer(t.tokens.communication))
      .send({ date: '2026-11-20', text: 'Die ersten 40 Stellplätze sind fertig.' });
    expect(note.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/measures/${measure.id}/public-notes`)
          .set(bearer(t.tokens.department))
          .send({ date: '2026-11-20', text: 'x' })
      ).status,
    ).toBe(403);
    const detail = (await pub(`/measures/${measure.id}`)).body as PublicMeasureDetail;
    expect(detail.notes[0]).toEqual({ id: note.body.id, date: '2026-11-20', text: 'Die ersten 40 Stellplätze sind fertig.' });
    const history = (await t.http().get(`/api/v1/measures/${measure.id}/audit-events`).set(cm())).body.items;
    expect(history[0]).toMatchObject({ entityType: 'public-note', action: 'CREATE' });
  });

  it('records publishing and unpublishing in the measure history', async () => {
    const measure = all.find((m) => !m.published)!;
    const current = (await t.http().get(`/api/v1/measures/${measure.id}`).set(cm())).body;
    await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(bearer(t.tokens.communication))
      .send({ published: true, publicSummary: 'Kurz und klar.', version: current.version });
    const history = (await t.http().get(`/api/v1/measures/${measure.id}/audit-events`).set(cm())).body.items;
    expect(history[0].changes).toEqual(expect.arrayContaining([{ field: 'published', before: false, after: true }]));
    expect((await pub(`/measures/${measure.id}`)).status).toBe(200);
  });
});

describe('public rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 in German once an address asks too often, without touching logins', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.http().get('/api/v1/public/summary')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const blocked = await t.http().get('/api/v1/public/measures');
    expect(blocked.body.detail).toMatch(/Zu viele Anfragen/);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.admin))).status).toBe(200);
  });
});
