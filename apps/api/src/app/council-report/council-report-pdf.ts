import {
  ASSESSMENTS,
  ASSESSMENT_COLOURS,
  ASSESSMENT_COLOUR_WORDS,
  ASSESSMENT_LABELS,
  assessmentBasisText,
  CLIMATE_CHECK_STATUS_LABELS,
  CONSULTATION_CATEGORY_LABELS,
  CONSULTATION_STATUS_LABELS,
  MEASURE_STATUSES,
  MEASURE_STATUS_COLOURS,
  MEASURE_STATUS_LABELS,
  patternFor,
  TRAINING_STATUS_LABELS,
  type PatternKind,
  type Assessment,
  type CountsByAssessment,
} from '@klimaschutz/contracts';
import { setImmediate as tick } from 'node:timers/promises';
import { dateInBerlin } from '../common/date-time';
import { LIST_LIMIT, type CouncilReportData, type Listed } from './council-report-data';
import { COLOURS, ReportWriter } from './report-writer';

export const REPORT_TITLE = 'Sachstandsbericht Klimaschutz';

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const n = (value: number) => numberFormat.format(value);
/** `2025-12-31` → `31.12.2025` */
const day = (iso: string) => iso.split('-').reverse().join('.');
const dayOf = (instant: Date) => day(dateInBerlin(instant));

/** „im Plan (grün)“ */
export const assessmentText = (a: Assessment) => `${ASSESSMENT_LABELS[a]} (${ASSESSMENT_COLOUR_WORDS[a]})`;

