import {
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CLIMATE_CRITERIA,
  CLIMATE_CRITERION_LABELS,
  CLIMATE_IMPACT_LABELS,
  CONSULTATION_CATEGORY_LABELS,
  CONSULTATION_STATUS_LABELS,
  TRAINING_FORMAT_LABELS,
  TRAINING_STATUS_LABELS,
  TRAINING_TOPIC_LABELS,
} from '@klimaschutz/contracts';
import { criteriaOf } from '../climate-checks/climate-checks.mapper';
import type { ClimateCheckEntity } from '../climate-checks/climate-check.entity';
import { compareCodes, compareText } from '../common/collate';
import { dateInBerlin } from '../common/date-time';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import type { MeasureEntity } from '../measures/measure.entity';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import type { TrainingFigures } from '../trainings/trainings.mapper';
import type { TrainingEntity } from '../trainings/training.entity';
import { date, dateTime, number, text, toTable, type Column, type Table } from './table';

/*
 * The Stabsstelle's lists as tables: German headers, enum values as their German labels, dates as
 * dates (CSV: ISO `YYYY-MM-DD`, instants as Berlin wall-clock `YYYY-MM-DD hh:mm`) like the measure export.
 */

const day = (d: Date | null) => (d ? dateInBerlin(d) : null);
export const measureCodes = (measures: MeasureEntity[] | undefined) =>
  (measures ?? [])
    .map((m) => m.code)
    .sort(compareCodes)
    .join(', ');
const byCode = <T extends { orgUnit?: OrgUnitEntity }>(a: T, b: T) => compareCodes(a.orgUnit!.code, b.orgUnit!.code);

type TrainingRow = { training: TrainingEntity; figures: TrainingFigures };
const registrations = (t: TrainingEntity) => [...(t.registrations ?? [])].sort(byCode);

const TRAINING_COLUMNS: Column<TrainingRow>[] = [
  text('Titel', (r) => r.training.title),
  text('Thema', (r) => TRAINING_TOPIC_LABELS[r.training.topic]),
  dateTime('Beginn', (r) => r.training.startsAt),
  number('Dauer (Minuten)', (r) => r.training.durationMinutes),
  text('Referent/in', (r) => r.training.trainer),
  text('Format', (r) => TRAINING_FORMAT_LABELS[r.training.format]),
  text('Ort', (r) => r.training.location),
  text('Online-Link', (r) => r.training.onlineUrl),
  text('Status', (r) => TRAINING_STATUS_LABELS[r.training.status]),
  text('Grund der Absage', (r) => r.training.cancellationReason),
  text(
    'Zielgruppe',
    (r) =>
      (r.training.targetOrgUnits ?? [])
        .map((o) => o.code)
        .sort(compareCodes)
        .join(', ') || 'gesamte Verwaltung',
  ),
  number('Kapazität', (r) => r.training.capacity),
  number('Teilnehmende', (r) => r.figures.participantCount),
  text('Teilnehmende je Organisationseinheit', (r) =>
    registrations(r.training)
      .map((x) => `${x.orgUnit!.code}: ${x.count}`)
      .join(', '),
  ),
  number('Rückmeldungen', (r) => r.figures.feedback.count),
  number('Bewertung (Durchschnitt 1–5)', (r) => r.figures.feedback.averageScore),
  text('Verknüpfte Maßnahmen', (r) => measureCodes(r.training.linkedMeasures)),
  text('Beschreibung', (r) => r.training.description),
];

/** Participant names are personal data: the column exists only for those who may see them. */
const PARTICIPANT_NAMES = text<TrainingRow>('Namen der Teilnehmenden', (r) =>
  registrations(r.training)
    .filter((x) => x.names?.length)
    .map(
      (x) =>
        `${x.orgUnit!.code}: ${x
          .names!.map((n) => n.name)
          .sort(compareText)
          .join(', ')}`,
    )
    .join('; '),
);

export function trainingsTable(rows: TrainingRow[], withNames: boolean): Table {
  return toTable('Schulungen', withNames ? [...TRAINING_COLUMNS, PARTICIPANT_NAMES] : TRAINING_COLUMNS, rows);
}

const CONSULTATION_COLUMNS: Column<ConsultationEntity>[] = [
  text('Thema', (c) => c.topic),
  text('Kategorie', (c) => CONSULTATION_CATEGORY_LABELS[c.category]),
  text('Status', (c) => CONSULTATION_STATUS_LABELS[c.status]),
  text('Anfragende Stelle', (c) => c.requestingOrgUnit!.code),
  text('Anfragende Stelle (Name)', (c) => c.requestingOrgUnit!.name),
  date('Angefragt am', (c) => day(c.requestedAt)),
  date('Wunschtermin', (c) => c.desiredDate),
  text('Beschreibung', (c) => c.description),
  text('Verfahren', (c) => c.procedureReference),
  text('Berater/in', (c) => c.consultant?.displayName),
  dateTime('Termin', (c) => c.scheduledAt),
  text('Ergebnis', (c) => c.outcome),
  text('Empfehlung', (c) => c.recommendation),
  number('Aufwand (Stunden)', (c) => c.effortHours),
  text('Begründung der Ablehnung', (c) => c.declineReason),
  date('Abgeschlossen am', (c) => day(c.closedAt)),
  text('Verknüpfte Maßnahmen', (c) => measureCodes(c.linkedMeasures)),
];

export const consultationsTable = (rows: ConsultationEntity[]): Table => toTable('Beratungen', CONSULTATION_COLUMNS, rows);

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'ja' : 'nein');

const CLIMATE_CHECK_COLUMNS: Column<ClimateCheckEntity>[] = [
  text('Vorlagennummer / Aktenzeichen', (c) => c.reference),
  text('Titel', (c) => c.title),
  text('Art des Vorhabens', (c) => CLIMATE_CHECK_SUBJECT_TYPE_LABELS[c.subjectType]),
  text('Organisationseinheit', (c) => c.orgUnit!.code),
  text('Organisationseinheit (Name)', (c) => c.orgUnit!.name),
  text('Status', (c) => CLIMATE_CHECK_STATUS_LABELS[c.status]),
  text('Klimarelevant', (c) => yesNo(c.climateRelevant)),
  text('Begründung der Klimarelevanz', (c) => c.relevanceReason),
  ...CLIMATE_CRITERIA.flatMap((k) => [
    text<ClimateCheckEntity>(CLIMATE_CRITERION_LABELS[k], (c) => {
      const impact = criteriaOf(c)[k].impact;
      return impact ? CLIMATE_IMPACT_LABELS[impact] : null;
    }),
    text<ClimateCheckEntity>(`${CLIMATE_CRITERION_LABELS[k]} – Begründung`, (c) => criteriaOf(c)[k].reason),
  ]),
  number('Geschätzte THG-Wirkung (t CO2e/Jahr)', (c) => c.estimatedGhgEffectT),
  text('Geprüfte Alternativen', (c) => c.alternatives),
  text('Stellungnahme', (c) => c.statement),
  date('Eingereicht am', (c) => day(c.submittedAt)),
  date('Geprüft am', (c) => day(c.reviewedAt)),
  text('Verknüpfte Maßnahmen', (c) => measureCodes(c.linkedMeasures)),
  text('Beschreibung', (c) => c.description),
];

export const climateChecksTable = (rows: ClimateCheckEntity[]): Table => toTable('Klimachecks', CLIMATE_CHECK_COLUMNS, rows);
