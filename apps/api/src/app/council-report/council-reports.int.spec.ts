import {
  ASSESSMENTS,
  ASSESSMENT_COLOURS,
  ASSESSMENT_COLOUR_WORDS,
  contrastRatio,
  ASSESSMENT_LABELS,
  MEASURE_STATUSES,
  assessmentBasisText,
  MEASURE_STATUS_LABELS,
  type CouncilReportJob,
  type DashboardSummary,
  type EmissionOverview,
  type ReportingPeriodStatus,
} from '@klimaschutz/contracts';
import { readFileSync } from 'node:fs';
import { waitForImport } from '../../testing/import-helpers';
import { MUENSTER_CSV } from '../../testing/muenster';
import { binary, pdfInfo, pdfPageRaster, pdfStructure, pdfText, type RasterPage } from '../../testing/pdf';
import { bearer, createTestApp, DEMO_ROLES, type DemoRole, type TestApp } from '../../testing/test-app';
import { CouncilReportsService } from './council-reports.service';
import { DocumentJobEntity } from './document-job.entity';

const API = '/api/v1/council-reports';

async function waitForReport(t: TestApp, token: string, id: string): Promise<{ job: CouncilReportJob; progress: number[] }> {
  const progress: number[] = [];
  for (let i = 0; i < 600; i++) {
    const r = await t.http().get(`${API}/${id}`).set(bearer(token));
    expect(r.status).toBe(200);
    progress.push(r.body.progress);
    if (r.body.state !== 'RUNNING') return { job: r.body, progress };
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('the report did not finish');
}

async function generate(
  t: TestApp,
  token: string,
  periodId: string,
): Promise<{ job: CouncilReportJob; progress: number[]; pdf: Buffer; disposition: string }> {
  const created = await t.http().post(API).set(bearer(token)).send({ periodId });
  expect(created.status).toBe(202);
  const { job, progress } = await waitForReport(t, token, created.body.id);
  expect(job).toMatchObject({ state: 'DONE', progress: 100, error: null });
  const file = await t
    .http()
    .get(`${API}/${job.id}/file`)
    .set(bearer(token))
    .buffer(true)
    .parse(binary as never);
  expect(file.status).toBe(200);
  expect(file.headers['content-type']).toBe('application/pdf');
  return {
    job,
    progress: [created.body.progress, ...progress],
    pdf: file.body as Buffer,
    disposition: file.headers['content-disposition'],
  };
}

const summaryOf = async (t: TestApp, token: string, periodId: string) =>
  (await t.http().get(`/api/v1/dashboard/summary?reportingPeriodId=${periodId}`).set(bearer(token))).body as DashboardSummary;

/** `1.234` → 1234, `12,5` → 12.5 */
const num = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const N = '([\\d.,]+)';
const counts = `${N} im Plan \\(grün\\), ${N} gefährdet \\(gelb\\), ${N} kritisch \\(rot\\) und ${N} nicht bewertet \\(grau\\)`;

function match(text: string, pattern: string): number[] {
  const m = new RegExp(pattern).exec(text);
  if (!m) throw new Error(`not found in the PDF text: /${pattern}/`);
  return m.slice(1).map(num);
}

/** Reads every figure of the report's text and compares it with the cockpit's answer for the same period. */
function expectCockpitNumbers(layoutText: string, summary: DashboardSummary): void {
  const text = flat(layoutText);
  const m = summary.measures;
  expect(match(text, `Von ${N} Maßnahmen? sind ${counts}`)).toEqual([m.total, ...ASSESSMENTS.map((a) => m.byAssessment[a])]);
  const statuses = MEASURE_STATUSES.map((s) => `${N} ${MEASURE_STATUS_LABELS[s]}`).join(', ');
  expect(match(text, `Stand der Umsetzung \\(aktueller Status der Maßnahmen\\): ${statuses}\\.`)).toEqual(
    MEASURE_STATUSES.map((s) => m.byStatus[s]),
  );
  const r = summary.reports;
  expect(
    match(
      text,
      `Sachstandsmeldungen: ${N} erwartet, ${N} eingegangen \\(${N} fristgerecht, ${N} verspätet\\), ${N} angenommen, ${N} in Prüfung, ${N} zur Überarbeitung zurückgegeben, ${N} überfällig`,
    ),
  ).toEqual([r.expected, r.submitted, r.onTime, r.late, r.accepted, r.inReview, r.revisionRequested, r.overdue]);
  expect(match(text, `Ziel ${N} t CO2e pro Jahr, davon erreicht ${N} t CO2e`)).toEqual([
    summary.ghg.targetTPerYear,
    summary.ghg.achievedTPerYear,
  ]);
  // The chart's table: its last row sums all fields.
  expect(match(text, `Alle Handlungsfelder ${N} ${N} ${N} ${N} ${N}`)).toEqual([...ASSESSMENTS.map((a) => m.byAssessment[a]), m.total]);
  for (const field of summary.byFieldOfAction) {
    const heading = `Handlungsfeld ${field.code} – ${field.name}`;
    expect(text).toContain(heading);
    if (!field.total) continue;
    expect(match(text, `${heading.replace(/[()]/g, '\\$&')} ${N} Maßnahmen?: ${counts}`)).toEqual([
      field.total,
      ...ASSESSMENTS.map((a) => field.byAssessment[a]),
    ]);
  }
  const tr = summary.trainings;
  expect(match(text, `Schulungen: ${N} durchgeführt, ${N} geplant, ${N} abgesagt; ${N} Teilnehmende`)).toEqual([
    tr.held,
    tr.planned,
    tr.cancelled,
    tr.participants,
  ]);
  const c = summary.consultations;
  expect(match(text, `Beratungen: ${N} angefragt, ${N} terminiert, ${N} abgeschlossen, ${N} abgelehnt; ${N} Stunden`)).toEqual([
    c.requested,
    c.scheduled,
    c.done,
    c.declined,
    c.effortHours,
  ]);
  const k = summary.climateChecks;
  expect(match(text, `Klimachecks: ${N} eingereicht, ${N} geprüft, ${N} in Vorbereitung \\(Entwurf\\); ${N} mit`)).toEqual([
    k.submitted,
    k.reviewed,
    k.draft,
    k.negative,
  ]);
}

/** The chart colour a pixel shows exactly (anti-aliased edges and pattern marks match none); memoised per colour. */
function chartColourOf(palette: string[]): (pixel: string) => string | undefined {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const known = new Map<string, string | undefined>();
  return (pixel) => {
    if (!known.has(pixel)) {
      const [r, g, b] = channels(pixel);
      known.set(
        pixel,
        palette.find((colour) => {
          const [cr, cg, cb] = channels(colour);
          return Math.max(Math.abs(r - cr), Math.abs(g - cg), Math.abs(b - cb)) <= 6;
        }),
      );
    }
    return known.get(pixel);
  };
}

/**
 * Walks every pixel row of a rasterised page (144 dpi) the way a person's eye runs along a stacked bar:
 * where a segment of one chart colour meets one of another within a few pixels, something between them
 * must stand out from both by 3:1 (WCAG 1.4.11). Also counts, per colour, the light pattern marks
 * inside its segments (light pixels with the same colour on both sides, a few pixels apart).
 */
function chartSeparation(page: RasterPage, palette: string[]) {
  const boundaries = { separated: 0, touching: [] as string[] };
  const marks = new Map<string, number>(palette.map((c) => [c, 0]));
  const NEAR = 8;
  const chartColour = chartColourOf(palette);
  const ratios = new Map<string, number>();
  const stands = (pixel: string, colour: string) => {
    const key = pixel + colour;
    if (!ratios.has(key)) ratios.set(key, contrastRatio(pixel, colour));
    return ratios.get(key)! >= 3;
  };
  for (let y = 0; y < page.height; y++) {
    let last: { colour: string; x: number } | null = null;
    for (let x = 0; x < page.width; x++) {
      const colour = chartColour(page.rgb(x, y));
      if (!colour) continue;
      if (last && x - last.x > 1 && x - last.x <= NEAR) {
        const between = Array.from({ length: x - last.x - 1 }, (_, i) => page.rgb(last!.x + 1 + i, y));
        if (last.colour === colour) {
          if (between.some((p) => stands(p, colour))) marks.set(colour, marks.get(colour)! + 1);
        } else if (between.some((p) => stands(p, colour) && stands(p, last!.colour))) {
          boundaries.separated++;
        } else {
          boundaries.touching.push(`${last.colour}→${colour} at ${x},${y}`);
        }
      } else if (last && last.colour !== colour && x - last.x <= NEAR) {
        boundaries.touching.push(`${last.colour}→${colour} at ${x},${y}`);
      }
      last = { colour, x };
    }
  }
  return { ...boundaries, marks };
}

/** The texts of the structure elements, in reading order, as one line. */
const structureText = (structure: string) => flat([...structure.matchAll(/^\s*"(.*)"\s*$/gm)].map((m) => m[1]).join(' '));

describe('council report (Sachstandsbericht) as a tagged PDF', () => {
  let t: TestApp;
  let cm: string;
  let periods: Record<string, { id: string; name: string }>;

  beforeAll(async () => {
    t = await createTestApp({ CITY_NAME: 'Stadt Musterstadt' });
    cm = t.tokens.climateManager;
    const list = (await t.http().get('/api/v1/reporting-periods?pageSize=50').set(bearer(cm))).body.items as { id: string; name: string }[];
    periods = Object.fromEntries(list.map((p) => [p.name, p]));
  });
  afterAll(async () => t.close());

  describe('the closed period "Sachstand 2025" of the demo city', () => {
    let report: Awaited<ReturnType<typeof generate>>;
    let summary: DashboardSummary;
    beforeAll(async () => {
      report = await generate(t, cm, periods['Sachstand 2025'].id);
      summary = await summaryOf(t, cm, periods['Sachstand 2025'].id);
    });

    it('is generated in the background with rising progress and downloads as Sachstandsbericht-<period>.pdf', () => {
      expect(report.job.period).toEqual({ id: periods['Sachstand 2025'].id, name: 'Sachstand 2025' });
      expect(report.job.fileName).toBe('Sachstandsbericht-Sachstand-2025.pdf');
      expect(report.disposition).toBe('attachment; filename="Sachstandsbericht-Sachstand-2025.pdf"');
      expect(report.progress[0]).toBe(0);
      expect(report.progress.at(-1)).toBe(100);
      expect([...report.progress].sort((a, b) => a - b)).toEqual(report.progress);
      expect(Date.parse(report.job.expiresAt) - Date.parse(report.job.createdAt)).toBeGreaterThan(6 * 24 * 3600 * 1000);
    });

    it('is a tagged PDF 1.7 in German with its title shown, embedded fonts and several pages', () => {
      expect(report.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const info = pdfInfo(report.pdf);
      expect(info['Tagged']).toBe('yes');
      expect(info['Title']).toBe('Sachstandsbericht Klimaschutz – Sachstand 2025');
      expect(info['Author']).toBe('Stadt Musterstadt – Stabsstelle Klimaschutz');
      expect(info['PDF version']).toBe('1.7');
      expect(Number(info['Pages'])).toBeGreaterThanOrEqual(2);
      const raw = report.pdf.toString('latin1');
      expect(raw).toContain('/Lang (de-DE)');
      expect(raw).toContain('/DisplayDocTitle true');
      expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(raw).toMatch(/\/FontFile2 /);
    });

    it('has title page, summary with charts as figures with alternative text, a section per field of action and the Stabsstelle', () => {
      const structure = pdfStructure(report.pdf);
      // Reading order: title page, summary, GHG balance, fields of action, Stabsstelle — each a section.
      const headings = [...structure.matchAll(/^\s*(H[123])[^\n]*\n\s*"(.*)"/gm)].map((m) => `${m[1]} ${m[2]}`);
      expect(headings.slice(0, 6)).toEqual([
        'H1 Sachstandsbericht Klimaschutz',
        'H2 Zusammenfassung',
        'H3 Ampelbewertung nach Handlungsfeldern',
        'H3 Stand der Umsetzung',
        'H2 Treibhausgasbilanz und Zielpfad',
        'H2 Maßnahmen nach Handlungsfeldern',
      ]);
      expect(headings.slice(6, 6 + summary.byFieldOfAction.length)).toEqual(
        summary.byFieldOfAction.map((f) => `H3 Handlungsfeld ${f.code} – ${f.name}`),
      );
      expect(headings.slice(6 + summary.byFieldOfAction.length)).toEqual([
        'H2 Arbeit der Stabsstelle',
        'H3 Schulungen',
        'H3 Beratungen',
        'H3 Klimachecks',
      ]);
      expect(structure.match(/^\s*Figure/gm)).toHaveLength(2);
      expect(report.pdf.toString('latin1').match(/\/S \/Figure\n\/Alt /g)).toHaveLength(2);
      // Tables have a caption and column headers; every measure of the period is a row.
      expect(structure).toMatch(
        /Table \(block\)\n\s+Caption\n\s+"Ampelbewertung je Handlungsfeld \(Zahl der Maßnahmen\)"\n\s+THead\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Handlungsfeld"/,
      );
      const text = structureText(structure);
      expect(text).toContain('Stadt Musterstadt Sachstandsbericht Klimaschutz Sachstand 2025 Berichtszeitraum 01.01.2025 bis 31.12.2025');
      // Page numbers, repeated table headers and the continuation marks are artifacts, not content.
      expect(text).not.toMatch(/Seite \d+ von/);
      expect(text).not.toContain('(Forts.)');
      expect(text.match(/"?Sachstand im Berichtszeitraum/g)?.length).toBe(summary.byFieldOfAction.filter((f) => f.total).length);
    });

    it('separates neighbouring chart segments by a white line of at least 3:1 and marks each traffic light with its own pattern', () => {
      const pages = pdfText(report.pdf).split('\f');
      const chartPage = pages.findIndex((p) => p.includes('Ampelbewertung nach Handlungsfeldern')) + 1;
      expect(chartPage).toBeGreaterThan(0);
      const palette = ASSESSMENTS.map((a) => ASSESSMENT_COLOURS[a]);
      // The traffic-light colours themselves are too close to each other (WCAG 1.4.11 asks 3:1).
      expect(contrastRatio(ASSESSMENT_COLOURS.ON_TRACK, ASSESSMENT_COLOURS.NOT_ASSESSED)).toBeLessThan(3);
      const result = chartSeparation(pdfPageRaster(report.pdf, chartPage), palette);
      expect(result.touching.slice(0, 5)).toEqual([]);
      // Several fields have stacked bars of more than one colour: many rows cross a boundary.
      const mixed = summary.byFieldOfAction.filter((f) => ASSESSMENTS.filter((a) => f.byAssessment[a]).length > 1).length;
      expect(mixed).toBeGreaterThan(0);
      expect(result.separated).toBeGreaterThanOrEqual(mixed * 20);
      // The cockpit's order: the first series plain, the others hatched, dotted, crossed (in the bars and the legend).
      for (const a of ASSESSMENTS.slice(1)) expect(result.marks.get(ASSESSMENT_COLOURS[a])).toBeGreaterThanOrEqual(5);
    });

    it('prints the cockpit’s numbers for the same period, and every measure with its traffic light and report text', async () => {
      const layout = pdfText(report.pdf);
      expect(layout).toContain('Stadt Musterstadt');
      expect(layout).toContain('Sachstandsbericht Klimaschutz');
      expect(layout).toMatch(/Seite 2 von \d+/);
      expectCockpitNumbers(layout, summary);

      const text = structureText(pdfStructure(report.pdf));
      const status = (await t.http().get(`/api/v1/reporting-periods/${periods['Sachstand 2025'].id}/status`).set(bearer(cm)))
        .body as ReportingPeriodStatus;
      const measures = (await t.http().get('/api/v1/measures?pageSize=500').set(bearer(cm))).body.items as {
        id: string;
        code: string;
        title: string;
      }[];
      expect(measures.length).toBe(summary.measures.total);
      for (const measure of measures) expect(text).toContain(`${measure.code} ${flat(measure.title)}`);
      // An accepted report's text and traffic light stand in its measure's row.
      const accepted = status.measures.find((row) => row.reportState === 'ACCEPTED' && row.reportId)!;
      const lead = (await t.http().get(`/api/v1/progress-reports/${accepted.reportId}`).set(bearer(cm))).body;
      expect(text).toContain(
        `${ASSESSMENT_LABELS[lead.assessment as 'ON_TRACK']} (${ASSESSMENT_COLOUR_WORDS[lead.assessment as 'ON_TRACK']}) ${flat(lead.text)}`,
      );
      const missing = status.measures.find((row) => row.timeliness === 'MISSING')!;
      expect(text).toMatch(
        new RegExp(
          `${missing.measure.code} [^"]*?nicht bewertet \\(grau\\) Für diesen Berichtszeitraum liegt keine angenommene Sachstandsmeldung vor`,
        ),
      );
    });
    it('prints the GHG balance, the target path and the gap with the figures of the emissions overview, as a table too', async () => {
      const e = (await t.http().get('/api/v1/emissions/overview').set(bearer(cm))).body as EmissionOverview;
      expect(e.hasBalance).toBe(true);
      const kt = (tonnes: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(tonnes / 1000);
      const pct = (value: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(Math.abs(value));
      const text = flat(pdfText(report.pdf));
      expect(text).toContain('Treibhausgasbilanz und Zielpfad');
      expect(text).toContain(
        `Letzte Bilanz ${e.latestYear}: ${kt(e.latestT!)} kt CO2e, −${pct(e.changeVsBasePercent!)} % gegenüber ${e.baseYear}.`,
      );
      expect(text).toContain(
        `Der Zielpfad verlangt für dieses Jahr ${kt(e.pathAtLatestT!)} kt; die Stadt liegt ${kt(Math.abs(e.gapT!))} kt`,
      );
      expect(text).toContain(`ergeben sich für ${e.targetYear} rechnerisch ${kt(e.projectedT!)} kt`);
      // The table: a row for every balance year with its value.
      const structure = structureText(pdfStructure(report.pdf));
      for (const point of e.balance) expect(structure).toContain(`${point.year} ${kt(point.tCo2e)}`);
    });
  });

  it('prints the figures of the cockpit as the mayor opens it (no period chosen) for the current period, with the same basis named', async () => {
    // The cockpit without a choice shows the current period; its report must not tell a different story.
    const cockpit = (await t.http().get('/api/v1/dashboard/summary').set(bearer(t.tokens.executive))).body as DashboardSummary;
    expect(cockpit.reportingPeriod?.name).toBe('Sachstand 2026');
    const { pdf } = await generate(t, t.tokens.executive, cockpit.reportingPeriod!.id);
    const text = pdfText(pdf);
    expectCockpitNumbers(text, cockpit);
    // In the demo city most measures have no accepted report for 2026 yet: that shows, on both.
    expect(cockpit.measures.byAssessment.NOT_ASSESSED).toBeGreaterThan(cockpit.measures.total / 2);
    const basis = assessmentBasisText(cockpit);
    expect(basis).toContain('zuletzt angenommene Sachstandsmeldung der federführenden Stelle im Berichtszeitraum „Sachstand 2026“');
    // The same sentence; its „Stand“ is the time each answer was read.
    expect(flat(text)).toContain(basis.slice(0, basis.indexOf(' Stand ')));
    expect(flat(text)).toMatch(/zählen als „nicht bewertet“\. Stand \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\./);
  });

  it('is written in English for a requester whose interface is English: headings, table heads, labels, sentences, chart legends; figures and data as they are', async () => {
    const period = periods['Sachstand 2026'];
    expect((await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.executive)).send({ locale: 'en' })).status).toBe(200);
    try {
      const { pdf } = await generate(t, t.tokens.executive, period.id);
      const text = flat(pdfText(pdf));
      const summary = await summaryOf(t, cm, period.id);
      for (const english of [
        'Climate Protection Progress Report',
        'Summary',
        'Traffic lights by field of action',
        'Traffic lights per field of action (number of measures)',
        'Implementation',
        'Measures by field of action',
        'Work of the Climate Protection Unit',
        'Progress reports:',
        'on track (green)',
        'not assessed (grey)',
        'Basis of the traffic lights:',
        `Field of action ${summary.byFieldOfAction[0].code} – ${summary.byFieldOfAction[0].name}`,
      ]) {
        expect({ english, found: text.includes(english) }).toEqual({ english, found: true });
      }
      // Figures keep the German format; the period's name is data.
      expect(text).toContain(`Reporting period 01.01.2026 to 31.12.2026`);
      expect(text).toContain(`“${period.name}”`);
      for (const german of [
        'Sachstandsbericht Klimaschutz',
        'Zusammenfassung',
        'Ampelbewertung',
        'Stand der Umsetzung',
        'Maßnahmen nach Handlungsfeldern',
        'Arbeit der Stabsstelle',
        'Abgabefrist',
        'Teilnehmende',
        'Angefragt am',
        'Aktenzeichen',
        'nicht bewertet',
        'im Plan (grün)',
        'Alle Werte stehen',
        'Federführung:',
        'Grundlage der Ampel',
        'Uhr',
      ]) {
        expect({ german, found: text.includes(german) }).toEqual({ german, found: false });
      }
    } finally {
      await t.http().put('/api/v1/auth/me/locale').set(bearer(t.tokens.executive)).send({ locale: 'de' });
    }
    // A German requester's report stays German.
    const german = flat(pdfText((await generate(t, t.tokens.executive, period.id)).pdf));
    expect(german).toContain('Sachstandsbericht Klimaschutz');
    expect(german).not.toContain('Climate Protection Progress Report');
  });

  it('lists the Stabsstelle’s trainings, consultations and climate checks of the period (Sachstand 2026)', async () => {
    const { pdf } = await generate(t, t.tokens.executive, periods['Sachstand 2026'].id);
    const summary = await summaryOf(t, cm, periods['Sachstand 2026'].id);
    expectCockpitNumbers(pdfText(pdf), summary);
    const text = structureText(pdfStructure(pdf));
    expect(summary.trainings.held).toBeGreaterThan(0);
    expect(summary.consultations.done).toBeGreaterThan(0);
    const trainings = (await t.http().get('/api/v1/trainings?pageSize=100&from=2026-01-01&to=2026-12-31').set(bearer(cm))).body.items as {
      title: string;
    }[];
    expect(trainings.length).toBe(summary.trainings.held + summary.trainings.planned + summary.trainings.cancelled);
    for (const training of trainings) expect(text).toContain(flat(training.title));
    const checks = (await t.http().get('/api/v1/climate-checks?pageSize=100').set(bearer(cm))).body.items as {
      title: string;
      status: string;
    }[];
    const draft = checks.find((c) => c.status === 'DRAFT');
    if (draft) expect(text).not.toContain(flat(draft.title));
  });

  it('breaks a long report text across pages within its row, repeating the table header, and keeps umlauts, € and quotes', async () => {
    const period = periods['Sachstand 2026'];
    const status = (await t.http().get(`/api/v1/reporting-periods/${period.id}/status`).set(bearer(cm))).body as ReportingPeriodStatus;
    const open = status.measures.find((row) => row.reportState === 'NONE' && row.measure.status === 'IN_PROGRESS')!;
    const paragraphs = Array.from(
      { length: 45 },
      (_, i) =>
        `Absatz ${i + 1}: Der Förderbescheid über 12.500 € liegt vor – „Wärmeplanung“ für Größere Quartiere, Übergänge und Straßenzüge ist abgestimmt.`,
    );
    const created = await t
      .http()
      .post(`/api/v1/measures/${open.measure.id}/progress-reports`)
      .set(bearer(cm))
      .send({
        periodId: period.id,
        status: 'IN_PROGRESS',
        assessment: 'OFF_TRACK',
        progressPercent: 35,
        text: paragraphs.join('\n'),
        obstacles: 'Lieferengpässe bei Wärmepumpen; Ausschreibung läuft erneut.',
        submit: true,
      });
    expect(created.status).toBe(201);
    const reviewed = await t
      .http()
      .post(`/api/v1/progress-reports/${created.body.id}/review`)
      .set(bearer(cm))
      .send({ decision: 'ACCEPT', version: created.body.version });
    expect(reviewed.status).toBe(200);

    const { pdf } = await generate(t, cm, period.id);
    const summary = await summaryOf(t, cm, period.id);
    expect(summary.measures.byAssessment.OFF_TRACK).toBeGreaterThan(0);
    const layout = pdfText(pdf);
    expectCockpitNumbers(layout, summary);
    // The row continues on the next page: the header repeats there and the measure is named again.
    const pages = layout.split('\f');
    const first = pages.findIndex((p) => p.includes('Absatz 1:'));
    const last = pages.findIndex((p) => p.includes('Absatz 45:'));
    expect(last).toBeGreaterThan(first);
    expect(pages[last]).toContain(`${open.measure.code} (Forts.)`);
    expect(pages[last]).toMatch(/Kennung\s+Maßnahme\s+Status\s+Bewertung\s+Sachstand im Berichtszeitraum/);
    // In reading order it is one cell: all paragraphs, in order, then the obstacles.
    const text = structureText(pdfStructure(pdf));
    expect(text).toContain(
      `kritisch (rot) ${flat(paragraphs.join(' '))} Hemmnisse: Lieferengpässe bei Wärmepumpen; Ausschreibung läuft erneut.`,
    );
    expect(flat(layout)).toContain(
      'Absatz 45: Der Förderbescheid über 12.500 € liegt vor – „Wärmeplanung“ für Größere Quartiere, Übergänge und Straßenzüge ist abgestimmt.',
    );
  });

  it('answers a second request while one runs with the running report, and reports one cut off by a stopped instance as failed at once', async () => {
    const periodId = periods['Sachstand 2026'].id;
    const repo = t.dataSource.getRepository(DocumentJobEntity);
    // Made by another instance, which renews its lease while it works.
    const running = await repo.save(
      repo.create({
        kind: 'COUNCIL_REPORT',
        periodId,
        state: 'RUNNING',
        progress: 40,
        expiresAt: new Date(Date.now() + 3600_000),
        leaseUntil: new Date(Date.now() + 60_000),
      }),
    );
    const again = await t.http().post(API).set(bearer(cm)).send({ periodId });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id: running.id, state: 'RUNNING', progress: 40 });
    const notYet = await t.http().get(`${API}/${running.id}/file`).set(bearer(cm));
    expect(notYet.status).toBe(409);
    expect(notYet.body.detail).toMatch(/wird noch erstellt/);

    // That instance is killed two minutes into the report: its lease runs out a minute later.
    await repo.update({ id: running.id }, { createdAt: new Date(Date.now() - 120_000), leaseUntil: new Date(Date.now() - 1_000) });
    const interrupted = await t.http().get(`${API}/${running.id}`).set(bearer(cm));
    expect(interrupted.body).toMatchObject({ state: 'FAILED', error: expect.stringMatching(/unterbrochen/) });
    expect((await repo.findOneByOrFail({ id: running.id })).state).toBe('FAILED');
    // A new request makes a new report instead of waiting for the dead one.
    const fresh = await t.http().post(API).set(bearer(cm)).send({ periodId });
    expect(fresh.status).toBe(202);
    expect(fresh.body.id).not.toBe(running.id);
    await t.app.get(CouncilReportsService).settled();
  });

  it('lists recent reports per period, expires old ones and deletes them with the cleanup job', async () => {
    const periodId = periods['Sachstand 2025'].id;
    const listed = await t.http().get(`${API}?periodId=${periodId}`).set(bearer(cm));
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBeGreaterThanOrEqual(1);
    expect(listed.body.items.every((j: CouncilReportJob) => j.period.id === periodId)).toBe(true);
    expect(listed.body.items[0]).not.toHaveProperty('content');

    const repo = t.dataSource.getRepository(DocumentJobEntity);
    const old = await repo.save(
      repo.create({
        kind: 'COUNCIL_REPORT',
        periodId,
        state: 'DONE',
        progress: 100,
        fileName: 'x.pdf',
        content: 'JVBERi0=',
        expiresAt: new Date(Date.now() - 1000),
      }),
    );
    expect((await t.http().get(`${API}/${old.id}`).set(bearer(cm))).status).toBe(404);
    expect((await t.http().get(`${API}/${old.id}/file`).set(bearer(cm))).status).toBe(404);
    expect((await t.http().get(`${API}?periodId=${periodId}`).set(bearer(cm))).body.items.map((j: CouncilReportJob) => j.id)).not.toContain(
      old.id,
    );
    const run = await t.http().post('/api/v1/jobs/document-cleanup/run').set(bearer(t.tokens.admin));
    expect(run.status).toBeLessThan(300);
    expect(await repo.existsBy({ id: old.id })).toBe(false);
    expect(await repo.countBy({ periodId })).toBeGreaterThanOrEqual(1);
  });

  it('records who created a report in the audit trail', async () => {
    const events = await t.http().get('/api/v1/audit-events?entityType=council-report&pageSize=100').set(bearer(t.tokens.admin));
    expect(events.status).toBe(200);
    const who = async (token: string) => (await t.http().get('/api/v1/auth/me').set(bearer(token))).body.id as string;
    const created = events.body.items.map((e: { action: string; entityLabel: string; actor: { id: string } }) => [
      e.action,
      e.entityLabel,
      e.actor.id,
    ]);
    expect(created).toContainEqual(['CREATE', 'Sachstand 2025', await who(cm)]);
    expect(created).toContainEqual(['CREATE', 'Sachstand 2026', await who(t.tokens.executive)]);
  });

  describe('who may', () => {
    const allowed: Record<DemoRole, boolean> = {
      admin: true,
      climateManager: true,
      executive: true,
      department: false,
      communication: false,
    };
    let done: CouncilReportJob;
    beforeAll(async () => {
      const listed = await t.http().get(`${API}?periodId=${periods['Sachstand 2025'].id}`).set(bearer(cm));
      done = listed.body.items.find((j: CouncilReportJob) => j.state === 'DONE');
    });

    it.each(DEMO_ROLES)('%s: create, poll, list and download — or 403 and nothing stored', async (role) => {
      const token = t.tokens[role];
      const before = await t.dataSource.getRepository(DocumentJobEntity).count();
      const created = await t.http().post(API).set(bearer(token)).send({ periodId: periods['Sachstand 2025'].id });
      const reads = [
        await t.http().get(`${API}/${done.id}`).set(bearer(token)),
        await t.http().get(`${API}/${done.id}/file`).set(bearer(token)),
        await t.http().get(API).set(bearer(token)),
      ];
      if (allowed[role]) {
        expect(created.status).toBe(202);
        expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
        await waitForReport(t, token, created.body.id);
      } else {
        expect(created.status).toBe(403);
        expect(created.body.detail).toMatch(/Rolle/);
        expect(reads.map((r) => r.status)).toEqual([403, 403, 403]);
        expect(await t.dataSource.getRepository(DocumentJobEntity).count()).toBe(before);
      }
    });

    it('nobody without a session', async () => {
      expect((await t.http().post(API).send({ periodId: periods['Sachstand 2025'].id })).status).toBe(401);
      expect((await t.http().get(`${API}/${done.id}/file`)).status).toBe(401);
    });
  });

  it('refuses bad input with German messages: unknown period 404, malformed ids and extra fields 400', async () => {
    const before = await t.dataSource.getRepository(DocumentJobEntity).count();
    const unknown = await t.http().post(API).set(bearer(cm)).send({ periodId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Der Berichtszeitraum wurde nicht gefunden.');
    const bad = await t.http().post(API).set(bearer(cm)).send({ periodId: 'Sachstand 2025' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'periodId', message: expect.stringMatching(/UUID eines Berichtszeitraums/) }),
    ]);
    expect((await t.http().post(API).set(bearer(cm)).send({})).status).toBe(400);
    expect((await t.http().post(API).set(bearer(cm)).send({ periodId: periods['Sachstand 2025'].id, format: 'docx' })).status).toBe(400);
    expect(await t.dataSource.getRepository(DocumentJobEntity).count()).toBe(before);
    expect((await t.http().get(`${API}/nicht-da`).set(bearer(cm))).status).toBe(400);
    expect((await t.http().get(`${API}/nicht-da/file`).set(bearer(cm))).status).toBe(400);
    expect((await t.http().get(`${API}?periodId=x`).set(bearer(cm))).status).toBe(400);
    const missing = await t.http().get(`${API}/00000000-0000-4000-8000-000000000000/file`).set(bearer(cm));
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Der Sachstandsbericht wurde nicht gefunden.');
  });
});

describe('council report on real data: the Münster Klimaschutzkonzept 2020', () => {
  let t: TestApp;
  let cm: string;
  const pw = 'ein-sicheres-passwort';

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'false', INITIAL_ADMIN_EMAIL: 'it@stadt.example', INITIAL_ADMIN_PASSWORD: pw, CITY_NAME: '' });
    const admin = (await t.http().post('/api/v1/auth/login').send({ email: 'it@stadt.example', password: pw })).body.accessToken;
    await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'km@stadt.example', displayName: 'KM', role: 'CLIMATE_MANAGER', password: pw })
      .expect(201);
    cm = (await t.http().post('/api/v1/auth/login').send({ email: 'km@stadt.example', password: pw })).body.accessToken;
    const upload = await t.http().post('/api/v1/imports').set(bearer(cm)).attach('file', readFileSync(MUENSTER_CSV), 'sachstand.csv');
    await t.http().post(`/api/v1/imports/${upload.body.importId}/commit`).set(bearer(cm)).expect(202);
    expect((await waitForImport(t, cm, upload.body.importId)).state).toBe('DONE');
  });
  afterAll(async () => t.close());

  it('prints, for every imported period, the numbers the cockpit shows for it', async () => {
    const periods = (await t.http().get('/api/v1/reporting-periods?pageSize=50').set(bearer(cm))).body.items as {
      id: string;
      name: string;
    }[];
    expect(periods.map((p) => p.name).sort()).toEqual(['Sachstand 2013', 'Sachstand 2015/2016', 'Sachstand 2017/2018']);
    for (const period of periods) {
      const { pdf, job } = await generate(t, cm, period.id);
      expect(job.fileName).toBe(`Sachstandsbericht-${period.name.replace(/[ /]/g, '-')}.pdf`);
      const summary = await summaryOf(t, cm, period.id);
      expect(summary.measures.total).toBe(54);
      expectCockpitNumbers(pdfText(pdf), summary);
      expect(pdfInfo(pdf)['Tagged']).toBe('yes');
      // Without CITY_NAME the title page names no city.
      expect(pdfInfo(pdf)['Author']).toBe('Stabsstelle Klimaschutz');
    }
  });
});
