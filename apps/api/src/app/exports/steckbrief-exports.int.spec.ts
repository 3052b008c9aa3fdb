import type { FieldOfAction, Measure, OrgUnit, ProgressReport, ReportingPeriod } from '@klimaschutz/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { bearer, createTestApp, type TestApp } from '../../testing/test-app';
import { binary } from '../../testing/pdf';

/*
 * Issue #16, item 11: the measure export carries every field of the Steckbrief and the reports export every
 * field of an accepted report; XLSX cells are typed (dates, numbers, text — no apostrophe), CSV keeps the
 * formula guard and writes codes like „10.3“ exactly as stored.
 */

type Sheet = { headers: string[]; rows: ExcelJS.Row[] };

async function readXlsx(body: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const [header, ...data] = rows;
  return { headers: (header.values as string[]).slice(1), rows: data };
}

/** The cell of a row under a header, as the spreadsheet program gets it. */
const cellOf = (sheet: Sheet, row: ExcelJS.Row, header: string) => {
  const index = sheet.headers.indexOf(header);
  expect([header, index >= 0]).toEqual([header, true]);
  return row.getCell(index + 1);
};

/** The XML of the first worksheet, to see what Excel will read (formulas are `<f>` elements). */
async function sheetXml(body: Buffer): Promise<string> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(body, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'xl/worksheets/sheet1.xml') return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf-8')));
        });
      });
      zip.readEntry();
    }),
  );
}

const csvRecords = (body: Buffer): Record<string, string>[] => parse(body, { delimiter: ';', bom: true, columns: true });

