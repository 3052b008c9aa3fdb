import {
  CLIMATE_CHECK_STATUS_LABELS,
  CONSULTATION_STATUS_LABELS,
  TRAINING_STATUS_LABELS,
  type ClimateCheckSummary,
  type ConsultationSummary,
  type OrgUnit,
  type Page,
  type TrainingSummary,
} from '@klimaschutz/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { bearer, createTestApp, DEMO_ROLES, type DemoRole, type TestApp } from '../../testing/test-app';

const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

type Cell = string | number | null;

const WIND = '27. Änderung des Flächennutzungsplans: Konzentrationszonen Windenergie';
const CRITERIA = ['Treibhausgasemissionen', 'Energieverbrauch', 'Mobilität', 'Flächenverbrauch', 'Klimaanpassung'];

/** Rows of a CSV export as a German Excel reads it: `;`-separated, after the BOM. */
const csvRows = (body: Buffer): string[][] => parse(body, { delimiter: ';', bom: true, relax_column_count: false });

async function xlsxRows(body: Buffer): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: Cell[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as Cell[]).slice(1).map((v) => v ?? null)));
  return rows;
}

/** The rows of an XLSX export as records keyed by the header row. */
async function xlsxRecords(body: Buffer): Promise<Record<string, Cell>[]> {
  const [headers, ...rows] = await xlsxRows(body);
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i] ?? null])));
}

