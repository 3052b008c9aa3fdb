/**
 * Reporting periods and Sachstandsmeldungen of the demo city, so that inbox, review queue, timeline and
 * timeliness figures are not empty on first start. The story is told as of 24.11.2026:
 *
 * - "Sachstand 2025" (closed): accepted reports for most active measures, a few of them late, four missing.
 * - "Sachstand 2026" (open, due 15.12.2026): some accepted, several waiting for review, drafts, one report
 *   sent back with a comment, one revised and resubmitted, the rest not yet written.
 *
 * The Stadtplanungsamt (61, demo login stadtplanung@musterstadt.example) has a report due, a draft, one
 * sent back for revision and one in review, plus a contribution to a measure it takes part in.
 */
import type { Assessment, MeasureStatus, ReportState } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MeasureEntity } from '../measures/measure.entity';
import { germanDate } from '../notifications/texts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ProgressReportEntity } from '../reporting/progress-report.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { UserEntity } from '../users/user.entity';
import { demoUsers } from './demo-city.data';

/** Fictitious people who write the reports of the units without a demo login. */
const AUTHORS: Record<string, string> = {
  '10': 'Monika Braun',
  '10.3': 'Daniel Fischer',
  '20': 'Heike Vogel',
  '23': 'Michael Schulz',
  '32': 'Holger Meier',
  '36': 'Anja Becker',
  '40': 'Stefan Richter',
  '65': 'Sabine Krüger',
  '66': 'Thomas Wagner',
  '67': 'Julia Wolf',
  '80': 'Katrin Neumann',
  SWM: 'Frank Lehmann',
  AWM: 'Petra Hoffmann',
};

/** No report came in for "Sachstand 2025" (the data-quality hint flags them). */
const MISSING_2025 = ['A-05', 'W-04', 'M-07', 'G-06'];
/** Came in after the due date of "Sachstand 2025". */
const LATE_2025 = ['M-02', 'V-07', 'E-05', 'B-02'];

/** "Sachstand 2026": the newest state per measure; measures not listed have not reported yet. */
const PLAN_2026: Record<string, ReportState> = {
  'E-02': 'ACCEPTED',
  'G-02': 'ACCEPTED',
  'M-03': 'ACCEPTED',
  'V-01': 'ACCEPTED',
  'V-06': 'ACCEPTED',
  'B-03': 'ACCEPTED',
  'W-01': 'ACCEPTED',
  'A-03': 'ACCEPTED',
  'G-04': 'SUBMITTED',
  'M-05': 'SUBMITTED',
  'V-05': 'SUBMITTED',
  'B-01': 'SUBMITTED',
  'A-02': 'SUBMITTED',
  'V-04': 'SUBMITTED',
  'G-03': 'DRAFT',
  'E-04': 'DRAFT',
  'M-06': 'DRAFT',
  'E-03': 'REVISION_REQUESTED',
};

interface Content {
  text: string;
  obstacles: string | null;
  nextSteps: string | null;
  milestonesReached: string | null;
}

