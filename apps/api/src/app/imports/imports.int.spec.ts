import type { DashboardSummary, ImportSession } from '@klimaschutz/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { tableCounts, waitForImport } from '../../testing/import-helpers';
import { MUENSTER_CSV } from '../../testing/muenster';

const describeMuenster = describe;
const ROOT = join(__dirname, '../../../../..');

/** What a reader of the Münster file counts: per field of action and period, green / orange / red / empty. */
function countsFromSource() {
  const rows = parse(readFileSync(MUENSTER_CSV), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
  const fieldOf = new Map(
    rows.filter((r) => r['parent'] && rows.some((f) => f['id'] === r['parent'] && !f['parent'])).map((m) => [m['id'], m['parent']]),
  );
  const counts: Record<string, Record<string, { green: number; orange: number; red: number; empty: number }>> = {};
  for (const r of rows) {
    const m = r['id'].match(/^(.+)-(13|1516|1718)$/);
    if (!m) continue;
    const field = fieldOf.get(r['parent'])!;
    const bucket = ((counts[m[2]] ??= {})[field] ??= { green: 0, orange: 0, red: 0, empty: 0 });
    const a = r['assessment'];
    if (a === '#01873B') bucket.green++;
    else if (a === 'orange') bucket.orange++;
    else if (a === '#AE1B1B') bucket.red++;
    else bucket.empty++;
  }
  return counts;
}

const PERIOD_OF: Record<string, string> = { '13': 'Sachstand 2013', '1516': 'Sachstand 2015/2016', '1718': 'Sachstand 2017/2018' };

describeMuenster('import of the Münster Klimaschutzkonzept 2020 (real data)', () => {
  let t: TestApp;
  let cm: string;
  const pw = 'ein-sicheres-passwort';
  let first: ImportSession;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'false', INITIAL_ADMIN_EMAIL: 'it@stadt.example', INITIAL_ADMIN_PASSWORD: pw });
    const admin = (await t.http().post('/api/v1/auth/login').send({ email: 'it@stadt.example', password: pw })).body.accessToken;
    await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'km@stadt.example', displayName: 'KM', role: 'CLIMATE_MANAGER', password: pw })
      .expect(201);
    cm = (await t.http().post('/api/v1/auth/login').send({ email: 'km@stadt.example', password: pw })).body.accessToken;
  });
  afterAll(() => t.close());

  it('recognises the columns and previews 5 fields, 54 measures, 3 periods and 162 reports with warnings, writing nothing', async () => {
    const before = await tableCounts(t);
    const r = await t.http().post('/api/v1/imports').set(bearer(cm)).attach('file', MUENSTER_CSV);
    expect(r.status).toBe(201);
    first = r.body;
    expect(first.detectedColumns.map((c) => [c.header, c.field])).toEqual([
      ['assessment', 'assessment'],
      ['id', 'code'],
      ['title', 'title'],
      ['text', 'text'],
      ['priority', 'priority'],
      ['potential', 'potential'],
      ['parent', 'parent'],
    ]);
    expect(first.preview.errors).toEqual([]);
    expect(first.preview.create).toEqual({ fieldsOfAction: 5, orgUnits: 1, reportingPeriods: 3, measures: 54, reports: 162 });
    const messages = first.preview.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/Potenzial „\(3\)“ gilt als geschätzt/);
    expect(messages).toMatch(/Potenzial „-“ gilt als „nicht quantifizierbar“/);
    expect(messages).toMatch(/Bewertung ist leer/);
    expect(messages).toMatch(/„Sachstand 2015 \/ 2016“ wird als „Sachstand 2015\/2016“ geführt/);
    expect(messages).toMatch(/<br>/);
    expect(messages).toMatch(/Stabsstelle Klimaschutz \(Import\)/);
    // The empty assessment is reported at its row and column (Ü4-1718).
    expect(first.preview.warnings.find((w) => /Bewertung ist leer/.test(w.message))).toMatchObject({ column: 'assessment' });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('imports in the background and the cockpit counts per field and period what a reader of the file counts', async () => {
    const r = await t.http().post(`/api/v1/imports/${first.importId}/commit`).set(bearer(cm));
    expect(r.status).toBe(202);
    const done = await waitForImport(t, cm, first.importId);
    expect(done.state).toBe('DONE');
    expect(done.result?.create).toEqual({ fieldsOfAction: 5, orgUnits: 1, reportingPeriods: 3, measures: 54, reports: 162 });

    const periods = (await t.http().get('/api/v1/reporting-periods?pageSize=100').set(bearer(cm))).body.items as {
      id: string;
      name: string;
      startDate: string;
      endDate: string;
    }[];
    // The dates come from the names' years ("2016" is a year, not "20" and a rest).
    expect(periods.map((p) => [p.name, p.startDate, p.endDate]).sort()).toEqual([
      ['Sachstand 2013', '2013-01-01', '2013-12-31'],
      ['Sachstand 2015/2016', '2015-01-01', '2016-12-31'],
      ['Sachstand 2017/2018', '2017-01-01', '2018-12-31'],
    ]);
    const expected = countsFromSource();
    for (const [suffix, name] of Object.entries(PERIOD_OF)) {
      const period = periods.find((p) => p.name === name)!;
      const s = (await t.http().get(`/api/v1/dashboard/summary?reportingPeriodId=${period.id}`).set(bearer(cm))).body as DashboardSummary;
      for (const [field, c] of Object.entries(expected[suffix])) {
        const bucket = s.byFieldOfAction.find((b) => b.code === field)!;
        expect({
          period: name,
          field,
          green: bucket.byAssessment.ON_TRACK,
          orange: bucket.byAssessment.AT_RISK,
          red: bucket.byAssessment.OFF_TRACK,
          grey: bucket.byAssessment.NOT_ASSESSED,
        }).toEqual({ period: name, field, green: c.green, orange: c.orange, red: c.red, grey: c.empty });
      }
    }
    // Spot check against the table in the report: Verkehr 2017/2018 = 2 green, 1 orange, 9 red.
    const p1718 = periods.find((p) => p.name === 'Sachstand 2017/2018')!;
    const s = (await t.http().get(`/api/v1/dashboard/summary?reportingPeriodId=${p1718.id}`).set(bearer(cm))).body as DashboardSummary;
    expect(s.byFieldOfAction.find((b) => b.code === 'V')!.byAssessment).toEqual({ ON_TRACK: 2, AT_RISK: 1, OFF_TRACK: 9, NOT_ASSESSED: 0 });
    expect(s.byFieldOfAction.find((b) => b.code === 'Ü')!.byAssessment).toEqual({ ON_TRACK: 5, AT_RISK: 3, OFF_TRACK: 3, NOT_ASSESSED: 1 });

    const measures = (await t.http().get('/api/v1/measures?pageSize=100&q=Klimaschutzkoordination').set(bearer(cm))).body.items;
    const m = (await t.http().get(`/api/v1/measures/${measures[0].id}`).set(bearer(cm))).body;
    expect(m).toMatchObject({ code: 'Ü1', priority: 'HIGH', status: 'IN_PROGRESS', assessment: 'ON_TRACK' });
    expect(m.description).toMatch(/^Die Klenko war mit 2 Stellen besetzt/);
    expect(m.goal).toBe('Klimaschutzpotenzial: 5 von 5 (geschätzt)');

    const audit = (await t.http().get('/api/v1/audit-events?entityType=import').set(bearer(cm))).body;
    expect(audit.total).toBe(1);

    // The import writes through the features: the history of an imported period or report is found
    // under the same record type as one created in the dashboard.
    const periodHistory = (await t.http().get(`/api/v1/audit-events?entityType=reporting_period&entityId=${p1718.id}`).set(bearer(cm)))
      .body;
    expect(periodHistory.items.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
    const [{ n: reports }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM "progress_reports"');
    expect(Number(reports)).toBe(162);
    const reportHistory = (await t.http().get('/api/v1/audit-events?entityType=progress_report').set(bearer(cm))).body;
    expect(reportHistory.total).toBe(162);
  });

  it('re-importing the same file updates nothing and duplicates nothing', async () => {
    const before = await tableCounts(t);
    const r = await t.http().post('/api/v1/imports').set(bearer(cm)).attach('file', MUENSTER_CSV);
    expect(r.body.preview.create).toEqual({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
    expect(r.body.preview.update).toEqual({ fieldsOfAction: 0, orgUnits: 0, reportingPeriods: 0, measures: 0, reports: 0 });
    expect(new Set(r.body.preview.rows.map((row: { action: string }) => row.action))).toEqual(new Set(['UNCHANGED']));
    await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(cm)).expect(202);
    expect((await waitForImport(t, cm, r.body.importId)).state).toBe('DONE');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('re-importing a changed file updates the measure and the report by code', async () => {
    const csv =
      'Kennung;Titel;Berichtszeitraum;Sachstand Bewertung;Sachstand Text\nÜ2;Klimaschutzfonds (neu);Sachstand 2017 / 2018;grün;Fonds eingerichtet\n';
    const r = await t.http().post('/api/v1/imports').set(bearer(cm)).attach('file', Buffer.from(csv), 'aenderung.csv');
    expect(r.body.preview.errors).toEqual([]);
    expect(r.body.preview.update).toMatchObject({ measures: 1, reports: 1 });
    await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(cm)).expect(202);
    expect((await waitForImport(t, cm, r.body.importId)).state).toBe('DONE');
    const rows = await t.dataSource.query(
      `SELECT m.title, r.assessment, r.text FROM measures m JOIN progress_reports r ON r."measureId" = m.id JOIN reporting_periods p ON p.id = r."periodId" WHERE m.code = 'Ü2' AND p.name = 'Sachstand 2017/2018'`,
    );
    expect(rows).toEqual([{ title: 'Klimaschutzfonds (neu)', assessment: 'ON_TRACK', text: 'Fonds eingerichtet' }]);
  });
});

describe('importing into a city that has master data: a decision per item, never a silent rename, and undo', () => {
  let t: TestApp;
  let cm: string;
  beforeAll(async () => {
    t = await createTestApp();
    cm = t.tokens.climateManager;
  });
  afterAll(() => t.close());

  const fieldNames = async () =>
    Object.fromEntries(
      ((await t.dataSource.query(`SELECT code, name FROM fields_of_action`)) as { code: string; name: string }[]).map((f) => [
        f.code,
        f.name,
      ]),
    );
  const upload = async (file: string | Buffer, name?: string) => {
    const r = await t.http().post('/api/v1/imports').set(bearer(cm)).attach('file', file, name);
    expect(r.status).toBe(201);
    return r.body as ImportSession;
  };
  const commit = async (id: string) => {
    await t.http().post(`/api/v1/imports/${id}/commit`).set(bearer(cm)).expect(202);
    const done = await waitForImport(t, cm, id);
    expect(done).toMatchObject({ state: 'DONE', error: null });
    return done;
  };

  it("files the Münster catalogue under the demo city's fields that share a code letter without renaming them, and says so per field", async () => {
    const before = await fieldNames();
    const session = await upload(MUENSTER_CSV);
    const shared = session.masterData.filter((m) => m.kind === 'FIELD_OF_ACTION' && m.existing);
    expect(shared.map((m) => m.key).sort()).toEqual(['B', 'E', 'G', 'V']);
    for (const item of shared) {
      expect(item).toMatchObject({
        differs: true,
        decision: { action: 'MATCH', targetId: item.existing!.id },
        existing: { name: before[item.key] },
      });
      expect(item.fromFile).not.toBe(before[item.key]);
    }
    expect(session.masterData.find((m) => m.key === 'Ü')).toMatchObject({ existing: null, decision: { action: 'CREATE' } });
    expect(session.preview.update.fieldsOfAction).toBe(0);
    expect(session.preview.warnings.filter((w) => w.rule === 'Handlungsfeld mit anderem Namen zugeordnet')).toHaveLength(4);

    await commit(session.importId);
    expect(await fieldNames()).toEqual({ ...before, Ü: 'Übergreifend' });
    await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(cm)).expect(200);
  });

  it('renames a field, creates a new one under a free code or files under another field only as decided in the preview', async () => {
    const before = await fieldNames();
    const listed = (await t.http().get('/api/v1/fields-of-action').set(bearer(cm))).body;
    const fields = (Array.isArray(listed) ? listed : listed.items) as { id: string; code: string }[];
    const session = await upload(MUENSTER_CSV);
    const decisions = {
      'FIELD_OF_ACTION:E': { action: 'CREATE', code: 'EE' },
      'FIELD_OF_ACTION:G': { action: 'RENAME' },
      'FIELD_OF_ACTION:V': { action: 'MATCH', targetId: fields.find((f) => f.code === 'M')!.id },
    };
    const previewed = await t
      .http()
      .post(`/api/v1/imports/${session.importId}/preview`)
      .set(bearer(cm))
      .send({ mapping: session.mapping, masterData: decisions });
    expect(previewed.status).toBe(200);
    expect(previewed.body.preview.errors).toEqual([]);
    expect(previewed.body.preview.create.fieldsOfAction).toBe(2); // EE and Ü
    expect(previewed.body.preview.update.fieldsOfAction).toBe(1); // G renamed
    expect(previewed.body.masterData.find((m: { key: string }) => m.key === 'E').decision).toEqual({ action: 'CREATE', code: 'EE' });
    expect(await fieldNames()).toEqual(before);

    await commit(session.importId);
    const after = await fieldNames();
    expect(after).toMatchObject({
      E: before['E'],
      EE: 'Energieumwandlung, EE',
      G: 'Gewerbe, Handel, Dienstl.',
      M: before['M'],
      V: before['V'],
      B: before['B'],
    });
    expect(after).not.toHaveProperty('V ');
    const fieldOf = async (code: string) =>
      (
        await t.dataSource.query(
          `SELECT f.code FROM measures m JOIN fields_of_action f ON f.id = m."fieldOfActionId" WHERE m.code = '${code}'`,
        )
      )[0].code;
    expect(await fieldOf('E1')).toBe('EE');
    expect(await fieldOf('V1')).toBe('M');
    expect(await fieldOf('G1')).toBe('G');

    // Undone: the new field and everything imported are gone, the renamed field has its name back.
    const undone = await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(cm));
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ state: 'UNDONE', undoableUntil: null, undone: { by: expect.any(String) } });
    expect(await fieldNames()).toEqual(before);
    expect(await t.dataSource.query(`SELECT code FROM measures WHERE code IN ('E1', 'V1', 'G1')`)).toEqual([]);
    expect((await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(cm))).status).toBe(409);
  });

  it('refuses decisions it cannot carry out, naming them, and writes nothing', async () => {
    const session = await upload(MUENSTER_CSV);
    const send = (masterData: unknown) =>
      t.http().post(`/api/v1/imports/${session.importId}/preview`).set(bearer(cm)).send({ mapping: session.mapping, masterData });
    const taken = await send({ 'FIELD_OF_ACTION:E': { action: 'CREATE', code: 'G' } });
    expect(taken.status).toBe(200);
    expect(taken.body.preview.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/„G“ gibt es schon/) })]);
    expect((await t.http().post(`/api/v1/imports/${session.importId}/commit`).set(bearer(cm))).status).toBe(400);
    for (const bad of [
      { 'FIELD_OF_ACTION:E': { action: 'DELETE' } },
      { 'FIELD_OF_ACTION:E': { action: 'MATCH', targetId: 'E' } },
      { 'MEASURE:E1': { action: 'RENAME' } },
      [],
    ]) {
      const r = await send(bad);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].message).toMatch(/masterData/);
    }
  });

  it('undoes an import only while nobody has worked with what it wrote; then lists it as undone', async () => {
    const csv = 'Kennung;Titel;Handlungsfeld;Status\nU-01;Rückgängig 1;E;geplant\nU-02;Rückgängig 2;E;geplant\n';
    const session = await upload(Buffer.from(csv), 'rueckgaengig.csv');
    await commit(session.importId);
    const [imported] = (await t.http().get('/api/v1/measures?q=Rückgängig%201').set(bearer(cm))).body.items;
    const measure = (await t.http().get(`/api/v1/measures/${imported.id}`).set(bearer(cm))).body;
    await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(bearer(cm))
      .send({ version: measure.version, summary: 'Nach dem Import ergänzt' })
      .expect(200);

    const refused = await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(cm));
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/nichts geändert/);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/Maßnahme U-01 Rückgängig 1 wurde nach dem Import geändert/) }),
    ]);
    expect((await t.http().get(`/api/v1/measures/${measure.id}`).set(bearer(cm))).body.summary).toBe('Nach dem Import ergänzt');
    expect((await t.http().get(`/api/v1/imports/${session.importId}`).set(bearer(cm))).body.state).toBe('DONE');

    // Still listed as undoable in principle: whoever takes the edit back by hand can try again.
    const listed = (await t.http().get('/api/v1/imports').set(bearer(cm))).body as {
      importId: string;
      state: string;
      undoableUntil: string | null;
    }[];
    expect(listed.find((i) => i.importId === session.importId)).toMatchObject({ state: 'DONE', undoableUntil: expect.any(String) });
  });

  it('lets only climate managers list and undo imports', async () => {
    const session = await upload(Buffer.from('Kennung;Titel;Handlungsfeld\nR-01;Rollen;E\n'), 'rollen.csv');
    await commit(session.importId);
    for (const role of ['admin', 'department', 'executive', 'communication'] as const) {
      expect((await t.http().get('/api/v1/imports').set(bearer(t.tokens[role]))).status).toBe(403);
      expect((await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(t.tokens[role]))).status).toBe(403);
    }
    expect((await t.http().get('/api/v1/imports')).status).toBe(401);
    expect((await t.http().post(`/api/v1/imports/${session.importId}/undo`).set(bearer(cm))).status).toBe(200);
  });
});

