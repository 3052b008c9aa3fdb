import {
  ASSESSMENTS,
  ASSESSMENT_COLOURS,
  assessmentBasisText,
  labelsFor,
  MEASURE_STATUSES,
  MEASURE_STATUS_COLOURS,
  patternFor,
  type PatternKind,
  type Assessment,
  type EmissionOverview,
  type CountsByAssessment,
  type LabelTables,
  type Locale,
} from '@klimaschutz/contracts';
import { setImmediate as tick } from 'node:timers/promises';
import { dateInBerlin } from '../common/date-time';
import { LIST_LIMIT, type CouncilReportData, type Listed } from './council-report-data';
import { REPORT_TEXTS, type ReportTexts } from './council-report-texts';
import { COLOURS, ReportWriter } from './report-writer';

export const REPORT_TITLE = REPORT_TEXTS.de.title;

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const n = (value: number) => numberFormat.format(value);
/** t → kt, German format: 1788000 → „1.788“ */
const kt = (t: number) => numberFormat.format(t / 1000);
/** −31.7 → „−31,7“, 4.2 → „+4,2“ */
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${numberFormat.format(Math.abs(value))}`;

/**
 * The table behind the report's GHG section: every balance year, every year the path has a point of
 * its own or a balance beside it, and the target year of the projection.
 */
export function emissionRows(
  e: EmissionOverview,
): { year: number; balance: number | null; path: number | null; projection: number | null }[] {
  const at = (series: { year: number; tCo2e: number }[]) => new Map(series.map((p) => [p.year, p.tCo2e]));
  const balance = at(e.balance);
  const path = at(e.path);
  const projection = at(e.projection);
  const years = new Set([...balance.keys()]);
  if (e.targetYear !== null) years.add(e.targetYear);
  // The path's own corners (where its slope changes) and its last year, not each interpolated year.
  const slope = (y: number) => (path.get(y + 1) ?? NaN) - (path.get(y) ?? NaN);
  for (const y of path.keys()) if (!path.has(y - 1) || !path.has(y + 1) || Math.abs(slope(y) - slope(y - 1)) > 1e-6) years.add(y);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      balance: balance.get(year) ?? null,
      path: path.get(year) ?? null,
      projection: year === e.targetYear ? (projection.get(year) ?? null) : null,
    }));
}
/** `2025-12-31` → `31.12.2025` */
const day = (iso: string) => iso.split('-').reverse().join('.');
const dayOf = (instant: Date) => day(dateInBerlin(instant));

/** „im Plan (grün)“ */
export const assessmentText = (a: Assessment, labels: LabelTables = labelsFor('de')) =>
  `${labels.ASSESSMENT_LABELS[a]} (${labels.ASSESSMENT_COLOUR_WORDS[a]})`;

/** „12 im Plan (grün), 8 gefährdet (gelb), 3 kritisch (rot) und 17 nicht bewertet (grau)“ */
export function assessmentCounts(counts: CountsByAssessment, labels: LabelTables = labelsFor('de'), and = 'und'): string {
  const parts = ASSESSMENTS.map((a) => `${n(counts[a])} ${assessmentText(a, labels)}`);
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/**
 * The council report: title page, summary in words and charts (each with its numbers as a table),
 * one section per field of action with its measures, and the Stabsstelle's work in the period.
 * Yields to the event loop between rows, so a big city's report does not block the API.
 */
export async function renderCouncilReport(
  data: CouncilReportData,
  onProgress: (percent: number) => Promise<void>,
  locale: Locale = 'de',
): Promise<Buffer> {
  const { summary, period } = data;
  const city = data.cityName;
  // The report's own words in the requester's language; figures and dates keep the German format, data stays as entered.
  const t: ReportTexts = REPORT_TEXTS[locale];
  const labels = labelsFor(locale);
  const measures = (count: number) => t.measures(n(count), count);
  const assessmentOf = (a: Assessment) => assessmentText(a, labels);
  const countsOf = (counts: CountsByAssessment) => assessmentCounts(counts, labels, t.and);
  const from = day(period.startDate);
  const to = day(period.endDate);
  const w = new ReportWriter({
    title: `${t.title} – ${period.name}`,
    author: city ? `${city} – ${t.unit}` : t.unit,
    subject: t.subject(period.name, from, to),
  });
  const asOf = dateTimeFormat.format(data.generatedAt);

  // ------------------------------------------------------------------ title page
  await w.section(() => {
    w.doc.y = 200;
    if (city) w.paragraph(city, { size: 14, colour: COLOURS.muted });
    w.heading(1, t.title);
    w.paragraph(period.name, { size: 18, bold: true });
    w.paragraph(t.periodLine(from, to, day(period.dueDate), period.closed));
    w.paragraph(t.asOf(asOf));
    w.paragraph(t.madeBy, { colour: COLOURS.muted });
  });
  await onProgress(20);

  // ------------------------------------------------------------------ summary
  w.newPage();
  const m = summary.measures;
  await w.section(async () => {
    w.heading(2, t.summary, { bookmark: true });
    w.paragraph(t.programme(period.name, from, to, measures(m.total), n(data.fields.length)));
    w.paragraph(t.lights(measures(m.total), countsOf(m.byAssessment)));
    // The same sentence the cockpit shows beside its traffic lights.
    w.paragraph(assessmentBasisText(summary, locale), { colour: COLOURS.muted });
    w.paragraph(
      t.statuses(
        MEASURE_STATUSES.map((s) => `${n(m.byStatus[s])} ${labels.MEASURE_STATUS_LABELS[s]}`).join(', '),
        n(m.averageProgressPercent),
      ),
    );
    const r = summary.reports;
    w.paragraph(
      t.reports({
        expected: n(r.expected),
        submitted: n(r.submitted),
        onTime: n(r.onTime),
        late: n(r.late),
        accepted: n(r.accepted),
        inReview: n(r.inReview),
        revisionRequested: n(r.revisionRequested),
        overdue: n(r.overdue),
      }) + (r.stale ? t.stale(measures(r.stale)) : ''),
    );
    w.paragraph(t.ghg(n(summary.ghg.targetTPerYear), n(summary.ghg.achievedTPerYear)));
    w.paragraph(
      t.unitWork(
        n(summary.trainings.held),
        n(summary.consultations.done),
        n(summary.climateChecks.submitted + summary.climateChecks.reviewed),
      ),
    );

    w.heading(3, t.lightsByField);
    assessmentChart(w, data, t, labels);
    await w.table({
      caption: t.lightsByFieldCaption,
      columns: [
        { header: t.fieldOfAction, share: 0.3 },
        ...ASSESSMENTS.map((a) => ({ header: assessmentOf(a), share: 0.13, align: 'right' as const })),
        { header: t.total, share: 0.18, align: 'right' },
      ],
      rowHeaderColumn: 0,
      rows: [
        ...data.fields.map((f) => [`${f.code} – ${f.name}`, ...ASSESSMENTS.map((a) => n(f.byAssessment[a])), n(f.total)]),
        [t.allFields, ...ASSESSMENTS.map((a) => n(m.byAssessment[a])), n(m.total)],
      ],
    });

    w.heading(3, t.implementation);
    statusChart(w, data, t, labels);
    await w.table({
      caption: t.byStatusCaption,
      columns: [
        { header: t.status, share: 0.5 },
        { header: t.measuresHeader, share: 0.25, align: 'right' },
        { header: t.share, share: 0.25, align: 'right' },
      ],
      rowHeaderColumn: 0,
      rows: [
        ...MEASURE_STATUSES.map((s) => [
          labels.MEASURE_STATUS_LABELS[s],
          n(m.byStatus[s]),
          m.total ? `${n((m.byStatus[s] / m.total) * 100)} %` : '–',
        ]),
        [t.all, n(m.total), m.total ? '100 %' : '–'],
      ],
    });
  });
  await onProgress(25);

  // ------------------------------------------------------------------ GHG balance and target path
  await w.section(async () => {
    w.heading(2, t.emissionsHeading, { bookmark: true });
    const e = data.emissions;
    if (!e || e.latestYear === null || e.latestT === null) {
      w.paragraph(t.emissionsNone);
      return;
    }
    // The figures of GET /api/v1/emissions/overview, as the cockpit's panel shows them.
    w.paragraph(
      t.emissionsLatest(
        String(e.latestYear),
        kt(e.latestT),
        e.changeVsBasePercent === null ? null : signed(e.changeVsBasePercent),
        e.baseYear === null ? null : String(e.baseYear),
      ),
    );
    if (e.pathAtLatestT !== null && e.gapT !== null && e.gapPercent !== null) {
      w.paragraph(t.emissionsPath(kt(e.pathAtLatestT), kt(Math.abs(e.gapT)), n(Math.abs(e.gapPercent)), e.gapT > 0));
    }
    if (e.targetYear !== null && e.projectedT !== null && e.pathAtTargetYearT !== null && e.climateGapT !== null) {
      w.paragraph(
        t.emissionsProjection(String(e.targetYear), kt(e.projectedT), kt(e.pathAtTargetYearT), kt(e.climateGapT), e.climateGapT > 0),
      );
    }
    w.paragraph(t.emissionsReductions(n(e.expectedReductionT), n(e.achievedReductionT)));
    await w.table({
      caption: t.emissionsCaption,
      columns: [
        { header: t.year, share: 0.16 },
        { header: t.balanceKt, share: 0.28, align: 'right' },
        { header: t.pathKt, share: 0.28, align: 'right' },
        { header: t.projectionKt, share: 0.28, align: 'right' },
      ],
      rowHeaderColumn: 0,
      rows: emissionRows(e).map((r) => [String(r.year), ...[r.balance, r.path, r.projection].map((v) => (v === null ? '–' : kt(v)))]),
    });
  });
  await onProgress(30);

  // ------------------------------------------------------------------ fields of action
  w.newPage();
  const rowsTotal = Math.max(
    1,
    data.fields.reduce((sum, f) => sum + f.measures.length, 0),
  );
  let rowsDone = 0;
  await w.section(async () => {
    w.heading(2, t.byField, { bookmark: true });
    w.paragraph(t.byFieldIntro);
    for (const field of data.fields) {
      await w.section(async () => {
        w.heading(3, t.fieldHeading(`${field.code} – ${field.name}`), { bookmark: true });
        if (!field.measures.length) {
          w.paragraph(t.noMeasures);
          return;
        }
        w.paragraph(`${measures(field.total)}: ${countsOf(field.byAssessment)}.`);
        await w.table({
          caption: t.fieldCaption(field.name),
          columns: [
            { header: t.code, share: 0.1 },
            { header: t.measure, share: 0.27 },
            { header: t.status, share: 0.12 },
            { header: t.assessment, share: 0.12 },
            { header: t.progressInPeriod, share: 0.39 },
          ],
          splitColumn: 4,
          rows: field.measures.map((measure) => [
            measure.code,
            `${measure.title}\n${t.lead}: ${measure.leadOrgUnit}`,
            labels.MEASURE_STATUS_LABELS[measure.status],
            assessmentOf(measure.assessment),
            measure.hasReport
              ? [
                  measure.reportText?.trim() || t.emptyReport,
                  measure.obstacles?.trim() ? `${t.obstacles}: ${measure.obstacles.trim()}` : '',
                ]
                  .filter(Boolean)
                  .join('\n')
              : t.noReport,
          ]),
          afterRow: async () => {
            rowsDone++;
            if (rowsDone % 10 === 0) {
              await tick();
              await onProgress(30 + Math.floor((rowsDone / rowsTotal) * 55));
            }
          },
        });
      });
      await tick();
    }
  });
  await onProgress(85);

  // ------------------------------------------------------------------ Stabsstelle
  w.newPage();
  await w.section(async () => {
    w.heading(2, t.unitWorkHeading, { bookmark: true });
    w.paragraph(t.unitWorkIntro(from, to));
    const tr = summary.trainings;
    await w.section(async () => {
      w.heading(3, t.trainings);
      w.paragraph(t.trainingCounts(n(tr.held), n(tr.planned), n(tr.cancelled), n(tr.participants)));
      await listTable(w, t, data.trainings, t.trainings, t.trainingsCaption, [
        [{ header: t.date, share: 0.15 }, (x) => dayOf(x.startsAt)],
        [{ header: t.training, share: 0.5 }, (x) => x.title],
        [{ header: t.status, share: 0.17 }, (x) => labels.TRAINING_STATUS_LABELS[x.status]],
        [{ header: t.participants, share: 0.18, align: 'right' }, (x) => (x.status === 'HELD' ? n(x.participants) : '–')],
      ]);
    });
    const c = summary.consultations;
    await w.section(async () => {
      w.heading(3, t.consultations);
      w.paragraph(t.consultationCounts(n(c.requested), n(c.scheduled), n(c.done), n(c.declined), n(c.effortHours)));
      await listTable(w, t, data.consultations, t.consultations, t.consultationsCaption, [
        [{ header: t.requestedOn, share: 0.14 }, (x) => dayOf(x.requestedAt)],
        [{ header: t.topic, share: 0.34 }, (x) => x.topic],
        [{ header: t.orgUnit, share: 0.22 }, (x) => x.orgUnit],
        [{ header: t.category, share: 0.16 }, (x) => labels.CONSULTATION_CATEGORY_LABELS[x.category]],
        [{ header: t.status, share: 0.14 }, (x) => labels.CONSULTATION_STATUS_LABELS[x.status]],
      ]);
    });
    const k = summary.climateChecks;
    await w.section(async () => {
      w.heading(3, t.climateChecks);
      w.paragraph(t.climateCheckCounts(n(k.submitted), n(k.reviewed), n(k.draft), n(k.negative)));
      await listTable(w, t, data.climateChecks, t.climateChecks, t.climateChecksCaption, [
        [{ header: t.createdOn, share: 0.14 }, (x) => dayOf(x.createdAt)],
        [{ header: t.reference, share: 0.14 }, (x) => x.reference ?? '–'],
        [{ header: t.subjectHeader, share: 0.36 }, (x) => x.title],
        [{ header: t.orgUnit, share: 0.22 }, (x) => x.orgUnit],
        [{ header: t.status, share: 0.14 }, (x) => labels.CLIMATE_CHECK_STATUS_LABELS[x.status]],
      ]);
    });
  });
  await onProgress(95);

  return w.finish(`${t.title} · ${period.name}`);
}

type ListColumn<T> = [{ header: string; share: number; align?: 'right' }, (item: T) => string];

async function listTable<T>(
  w: ReportWriter,
  t: ReportTexts,
  list: Listed<T>,
  what: string,
  caption: string,
  columns: ListColumn<T>[],
): Promise<void> {
  if (!list.total) {
    w.paragraph(t.noneInPeriod(what));
    return;
  }
  if (list.total > list.items.length) {
    w.paragraph(t.firstOf(n(LIST_LIMIT), n(list.total), what));
  }
  await w.table({ caption, columns: columns.map(([c]) => c), rows: list.items.map((item) => columns.map(([, value]) => value(item))) });
}

// ------------------------------------------------------------------ charts (vector shapes)

const BAR = 14;
const GAP = 6;
const LEGEND_LINE = 16;
/** Large enough for a few repeats of its pattern. */
const SWATCH = 12;

/** Shortens `text` with „…“ until it fits `width`. */
function fit(w: ReportWriter, text: string, width: number): string {
  if (w.widthOf(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && w.widthOf(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Colour swatches with their labels, in one line or, where it would not fit, more. */
function legend(
  w: ReportWriter,
  x: number,
  y: number,
  width: number,
  entries: { label: string; colour: string; pattern: PatternKind }[],
): void {
  let [cx, cy] = [x, y];
  for (const entry of entries) {
    const entryWidth = SWATCH + 4 + w.widthOf(entry.label);
    if (cx > x && cx + entryWidth > x + width) [cx, cy] = [x, cy + LEGEND_LINE];
    w.swatch(cx, cy, SWATCH, SWATCH, entry.colour, entry.pattern);
    w.label(entry.label, cx + SWATCH + 4, cy + 2);
    cx += entryWidth + 16;
  }
}

/** Stacked bars: the traffic lights of each field of action. */
function assessmentChart(w: ReportWriter, data: CouncilReportData, t: ReportTexts, labels: LabelTables): void {
  const fields = data.fields;
  const most = (a: Assessment) => [...fields].sort((x, y) => y.byAssessment[a] - x.byAssessment[a])[0];
  const greenest = most('ON_TRACK');
  const reddest = most('OFF_TRACK');
  const alt =
    t.lightsChartAlt +
    (greenest && greenest.byAssessment.ON_TRACK ? t.mostOnTrack(greenest.name, greenest.byAssessment.ON_TRACK) : '') +
    (reddest && reddest.byAssessment.OFF_TRACK ? t.mostOffTrack(reddest.name, reddest.byAssessment.OFF_TRACK) : '') +
    t.valuesInTable;
  const height = fields.length * (BAR + GAP) + 8 + 2 * LEGEND_LINE;
  w.figure(alt, height, (x, y, width) => {
    const labelWidth = Math.min(width * 0.35, Math.max(...fields.map((f) => w.widthOf(`${f.code} – ${f.name}`)), 40));
    const barX = x + labelWidth + 8;
    const barWidth = width - labelWidth - 8 - 30;
    const max = Math.max(1, ...fields.map((f) => f.total));
    fields.forEach((f, i) => {
      const rowY = y + i * (BAR + GAP);
      w.label(fit(w, `${f.code} – ${f.name}`, labelWidth), x, rowY + 3);
      let segmentX = barX;
      for (const a of ASSESSMENTS) {
        const count = f.byAssessment[a];
        if (!count) continue;
        const segment = (count / max) * barWidth;
        // Same pattern per series as the cockpit's chart; the count stands on a white plate above the pattern.
        w.swatch(segmentX, rowY, segment, BAR, ASSESSMENT_COLOURS[a], patternFor(ASSESSMENTS.indexOf(a)));
        const text = String(count);
        const textWidth = w.widthOf(text);
        if (segment >= textWidth + 8) {
          w.doc.rect(segmentX + (segment - textWidth) / 2 - 2, rowY + 2.5, textWidth + 4, BAR - 5).fill('#ffffff');
          w.label(text, segmentX, rowY + 3, { width: segment, align: 'center' });
        }
        segmentX += segment;
      }
      w.label(String(f.total), segmentX + 4, rowY + 3);
    });
    legend(
      w,
      x,
      y + fields.length * (BAR + GAP) + 8,
      width,
      ASSESSMENTS.map((a, i) => ({ label: assessmentText(a, labels), colour: ASSESSMENT_COLOURS[a], pattern: patternFor(i) })),
    );
  });
}

/** One bar per status. */
function statusChart(w: ReportWriter, data: CouncilReportData, t: ReportTexts, labels: LabelTables): void {
  const m = data.summary.measures;
  const MEASURE_STATUS_LABELS = labels.MEASURE_STATUS_LABELS;
  const largest = [...MEASURE_STATUSES].sort((a, b) => m.byStatus[b] - m.byStatus[a])[0];
  const alt =
    t.statusChartAlt + (m.total ? t.largestGroup(MEASURE_STATUS_LABELS[largest], m.byStatus[largest], m.total) : '') + t.valuesInTable;
  w.figure(alt, MEASURE_STATUSES.length * (BAR + GAP) + 4, (x, y, width) => {
    const labelWidth = Math.max(...MEASURE_STATUSES.map((s) => w.widthOf(MEASURE_STATUS_LABELS[s])));
    const barX = x + labelWidth + 8;
    const barWidth = width - labelWidth - 8 - 40;
    const max = Math.max(1, ...MEASURE_STATUSES.map((s) => m.byStatus[s]));
    MEASURE_STATUSES.forEach((s, i) => {
      const rowY = y + i * (BAR + GAP);
      w.label(MEASURE_STATUS_LABELS[s], x, rowY + 3);
      const length = (m.byStatus[s] / max) * barWidth;
      if (length > 0) w.swatch(barX, rowY, length, BAR, MEASURE_STATUS_COLOURS[s], patternFor(i));
      w.label(String(m.byStatus[s]), barX + length + 4, rowY + 3);
    });
  });
}