/** Hand-written reports where the story needs them; the others are derived from each measure's data. */
const WRITTEN: Record<string, Partial<Content> & { status?: MeasureStatus; assessment?: Assessment; progressPercent?: number }> = {
  'E-03/2026': {
    status: 'DELAYED',
    assessment: 'AT_RISK',
    progressPercent: 40,
    text:
      'Die zweite Kartiersaison zum Rotmilan im Suchraum Nord ist abgeschlossen; das Gutachten liegt im Entwurf vor. ' +
      'Der Suchraum Süd kann voraussichtlich vollständig dargestellt werden, im Suchraum Nord ist eine Verkleinerung um etwa 20 ha zu erwarten.',
    obstacles:
      'Die Verlängerung der artenschutzrechtlichen Kartierung um eine Brutsaison hat den Zeitplan um rund zwölf Monate verschoben.',
    nextSteps: 'Abstimmung des Artenschutzgutachtens mit der Unteren Naturschutzbehörde; Vorbereitung der öffentlichen Auslegung.',
  },
  'G-03/2026': {
    progressPercent: 65,
    text:
      'Die Solarpflicht ist in zwei weiteren Bebauungsplänen (Am Lerchenfeld, Gewerbegebiet Hafen-Ost) festgesetzt worden. ' +
      'Die Textbausteine wurden um eine Regelung für Gründächer mit aufgeständerten Modulen ergänzt.',
    obstacles: null,
    nextSteps: null,
  },
  'G-04/2026': {
    progressPercent: 55,
    text:
      'Das Sanierungsmanagement ist seit April 2026 tätig und hat im Quartiersbüro bisher 64 Erstberatungen durchgeführt. ' +
      'Mit der Wohnungsbaugesellschaft ist die Sanierung von drei Wohnblöcken mit 96 Wohnungen für 2027 vereinbart.',
    obstacles: 'Die Trassenplanung für das Wärmenetz Nordstadt hängt von der Wirtschaftlichkeitsprüfung der Stadtwerke ab.',
    nextSteps: 'Zweite Eigentümerversammlung im Februar 2027; Start der Trassenplanung durch die Stadtwerke.',
  },
  'M-01/2026/61': {
    text:
      'Beitrag des Stadtplanungsamts: Die Beteiligung der Anwohnenden für den 2. Bauabschnitt ist vorbereitet; ' +
      'der Bebauungsplan Campus-Nord sichert die Trasse entlang der Hochschulstraße.',
    obstacles: 'Grunderwerb für zwei Teilflächen an der Hochschulstraße ist noch nicht abgeschlossen.',
    nextSteps: 'Offenlage des Bebauungsplans Campus-Nord im ersten Quartal 2027.',
  },
  'M-02/2025/61': {
    text: 'Beitrag des Stadtplanungsamts: Das Konzept für Bewohnerparkzonen in der Innenstadt ist im Entwurf fertiggestellt.',
    obstacles: 'Abstimmung mit dem Ordnungsamt zur Gebührenhöhe steht noch aus.',
    nextSteps: 'Vorlage des Konzepts im Ausschuss für Mobilität.',
  },
};

const REVISION_COMMENT_E03 =
  'Bitte die Bewertung „gefährdet“ begründen: Nach der Verschiebung um zwölf Monate ist das geplante Ende 31.12.2026 nicht mehr ' +
  'zu halten. Bitte einen neuen Termin für die öffentliche Auslegung nennen und die Auswirkung der kleineren Fläche im Suchraum Nord ' +
  'auf das Ziel von 120 ha beziffern.';
const REVISION_COMMENT_V05 =
  'Bitte die bisherigen Kosten und den Personalaufwand ergänzen; für den Förderantrag zur Kom.EMS-Zertifizierung brauchen wir beide Angaben.';

const STATUS_PHRASES: Record<MeasureStatus, string> = {
  PLANNED: 'befindet sich in der Vorbereitung; mit der Umsetzung wurde noch nicht begonnen',
  IN_PROGRESS: 'ist in der Umsetzung',
  COMPLETED: 'ist umgesetzt',
  DELAYED: 'verzögert sich gegenüber der Planung',
  ON_HOLD: 'ruht derzeit',
  CANCELLED: 'wird nicht weiterverfolgt',
};

const OBSTACLES: Record<Assessment, string[]> = {
  ON_TRACK: ['Derzeit keine wesentlichen Hemmnisse.'],
  AT_RISK: [
    'Eine Stelle im Sachgebiet war mehrere Monate unbesetzt; Arbeiten mussten verschoben werden.',
    'Die Abstimmung mit den beteiligten Ämtern dauert länger als geplant.',
    'Gestiegene Baupreise und lange Lieferzeiten belasten Zeitplan und Budget.',
    'Der Förderbescheid liegt noch nicht vor; ohne ihn kann nicht ausgeschrieben werden.',
  ],
  OFF_TRACK: [
    'Die Finanzierung ist im kommenden Doppelhaushalt nicht gesichert.',
    'Fehlende Flächenverfügbarkeit blockiert den nächsten Umsetzungsschritt.',
  ],
  NOT_ASSESSED: ['Eine Bewertung ist erst nach Beginn der Umsetzung möglich.'],
};

