import ExcelJS from 'exceljs';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { waitForImport } from '../../testing/import-helpers';
import { MUENSTER_CSV } from '../../testing/muenster';
import { binary } from '../../testing/pdf';
import { escapeCell } from './table';

const pw = 'ein-sicheres-passwort';
async function emptyCity(): Promise<{ t: TestApp; cm: string }> {
  const t = await createTestApp({ SEED_DEMO: 'false', INITIAL_ADMIN_EMAIL: 'it@stadt.example', INITIAL_ADMIN_PASSWORD: pw });
  const admin = (await t.http().post('/api/v1/auth/login').send({ email: 'it@stadt.example', password: pw })).body.accessToken;
  await t
    .http()
    .post('/api/v1/users')
    .set(bearer(admin))
    .send({ email: 'km@stadt.example', displayName: 'KM', role: 'CLIMATE_MANAGER', password: pw })
    .expect(201);
  return { t, cm: (await t.http().post('/api/v1/auth/login').send({ email: 'km@stadt.example', password: pw })).body.accessToken };
}
async function importFile(t: TestApp, cm: string, content: Buffer | string, name: string) {
  const r = await t
    .http()
    .post('/api/v1/imports')
    .set(bearer(cm))
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  expect(r.status).toBe(201);
  expect(r.body.preview.errors).toEqual([]);
  await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(cm)).expect(202);
  expect((await waitForImport(t, cm, r.body.importId)).state).toBe('DONE');
}
const snapshot = async (t: TestApp) => ({
  measures: await t.dataSource.query(
    `SELECT m.code, m.title, m.summary, m.description, m.goal, m.status, m.assessment, m.priority, m."progressPercent", f.code AS field, f.name AS "fieldName", o.code AS lead
     FROM measures m JOIN fields_of_action f ON f.id = m."fieldOfActionId" JOIN org_units o ON o.id = m."leadOrgUnitId" ORDER BY m.code`,
  ),
  reports: await t.dataSource.query(
    `SELECT m.code, p.name, p."startDate", p."endDate", r.assessment, r.status, r.text, r.state FROM progress_reports r
     JOIN measures m ON m.id = r."measureId" JOIN reporting_periods p ON p.id = r."periodId" ORDER BY m.code, p.name`,
  ),
});

describe('exports: CSV/XLSX and the round trip export → import', () => {
  let a: { t: TestApp; cm: string };
  let b: { t: TestApp; cm: string };
  beforeAll(async () => {
    a = await emptyCity();
    b = await emptyCity();
    await importFile(a.t, a.cm, require('node:fs').readFileSync(MUENSTER_CSV), 'sachstand.csv');
    // A title that a spreadsheet would run as a formula, written escaped in the file.
    await importFile(
      a.t,
      a.cm,
      'Kennung;Titel;Handlungsfeld\nX-1;\'=HYPERLINK("http://evil.example")\n'.replace('")\n', '");V\n'),
      'formel.csv',
    );
  });
  afterAll(async () => {
    await a.t.close();
    await b.t.close();
  });

  it('writes CSV as UTF-8 with BOM and semicolons, and escapes formulas', async () => {
    const r = await a.t
      .http()
      .get('/api/v1/exports/measures.csv')
      .set(bearer(a.cm))
      .buffer(true)
      .parse(binary as never);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/csv/);
    const text = (r.body as Buffer).toString('utf-8');
    expect(text.startsWith('\uFEFFKennung;Titel;')).toBe(true);
    expect(text).toContain(`X-1;"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).not.toMatch(/;=HYPERLINK/);
    expect(escapeCell('-5')).toBe('-5');
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('filters like the measure list', async () => {
    const r = await a.t
      .http()
      .get('/api/v1/exports/measures.csv?q=Klimaschutzkoordination')
      .set(bearer(a.cm))
      .buffer(true)
      .parse(binary as never);
    expect((r.body as Buffer).toString('utf-8').trim().split('\r\n')).toHaveLength(2);
    expect((await a.t.http().get('/api/v1/exports/measures.pdf').set(bearer(a.cm))).status).toBe(400);
  });

  it('sorts like the measure list, and refuses a sort key the list does not know', async () => {
    const list = await a.t.http().get('/api/v1/measures?sort=-title&pageSize=500').set(bearer(a.cm));
    const r = await a.t
      .http()
      .get('/api/v1/exports/measures.csv?sort=-title')
      .set(bearer(a.cm))
      .buffer(true)
      .parse(binary as never);
    const codes = (r.body as Buffer)
      .toString('utf-8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[0]);
    expect(codes).toEqual(list.body.items.map((m: { code: string }) => m.code));
    const unknown = await a.t.http().get('/api/v1/exports/measures.csv?sort=constructor').set(bearer(a.cm));
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/Erlaubt: code, title/);
  });

  it('round trip: measures and every period’s reports, exported and imported into an empty database, are the same', async () => {
    const measures = await a.t
      .http()
      .get('/api/v1/exports/measures.xlsx')
      .set(bearer(a.cm))
      .buffer(true)
      .parse(binary as never);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(measures.body);
    expect(wb.worksheets[0].rowCount).toBe(56);
    await importFile(b.t, b.cm, measures.body, 'massnahmen.xlsx');
    const periods = (await a.t.http().get('/api/v1/reporting-periods?pageSize=100').set(bearer(a.cm))).body.items as { id: string }[];
    for (const p of periods) {
      const csv = await a.t
        .http()
        .get(`/api/v1/exports/reports.csv?periodId=${p.id}`)
        .set(bearer(a.cm))
        .buffer(true)
        .parse(binary as never);
      expect(csv.status).toBe(200);
      await importFile(b.t, b.cm, csv.body, 'sachstaende.csv');
    }
    const [sa, sb] = [await snapshot(a.t), await snapshot(b.t)];
    expect(sb.measures).toEqual(sa.measures);
    expect(sb.reports).toEqual(sa.reports);
    expect(sb.reports).toHaveLength(162);
  });

  it('answers 404 for an unknown period and 401 without a session', async () => {
    expect(
      (await a.t.http().get('/api/v1/exports/reports.csv?periodId=00000000-0000-4000-8000-000000000000').set(bearer(a.cm))).status,
    ).toBe(404);
    expect((await a.t.http().get('/api/v1/exports/reports.csv')).status).toBe(401);
  });
});
