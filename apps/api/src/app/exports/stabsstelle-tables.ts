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
import { dateInBerlin, dateTimeInBerlin } from '../common/date-time';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import type { MeasureEntity } from '../measures/measure.entity';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import type { TrainingFigures } from '../trainings/trainings.mapper';
import type { TrainingEntity } from '../trainings/training.entity';
import type { Table } from './exports.service';

/*
 * The Stabsstelle's lists as tables: German headers, enum values as their German labels, dates as ISO
 * (`YYYY-MM-DD`, instants as Berlin wall-clock `YYYY-MM-DD hh:mm`) like the measure export.
 */

const date = (d: Date | null) => (d ? dateInBerlin(d) : null);
const dateTime = (d: Date | null) => (d ? dateTimeInBerlin(d) : null);
const measureCodes = (measures: MeasureEntity[] | undefined) =>
  (measures ?? []).map((m) => m.code).sort(compareCodes).join(', ');
const byCode = <T extends { orgUnit?: OrgUnitEntity }>(a: T, b: T) => compareCodes(a.orgUnit!.code, b.orgUnit!.code);

/** Participant names are personal data: the column exists only for those who may see them. */
export function trainingsTable(rows: { training: TrainingEntity; figures: TrainingFigures }[], withNames: boolean): Table {
  return {
    sheet: 'Schulungen',
    headers: [
      'Titel', 'Thema', 'Beginn', 'Dauer (Minuten)', 'Referent/in', 'Format', 'Ort', 'Online-Link', 'Status', 'Grund der Absage',
      'Zielgruppe', 'Kapazität', 'Teilnehmende', 'Teilnehmende je Organisationseinheit', 'Rückmeldungen', 'Bewertung (Durchschnitt 1–5)',
      'Verknüpfte Maßnahmen', 'Beschreibung', ...(withNames ? ['Namen der Teilnehmenden'] : []),
    ],
    rows: rows.map(({ training: t, figures }) => {
      const registrations = [...(t.registrations ?? [])].sort(byCode);
      const targets = (t.targetOrgUnits ?? []).map((o) => o.code).sort(compareCodes);
      return [
        t.title, TRAINING_TOPIC_LABELS[t.topic], dateTimeInBerlin(t.startsAt), t.durationMinutes, t.trainer, TRAINING_FORMAT_LABELS[t.format],
        t.location, t.onlineUrl, TRAINING_STATUS_LABELS[t.status], t.cancellationReason,
        targets.length ? targets.join(', ') : 'gesamte Verwaltung', t.capacity, figures.participantCount,
        registrations.map((r) => `${r.orgUnit!.code}: ${r.count}`).join(', '), figures.feedback.count, figures.feedback.averageScore,
        measureCodes(t.linkedMeasures), t.description,
        ...(withNames
          ? [
              registrations
                .filter((r) => r.names?.length)
                .map((r) => `${r.orgUnit!.code}: ${r.names!.map((n) => n.name).sort(compareText).join(', ')}`)
                .join('; '),
            ]
          : []),
      ];
    }),
  };
}

export function consultationsTable(rows: ConsultationEntity[]): Table {
  return {
    sheet: 'Beratungen',
    headers: [
      'Thema', 'Kategorie', 'Status', 'Anfragende Stelle', 'Anfragende Stelle (Name)', 'Angefragt am', 'Wunschtermin', 'Beschreibung', 'Verfahren',
      'Berater/in', 'Termin', 'Ergebnis', 'Empfehlung', 'Aufwand (Stunden)', 'Begründung der Ablehnung', 'Abgeschlossen am', 'Verknüpfte Maßnahmen',
    ],
    rows: rows.map((c) => [
      c.topic, CONSULTATION_CATEGORY_LABELS[c.category], CONSULTATION_STATUS_LABELS[c.status], c.requestingOrgUnit!.code, c.requestingOrgUnit!.name,
      date(c.requestedAt), c.desiredDate, c.description, c.procedureReference, c.consultant?.displayName ?? null, dateTime(c.scheduledAt),
      c.outcome, c.recommendation, c.effortHours, c.declineReason, date(c.closedAt), measureCodes(c.linkedMeasures),
    ]),
  };
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'ja' : 'nein');

export function climateChecksTable(rows: ClimateCheckEntity[]): Table {
  return {
    sheet: 'Klimachecks',
    headers: [
      'Vorlagennummer / Aktenzeichen', 'Titel', 'Art des Vorhabens', 'Organisationseinheit', 'Organisationseinheit (Name)', 'Status',
      'Klimarelevant', 'Begründung der Klimarelevanz',
      ...CLIMATE_CRITERIA.flatMap((k) => [CLIMATE_CRITERION_LABELS[k], `${CLIMATE_CRITERION_LABELS[k]} – Begründung`]),
      'Geschätzte THG-Wirkung (t CO2e/Jahr)', 'Geprüfte Alternativen', 'Stellungnahme', 'Eingereicht am', 'Geprüft am', 'Verknüpfte Maßnahmen', 'Beschreibung',
    ],
    rows: rows.map((c) => {
      const criteria = criteriaOf(c);
      return [
        c.reference, c.title, CLIMATE_CHECK_SUBJECT_TYPE_LABELS[c.subjectType], c.orgUnit!.code, c.orgUnit!.name, CLIMATE_CHECK_STATUS_LABELS[c.status],
        yesNo(c.climateRelevant), c.relevanceReason,
        ...CLIMATE_CRITERIA.flatMap((k) => [criteria[k].impact ? CLIMATE_IMPACT_LABELS[criteria[k].impact] : null, criteria[k].reason]),
        c.estimatedGhgEffectT, c.alternatives, c.statement, date(c.submittedAt), date(c.reviewedAt), measureCodes(c.linkedMeasures), c.description,
      ];
    }),
  };
}