/** A stable small number per measure code, so that the demo looks the same on every start. */
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7);
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:15:00Z`);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function derived(m: MeasureEntity, status: MeasureStatus, assessment: Assessment, progress: number, from: string, to: string): Content {
  const reached = (m.milestones ?? [])
    .filter((ms) => ms.state === 'DONE' && ms.doneDate && ms.doneDate >= from && ms.doneDate <= to)
    .sort((a, b) => a.doneDate!.localeCompare(b.doneDate!));
  const next = (m.milestones ?? [])
    .filter((ms) => ms.state === 'OPEN' && ms.dueDate && ms.dueDate > to)
    .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!))[0];
  const overdueMilestone = (m.milestones ?? []).find((ms) => ms.state === 'OPEN' && ms.dueDate && ms.dueDate <= to);
  const summary = m.summary ? ` ${m.summary}` : '';
  let text = `„${m.title}“ ${STATUS_PHRASES[status]}.${summary} Der Umsetzungsstand zum Ende des Berichtszeitraums liegt bei rund ${progress} %.`;
  if (reached.length) text += ` Im Berichtszeitraum erreicht: ${reached.map((ms) => ms.title).join('; ')}.`;
  const pool = OBSTACLES[assessment];
  let obstacles = pool[hash(m.code) % pool.length];
  if (overdueMilestone && assessment !== 'ON_TRACK') obstacles += ` Der Meilenstein „${overdueMilestone.title}“ ist noch offen.`;
  return {
    text,
    obstacles,
    nextSteps: next
      ? `${next.title} (geplant bis ${germanDate(next.dueDate!)}).`
      : 'Fortführung der Umsetzung nach Maßnahmenplan und Abstimmung im Lenkungskreis Klimaschutz.',
    milestonesReached: reached.length ? reached.map((ms) => `${ms.title} (${germanDate(ms.doneDate!)})`).join('\n') : null,
  };
}

/** The state a year earlier, as the 2025 report told it. */
function earlier(m: MeasureEntity): { status: MeasureStatus; assessment: Assessment; progressPercent: number } {
  const progressPercent = Math.max(0, m.progressPercent - 10 - (hash(m.code) % 16));
  const status: MeasureStatus =
    m.status === 'PLANNED' ? 'PLANNED' : m.status === 'ON_HOLD' || m.status === 'DELAYED' ? 'IN_PROGRESS' : m.status;
  const assessment: Assessment =
    m.status === 'PLANNED'
      ? 'NOT_ASSESSED'
      : m.assessment === 'OFF_TRACK'
        ? 'AT_RISK'
        : m.assessment === 'AT_RISK' && hash(m.code) % 2
          ? 'ON_TRACK'
          : m.assessment;
  return { status, assessment, progressPercent };
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** Seeds the two demo periods and their reports; called inside the demo city's seeding transaction. */
export async function seedDemoReports(manager: EntityManager): Promise<{ periods: number; reports: number }> {
  const units = new Map((await manager.find(OrgUnitEntity)).map((o) => [o.id, o]));
  const findUser = async (role: string) => {
    const email = demoUsers.find((u) => u.role === role)!.email;
    return manager.findOneOrFail(UserEntity, { where: { email } });
  };
  const climateManager = await findUser('CLIMATE_MANAGER');
  const planner = await findUser('DEPARTMENT');
  const measures = (
    await manager.find(MeasureEntity, { relations: { milestones: true, participatingOrgUnits: true }, order: { code: 'ASC' } })
  ).filter((m) => !m.archivedAt && m.status !== 'COMPLETED' && m.status !== 'CANCELLED');

  const p2025 = manager.create(ReportingPeriodEntity, {
    id: randomUUID(),
    name: 'Sachstand 2025',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    dueDate: '2026-01-31',
    closed: true,
    closedAt: at('2026-03-16'),
    createdAt: at('2025-11-03'),
    updatedAt: at('2026-03-16'),
  });
  const p2026 = manager.create(ReportingPeriodEntity, {
    id: randomUUID(),
    name: 'Sachstand 2026',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    dueDate: '2026-12-15',
    closed: false,
    closedAt: null,
    createdAt: at('2026-10-01'),
    updatedAt: at('2026-10-01'),
  });
  // One by one: a multi-row insert hands the ids back in an order that is not guaranteed.
  for (const period of [p2025, p2026]) await manager.insert(ReportingPeriodEntity, period);

  const rows: Partial<ProgressReportEntity>[] = [];
  const author = (unitId: string) => {
    const code = units.get(unitId)!.code;
    if (unitId === planner.orgUnitId) return { authorId: planner.id, authorName: planner.displayName };
    if (unitId === climateManager.orgUnitId) return { authorId: climateManager.id, authorName: climateManager.displayName };
    return { authorId: null, authorName: AUTHORS[code] ?? units.get(unitId)!.name };
  };
  const review = (day: string, decision: 'ACCEPT' | 'REQUEST_REVISION', comment: string | null = null) => ({
    reviewDecision: decision,
    reviewComment: comment,
    reviewedAt: at(day, 14),
    reviewerId: climateManager.id,
    reviewerName: climateManager.displayName,
  });
  const noReview = { reviewDecision: null, reviewComment: null, reviewedAt: null, reviewerId: null, reviewerName: null };
  const money = (m: MeasureEntity, progress: number) =>
    m.costEstimateEur ? { actualCostsEur: roundTo((m.costEstimateEur * progress * 0.9) / 100, 1000) } : { actualCostsEur: null };
  const effort = (m: MeasureEntity, progress: number) => roundTo(60 + progress * (4 + (hash(m.code) % 5)), 10);

  for (const m of measures) {
    const offset = hash(m.code) % 18;

    // ---- Sachstand 2025: closed; accepted reports, a few late, some missing.
    if (!MISSING_2025.includes(m.code)) {
      const state = earlier(m);
      const submittedDay = LATE_2025.includes(m.code) ? addDays('2026-02-02', offset % 12) : addDays('2026-01-12', offset);
      rows.push({
        id: randomUUID(),
        measureId: m.id,
        periodId: p2025.id,
        orgUnitId: m.leadOrgUnitId,
        ...author(m.leadOrgUnitId),
        state: 'ACCEPTED',
        revision: 1,
        supersedesId: null,
        ...state,
        ...derived(m, state.status, state.assessment, state.progressPercent, p2025.startDate, p2025.endDate),
        ...money(m, state.progressPercent),
        staffEffortHours: effort(m, state.progressPercent),
        ghgReductionAchievedT: m.ghgReductionAchievedT === null ? null : roundTo(m.ghgReductionAchievedT * 0.6, 5),
        submittedAt: at(submittedDay),
        ...review(addDays(submittedDay, 4 + (offset % 9)), 'ACCEPT'),
        appliedToMeasure: true,
        createdAt: at(addDays(submittedDay, -6)),
        updatedAt: at(addDays(submittedDay, 4 + (offset % 9)), 14),
      });
    }

    // ---- Sachstand 2026: open, due 15.12.2026.
    const plan = PLAN_2026[m.code];
    if (!plan) continue;
    const written = WRITTEN[`${m.code}/2026`] ?? {};
    const ahead = plan === 'ACCEPTED' ? 0 : 5 + (offset % 6);
    const status = written.status ?? m.status;
    const assessment = written.assessment ?? m.assessment;
    const progressPercent = written.progressPercent ?? Math.min(100, m.progressPercent + ahead);
    const content = { ...derived(m, status, assessment, progressPercent, p2026.startDate, '2026-11-24'), ...written };
    const submittedDay = addDays('2026-11-02', offset);
    const base = {
      measureId: m.id,
      periodId: p2026.id,
      orgUnitId: m.leadOrgUnitId,
      ...author(m.leadOrgUnitId),
      status,
      assessment,
      progressPercent,
      text: content.text ?? null,
      obstacles: content.obstacles ?? null,
      nextSteps: content.nextSteps ?? null,
      milestonesReached: content.milestonesReached ?? null,
      ...money(m, progressPercent),
      staffEffortHours: effort(m, progressPercent),
      ghgReductionAchievedT: m.ghgReductionAchievedT,
      supersedesId: null,
      revision: 1,
      appliedToMeasure: false,
    };
    if (plan === 'ACCEPTED') {
      // An accepted 2026 report is what the measure shows now.
      const reviewed = addDays(submittedDay, 3);
      rows.push({
        ...base,
        id: randomUUID(),
        state: 'ACCEPTED',
        submittedAt: at(submittedDay),
        ...review(reviewed, 'ACCEPT'),
        appliedToMeasure: true,
        createdAt: at(addDays(submittedDay, -3)),
        updatedAt: at(reviewed, 14),
      });
    } else if (plan === 'SUBMITTED' && m.code === 'V-05') {
      // Sent back once for missing figures, then resubmitted: the timeline shows both versions.
      const first = randomUUID();
      rows.push({
        ...base,
        id: first,
        state: 'REVISION_REQUESTED',
        actualCostsEur: null,
        staffEffortHours: null,
        submittedAt: at('2026-11-03'),
        ...review('2026-11-06', 'REQUEST_REVISION', REVISION_COMMENT_V05),
        createdAt: at('2026-10-28'),
        updatedAt: at('2026-11-06', 14),
      });
      rows.push({
        ...base,
        id: randomUUID(),
        state: 'SUBMITTED',
        revision: 2,
        supersedesId: first,
        submittedAt: at('2026-11-18'),
        ...noReview,
        createdAt: at('2026-11-17'),
        updatedAt: at('2026-11-18'),
      });
    } else if (plan === 'SUBMITTED') {
      rows.push({
        ...base,
        id: randomUUID(),
        state: 'SUBMITTED',
        submittedAt: at(submittedDay),
        ...noReview,
        createdAt: at(addDays(submittedDay, -2)),
        updatedAt: at(submittedDay),
      });
    } else if (plan === 'REVISION_REQUESTED') {
      rows.push({
        ...base,
        id: randomUUID(),
        state: 'REVISION_REQUESTED',
        submittedAt: at('2026-11-06'),
        ...review('2026-11-12', 'REQUEST_REVISION', REVISION_COMMENT_E03),
        createdAt: at('2026-11-04'),
        updatedAt: at('2026-11-12', 14),
      });
    } else {
      rows.push({
        ...base,
        id: randomUUID(),
        state: 'DRAFT',
        submittedAt: null,
        ...noReview,
        createdAt: at(addDays('2026-11-10', offset % 8)),
        updatedAt: at(addDays('2026-11-12', offset % 8)),
      });
    }
  }

  // Contributions of a participating unit: shown with the measure, not expected, not taken over into it.
  const contribution = (code: string, period: ReportingPeriodEntity, key: string, state: 'ACCEPTED' | 'SUBMITTED', day: string) => {
    const m = measures.find((x) => x.code === code);
    if (!m || !planner.orgUnitId) return;
    const written = WRITTEN[key];
    rows.push({
      id: randomUUID(),
      measureId: m.id,
      periodId: period.id,
      orgUnitId: planner.orgUnitId,
      authorId: planner.id,
      authorName: planner.displayName,
      state,
      revision: 1,
      supersedesId: null,
      status: m.status,
      assessment: state === 'ACCEPTED' ? earlier(m).assessment : m.assessment,
      progressPercent: state === 'ACCEPTED' ? earlier(m).progressPercent : m.progressPercent,
      text: written.text ?? null,
      obstacles: written.obstacles ?? null,
      nextSteps: written.nextSteps ?? null,
      milestonesReached: null,
      actualCostsEur: null,
      staffEffortHours: 120,
      ghgReductionAchievedT: null,
      submittedAt: at(day),
      ...(state === 'ACCEPTED' ? review(addDays(day, 5), 'ACCEPT') : noReview),
      appliedToMeasure: false,
      createdAt: at(addDays(day, -1)),
      updatedAt: at(state === 'ACCEPTED' ? addDays(day, 5) : day),
    });
  };
  contribution('M-02', p2025, 'M-02/2025/61', 'ACCEPTED', '2026-01-20');
  contribution('M-01', p2026, 'M-01/2026/61', 'SUBMITTED', '2026-11-19');

  for (const row of rows) await manager.insert(ProgressReportEntity, row);
  return { periods: 2, reports: rows.length };
}
