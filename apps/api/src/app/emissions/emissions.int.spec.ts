import type {
  EmissionBalance,
  EmissionImportPreview,
  EmissionImportResult,
  EmissionMeasureRanking,
  EmissionOverview,
  EmissionSector,
  EmissionTargets,
  Measure,
  MeasureSummary,
  Page,
  PublicEmissions,
} from '@klimaschutz/contracts';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bearer, createTestApp, DEMO_ROLES, type DemoRole, type TestApp } from '../../testing/test-app';

const DATA = resolve(__dirname, '../../../../../datasets/klimawatch-emissions');
const MUENSTER = resolve(DATA, 'muenster.csv');
const BONN = resolve(DATA, 'bonn.csv');

/** The file as the test reads it itself: line number (header = 1), fields. */
function fileRows(path: string) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0].split(',');
  return {
    header,
    rows: lines
      .slice(1)
      .map((text, i) => ({ line: i + 2, cells: text.split(',') }))
      .filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}

const TABLES = ['emission_sectors', 'emission_years', 'emission_values', 'emission_targets', 'audit_events'];

describe('emissions (THG-Bilanz, Zielpfad, Lücke) — issue #17', () => {
  let t: TestApp;
  const as = (role: DemoRole) => bearer(t.tokens[role]);
  const cm = () => as('climateManager');
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const snapshot = async () => Promise.all(TABLES.map(count));

  const preview = (file: string | Buffer, name?: string) =>
    t
      .http()
      .post('/api/v1/emissions/import/preview')
      .set(cm())
      .attach('file', file, name ?? undefined);
  const apply = (file: string | Buffer, fields: Record<string, string>, name?: string) => {
    let request = t.http().post('/api/v1/emissions/import/apply').set(cm());
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request.attach('file', file, name ?? undefined);
  };
  const deleteAllYears = async () => {
    const balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
    for (const y of balance.years) {
      const r = await t.http().delete(`/api/v1/emissions/balance/${y.year}?version=${y.version}`).set(cm());
      expect(r.status).toBe(204);
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets every signed-in role read and only climate managers write; nobody without sign-in', async () => {
    for (const path of ['sectors', 'balance', 'targets', 'overview', 'measures']) {
      expect((await t.http().get(`/api/v1/emissions/${path}`)).status).toBe(401);
      for (const role of DEMO_ROLES) {
        const r = await t.http().get(`/api/v1/emissions/${path}`).set(as(role));
        expect([path, role, r.status]).toEqual([path, role, 200]);
      }
    }
    const before = await snapshot();
    for (const role of DEMO_ROLES.filter((r) => r !== 'climateManager')) {
      const writes = [
        t.http().put('/api/v1/emissions/balance/2030').set(as(role)).send({ values: [] }),
        t.http().delete('/api/v1/emissions/balance/2030').set(as(role)),
        t
          .http()
          .put('/api/v1/emissions/targets')
          .set(as(role))
          .send({ baseYear: 1990, neutralityYear: 2040, interimTargets: [], pathMode: 'LINEAR', version: 0 }),
        t.http().post('/api/v1/emissions/sectors').set(as(role)).send({ code: 'X', name: 'X' }),
        t.http().post('/api/v1/emissions/import/preview').set(as(role)).attach('file', MUENSTER),
        t
          .http()
          .post('/api/v1/emissions/import/apply')
          .set(as(role))
          .field('token', 'a'.repeat(64))
          .field('existingYears', 'REPLACE')
          .attach('file', MUENSTER),
      ];
      for (const r of await Promise.all(writes)) expect([role, r.status]).toEqual([role, 403]);
    }
    expect(await snapshot()).toEqual(before);
    expect((await t.http().get('/api/v1/public/emissions')).status).toBe(200);
  });

  it('ships the demo city with a balance, published targets and measures with sectors', async () => {
    const balance = (await t.http().get('/api/v1/emissions/balance').set(as('department'))).body as EmissionBalance;
    expect(balance.years.map((y) => y.year)).toEqual([1990, 2010, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(balance.years.every((y) => y.complete && !y.totalMismatch && y.population !== null)).toBe(true);
    const overview = (await t.http().get('/api/v1/emissions/overview').set(as('executive'))).body as EmissionOverview;
    expect(overview).toMatchObject({ baseYear: 1990, targetYear: 2040, latestYear: 2023, hasTargets: true });
    expect(overview.path.find((p) => p.year === 2030)?.tCo2e).toBe(overview.baseT! * 0.35);
    expect(overview.sectors.filter((s) => s.measureCount > 0).length).toBeGreaterThanOrEqual(4);
    expect(overview.budget?.remainingT).toBeGreaterThan(0);
    const ranking = (await t.http().get('/api/v1/emissions/measures').set(as('communication'))).body as EmissionMeasureRanking;
    expect(ranking.byCostPerTonne.length).toBeGreaterThanOrEqual(10);
    expect(ranking.withoutEstimate.length).toBeGreaterThan(0);
    expect(((await t.http().get('/api/v1/public/emissions')).body as PublicEmissions).balance).toHaveLength(11);
  });

  it('starts with BISKO’s five consumer sectors and lists the endpoints with typed answers in the OpenAPI document', async () => {
    const sectors = (await t.http().get('/api/v1/emissions/sectors').set(as('executive'))).body as EmissionSector[];
    expect(sectors.filter((s) => s.bisko).map((s) => s.name)).toEqual(
      expect.arrayContaining(['Private Haushalte', 'Gewerbe/Handel/Dienstleistungen', 'Industrie', 'Verkehr', 'Kommunale Einrichtungen']),
    );
    const doc = (await t.http().get('/api/docs-json')).body;
    const overview = doc.paths['/api/v1/emissions/overview'].get;
    expect(overview.responses['200'].content['application/json'].schema.$ref).toMatch(/EmissionOverviewDto/);
    expect(overview.responses['401'].content['application/json'].schema.$ref).toMatch(/ProblemDetailsDto/);
    expect(doc.paths['/api/v1/emissions/balance/{year}'].put.responses['409']).toBeDefined();
    expect(doc.components.schemas.EmissionOverviewDto.properties.climateGapPercent.description).toMatch(/base year/);
    expect(doc.paths['/api/v1/public/emissions'].get.responses['200']).toBeDefined();
  });

  describe('Münster (real file, klimawatch)', () => {
    const { header, rows } = fileRows(MUENSTER);
    const real = (category: string) =>
      rows
        .filter((r) => r.cells[1] === category && r.cells[2] === 'real')
        .map((r) => ({ year: Number(r.cells[0]), kt: Number(r.cells[3]) }));
    const totals = real('Gesamt');
    const latest = totals.reduce((a, b) => (b.year > a.year ? b : a));
    const base = totals.find((r) => r.year === 1990)!;
    const plan2030 = rows.find((r) => r.cells[0] === '2030' && r.cells[1] === 'Gesamt' && r.cells[2] === 'geplant')!;
    const raggedLines = rows.filter((r) => r.cells.length < header.length).map((r) => r.line);
    const planLines = rows.filter((r) => r.cells[2] === 'geplant').map((r) => r.line);
    const totalLines = rows.filter((r) => r.cells[1] === 'Gesamt').map((r) => r.line);
    let previewed: EmissionImportPreview;

    it('previews with every irregularity as a numbered rule and stores nothing', async () => {
      // Münster as a city starting afresh: the demo city's balance and targets go first.
      await deleteAllYears();
      const current = (await t.http().get('/api/v1/emissions/targets').set(cm())).body as EmissionTargets;
      const reset = await t
        .http()
        .put('/api/v1/emissions/targets')
        .set(cm())
        .send({ baseYear: null, neutralityYear: null, interimTargets: [], pathMode: 'LINEAR', version: current.version });
      expect(reset.status).toBe(200);
      const before = await snapshot();
      const r = await preview(MUENSTER);
      expect(r.status).toBe(200);
      previewed = r.body;
      expect(await snapshot()).toEqual(before);
      const rule = (code: string) => previewed.rules.find((x) => x.code === code);
      // The file's own facts, read by the test: two ragged rows, plan rows, total rows.
      expect(raggedLines).toHaveLength(2);
      expect(rule('RAGGED_ROW')?.lines).toEqual(raggedLines);
      expect(rule('RAGGED_ROW')?.message).toContain(`Zeilen ${raggedLines.join(', ')}`);
      expect(rule('PLAN_ROW')?.lines).toEqual(planLines);
      expect(rule('TOTAL_ROW')?.lines).toEqual(expect.arrayContaining(totalLines.filter((l) => !planLines.includes(l))));
      expect(rule('UNIT_DEFAULT_KT')?.severity).toBe('WARNING');
      expect(rule('POPULATION_ROW')?.lines).toHaveLength(1);
      expect(rule('LATEST_NOTE')?.lines).toEqual([rows.find((r) => r.cells[4] === 'last_emissions')!.line]);
      expect(rule('NEW_SECTOR')?.message).toMatch(/Wärme.*Strom|Strom.*Wärme/);
      expect(rule('TOTALS_CHECKED')?.message).toContain(String(latest.year));
      expect(previewed.rules.map((x) => x.number)).toEqual(previewed.rules.map((_x, i) => i + 1));
      expect(previewed.canApply).toBe(true);
      expect(previewed.unit).toBe('kt');
      expect(previewed.sectors.find((s) => s.name === 'Verkehr')?.isNew).toBe(false);
      expect(
        previewed.sectors
          .filter((s) => s.isNew)
          .map((s) => s.name)
          .sort(),
      ).toEqual(['Strom', 'Wärme']);
      expect(previewed.pathPoints.find((p) => p.year === 2030 && p.sectorName === null)?.tCo2e).toBe(Number(plan2030.cells[3]) * 1000);
      expect(previewed.years.find((y) => y.year === latest.year)?.reportedTotalT).toBe(latest.kt * 1000);
    });

    it('refuses an apply whose file differs from the preview, storing nothing', async () => {
      const before = await snapshot();
      const r = await apply(BONN, { token: previewed.token, existingYears: 'REPLACE' });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].field).toBe('token');
      expect(await snapshot()).toEqual(before);
    });

    it('applies, and the overview says latest year 2022, 1,788 kt, 31.7 % below 1990, path to 131 kt in 2030', async () => {
      const yearAudits = async () =>
        Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM audit_events WHERE "entityType" = 'emission-year'`))[0].n);
      const auditsBefore = await yearAudits();
      const r = await apply(MUENSTER, { token: previewed.token, existingYears: 'REPLACE' });
      expect(r.status).toBe(200);
      const result = r.body as EmissionImportResult;
      expect(result.sectorsCreated.map((s) => s.name).sort()).toEqual(['Strom', 'Wärme']);
      expect(result.pathPointsWritten).toBe(planLines.length);
      expect((await yearAudits()) - auditsBefore).toBe(result.yearsWritten.length);

      const overview = (await t.http().get('/api/v1/emissions/overview').set(as('executive'))).body as EmissionOverview;
      const expectedPercent = Math.round(((latest.kt - base.kt) / base.kt) * 1000) / 10;
      expect(latest.year).toBe(2022);
      expect(overview.latestYear).toBe(latest.year);
      expect(overview.latestT).toBe(latest.kt * 1000);
      expect(overview.latestT).toBe(1_788_000);
      expect(overview.baseYear).toBe(1990);
      expect(overview.changeVsBasePercent).toBe(expectedPercent);
      expect(overview.changeVsBasePercent).toBe(-31.7);
      expect(overview.pathMode).toBe('POINTS');
      expect(overview.path.find((p) => p.year === 2030)?.tCo2e).toBe(Number(plan2030.cells[3]) * 1000);
      expect(overview.path.find((p) => p.year === 2030)?.tCo2e).toBe(131_000);
      // Gap against the path between its points 2020 (1,510.2 kt) and 2030 (131 kt), read at 2022.
      const p2020 = Number(rows.find((x) => x.cells[0] === '2020' && x.cells[1] === 'Gesamt' && x.cells[2] === 'geplant')!.cells[3]);
      const pathAt2022 = (p2020 + ((Number(plan2030.cells[3]) - p2020) * 2) / 10) * 1000;
      expect(overview.pathAtLatestT).toBeCloseTo(pathAt2022, 3);
      expect(overview.gapT).toBeCloseTo(latest.kt * 1000 - pathAt2022, 3);
      expect(overview.targetYear).toBe(2050);
      const heat = overview.sectors.find((s) => s.sector.name === 'Wärme')!;
      expect(heat.latestT).toBe(real('Wärme').find((x) => x.year === 2022)!.kt * 1000);
      expect(heat.path.find((p) => p.year === 2030)?.tCo2e).toBe(56_000);

      const balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      const y2022 = balance.years.find((y) => y.year === 2022)!;
      expect(y2022.reportedTotalT).toBe(1_788_000);
      expect(y2022.sectorSumT).toBe(1_788_000);
      expect(y2022.totalMismatch).toBe(false);
      expect(balance.years.find((y) => y.year === 2019)?.population).toBe(310521);
      // Plan rows are the path, never the balance.
      expect(balance.years.some((y) => y.year === 2030 || y.year === 2050)).toBe(false);
    });

    it('keeps or replaces years already stored, as decided', async () => {
      const edited = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      const y1990 = edited.years.find((y) => y.year === 1990)!;
      const put = await t
        .http()
        .put('/api/v1/emissions/balance/1990')
        .set(cm())
        .send({ version: y1990.version, population: 270000, values: [{ sectorId: null, tCo2e: 2_700_000 }] });
      expect(put.status).toBe(200);
      const keep = await apply(MUENSTER, { token: previewed.token, existingYears: 'KEEP', usePlanRowsAsPath: 'false' });
      expect(keep.status).toBe(200);
      expect(keep.body.yearsWritten).toEqual([]);
      expect(keep.body.pathPointsWritten).toBe(0);
      let balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      expect(balance.years.find((y) => y.year === 1990)?.reportedTotalT).toBe(2_700_000);
      const replace = await apply(MUENSTER, { token: previewed.token, existingYears: 'REPLACE', usePlanRowsAsPath: 'false' });
      expect(replace.status).toBe(200);
      balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      expect(balance.years.find((y) => y.year === 1990)?.reportedTotalT).toBe(base.kt * 1000);
    });
  });

  describe('Bonn (real file, German thousands dot in the totals)', () => {
    const { rows } = fileRows(BONN);
    const totalRows = rows.filter((r) => r.cells[1] === 'Insgesamt');

    it('reads 2.892 as 2,892 kt with its rule and lines, and the sectors add up to the totals in every year', async () => {
      await deleteAllYears();
      const r = await preview(BONN);
      expect(r.status).toBe(200);
      const p = r.body as EmissionImportPreview;
      const dot = p.rules.find((x) => x.code === 'THOUSANDS_DOT')!;
      expect(dot.severity).toBe('WARNING');
      expect(dot.lines).toEqual(totalRows.map((x) => x.line));
      const line1990 = totalRows.find((x) => x.cells[0] === '1990')!;
      expect(line1990.cells[3]).toBe('2.892');
      expect(dot.lines).toContain(line1990.line);
      expect(p.years.find((y) => y.year === 1990)?.reportedTotalT).toBe(2_892_000);
      // The sectors add up to the totals in every year within rounding (0.5 %); where the file's own rounding
      // differs by more than 1 kt (the threshold of the brief), the year is flagged, not hidden.
      const fileSum = (year: number) =>
        rows
          .filter((x) => Number(x.cells[0]) === year && x.cells[2] === 'real' && x.cells[1] !== 'Insgesamt')
          .reduce((s, x) => s + Number(x.cells[3]), 0);
      const fileTotal = (year: number) => Number(totalRows.find((x) => Number(x.cells[0]) === year)!.cells[3].replace('.', ''));
      const offByMoreThan1kt = totalRows.map((x) => Number(x.cells[0])).filter((year) => Math.abs(fileSum(year) - fileTotal(year)) > 1);
      for (const x of totalRows)
        expect(Math.abs(fileSum(Number(x.cells[0])) - fileTotal(Number(x.cells[0])))).toBeLessThanOrEqual(
          0.005 * fileTotal(Number(x.cells[0])),
        );
      expect(p.years.filter((y) => y.totalMismatch).map((y) => y.year)).toEqual(offByMoreThan1kt);
      const mismatch = p.rules.filter((x) => x.code === 'TOTAL_MISMATCH');
      expect(mismatch.map((x) => x.message.slice(0, 4))).toEqual(offByMoreThan1kt.map(String));
      expect(p.sectors.find((s) => s.name === 'Gewerbe/Handel/Dienstleistung')?.isNew).toBe(false);

      const applied = await apply(BONN, { token: p.token, existingYears: 'REPLACE' });
      expect(applied.status).toBe(200);
      const balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      const years = [...new Set(rows.filter((x) => x.cells[2] === 'real').map((x) => Number(x.cells[0])))];
      expect(balance.years.map((y) => y.year)).toEqual(years.sort((a, b) => a - b));
      for (const y of balance.years) {
        const sectorSum = rows
          .filter((x) => Number(x.cells[0]) === y.year && x.cells[2] === 'real' && x.cells[1] !== 'Insgesamt')
          .reduce((s, x) => s + Number(x.cells[3]) * 1000, 0);
        const total = Number(totalRows.find((x) => Number(x.cells[0]) === y.year)!.cells[3].replace('.', '')) * 1000;
        expect([y.year, y.sectorSumT, y.reportedTotalT, y.totalMismatch]).toEqual([
          y.year,
          sectorSum,
          total,
          Math.abs(total - sectorSum) > 1000,
        ]);
      }
      expect(balance.years.find((y) => y.year === 2018)?.population).toBe(330224);
      expect(balance.years.find((y) => y.year === 2018)?.perCapitaT).toBeCloseTo(2_115_000 / 330224, 2);
    });
  });

  describe('a file the import has not seen', () => {
    it('reads German headers, semicolons, decimal comma and a `t` unit', async () => {
      await deleteAllYears();
      const csv = [
        'Jahr;Bereich;Art;Emissionen (t);Bemerkung',
        '2021;Private Haushalte;Ist;120.500,5;',
        '2021;Industrie;Ist;80000;',
        '2021;Summe;Ist;200500,5;',
        '2022;Private Haushalte;Ist;110000;',
        '2022;Industrie;Ist;75000;',
        '2022;Landwirtschaft;Ist;9000,25;neu',
        '2040;Summe;Ziel;0;',
      ].join('\n');
      const r = await preview(Buffer.from(csv), 'kleinstadt.csv');
      expect(r.status).toBe(200);
      const p = r.body as EmissionImportPreview;
      expect(p.unit).toBe('t');
      expect(p.rules.find((x) => x.code === 'UNIT_FROM_HEADER')).toBeDefined();
      expect(p.rules.find((x) => x.code === 'DECIMAL_COMMA')?.lines).toEqual([2, 4, 7]);
      expect(p.rules.find((x) => x.code === 'NEW_SECTOR')?.lines).toEqual([7]);
      expect(p.rules.find((x) => x.code === 'PLAN_ROW')?.lines).toEqual([8]);
      expect(p.canApply).toBe(true);
      const applied = await apply(Buffer.from(csv), { token: p.token, existingYears: 'REPLACE' }, 'kleinstadt.csv');
      expect(applied.status).toBe(200);
      const balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      const y2021 = balance.years.find((y) => y.year === 2021)!;
      expect(y2021.reportedTotalT).toBe(200500.5);
      expect(y2021.sectorSumT).toBe(200500.5);
      const farming = balance.sectors.find((s) => s.name === 'Landwirtschaft')!;
      expect(balance.years.find((y) => y.year === 2022)?.sectors.find((s) => s.sectorId === farming.id)?.tCo2e).toBe(9000.25);
    });
  });

  describe('an Excel workbook (XLSX)', () => {
    it('reads English headers and a unit column per row', async () => {
      await deleteAllYears();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Bilanz');
      sheet.addRow(['Year', 'Sector', 'Type', 'Value', 'Unit', 'Source']);
      sheet.addRow([2020, 'Industrie', 'real', 120.5, 'kt', 'Energiebericht 2021']);
      sheet.addRow([2020, 'Verkehr', 'real', 95000, 't', 'Energiebericht 2021']);
      sheet.addRow([2020, 'Total', 'real', 215.5, 'kt', '']);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const r = await preview(buffer, 'bilanz.xlsx');
      expect(r.status).toBe(200);
      const p = r.body as EmissionImportPreview;
      expect(p.format).toBe('XLSX');
      expect(p.rules.find((x) => x.code === 'UNIT_COLUMN')).toBeDefined();
      expect(p.rules.find((x) => x.code === 'RAGGED_ROW')).toBeUndefined();
      expect(p.years).toEqual([
        expect.objectContaining({ year: 2020, sectorSumT: 215_500, reportedTotalT: 215_500, totalMismatch: false }),
      ]);
      const applied = await apply(buffer, { token: p.token, existingYears: 'REPLACE' }, 'bilanz.xlsx');
      expect(applied.status).toBe(200);
      const balance = (await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance;
      const y = balance.years.find((x) => x.year === 2020)!;
      expect(y.values.find((v) => v.tCo2e === 120_500)?.source).toBe('Energiebericht 2021');
    });
  });

  describe('bad input', () => {
    it('reports non-numeric values, years out of range and duplicates by line; apply refuses and stores nothing', async () => {
      const csv = [
        'year,category,type,co2',
        '2019,Verkehr,real,abc',
        '1800,Verkehr,real,5',
        '2020,Verkehr,real,5',
        '2020,Verkehr,real,6',
        '2021,Verkehr,real,-5',
      ].join('\n');
      const before = await snapshot();
      const r = await preview(Buffer.from(csv), 'kaputt.csv');
      expect(r.status).toBe(200);
      const p = r.body as EmissionImportPreview;
      expect(p.canApply).toBe(false);
      expect(p.rules.find((x) => x.code === 'NOT_A_NUMBER')?.lines).toEqual([2]);
      expect(p.rules.find((x) => x.code === 'YEAR_OUT_OF_RANGE')?.lines).toEqual([3]);
      expect(p.rules.find((x) => x.code === 'DUPLICATE_ROW')?.lines).toEqual([4, 5]);
      expect(p.rules.find((x) => x.code === 'NEGATIVE_VALUE')?.lines).toEqual([6]);
      const refused = await apply(Buffer.from(csv), { token: p.token, existingYears: 'REPLACE' }, 'kaputt.csv');
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['Zeile 2', 'Zeile 3', 'Zeile 4, 5']),
      );
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a missing file, an unreadable file, missing columns and bad decisions with 400', async () => {
      const before = await snapshot();
      expect((await t.http().post('/api/v1/emissions/import/preview').set(cm()).field('x', '1')).status).toBe(400);
      expect((await preview(Buffer.from('MZ\x00\x01'), 'programm.exe')).status).toBe(400);
      const noValue = await preview(Buffer.from('Jahr,Sektor\n2020,Verkehr\n'), 'ohne-wert.csv');
      expect(noValue.status).toBe(200);
      expect(noValue.body.rules.find((x: { code: string }) => x.code === 'MISSING_COLUMN')).toBeDefined();
      const ok = (await preview(MUENSTER)).body as EmissionImportPreview;
      const badDecision = await apply(MUENSTER, { token: ok.token, existingYears: 'MERGE' });
      expect(badDecision.status).toBe(400);
      expect(badDecision.body.errors[0].field).toBe('existingYears');
      expect(await snapshot()).toEqual(before);
    });

    it('validates year values and refuses a stale version with 409, leaving the year as it was', async () => {
      const sectors = (await t.http().get('/api/v1/emissions/sectors').set(cm())).body as EmissionSector[];
      const traffic = sectors.find((s) => s.code === 'VERKEHR')!;
      expect((await t.http().put('/api/v1/emissions/balance/abcd').set(cm()).send({ values: [] })).status).toBe(400);
      expect((await t.http().put('/api/v1/emissions/balance/1800').set(cm()).send({ values: [] })).status).toBe(400);
      for (const body of [
        { values: [{ sectorId: traffic.id, tCo2e: -1 }] },
        { values: [{ sectorId: traffic.id, tCo2e: 'viel' }] },
        { values: [{ sectorId: 'keine-uuid', tCo2e: 1 }] },
        { values: [{ sectorId: traffic.id, tCo2e: 1, dataQuality: 'E' }] },
        {
          values: [
            { sectorId: traffic.id, tCo2e: 1 },
            { sectorId: traffic.id, tCo2e: 2 },
          ],
        },
        { values: [{ sectorId: '00000000-0000-4000-8000-000000000000', tCo2e: 1 }] },
        { values: [], unknown: true },
        { values: 'nein' },
      ]) {
        const r = await t.http().put('/api/v1/emissions/balance/2031').set(cm()).send(body);
        expect([JSON.stringify(body), r.status]).toEqual([JSON.stringify(body), 400]);
        expect(r.body.detail).toBeTruthy();
      }
      expect((await t.http().get('/api/v1/emissions/balance').set(cm())).body.years.some((y: { year: number }) => y.year === 2031)).toBe(
        false,
      );

      const created = await t
        .http()
        .put('/api/v1/emissions/balance/2031')
        .set(cm())
        .send({ population: 100000, values: [{ sectorId: traffic.id, tCo2e: 500, dataQuality: 'B', source: 'Test' }] });
      expect(created.status).toBe(200);
      expect(created.body.version).toBe(1);
      const again = await t
        .http()
        .put('/api/v1/emissions/balance/2031')
        .set(cm())
        .send({ values: [{ sectorId: traffic.id, tCo2e: 1 }] });
      expect(again.status).toBe(409);
      const updated = await t
        .http()
        .put('/api/v1/emissions/balance/2031')
        .set(cm())
        .send({ version: 1, values: [{ sectorId: traffic.id, tCo2e: 400 }] });
      expect(updated.status).toBe(200);
      const stale = await t
        .http()
        .put('/api/v1/emissions/balance/2031')
        .set(cm())
        .send({ version: 1, values: [{ sectorId: traffic.id, tCo2e: 1 }] });
      expect(stale.status).toBe(409);
      const staleDelete = await t.http().delete('/api/v1/emissions/balance/2031?version=1').set(cm());
      expect(staleDelete.status).toBe(409);
      const year = ((await t.http().get('/api/v1/emissions/balance').set(cm())).body as EmissionBalance).years.find(
        (y) => y.year === 2031,
      )!;
      expect(year.values.map((v) => v.tCo2e)).toEqual([400]);
      expect(year.population).toBe(100000);
      expect((await t.http().delete('/api/v1/emissions/balance/2031?version=2').set(cm())).status).toBe(204);
      expect((await t.http().delete('/api/v1/emissions/balance/2031').set(cm())).status).toBe(404);
    });
  });

  describe('targets, projection, Klimaschutzlücke and measures', () => {
    let targets: EmissionTargets;
    let measure: Measure;
    let traffic: EmissionSector;

    it('saves a linear target set with optimistic locking and validates it', async () => {
      await deleteAllYears();
      const sectors = (await t.http().get('/api/v1/emissions/sectors').set(cm())).body as EmissionSector[];
      traffic = sectors.find((s) => s.code === 'VERKEHR')!;
      for (const [year, t1, t2] of [
        [1990, 1_000_000, 400_000],
        [2022, 700_000, 300_000],
      ]) {
        const r = await t
          .http()
          .put(`/api/v1/emissions/balance/${year}`)
          .set(cm())
          .send({
            values: [
              { sectorId: traffic.id, tCo2e: t2 },
              { sectorId: sectors.find((s) => s.code === 'PHH')!.id, tCo2e: t1 - t2 },
            ],
          });
        expect(r.status).toBe(200);
      }
      const current = (await t.http().get('/api/v1/emissions/targets').set(cm())).body as EmissionTargets;
      const body = {
        baseYear: 1990,
        neutralityYear: 2040,
        interimTargets: [{ year: 2030, kind: 'PERCENT_BELOW_BASE', value: 65, sectorId: null }],
        pathMode: 'LINEAR',
        pathPoints: [],
        published: false,
        version: current.version,
      };
      for (const bad of [
        { ...body, neutralityYear: 1980 },
        { ...body, interimTargets: [{ year: 2030, kind: 'PERCENT_BELOW_BASE', value: 165, sectorId: null }] },
        { ...body, interimTargets: [{ year: 2050, kind: 'ABSOLUTE', value: 5, sectorId: null }] },
        { ...body, pathMode: 'KURVE' },
        { ...body, pathMode: 'POINTS', pathPoints: [] },
        { ...body, budgetT: 1000 },
      ]) {
        const r = await t.http().put('/api/v1/emissions/targets').set(cm()).send(bad);
        expect([JSON.stringify(bad), r.status]).toEqual([JSON.stringify(bad), 400]);
      }
      const saved = await t.http().put('/api/v1/emissions/targets').set(cm()).send(body);
      expect(saved.status).toBe(200);
      targets = saved.body;
      expect(targets.version).toBe(current.version + 1);
      const stale = await t
        .http()
        .put('/api/v1/emissions/targets')
        .set(cm())
        .send({ ...body, neutralityYear: 2045 });
      expect(stale.status).toBe(409);
      expect(((await t.http().get('/api/v1/emissions/targets').set(cm())).body as EmissionTargets).neutralityYear).toBe(2040);
    });

    it('gives measures a sector and a lifetime, validated, and counts them in projection and ranking', async () => {
      const list = (await t.http().get('/api/v1/measures?pageSize=5&sort=code').set(cm())).body as Page<MeasureSummary>;
      measure = (await t.http().get(`/api/v1/measures/${list.items[0].id}`).set(cm())).body;
      for (const bad of [{ lifetimeYears: 0 }, { lifetimeYears: 2.5 }, { emissionSectorId: '00000000-0000-4000-8000-000000000000' }]) {
        const r = await t
          .http()
          .patch(`/api/v1/measures/${measure.id}`)
          .set(cm())
          .send({ ...bad, version: measure.version });
        expect([JSON.stringify(bad), r.status]).toEqual([JSON.stringify(bad), 400]);
      }
      const patched = await t.http().patch(`/api/v1/measures/${measure.id}`).set(cm()).send({
        emissionSectorId: traffic.id,
        lifetimeYears: 10,
        ghgReductionTargetT: 20_000,
        costEstimateEur: 2_000_000,
        plannedStart: '2025-01-01',
        actualStart: null,
        status: 'IN_PROGRESS',
        version: measure.version,
      });
      expect(patched.status).toBe(200);
      expect(patched.body.emissionSectorId).toBe(traffic.id);
      expect(patched.body.lifetimeYears).toBe(10);
      measure = patched.body;

      const ranking = (await t.http().get('/api/v1/emissions/measures').set(as('department'))).body as EmissionMeasureRanking;
      const effect = ranking.byCostPerTonne.find((m) => m.id === measure.id)!;
      expect(effect.eurPerTonne).toBe(10); // 2,000,000 € / (20,000 t × 10 years)
      expect(effect.sector?.id).toBe(traffic.id);
      // Lifetime 2025–2034: no longer active in the neutrality year 2040.
      expect(effect.activeInTargetYear).toBe(false);

      const overview = (await t.http().get('/api/v1/emissions/overview').set(as('executive'))).body as EmissionOverview;
      expect(overview.path.find((p) => p.year === 2030)?.tCo2e).toBeCloseTo(1_000_000 * 0.35, 6);
      expect(overview.pathAtTargetYearT).toBe(0);
      expect(overview.changeVsBasePercent).toBe(-30);
      const active2030 = overview.projection.find((p) => p.year === 2030)!;
      const othersIn2030 = overview.latestT! - active2030.tCo2e;
      expect(othersIn2030).toBeGreaterThanOrEqual(20_000);
      const trafficFigures = overview.sectors.find((s) => s.sector.id === traffic.id)!;
      expect(trafficFigures.projection.find((p) => p.year === 2030)?.tCo2e).toBe(
        300_000 - 20_000 - sectorReductionsOtherThan(ranking, measure.id, traffic.id, 2030),
      );
      expect(overview.climateGapT).toBe(overview.projectedT);
      expect(overview.climateGapPercent).toBeCloseTo((overview.projectedT! / 1_000_000) * 100, 1);
    });

    it('publishes balance and path on the public API only when the target set says so', async () => {
      const hidden = (await t.http().get('/api/v1/public/emissions')).body as PublicEmissions;
      expect(hidden.published).toBe(false);
      expect(hidden.balance).toEqual([]);
      const hiddenCsv = (await t.http().get('/api/v1/public/open-data/emissions.csv')).text.replace(/^\uFEFF/, '').trim();
      expect(hiddenCsv).toBe('jahr;art;t_co2e;einwohner;lizenz');
      const published = await t
        .http()
        .put('/api/v1/emissions/targets')
        .set(cm())
        .send({ ...targets, permissions: undefined, updatedAt: undefined, published: true, version: targets.version });
      expect(published.status).toBe(200);
      const shown = (await t.http().get('/api/v1/public/emissions')).body as PublicEmissions;
      expect(shown.published).toBe(true);
      expect(shown.balance.map((b) => b.year)).toEqual([1990, 2022]);
      expect(shown.path[0]).toEqual({ year: 1990, tCo2e: 1_000_000 });
      expect(shown.licence.id).toBe('dl-de/zero-2-0');
      const csv = await t.http().get('/api/v1/public/open-data/emissions.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('jahr;art;t_co2e;einwohner;lizenz');
      expect(lines).toContain('2022;bilanz;700000;;dl-de/zero-2-0');
      expect(lines.filter((l) => l.includes(';zielpfad;'))).toHaveLength(shown.path.length);
    });
  });
});

/** Expected reductions (t/yr) in a year of the other measures of a sector, as the ranking lists them. */
function sectorReductionsOtherThan(ranking: EmissionMeasureRanking, id: string, sectorId: string, year: number): number {
  return ranking.byReduction
    .filter((m) => m.id !== id && m.sector?.id === sectorId && m.startYear !== null && m.startYear <= year)
    .filter((m) => (m.lifetimeYears === null ? true : year < m.startYear! + m.lifetimeYears))
    .reduce((s, m) => s + (m.reductionTPerYear ?? 0), 0);
}