describe('exports: every field of the Steckbrief and of an accepted report, typed cells in XLSX', () => {
  let t: TestApp;
  let measure: Measure;
  let period: ReportingPeriod;
  let report: ProgressReport;
  const cm = () => bearer(t.tokens.climateManager);
  const get = (path: string) =>
    t
      .http()
      .get(`/api/v1/${path}`)
      .set(cm())
      .buffer(true)
      .parse(binary as never);

  beforeAll(async () => {
    t = await createTestApp();
    const units: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    const fields: FieldOfAction[] = (await t.http().get('/api/v1/fields-of-action').set(cm())).body.items;
    const lead = units.find((u) => u.code === '61')!;
    // The demo city's org unit code German Excel would turn into the 10th of March.
    const unit103 = units.find((u) => u.code === '10.3')!;
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(cm())
      .send({
        code: 'E-77',
        title: '-5 % Strom in Verwaltungsgebäuden',
        summary: '=Zusammenfassung ohne Formel',
        description: 'LED-Umrüstung und Lastmanagement.',
        goal: '5 % weniger Stromverbrauch bis 2028',
        fieldOfActionId: fields[0].id,
        leadOrgUnitId: unit103.id,
        participatingOrgUnitIds: [units.find((u) => u.code === '66')!.id, lead.id],
        externalActors: 'Stadtwerke',
        targetGroup: 'Hausmeisterinnen und Hausmeister',
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
        responsibleContact: 'Sachgebiet Energie, Tel. 0123 456-1030',
        internalNotes: 'Ausschreibung vorbereitet',
        published: true,
        publicSummary: 'Weniger Strom in städtischen Gebäuden.',
      });
    expect(created.status).toBe(201);
    measure = created.body;
    const milestone = await t
      .http()
      .post(`/api/v1/measures/${measure.id}/milestones`)
      .set(cm())
      .send({ title: 'Ausschreibung LED', responsibleOrgUnitId: unit103.id, dueDate: '2026-06-30' });
    expect(milestone.status).toBe(201);
    const indicator = await t
      .http()
      .post('/api/v1/indicators')
      .set(cm())
      .send({
        code: 'KZ-77',
        name: 'Stromverbrauch Verwaltung',
        unit: 'MWh',
        direction: 'DOWN',
        baselineYear: 2020,
        baselineValue: 5000,
        targetYear: 2030,
        targetValue: 4000,
        fieldOfActionId: fields[0].id,
        measureIds: [measure.id],
      });
    expect(indicator.status).toBe(201);

    period = (
      await t
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: 'Sachstand Export 2027', startDate: '2027-01-01', endDate: '2027-06-30', dueDate: '2027-07-31' })
    ).body;
    const submitted = await t.http().post(`/api/v1/measures/${measure.id}/progress-reports`).set(cm()).send({
      periodId: period.id,
      status: 'DELAYED',
      assessment: 'OFF_TRACK',
      progressPercent: 40,
      text: 'Ausschreibung veröffentlicht.',
      obstacles: '+ Lieferengpässe bei LED-Leuchten',
      nextSteps: 'Vergabe im Herbst',
      milestonesReached: 'Planung abgeschlossen',
      actualCostsEur: 23456.75,
      staffEffortHours: 120.5,
      ghgReductionAchievedT: 3.25,
      submit: true,
    });
    expect(submitted.status).toBe(201);
    const accepted = await t
      .http()
      .post(`/api/v1/progress-reports/${submitted.body.id}/review`)
      .set(cm())
      .send({ decision: 'ACCEPT', comment: 'Danke, nachvollziehbar.', version: submitted.body.version });
    expect(accepted.status).toBe(200);
    report = accepted.body;
  });
  afterAll(() => t.close());

  it('measure XLSX: every Steckbrief field, dates as date cells (TT.MM.JJJJ), numbers as numbers, texts as text without apostrophe', async () => {
    const r = await get('exports/measures.xlsx?q=E-77');
    expect(r.status).toBe(200);
    const sheet = await readXlsx(r.body);
    expect(sheet.rows).toHaveLength(1);
    const [row] = sheet.rows;
    const cell = (header: string) => cellOf(sheet, row, header);

    const dates: [string, string][] = [
      ['Geplanter Beginn', '2026-01-01'],
      ['Geplantes Ende', '2028-12-31'],
      ['Tatsächlicher Beginn', '2026-03-15'],
    ];
    for (const [header, iso] of dates) {
      expect([header, cell(header).type, cell(header).numFmt]).toEqual([header, ExcelJS.ValueType.Date, 'dd.mm.yyyy']);
      expect((cell(header).value as Date).toISOString().slice(0, 10)).toBe(iso);
    }
    expect(cell('Tatsächliches Ende').type).toBe(ExcelJS.ValueType.Null);
    expect(cell('Angelegt').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Zuletzt geändert').numFmt).toBe('dd.mm.yyyy hh:mm');

    // The accepted report (below) has set status, assessment, progress and GHG achieved.
    const numbers: [string, number][] = [
      ['Fortschritt (%)', 40],
      ['Kostenschätzung (EUR)', 1250000.5],
      ['THG-Minderungsziel (t CO2e/a)', 420],
      ['THG-Minderung erreicht (t CO2e/a)', 3.25],
    ];
    for (const [header, value] of numbers)
      expect([header, cell(header).type, cell(header).value]).toEqual([header, ExcelJS.ValueType.Number, value]);

    const texts: [string, string][] = [
      ['Kennung', 'E-77'],
      ['Titel', '-5 % Strom in Verwaltungsgebäuden'],
      ['Kurzbeschreibung', '=Zusammenfassung ohne Formel'],
      ['Ziel', '5 % weniger Stromverbrauch bis 2028'],
      ['Federführung', '10.3'],
      ['Federführung (Name)', 'Zentrale Vergabestelle'],
      ['Beteiligte Organisationseinheiten', '61, 66'],
      ['Beteiligte Organisationseinheiten (Namen)', 'Stadtplanungsamt; Amt für Mobilität und Tiefbau'],
      ['Externe Akteure', 'Stadtwerke'],
      ['Zielgruppe', 'Hausmeisterinnen und Hausmeister'],
      ['Ansprechperson', 'Sachgebiet Energie, Tel. 0123 456-1030'],
      ['Finanzierung / Förderung', 'Kommunalrichtlinie (NKI), Förderquote 70 %'],
      ['Status', 'verzögert'],
      ['Bewertung', 'kritisch'],
      ['Priorität', 'hoch'],
      ['Meilensteine', '2026-06-30 Ausschreibung LED (offen)'],
      ['Kennzahlen', 'KZ-77'],
      ['Veröffentlicht', 'ja'],
      ['Öffentliche Kurzbeschreibung', 'Weniger Strom in städtischen Gebäuden.'],
      ['Interne Notizen', 'Ausschreibung vorbereitet'],
    ];
    for (const [header, value] of texts) {
      // Text cells, formatted as text (@), so that editing a cell in Excel does not turn „10.3“ into a date either.
      expect([header, cell(header).type, cell(header).value, cell(header).numFmt]).toEqual([header, ExcelJS.ValueType.String, value, '@']);
    }
    // A text cell that starts with = or - is no formula: the sheet holds no formula at all.
    expect(await sheetXml(r.body)).not.toMatch(/<f[ >]/);
  });

  it('measure CSV: the same columns from the same definition, formula guard kept, „10.3“ and ISO dates exactly as stored', async () => {
    const [csv, xlsx] = await Promise.all([get('exports/measures.csv?q=E-77'), get('exports/measures.xlsx?q=E-77')]);
    const records = csvRecords(csv.body);
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0])).toEqual((await readXlsx(xlsx.body)).headers);
    expect(records[0]).toMatchObject({
      Kennung: 'E-77',
      Titel: "'-5 % Strom in Verwaltungsgebäuden",
      Kurzbeschreibung: "'=Zusammenfassung ohne Formel",
      Federführung: '10.3',
      'Beteiligte Organisationseinheiten': '61, 66',
      'Geplanter Beginn': '2026-01-01',
      'Tatsächlicher Beginn': '2026-03-15',
      'Tatsächliches Ende': '',
      'Kostenschätzung (EUR)': '1250000,5',
      'THG-Minderung erreicht (t CO2e/a)': '3,25',
      Meilensteine: '2026-06-30 Ausschreibung LED (offen)',
    });
    expect(records[0]['Angelegt']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('reports XLSX and CSV: obstacles, next steps, milestones reached, costs, effort, GHG, revision, dates and the review comment', async () => {
    const [csv, xlsx] = await Promise.all([
      get(`exports/reports.csv?periodId=${period.id}`),
      get(`exports/reports.xlsx?periodId=${period.id}`),
    ]);
    expect([csv.status, xlsx.status]).toEqual([200, 200]);
    const sheet = await readXlsx(xlsx.body);
    expect(sheet.rows).toHaveLength(1);
    const cell = (header: string) => cellOf(sheet, sheet.rows[0], header);
    const texts: [string, string][] = [
      ['Kennung', 'E-77'],
      ['Berichtszeitraum', 'Sachstand Export 2027'],
      ['Sachstand Status', 'verzögert'],
      ['Sachstand Bewertung', 'kritisch'],
      ['Sachstand Text', 'Ausschreibung veröffentlicht.'],
      ['Hemmnisse', '+ Lieferengpässe bei LED-Leuchten'],
      ['Nächste Schritte', 'Vergabe im Herbst'],
      ['Erreichte Meilensteine', 'Planung abgeschlossen'],
      ['Anmerkung der Prüfung', 'Danke, nachvollziehbar.'],
    ];
    for (const [header, value] of texts)
      expect([header, cell(header).type, cell(header).value]).toEqual([header, ExcelJS.ValueType.String, value]);
    const numbers: [string, number][] = [
      ['Fortschritt (%)', 40],
      ['Bisherige Kosten (EUR)', 23456.75],
      ['Bisheriger Personalaufwand (Stunden)', 120.5],
      ['THG-Minderung erreicht (t CO2e/a)', 3.25],
      ['Fassung', 1],
    ];
    for (const [header, value] of numbers)
      expect([header, cell(header).type, cell(header).value]).toEqual([header, ExcelJS.ValueType.Number, value]);
    expect([cell('Zeitraum Beginn').type, (cell('Zeitraum Beginn').value as Date).toISOString().slice(0, 10)]).toEqual([
      ExcelJS.ValueType.Date,
      '2027-01-01',
    ]);
    expect(cell('Eingereicht am').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Angenommen am').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(await sheetXml(xlsx.body)).not.toMatch(/<f[ >]/);

    const [record] = csvRecords(csv.body);
    expect(Object.keys(record)).toEqual(sheet.headers);
    expect(record).toMatchObject({
      Hemmnisse: "'+ Lieferengpässe bei LED-Leuchten",
      'Bisherige Kosten (EUR)': '23456,75',
      'THG-Minderung erreicht (t CO2e/a)': '3,25',
      'Zeitraum Ende': '2027-06-30',
    });
    expect(record['Angenommen am']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Names of authors and reviewers stay out of the file: the reporting unit answers for a report.
    expect(JSON.stringify(record)).not.toContain(report.author.displayName);
  });
});