describe('exports of trainings, consultations and climate checks', () => {
  let t: TestApp;
  let units: Record<string, OrgUnit>;
  const get = (path: string, role: DemoRole = 'climateManager') =>
    t
      .http()
      .get(`/api/v1/${path}`)
      .set(bearer(t.tokens[role]))
      .buffer(true)
      .parse(binary as never);
  /** Everything the list endpoint shows the role for these filters (one page is enough for the demo city). */
  const list = async <T>(path: string, role: DemoRole, filters = '') => {
    const r = await t
      .http()
      .get(`/api/v1/${path}?pageSize=500${filters ? `&${filters}` : ''}`)
      .set(bearer(t.tokens[role]));
    expect(r.status).toBe(200);
    const page = r.body as Page<T>;
    expect(page.total).toBe(page.items.length);
    return page.items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    units = Object.fromEntries(
      ((await t.http().get('/api/v1/org-units?pageSize=500').set(bearer(t.tokens.climateManager))).body.items as OrgUnit[]).map((o) => [
        o.code,
        o,
      ]),
    );
    // A title a spreadsheet would run as a formula: the export must write it as text.
    const created = await t
      .http()
      .post('/api/v1/trainings')
      .set(bearer(t.tokens.climateManager))
      .send({
        title: '=HYPERLINK("http://evil.example";"Anmeldung") Übung für Ämter',
        topic: 'OTHER',
        startsAt: '2099-05-04T09:00:00+02:00',
        durationMinutes: 90,
        trainer: 'Jörg Müller-Weiß',
        format: 'IN_PERSON',
        location: 'Rathaus, Saal „Großer Rat“',
        targetOrgUnitIds: [units['61'].id],
      });
    expect(created.status).toBe(201);
    // Savings with a decimal, which German Excel must not read as a date.
    await t.dataSource.query(`UPDATE climate_checks SET "estimatedGhgEffectT" = -1250.5 WHERE title = '${WIND}'`);
  });
  afterAll(() => t.close());

  describe('trainings', () => {
    it('writes CSV as UTF-8 with BOM and semicolons, with a German header row, formulas escaped and umlauts intact', async () => {
      const r = await get('exports/trainings.csv');
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(r.headers['content-disposition']).toBe('attachment; filename="schulungen.csv"');
      const text = (r.body as Buffer).toString('utf-8');
      expect(text.startsWith('\uFEFFTitel;Thema;Beginn;Dauer (Minuten);Referent/in;Format;Ort;')).toBe(true);
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""Anmeldung"") Übung für Ämter"`);
      expect(text).not.toMatch(/(^|;)"?=HYPERLINK/m);
      const rows = csvRows(r.body);
      const mine = rows.find((row) => row[0].includes('HYPERLINK'))!;
      expect(mine.slice(0, 9)).toEqual([
        `'=HYPERLINK("http://evil.example";"Anmeldung") Übung für Ämter`,
        'Sonstiges',
        '2099-05-04 09:00',
        '90',
        'Jörg Müller-Weiß',
        'Präsenz',
        'Rathaus, Saal „Großer Rat“',
        '',
        'geplant',
      ]);
      expect(mine[10]).toBe('61');
      expect(rows.some((row) => row[0] === 'Klimaschutz-Grundlagen für Führungskräfte')).toBe(true);
    });

    it('XLSX holds what the list shows, in the list’s order, for the same filters', async () => {
      for (const filters of [
        '',
        'when=past',
        'when=past&status=HELD&topic=CLIMATE_CHECK,SUSTAINABLE_PROCUREMENT',
        'format=ONLINE',
        'q=Beschaffung',
        `orgUnitId=${units['61'].id}`,
      ]) {
        const r = await get(`exports/trainings.xlsx${filters ? `?${filters}` : ''}`);
        expect(r.status).toBe(200);
        expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        const records = await xlsxRecords(r.body);
        const items = await list<TrainingSummary>('trainings', 'climateManager', filters);
        expect(records.length).toBeGreaterThan(0);
        expect(
          records.map((x) => [String(x['Titel']).replace(/^'/, ''), x['Status'], x['Teilnehmende'], x['Bewertung (Durchschnitt 1–5)']]),
        ).toEqual(items.map((i) => [i.title, TRAINING_STATUS_LABELS[i.status], i.participantCount, i.feedback.averageScore]));
      }
      // A filter narrows for real: past held trainings are fewer than all.
      const all = await xlsxRecords((await get('exports/trainings.xlsx?when=past')).body);
      const held = await xlsxRecords((await get('exports/trainings.xlsx?when=past&status=HELD&topic=CLIMATE_CHECK')).body);
      expect(held.length).toBeLessThan(all.length);
      expect(new Set(held.map((x) => x['Thema']))).toEqual(new Set(['Klimacheck für Beschlussvorlagen']));
    });

    it('lists participant names only for climate managers and admins', async () => {
      for (const role of DEMO_ROLES) {
        const csv = await get('exports/trainings.csv?when=past', role);
        const xlsx = await get('exports/trainings.xlsx?when=past', role);
        expect([role, csv.status, xlsx.status]).toEqual([role, 200, 200]);
        const text = (csv.body as Buffer).toString('utf-8');
        const header = (await xlsxRows(xlsx.body))[0];
        if (role === 'climateManager' || role === 'admin') {
          expect(header.at(-1)).toBe('Namen der Teilnehmenden');
          expect(text).toContain('61: Anna Becker, Selin Yılmaz, Tobias Krüger');
          expect(JSON.stringify(await xlsxRows(xlsx.body))).toContain('Selin Yılmaz');
        } else {
          expect([role, header.includes('Namen der Teilnehmenden')]).toEqual([role, false]);
          expect([role, text.includes('Namen der Teilnehmenden'), /Anna Becker|Selin Yılmaz|Peter Lange/.test(text)]).toEqual([
            role,
            false,
            false,
          ]);
          expect([role, /Anna Becker|Selin Yılmaz|Peter Lange/.test(JSON.stringify(await xlsxRows(xlsx.body)))]).toEqual([role, false]);
          // Counts per org unit are no personal data and stay.
          expect(text).toMatch(/61: 6/);
        }
      }
    });
  });

  describe('consultations', () => {
    it('CSV: header, labels, decimals with a comma for German Excel', async () => {
      const r = await get('exports/consultations.csv');
      expect(r.status).toBe(200);
      expect(r.headers['content-disposition']).toBe('attachment; filename="beratungen.csv"');
      const [header, ...rows] = csvRows(r.body);
      expect((r.body as Buffer).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(header.slice(0, 6)).toEqual(['Thema', 'Kategorie', 'Status', 'Anfragende Stelle', 'Anfragende Stelle (Name)', 'Angefragt am']);
      const hours = header.indexOf('Aufwand (Stunden)');
      expect(rows.map((row) => row[hours])).toEqual(expect.arrayContaining(['4,5', '1,5', '6']));
      expect(rows.find((row) => row[0] === 'Klimaanpassung im B-Plan Nr. 112 „Am Mühlbach“')).toBeDefined();
      for (const row of rows) expect(row[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('XLSX holds what the list shows each role — a department only its own org unit’s — for the same filters', async () => {
      const cases: [DemoRole, string][] = [
        ['climateManager', ''],
        ['climateManager', 'category=PROCUREMENT,BUILDINGS'],
        ['climateManager', 'status=DONE&sort=topic'],
        ['executive', `orgUnitId=${units['61'].id}`],
        ['department', ''],
        ['department', `orgUnitId=${units['66'].id}`],
      ];
      for (const [role, filters] of cases) {
        const r = await get(`exports/consultations.xlsx${filters ? `?${filters}` : ''}`, role);
        expect(r.status).toBe(200);
        const records = await xlsxRecords(r.body);
        const items = await list<ConsultationSummary>('consultations', role, filters);
        expect(records.map((x) => [x['Thema'], x['Status'], x['Anfragende Stelle'], x['Aufwand (Stunden)'], x['Berater/in']])).toEqual(
          items.map((i) => [
            i.topic,
            CONSULTATION_STATUS_LABELS[i.status],
            i.requestingOrgUnit.code,
            i.effortHours,
            i.consultant?.displayName ?? null,
          ]),
        );
      }
      const own = await xlsxRecords((await get('exports/consultations.xlsx', 'department')).body);
      const all = await xlsxRecords((await get('exports/consultations.xlsx')).body);
      expect(own.length).toBeGreaterThan(0);
      expect(own.length).toBeLessThan(all.length);
      expect(new Set(own.map((x) => x['Anfragende Stelle']))).toEqual(new Set(['61']));
      // Another org unit's filter does not widen a department's view: empty, not someone else's rows.
      expect(await xlsxRecords((await get(`exports/consultations.xlsx?orgUnitId=${units['66'].id}`, 'department')).body)).toEqual([]);
    });
  });

  describe('climate checks', () => {
    it('CSV: header with the five criteria, German labels, a negative decimal with a comma', async () => {
      const r = await get('exports/climate-checks.csv');
      expect(r.status).toBe(200);
      expect(r.headers['content-disposition']).toBe('attachment; filename="klimachecks.csv"');
      const [header, ...rows] = csvRows(r.body);
      expect(header.slice(0, 10)).toEqual([
        'Vorlagennummer / Aktenzeichen',
        'Titel',
        'Art des Vorhabens',
        'Organisationseinheit',
        'Organisationseinheit (Name)',
        'Status',
        'Klimarelevant',
        'Begründung der Klimarelevanz',
        'Treibhausgasemissionen',
        'Treibhausgasemissionen – Begründung',
      ]);
      // Impacts read as German words, never as the API's enum values.
      const impacts = rows.flatMap((row) => CRITERIA.map((c) => row[header.indexOf(c)]));
      expect(new Set(impacts)).toEqual(new Set(['positiv', 'neutral', 'negativ', 'nicht abschätzbar', '']));
      const ghg = header.indexOf('Geschätzte THG-Wirkung (t CO2e/Jahr)');
      expect(rows.find((row) => row[1] === WIND)![ghg]).toBe('-1250,5');
    });

    it('XLSX holds what the list shows each role — a department only its own org unit’s — for the same filters', async () => {
      const cases: [DemoRole, string][] = [
        ['climateManager', ''],
        ['climateManager', 'impact=NEGATIVE'],
        ['communication', 'subjectType=COUNCIL_PROPOSAL&status=REVIEWED,SUBMITTED'],
        ['admin', 'climateRelevant=false'],
        ['department', ''],
        ['department', 'status=DRAFT'],
      ];
      for (const [role, filters] of cases) {
        const r = await get(`exports/climate-checks.xlsx${filters ? `?${filters}` : ''}`, role);
        expect(r.status).toBe(200);
        const records = await xlsxRecords(r.body);
        const items = await list<ClimateCheckSummary>('climate-checks', role, filters);
        expect(records.map((x) => [x['Titel'], x['Status'], x['Organisationseinheit'], x['Vorlagennummer / Aktenzeichen']])).toEqual(
          items.map((i) => [i.title, CLIMATE_CHECK_STATUS_LABELS[i.status], i.orgUnit.code, i.reference]),
        );
      }
      const own = await xlsxRecords((await get('exports/climate-checks.xlsx', 'department')).body);
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((x) => x['Organisationseinheit']))).toEqual(new Set(['61']));
      const negative = await xlsxRecords((await get('exports/climate-checks.xlsx?impact=NEGATIVE')).body);
      expect(negative.length).toBeGreaterThan(0);
      for (const x of negative) expect(CRITERIA.some((k) => x[k] === 'negativ')).toBe(true);
      // Numbers stay numbers in XLSX.
      const all = await xlsxRecords((await get('exports/climate-checks.xlsx')).body);
      expect(all.find((x) => x['Titel'] === WIND)!['Geschätzte THG-Wirkung (t CO2e/Jahr)']).toBe(-1250.5);
    });
  });

  describe('refusals', () => {
    it.each([
      ['trainings.csv?status=VERSCHOBEN', /status muss aus PLANNED, HELD, CANCELLED sein/],
      ['trainings.xlsx?from=2026-02-30', /from muss ein Datum im Format JJJJ-MM-TT sein/],
      ['consultations.csv?category=GARTEN', /category muss aus/],
      ['consultations.csv?staleDays=0', /staleDays muss zwischen 1 und 365 liegen/],
      ['climate-checks.xlsx?impact=GUT', /impact muss aus/],
      ['climate-checks.csv?orgUnitId=61', /orgUnitId muss eine UUID sein/],
      ['climate-checks.csv?sort=farbe', /Nach „farbe“ kann nicht sortiert werden/],
      ['trainings.csv?farbe=gruen', /Unbekanntes Feld „farbe“/],
      ['trainings.pdf', /Exportformat muss csv oder xlsx sein/],
      ['consultations.json', /Exportformat muss csv oder xlsx sein/],
    ])('answers %s with 400 and a German message', async (path, message) => {
      const r = await t.http().get(`/api/v1/exports/${path}`).set(bearer(t.tokens.climateManager));
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(r.body)).toMatch(message);
    });

    it('answers 401 without a session, for every export', async () => {
      for (const path of ['trainings.csv', 'consultations.xlsx', 'climate-checks.csv', 'measures.csv', 'reports.csv']) {
        expect([path, (await t.http().get(`/api/v1/exports/${path}`)).status]).toEqual([path, 401]);
      }
    });

    it('lets every role export the three lists, and only the oversight roles a period’s reports', async () => {
      const period = (await t.http().get('/api/v1/reporting-periods?pageSize=1').set(bearer(t.tokens.climateManager))).body.items[0];
      for (const role of DEMO_ROLES) {
        for (const path of ['trainings.csv', 'consultations.csv', 'climate-checks.xlsx']) {
          expect([role, path, (await get(`exports/${path}`, role)).status]).toEqual([role, path, 200]);
        }
        const reports = (await get(`exports/reports.csv?periodId=${period.id}`, role)).status;
        expect([role, reports]).toEqual([role, ['admin', 'climateManager', 'executive'].includes(role) ? 200 : 403]);
      }
    });
  });
});