/**
 * A zip with one deflated part of `inflated` spaces whose local header and directory both claim
 * `stated` bytes. yauzl checks no CRC, so none is computed.
 */
function forgedZip(inflated: number, stated: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(stated, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(stated, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('imports: hostile and broken files, mapping, authorization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const upload = (content: Buffer | string, name: string, role: keyof TestApp['tokens'] = 'climateManager') =>
    t
      .http()
      .post('/api/v1/imports')
      .set(bearer(t.tokens[role]))
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);

  const good = 'Kennung;Titel;Handlungsfeld;Status;Bewertung\nX-01;Neue Maßnahme;E;geplant;grün\n';

  it('lets only climate managers import, and no one without a session', async () => {
    for (const role of ['admin', 'department', 'executive', 'communication'] as const) {
      expect((await upload(good, 'a.csv', role)).status).toBe(403);
      expect((await t.http().get('/api/v1/imports/template.xlsx').set(bearer(t.tokens[role]))).status).toBe(403);
    }
    expect((await t.http().post('/api/v1/imports').attach('file', Buffer.from(good), 'a.csv')).status).toBe(401);
    expect((await upload(good, 'a.csv')).status).toBe(201);
  });

  it.each([
    ['a wrong file type', Buffer.from('%PDF-1.7 …'), 'bericht.pdf', /Dateityp „\.pdf“ wird nicht unterstützt/],
    ['an .xlsx that is not a workbook', Buffer.from('Kennung;Titel\n'), 'tabelle.xlsx', /keine Excel-Arbeitsmappe/],
    [
      'a Windows-1252 CSV',
      Buffer.from([...Buffer.from('Kennung;Titel\nX;Ma'), 0xdf, ...Buffer.from('nahme\n')]),
      'ansi.csv',
      /nicht in UTF-8 kodiert/,
    ],
    ['an empty file', Buffer.alloc(0), 'leer.csv', /leer/],
  ])('refuses %s with a clear message and writes nothing', async (_name, content, fileName, message) => {
    const before = await tableCounts(t);
    const r = await upload(content, fileName);
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(message);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses a file over 5 MB with 413', async () => {
    const r = await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'gross.csv');
    expect(r.status).toBe(413);
    expect(r.body.detail).toMatch(/zu groß/);
  });

  it('refuses an XLSX bomb before unpacking it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Maßnahmen');
    ws.addRow(['Kennung', 'Titel']);
    const filler = 'x'.repeat(30_000);
    // Distinct strings, so the shared-strings table cannot fold them into one.
    for (let i = 0; i < 1000; i++) ws.addRow([`B-${i}`, `${i} ${filler}`]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    expect(buffer.length).toBeLessThan(5 * 1024 * 1024);
    const r = await upload(buffer, 'bombe.xlsx');
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/entpackt .* MB/);
  });

  it('refuses an XLSX whose directory understates what it inflates to, counting what really comes out', async () => {
    // The reviewers' forged archive: its sizes say 1 kB, its one part inflates to 200 MB.
    const buffer = forgedZip(200 * 1024 * 1024, 1024);
    expect(buffer.length).toBeLessThan(1024 * 1024);
    const before = await tableCounts(t);
    const r = await upload(buffer, 'gefaelscht.xlsx');
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/Zip-Verzeichnis stimmt nicht mit dem Inhalt überein/);
    // Honest sizes above the limit are refused by the count as well.
    const honest = await upload(forgedZip(60 * 1024 * 1024, 60 * 1024 * 1024), 'ehrlich.xlsx');
    expect(honest.body.detail).toMatch(/entpackt mehr als 25 MB/);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses too many rows', async () => {
    const csv = 'Kennung;Titel;Handlungsfeld\n' + Array.from({ length: 5001 }, (_, i) => `R-${i};T;E`).join('\n');
    const r = await upload(csv, 'viele.csv');
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/zu viele Zeilen/);
  });

  it('reports formulas, duplicate codes and unknown words by row and column, and refuses to commit', async () => {
    const csv = [
      'Kennung;Titel;Handlungsfeld;Status;Bewertung',
      'X-01;"=HYPERLINK(""http://evil.example"";""klick"")";E;geplant;grün',
      'X-02;Gut;E;irgendwie;grün',
      'X-02;Doppelt;E;geplant;grün',
      'X-03;@SUM(1+1);E;geplant;lila',
    ].join('\n');
    const before = await tableCounts(t);
    const r = await upload(csv, 'boese.csv');
    expect(r.status).toBe(201);
    const errors = r.body.preview.errors as { row: number; column: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'Titel', message: expect.stringMatching(/Formel/) }),
        expect.objectContaining({ row: 3, column: 'Status', message: expect.stringMatching(/„irgendwie“ ist kein bekannter Wert/) }),
        expect.objectContaining({ row: 4, column: 'Kennung', message: expect.stringMatching(/mehrfach/) }),
        expect.objectContaining({ row: 5, column: 'Titel', message: expect.stringMatching(/Formel/) }),
        expect.objectContaining({ row: 5, column: 'Bewertung' }),
      ]),
    );
    const c = await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(t.tokens.climateManager));
    expect(c.status).toBe(400);
    expect(c.body.detail).toMatch(/nichts importiert/);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('holds imported texts to the rule for every text: no control characters, a line break in a one-line field becomes a space', async () => {
    const csv = [
      'Kennung;Titel;Handlungsfeld;Beschreibung',
      'C-01;"Titel mit\rWagenrücklauf";E;Erste Zeile',
      'C-02;Glocke\u0007;E;"Zeile eins\nZeile zwei"',
      'C-03;Sauber;E;"Text mit\nUmbruch und\tTabulator"',
    ].join('\n');
    const r = await upload(csv, 'steuerzeichen.csv');
    expect(r.status).toBe(201);
    type Row = { row: number; code: string; action: string };
    const rowOf = (code: string) => (r.body.preview.rows as Row[]).find((row) => row.code === code)!;
    expect(r.body.preview.errors).toEqual([
      {
        row: rowOf('C-02').row,
        column: 'Titel',
        message: 'Titel darf keine Steuerzeichen enthalten, auch keinen Zeilenumbruch oder Tabulator.',
      },
      { row: rowOf('C-02').row, column: null, message: 'Die neue Maßnahme C-02 hat keinen Titel.' },
    ]);
    expect(r.body.preview.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: rowOf('C-01').row, column: 'Titel', rule: 'Zeilenumbruch in einzeiliger Angabe' }),
      ]),
    );
    expect([rowOf('C-01').action, rowOf('C-02').action, rowOf('C-03').action]).toEqual(['CREATE', 'ERROR', 'CREATE']);
  });

  it('refuses formula cells in an XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Maßnahmen');
    ws.addRow(['Kennung', 'Titel', 'Handlungsfeld']);
    ws.addRow(['F-01', { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' }, 'E']);
    const r = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'formel.xlsx');
    expect(r.body.preview.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 2, column: 'Titel', message: expect.stringMatching(/Formel/) })]),
    );
  });

  it('lets the user correct a mapping; an unmapped code column is an error', async () => {
    const csv = 'Nummer der Maßnahme;Bezeichnung;Handlungsfeld\nY-01;Mapping-Test;E\n';
    const r = await upload(csv, 'mapping.csv');
    expect(r.body.mapping).toEqual({ '0': null, '1': 'title', '2': 'fieldOfAction' });
    expect(r.body.preview.errors[0].message).toMatch(/Kennung/);
    const p = await t
      .http()
      .post(`/api/v1/imports/${r.body.importId}/preview`)
      .set(bearer(t.tokens.climateManager))
      .send({ mapping: { ...r.body.mapping, '0': 'code' } });
    expect(p.status).toBe(200);
    expect(p.body.preview.errors).toEqual([]);
    expect(p.body.preview.create.measures).toBe(1);
    const bad = await t
      .http()
      .post(`/api/v1/imports/${r.body.importId}/preview`)
      .set(bearer(t.tokens.climateManager))
      .send({ mapping: { '0': 'nonsense' } });
    expect(bad.status).toBe(400);
    await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(t.tokens.climateManager)).expect(202);
    expect((await waitForImport(t, t.tokens.climateManager, r.body.importId)).state).toBe('DONE');
    const list = (await t.http().get('/api/v1/measures?q=Mapping-Test').set(bearer(t.tokens.climateManager))).body;
    expect(list.items.map((m: { code: string }) => m.code)).toEqual(['Y-01']);
  });

  it('lets the user choose the lead for rows that name none: warned per row, kept with the session, applied at commit', async () => {
    const cm = t.tokens.climateManager;
    const csv =
      'Kennung;Titel;Handlungsfeld;Federführung\nDL-1;Ohne Federführung eins;E;\nDL-2;Mit Federführung;E;66\nDL-3;Ohne Federführung zwei;E;\n';
    const r = await upload(csv, 'federfuehrung.csv');
    expect(r.status).toBe(201);
    expect(r.body.defaultLeadOrgUnit).toBeNull();
    const perRow = (session: ImportSession) =>
      session.preview.warnings
        .filter((w) => /Keine Federführung angegeben/.test(w.message))
        .map((w) => [w.row, w.message.match(/\(([^)]+)\) zugeordnet/)?.[1]]);
    // Automatic: the existing Stabsstelle Klimaschutz, said once for the file and at every affected row.
    expect(perRow(r.body)).toEqual([
      [2, 'KS'],
      [4, 'KS'],
    ]);
    const fileLevel = (session: ImportSession) => session.preview.warnings.filter((w) => w.row === 0 && /Federführung/.test(w.message));
    expect(fileLevel(r.body).map((w) => w.message)).toEqual([
      expect.stringMatching(/Stabsstelle „Stabsstelle Klimaschutz“ \(KS\).*wählen/),
    ]);

    const p = await t
      .http()
      .post(`/api/v1/imports/${r.body.importId}/preview`)
      .set(bearer(cm))
      .send({ mapping: r.body.mapping, defaultLeadOrgUnit: '61' });
    expect(p.status).toBe(200);
    expect(p.body.defaultLeadOrgUnit).toBe('61');
    expect(perRow(p.body)).toEqual([
      [2, '61'],
      [4, '61'],
    ]);
    expect(fileLevel(p.body)).toEqual([]);

    const before = await tableCounts(t);
    for (const [body, message] of [
      [{ mapping: r.body.mapping, defaultLeadOrgUnit: 'GIBTSNICHT' }, /„GIBTSNICHT“ gibt es nicht/],
      [{ mapping: r.body.mapping, defaultLeadOrgUnit: 61 }, /defaultLeadOrgUnit muss die Kennung einer Organisationseinheit sein/],
    ] as const) {
      const bad = await t.http().post(`/api/v1/imports/${r.body.importId}/preview`).set(bearer(cm)).send(body);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toMatch(message);
    }
    // A refused choice changes nothing: the session keeps the last valid one.
    expect((await t.http().get(`/api/v1/imports/${r.body.importId}`).set(bearer(cm))).body.defaultLeadOrgUnit).toBe('61');

    await t.http().post(`/api/v1/imports/${r.body.importId}/commit`).set(bearer(cm)).expect(202);
    expect((await waitForImport(t, cm, r.body.importId)).state).toBe('DONE');
    const leads = await t.dataSource.query(
      `SELECT m.code, o.code AS lead FROM measures m JOIN org_units o ON o.id = m."leadOrgUnitId" WHERE m.code IN ('DL-1', 'DL-2', 'DL-3') ORDER BY m.code`,
    );
    expect(leads).toEqual([
      { code: 'DL-1', lead: '61' },
      { code: 'DL-2', lead: '66' },
      { code: 'DL-3', lead: '61' },
    ]);
    expect({ ...(await tableCounts(t)), measures: before.measures }).toEqual(before);
  });

  it('CLI: --default-org-unit leads the rows without a lead; an unknown code writes nothing and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ksc-cli-'));
    const file = join(dir, 'ohne-federfuehrung.csv');
    writeFileSync(file, 'Kennung;Titel;Handlungsfeld\nCLI-1;Per Kommandozeile;E\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/cli/import.ts', file, ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.databaseUrl, SWC_NODE_PROJECT: 'tsconfig.base.json', LOG_LEVEL: 'silent' },
        encoding: 'utf-8',
        timeout: 120_000,
      });
    const before = await tableCounts(t);
    const unknown = run('--default-org-unit', 'GIBTSNICHT');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/„GIBTSNICHT“ gibt es nicht/);
    expect(await tableCounts(t)).toEqual(before);
    expect(run('--default-org-unit').status).toBe(2);

    const ok = run('--default-org-unit=61');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /Warnung \(Zeile 2\): Keine Federführung angegeben; die neue Maßnahme wird „Stadtplanungsamt“ \(61\) zugeordnet/,
    );
    expect(
      await t.dataSource.query(`SELECT o.code FROM measures m JOIN org_units o ON o.id = m."leadOrgUnitId" WHERE m.code = 'CLI-1'`),
    ).toEqual([{ code: '61' }]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers a template with a second sheet of allowed values, which imports as is', async () => {
    const r = await t
      .http()
      .get('/api/v1/imports/template.xlsx')
      .set(bearer(t.tokens.climateManager))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Maßnahmen', 'Erlaubte Werte']);
    const u = await upload(r.body, 'vorlage.xlsx');
    expect(u.body.preview.errors).toEqual([]);
    expect(u.body.detectedColumns.every((c: { field: string | null }) => c.field !== null)).toBe(true);
  });
});