/** „12 im Plan (grün), 8 gefährdet (gelb), 3 kritisch (rot) und 17 nicht bewertet (grau)“ */
export function assessmentCounts(counts: CountsByAssessment): string {
  const parts = ASSESSMENTS.map((a) => `${n(counts[a])} ${assessmentText(a)}`);
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`;
}

const measures = (count: number) => `${n(count)} ${count === 1 ? 'Maßnahme' : 'Maßnahmen'}`;

/**
 * The council report: title page, summary in words and charts (each with its numbers as a table),
 * one section per field of action with its measures, and the Stabsstelle's work in the period.
 * Yields to the event loop between rows, so a big city's report does not block the API.
 */
export async function renderCouncilReport(data: CouncilReportData, onProgress: (percent: number) => Promise<void>): Promise<Buffer> {
  const { summary, period } = data;
  const city = data.cityName;
  const w = new ReportWriter({
    title: `${REPORT_TITLE} – ${period.name}`,
    author: city ? `${city} – Stabsstelle Klimaschutz` : 'Stabsstelle Klimaschutz',
    subject: `Sachstand der Klimaschutzmaßnahmen im Berichtszeitraum ${period.name} (${day(period.startDate)} bis ${day(period.endDate)})`,
  });
  const asOf = dateTimeFormat.format(data.generatedAt);

  // ------------------------------------------------------------------ title page
  await w.section(() => {
    w.doc.y = 200;
    if (city) w.paragraph(city, { size: 14, colour: COLOURS.muted });
    w.heading(1, REPORT_TITLE);
    w.paragraph(period.name, { size: 18, bold: true });
    w.paragraph(
      `Berichtszeitraum ${day(period.startDate)} bis ${day(period.endDate)} · Abgabefrist der Sachstandsmeldungen ${day(period.dueDate)} · ` +
        (period.closed ? 'Berichtszeitraum abgeschlossen' : 'Berichtszeitraum noch offen'),
    );
    w.paragraph(`Stand: ${asOf} Uhr`);
    w.paragraph(
      'Erstellt von der Stabsstelle Klimaschutz mit dem Klimaschutz-Cockpit. Alle Zahlen entsprechen dem Cockpit für diesen ' +
        'Berichtszeitraum zum Zeitpunkt der Erstellung.',
      { colour: COLOURS.muted },
    );
  });
  await onProgress(20);

  // ------------------------------------------------------------------ summary
  w.newPage();
  const m = summary.measures;
  await w.section(async () => {
    w.heading(2, 'Zusammenfassung', { bookmark: true });
    w.paragraph(
      `Im Berichtszeitraum „${period.name}“ (${day(period.startDate)} bis ${day(period.endDate)}) umfasst das Klimaschutzprogramm ` +
        `${measures(m.total)} in ${n(data.fields.length)} Handlungsfeldern.`,
    );
    w.paragraph(`Ampelbewertung aus den angenommenen Sachstandsmeldungen des Berichtszeitraums: Von ${measures(m.total)} sind ${assessmentCounts(m.byAssessment)}.`);
    // The same sentence the cockpit shows beside its traffic lights.
    w.paragraph(assessmentBasisText(summary), { colour: COLOURS.muted });
    w.paragraph(
      `Stand der Umsetzung (aktueller Status der Maßnahmen): ${MEASURE_STATUSES.map((s) => `${n(m.byStatus[s])} ${MEASURE_STATUS_LABELS[s]}`).join(', ')}. ` +
        `Der durchschnittliche Fortschritt liegt bei ${n(m.averageProgressPercent)} %.`,
    );
    const r = summary.reports;
    w.paragraph(
      `Sachstandsmeldungen: ${n(r.expected)} erwartet, ${n(r.submitted)} eingegangen (${n(r.onTime)} fristgerecht, ${n(r.late)} verspätet), ` +
        `${n(r.accepted)} angenommen, ${n(r.inReview)} in Prüfung, ${n(r.revisionRequested)} zur Überarbeitung zurückgegeben, ${n(r.overdue)} überfällig.` +
        (r.stale ? ` Für ${measures(r.stale)} wurde in diesem und im vorherigen Berichtszeitraum keine Sachstandsmeldung angenommen.` : ''),
    );
    w.paragraph(
      `Treibhausgasminderung der Maßnahmen: Ziel ${n(summary.ghg.targetTPerYear)} t CO2e pro Jahr, davon erreicht ${n(summary.ghg.achievedTPerYear)} t CO2e pro Jahr.`,
    );
    w.paragraph(
      `Arbeit der Stabsstelle im Berichtszeitraum: ${n(summary.trainings.held)} Schulungen durchgeführt, ${n(summary.consultations.done)} Beratungen ` +
        `abgeschlossen, ${n(summary.climateChecks.submitted + summary.climateChecks.reviewed)} Klimachecks eingereicht oder geprüft.`,
    );

    w.heading(3, 'Ampelbewertung nach Handlungsfeldern');
    assessmentChart(w, data);
    await w.table({
      caption: 'Ampelbewertung je Handlungsfeld (Zahl der Maßnahmen)',
      columns: [
        { header: 'Handlungsfeld', share: 0.3 },
        ...ASSESSMENTS.map((a) => ({ header: assessmentText(a), share: 0.13, align: 'right' as const })),
        { header: 'gesamt', share: 0.18, align: 'right' },
      ],
      rowHeaderColumn: 0,
      rows: [
        ...data.fields.map((f) => [`${f.code} – ${f.name}`, ...ASSESSMENTS.map((a) => n(f.byAssessment[a])), n(f.total)]),
        ['Alle Handlungsfelder', ...ASSESSMENTS.map((a) => n(m.byAssessment[a])), n(m.total)],
      ],
    });

    w.heading(3, 'Stand der Umsetzung');
    statusChart(w, data);
    await w.table({
      caption: 'Maßnahmen nach aktuellem Status',
      columns: [
        { header: 'Status', share: 0.5 },
        { header: 'Maßnahmen', share: 0.25, align: 'right' },
        { header: 'Anteil', share: 0.25, align: 'right' },
      ],
      rowHeaderColumn: 0,
      rows: [
        ...MEASURE_STATUSES.map((s) => [MEASURE_STATUS_LABELS[s], n(m.byStatus[s]), m.total ? `${n((m.byStatus[s] / m.total) * 100)} %` : '–']),
        ['alle', n(m.total), m.total ? '100 %' : '–'],
      ],
    });
  });
  await onProgress(30);

  // ------------------------------------------------------------------ fields of action
  w.newPage();
  const rowsTotal = Math.max(1, data.fields.reduce((sum, f) => sum + f.measures.length, 0));
  let rowsDone = 0;
  await w.section(async () => {
    w.heading(2, 'Maßnahmen nach Handlungsfeldern', { bookmark: true });
    w.paragraph(
      'Je Handlungsfeld stehen die Maßnahmen mit ihrem aktuellen Status, der Ampelbewertung aus der angenommenen Sachstandsmeldung der ' +
        'federführenden Stelle für diesen Berichtszeitraum und dem Text dieser Meldung.',
    );
    for (const field of data.fields) {
      await w.section(async () => {
        w.heading(3, `Handlungsfeld ${field.code} – ${field.name}`, { bookmark: true });
        if (!field.measures.length) {
          w.paragraph('In diesem Handlungsfeld gibt es keine aktiven Maßnahmen.');
          return;
        }
        w.paragraph(`${measures(field.total)}: ${assessmentCounts(field.byAssessment)}.`);
        await w.table({
          caption: `Maßnahmen im Handlungsfeld ${field.name}`,
          columns: [
            { header: 'Kennung', share: 0.1 },
            { header: 'Maßnahme', share: 0.27 },
            { header: 'Status', share: 0.12 },
            { header: 'Bewertung', share: 0.12 },
            { header: 'Sachstand im Berichtszeitraum', share: 0.39 },
          ],
          splitColumn: 4,
          rows: field.measures.map((measure) => [
            measure.code,
            `${measure.title}\nFederführung: ${measure.leadOrgUnit}`,
            MEASURE_STATUS_LABELS[measure.status],
            assessmentText(measure.assessment),
            measure.hasReport
              ? [measure.reportText?.trim() || 'Die Meldung enthält keinen Text.', measure.obstacles?.trim() ? `Hemmnisse: ${measure.obstacles.trim()}` : '']
                  .filter(Boolean)
                  .join('\n')
              : 'Für diesen Berichtszeitraum liegt keine angenommene Sachstandsmeldung vor.',
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
    w.heading(2, 'Arbeit der Stabsstelle', { bookmark: true });
    w.paragraph(
      `Schulungen nach ihrem Termin, Beratungen nach dem Datum der Anfrage und Klimachecks nach dem Datum ihrer Anlage im ` +
        `Berichtszeitraum (${day(period.startDate)} bis ${day(period.endDate)}).`,
    );
    const t = summary.trainings;
    await w.section(async () => {
      w.heading(3, 'Schulungen');
      w.paragraph(`Schulungen: ${n(t.held)} durchgeführt, ${n(t.planned)} geplant, ${n(t.cancelled)} abgesagt; ${n(t.participants)} Teilnehmende an durchgeführten Schulungen.`);
      await listTable(w, data.trainings, 'Schulungen', 'Schulungen im Berichtszeitraum', [
        [{ header: 'Termin', share: 0.15 }, (x) => dayOf(x.startsAt)],
        [{ header: 'Schulung', share: 0.5 }, (x) => x.title],
        [{ header: 'Status', share: 0.17 }, (x) => TRAINING_STATUS_LABELS[x.status]],
        [{ header: 'Teilnehmende', share: 0.18, align: 'right' }, (x) => (x.status === 'HELD' ? n(x.participants) : '–')],
      ]);
    });
    const c = summary.consultations;
    await w.section(async () => {
      w.heading(3, 'Beratungen');
      w.paragraph(
        `Beratungen: ${n(c.requested)} angefragt, ${n(c.scheduled)} terminiert, ${n(c.done)} abgeschlossen, ${n(c.declined)} abgelehnt; ` +
          `${n(c.effortHours)} Stunden Aufwand für abgeschlossene Beratungen.`,
      );
      await listTable(w, data.consultations, 'Beratungen', 'Beratungen im Berichtszeitraum', [
        [{ header: 'Angefragt am', share: 0.14 }, (x) => dayOf(x.requestedAt)],
        [{ header: 'Thema', share: 0.34 }, (x) => x.topic],
        [{ header: 'Organisationseinheit', share: 0.22 }, (x) => x.orgUnit],
        [{ header: 'Kategorie', share: 0.16 }, (x) => CONSULTATION_CATEGORY_LABELS[x.category]],
        [{ header: 'Status', share: 0.14 }, (x) => CONSULTATION_STATUS_LABELS[x.status]],
      ]);
    });
    const k = summary.climateChecks;
    await w.section(async () => {
      w.heading(3, 'Klimachecks');
      w.paragraph(
        `Klimachecks: ${n(k.submitted)} eingereicht, ${n(k.reviewed)} geprüft, ${n(k.draft)} in Vorbereitung (Entwurf); ` +
          `${n(k.negative)} mit mindestens einer negativen Klimawirkung.`,
      );
      await listTable(w, data.climateChecks, 'Klimachecks', 'Eingereichte und geprüfte Klimachecks im Berichtszeitraum', [
        [{ header: 'Angelegt am', share: 0.14 }, (x) => dayOf(x.createdAt)],
        [{ header: 'Aktenzeichen', share: 0.14 }, (x) => x.reference ?? '–'],
        [{ header: 'Gegenstand', share: 0.36 }, (x) => x.title],
        [{ header: 'Organisationseinheit', share: 0.22 }, (x) => x.orgUnit],
        [{ header: 'Status', share: 0.14 }, (x) => CLIMATE_CHECK_STATUS_LABELS[x.status]],
      ]);
    });
  });
  await onProgress(95);

  return w.finish(`${REPORT_TITLE} · ${period.name}`);
}

type ListColumn<T> = [{ header: string; share: number; align?: 'right' }, (item: T) => string];

async function listTable<T>(w: ReportWriter, list: Listed<T>, what: string, caption: string, columns: ListColumn<T>[]): Promise<void> {
  if (!list.total) {
    w.paragraph(`Im Berichtszeitraum gibt es keine ${what}.`);
    return;
  }
  if (list.total > list.items.length) {
    w.paragraph(`Aufgeführt sind die ersten ${n(LIST_LIMIT)} von ${n(list.total)} ${what}; alle stehen im Klimaschutz-Cockpit.`);
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
function legend(w: ReportWriter, x: number, y: number, width: number, entries: { label: string; colour: string; pattern: PatternKind }[]): void {
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
function assessmentChart(w: ReportWriter, data: CouncilReportData): void {
  const fields = data.fields;
  const most = (a: Assessment) => [...fields].sort((x, y) => y.byAssessment[a] - x.byAssessment[a])[0];
  const greenest = most('ON_TRACK');
  const reddest = most('OFF_TRACK');
  const alt =
    `Gestapeltes Balkendiagramm der Ampelbewertung je Handlungsfeld (grün, gelb, rot, grau). ` +
    (greenest && greenest.byAssessment.ON_TRACK ? `Die meisten Maßnahmen im Plan hat „${greenest.name}“ (${greenest.byAssessment.ON_TRACK}). ` : '') +
    (reddest && reddest.byAssessment.OFF_TRACK ? `Die meisten kritischen Maßnahmen hat „${reddest.name}“ (${reddest.byAssessment.OFF_TRACK}). ` : '') +
    'Alle Werte stehen in der folgenden Tabelle.';
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
      ASSESSMENTS.map((a, i) => ({ label: assessmentText(a), colour: ASSESSMENT_COLOURS[a], pattern: patternFor(i) })),
    );
  });
}

/** One bar per status. */
function statusChart(w: ReportWriter, data: CouncilReportData): void {
  const m = data.summary.measures;
  const largest = [...MEASURE_STATUSES].sort((a, b) => m.byStatus[b] - m.byStatus[a])[0];
  const alt =
    `Balkendiagramm der Maßnahmen nach Status. ` +
    (m.total ? `Die größte Gruppe ist „${MEASURE_STATUS_LABELS[largest]}“ mit ${m.byStatus[largest]} von ${m.total} Maßnahmen. ` : '') +
    'Alle Werte stehen in der folgenden Tabelle.';
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
