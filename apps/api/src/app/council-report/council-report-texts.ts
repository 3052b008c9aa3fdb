import type { Locale } from '@klimaschutz/contracts';

/**
 * The council report's own words, per language (issue #16 item 14). Figures arrive formatted (German
 * format in both languages: the council's documents are German); names and texts are data and stay
 * as entered.
 */
export interface ReportTexts {
  title: string;
  unit: string;
  and: string;
  subject: (period: string, from: string, to: string) => string;
  measures: (formatted: string, count: number) => string;
  periodLine: (from: string, to: string, due: string, closed: boolean) => string;
  asOf: (at: string) => string;
  madeBy: string;
  summary: string;
  programme: (period: string, from: string, to: string, measures: string, fields: string) => string;
  lights: (measures: string, counts: string) => string;
  statuses: (list: string, average: string) => string;
  reports: (
    r: Record<'expected' | 'submitted' | 'onTime' | 'late' | 'accepted' | 'inReview' | 'revisionRequested' | 'overdue', string>,
  ) => string;
  stale: (measures: string) => string;
  ghg: (target: string, achieved: string) => string;
  unitWork: (trainings: string, consultations: string, checks: string) => string;
  emissionsHeading: string;
  emissionsLatest: (year: string, kt: string, change: string | null, baseYear: string | null) => string;
  emissionsPath: (pathKt: string, gapKt: string, gapPercent: string, behind: boolean) => string;
  emissionsProjection: (targetYear: string, projectedKt: string, pathKt: string, climateGapKt: string, missing: boolean) => string;
  emissionsReductions: (expected: string, achieved: string) => string;
  emissionsNone: string;
  emissionsCaption: string;
  year: string;
  balanceKt: string;
  pathKt: string;
  projectionKt: string;
  lightsByField: string;
  lightsByFieldCaption: string;
  fieldOfAction: string;
  total: string;
  allFields: string;
  implementation: string;
  byStatusCaption: string;
  status: string;
  measuresHeader: string;
  share: string;
  all: string;
  byField: string;
  byFieldIntro: string;
  fieldHeading: (field: string) => string;
  noMeasures: string;
  fieldCaption: (field: string) => string;
  code: string;
  measure: string;
  assessment: string;
  progressInPeriod: string;
  lead: string;
  emptyReport: string;
  obstacles: string;
  noReport: string;
  unitWorkHeading: string;
  unitWorkIntro: (from: string, to: string) => string;
  trainings: string;
  trainingCounts: (held: string, planned: string, cancelled: string, participants: string) => string;
  trainingsCaption: string;
  date: string;
  training: string;
  participants: string;
  consultations: string;
  consultationCounts: (requested: string, scheduled: string, done: string, declined: string, hours: string) => string;
  consultationsCaption: string;
  requestedOn: string;
  topic: string;
  orgUnit: string;
  category: string;
  climateChecks: string;
  climateCheckCounts: (submitted: string, reviewed: string, draft: string, negative: string) => string;
  climateChecksCaption: string;
  createdOn: string;
  reference: string;
  subjectHeader: string;
  noneInPeriod: (what: string) => string;
  firstOf: (limit: string, total: string, what: string) => string;
  lightsChartAlt: string;
  mostOnTrack: (field: string, count: number) => string;
  mostOffTrack: (field: string, count: number) => string;
  valuesInTable: string;
  statusChartAlt: string;
  largestGroup: (status: string, count: number, total: number) => string;
}

const de: ReportTexts = {
  title: 'Sachstandsbericht Klimaschutz',
  unit: 'Stabsstelle Klimaschutz',
  and: 'und',
  subject: (period, from, to) => `Sachstand der Klimaschutzmaßnahmen im Berichtszeitraum ${period} (${from} bis ${to})`,
  measures: (formatted, count) => `${formatted} ${count === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
  periodLine: (from, to, due, closed) =>
    `Berichtszeitraum ${from} bis ${to} · Abgabefrist der Sachstandsmeldungen ${due} · ` +
    (closed ? 'Berichtszeitraum abgeschlossen' : 'Berichtszeitraum noch offen'),
  asOf: (at) => `Stand: ${at} Uhr`,
  madeBy:
    'Erstellt von der Stabsstelle Klimaschutz mit dem Klimaschutz-Cockpit. Alle Zahlen entsprechen dem Cockpit für diesen ' +
    'Berichtszeitraum zum Zeitpunkt der Erstellung.',
  summary: 'Zusammenfassung',
  programme: (period, from, to, measures, fields) =>
    `Im Berichtszeitraum „${period}“ (${from} bis ${to}) umfasst das Klimaschutzprogramm ${measures} in ${fields} Handlungsfeldern.`,
  lights: (measures, counts) =>
    `Ampelbewertung aus den angenommenen Sachstandsmeldungen des Berichtszeitraums: Von ${measures} sind ${counts}.`,
  statuses: (list, average) =>
    `Stand der Umsetzung (aktueller Status der Maßnahmen): ${list}. Der durchschnittliche Fortschritt liegt bei ${average} %.`,
  reports: (r) =>
    `Sachstandsmeldungen: ${r.expected} erwartet, ${r.submitted} eingegangen (${r.onTime} fristgerecht, ${r.late} verspätet), ` +
    `${r.accepted} angenommen, ${r.inReview} in Prüfung, ${r.revisionRequested} zur Überarbeitung zurückgegeben, ${r.overdue} überfällig.`,
  stale: (measures) => ` Für ${measures} wurde in diesem und im vorherigen Berichtszeitraum keine Sachstandsmeldung angenommen.`,
  ghg: (target, achieved) =>
    `Treibhausgasminderung der Maßnahmen: Ziel ${target} t CO2e pro Jahr, davon erreicht ${achieved} t CO2e pro Jahr.`,
  unitWork: (trainings, consultations, checks) =>
    `Arbeit der Stabsstelle im Berichtszeitraum: ${trainings} Schulungen durchgeführt, ${consultations} Beratungen ` +
    `abgeschlossen, ${checks} Klimachecks eingereicht oder geprüft.`,
  lightsByField: 'Ampelbewertung nach Handlungsfeldern',
  lightsByFieldCaption: 'Ampelbewertung je Handlungsfeld (Zahl der Maßnahmen)',
  fieldOfAction: 'Handlungsfeld',
  total: 'gesamt',
  allFields: 'Alle Handlungsfelder',
  implementation: 'Stand der Umsetzung',
  byStatusCaption: 'Maßnahmen nach aktuellem Status',
  status: 'Status',
  measuresHeader: 'Maßnahmen',
  share: 'Anteil',
  all: 'alle',
  byField: 'Maßnahmen nach Handlungsfeldern',
  byFieldIntro:
    'Je Handlungsfeld stehen die Maßnahmen mit ihrem aktuellen Status, der Ampelbewertung aus der angenommenen Sachstandsmeldung der ' +
    'federführenden Stelle für diesen Berichtszeitraum und dem Text dieser Meldung.',
  fieldHeading: (field) => `Handlungsfeld ${field}`,
  noMeasures: 'In diesem Handlungsfeld gibt es keine aktiven Maßnahmen.',
  fieldCaption: (field) => `Maßnahmen im Handlungsfeld ${field}`,
  code: 'Kennung',
  measure: 'Maßnahme',
  assessment: 'Bewertung',
  progressInPeriod: 'Sachstand im Berichtszeitraum',
  lead: 'Federführung',
  emptyReport: 'Die Meldung enthält keinen Text.',
  obstacles: 'Hemmnisse',
  noReport: 'Für diesen Berichtszeitraum liegt keine angenommene Sachstandsmeldung vor.',
  emissionsHeading: 'Treibhausgasbilanz und Zielpfad',
  emissionsLatest: (year, kt, change, baseYear) =>
    `Letzte Bilanz ${year}: ${kt} kt CO2e` + (change && baseYear ? `, ${change} % gegenüber ${baseYear}.` : '.'),
  emissionsPath: (pathKt, gapKt, gapPercent, behind) =>
    behind
      ? `Der Zielpfad verlangt für dieses Jahr ${pathKt} kt; die Stadt liegt ${gapKt} kt (${gapPercent} %) darüber.`
      : `Der Zielpfad verlangt für dieses Jahr ${pathKt} kt; die Stadt liegt ${gapKt} kt (${gapPercent} %) darunter.`,
  emissionsProjection: (targetYear, projectedKt, pathKt, climateGapKt, missing) =>
    `Mit allen geplanten Maßnahmen ergeben sich für ${targetYear} rechnerisch ${projectedKt} kt, der Zielpfad sieht ${pathKt} kt vor` +
    (missing ? `: Es fehlen noch ${climateGapKt} kt (Klimaschutzlücke).` : `: Die Maßnahmen reichen rechnerisch aus.`),
  emissionsReductions: (expected, achieved) =>
    `Erwartete Minderung der dann wirksamen Maßnahmen: ${expected} t CO2e pro Jahr, davon laut angenommenen Sachstandsmeldungen erreicht: ${achieved} t CO2e pro Jahr.`,
  emissionsNone: 'Für die Stadt ist noch keine Treibhausgasbilanz erfasst.',
  emissionsCaption: 'Treibhausgasbilanz, Zielpfad und Projektion (kt CO2e pro Jahr)',
  year: 'Jahr',
  balanceKt: 'Bilanz (kt)',
  pathKt: 'Zielpfad (kt)',
  projectionKt: 'Projektion (kt)',
  unitWorkHeading: 'Arbeit der Stabsstelle',
  unitWorkIntro: (from, to) =>
    `Schulungen nach ihrem Termin, Beratungen nach dem Datum der Anfrage und Klimachecks nach dem Datum ihrer Anlage im Berichtszeitraum (${from} bis ${to}).`,
  trainings: 'Schulungen',
  trainingCounts: (held, planned, cancelled, participants) =>
    `Schulungen: ${held} durchgeführt, ${planned} geplant, ${cancelled} abgesagt; ${participants} Teilnehmende an durchgeführten Schulungen.`,
  trainingsCaption: 'Schulungen im Berichtszeitraum',
  date: 'Termin',
  training: 'Schulung',
  participants: 'Teilnehmende',
  consultations: 'Beratungen',
  consultationCounts: (requested, scheduled, done, declined, hours) =>
    `Beratungen: ${requested} angefragt, ${scheduled} terminiert, ${done} abgeschlossen, ${declined} abgelehnt; ${hours} Stunden Aufwand für abgeschlossene Beratungen.`,
  consultationsCaption: 'Beratungen im Berichtszeitraum',
  requestedOn: 'Angefragt am',
  topic: 'Thema',
  orgUnit: 'Organisationseinheit',
  category: 'Kategorie',
  climateChecks: 'Klimachecks',
  climateCheckCounts: (submitted, reviewed, draft, negative) =>
    `Klimachecks: ${submitted} eingereicht, ${reviewed} geprüft, ${draft} in Vorbereitung (Entwurf); ${negative} mit mindestens einer negativen Klimawirkung.`,
  climateChecksCaption: 'Eingereichte und geprüfte Klimachecks im Berichtszeitraum',
  createdOn: 'Angelegt am',
  reference: 'Aktenzeichen',
  subjectHeader: 'Gegenstand',
  noneInPeriod: (what) => `Im Berichtszeitraum gibt es keine ${what}.`,
  firstOf: (limit, total, what) => `Aufgeführt sind die ersten ${limit} von ${total} ${what}; alle stehen im Klimaschutz-Cockpit.`,
  lightsChartAlt: 'Gestapeltes Balkendiagramm der Ampelbewertung je Handlungsfeld (grün, gelb, rot, grau). ',
  mostOnTrack: (field, count) => `Die meisten Maßnahmen im Plan hat „${field}“ (${count}). `,
  mostOffTrack: (field, count) => `Die meisten kritischen Maßnahmen hat „${field}“ (${count}). `,
  valuesInTable: 'Alle Werte stehen in der folgenden Tabelle.',
  statusChartAlt: 'Balkendiagramm der Maßnahmen nach Status. ',
  largestGroup: (status, count, total) => `Die größte Gruppe ist „${status}“ mit ${count} von ${total} Maßnahmen. `,
};

const en: ReportTexts = {
  title: 'Climate Protection Progress Report',
  unit: 'Climate Protection Unit',
  and: 'and',
  subject: (period, from, to) => `Progress of the climate protection measures in the reporting period ${period} (${from} to ${to})`,
  measures: (formatted, count) => `${formatted} ${count === 1 ? 'measure' : 'measures'}`,
  periodLine: (from, to, due, closed) =>
    `Reporting period ${from} to ${to} · Progress reports due ${due} · ` +
    (closed ? 'reporting period closed' : 'reporting period still open'),
  asOf: (at) => `As of: ${at}`,
  madeBy:
    'Prepared by the Climate Protection Unit with the Klimaschutz-Cockpit. All figures match the cockpit for this ' +
    'reporting period at the time of preparation.',
  summary: 'Summary',
  programme: (period, from, to, measures, fields) =>
    `In the reporting period “${period}” (${from} to ${to}) the climate protection programme comprises ${measures} in ${fields} fields of action.`,
  lights: (measures, counts) => `Traffic lights from the accepted progress reports of the reporting period: of ${measures}, ${counts}.`,
  statuses: (list, average) => `Implementation (current status of the measures): ${list}. The average progress is ${average} %.`,
  reports: (r) =>
    `Progress reports: ${r.expected} expected, ${r.submitted} received (${r.onTime} on time, ${r.late} late), ` +
    `${r.accepted} accepted, ${r.inReview} in review, ${r.revisionRequested} returned for revision, ${r.overdue} overdue.`,
  stale: (measures) => ` For ${measures}, no progress report was accepted in this or the previous reporting period.`,
  ghg: (target, achieved) =>
    `Greenhouse gas reduction of the measures: target ${target} t CO2e per year, of which ${achieved} t CO2e per year achieved.`,
  unitWork: (trainings, consultations, checks) =>
    `Work of the Climate Protection Unit in the reporting period: ${trainings} trainings held, ${consultations} consultations ` +
    `completed, ${checks} climate checks submitted or reviewed.`,
  lightsByField: 'Traffic lights by field of action',
  lightsByFieldCaption: 'Traffic lights per field of action (number of measures)',
  fieldOfAction: 'Field of action',
  total: 'total',
  allFields: 'All fields of action',
  implementation: 'Implementation',
  byStatusCaption: 'Measures by current status',
  status: 'Status',
  measuresHeader: 'Measures',
  share: 'Share',
  all: 'all',
  byField: 'Measures by field of action',
  byFieldIntro:
    'For each field of action, the measures with their current status, the traffic light from the accepted progress report of the ' +
    'lead unit for this reporting period, and the text of that report.',
  fieldHeading: (field) => `Field of action ${field}`,
  noMeasures: 'This field of action has no active measures.',
  fieldCaption: (field) => `Measures in the field of action ${field}`,
  code: 'Code',
  measure: 'Measure',
  assessment: 'Assessment',
  progressInPeriod: 'Progress in the reporting period',
  lead: 'Lead',
  emptyReport: 'The report contains no text.',
  obstacles: 'Obstacles',
  noReport: 'No accepted progress report for this reporting period.',
  emissionsHeading: 'Greenhouse gas balance and target path',
  emissionsLatest: (year, kt, change, baseYear) =>
    `Latest balance ${year}: ${kt} kt CO2e` + (change && baseYear ? `, ${change} % against ${baseYear}.` : '.'),
  emissionsPath: (pathKt, gapKt, gapPercent, behind) =>
    behind
      ? `The target path asks for ${pathKt} kt in that year; the city is ${gapKt} kt (${gapPercent} %) above it.`
      : `The target path asks for ${pathKt} kt in that year; the city is ${gapKt} kt (${gapPercent} %) below it.`,
  emissionsProjection: (targetYear, projectedKt, pathKt, climateGapKt, missing) =>
    `With all planned measures, ${targetYear} comes to ${projectedKt} kt by calculation, the target path plans ${pathKt} kt` +
    (missing ? `: ${climateGapKt} kt are still missing (climate protection gap).` : `: the measures suffice by calculation.`),
  emissionsReductions: (expected, achieved) =>
    `Expected reduction of the measures then in effect: ${expected} t CO2e per year, of which achieved according to accepted progress reports: ${achieved} t CO2e per year.`,
  emissionsNone: 'No greenhouse gas balance has been entered for the city yet.',
  emissionsCaption: 'Greenhouse gas balance, target path and projection (kt CO2e per year)',
  year: 'Year',
  balanceKt: 'Balance (kt)',
  pathKt: 'Target path (kt)',
  projectionKt: 'Projection (kt)',
  unitWorkHeading: 'Work of the Climate Protection Unit',
  unitWorkIntro: (from, to) =>
    `Trainings by their date, consultations by the date of the request and climate checks by the date they were created, within the reporting period (${from} to ${to}).`,
  trainings: 'Trainings',
  trainingCounts: (held, planned, cancelled, participants) =>
    `Trainings: ${held} held, ${planned} planned, ${cancelled} cancelled; ${participants} participants in the trainings held.`,
  trainingsCaption: 'Trainings in the reporting period',
  date: 'Date',
  training: 'Training',
  participants: 'Participants',
  consultations: 'Consultations',
  consultationCounts: (requested, scheduled, done, declined, hours) =>
    `Consultations: ${requested} requested, ${scheduled} scheduled, ${done} completed, ${declined} declined; ${hours} hours of effort for completed consultations.`,
  consultationsCaption: 'Consultations in the reporting period',
  requestedOn: 'Requested on',
  topic: 'Topic',
  orgUnit: 'Organisational unit',
  category: 'Category',
  climateChecks: 'Climate checks',
  climateCheckCounts: (submitted, reviewed, draft, negative) =>
    `Climate checks: ${submitted} submitted, ${reviewed} reviewed, ${draft} in preparation (draft); ${negative} with at least one negative climate impact.`,
  climateChecksCaption: 'Climate checks submitted and reviewed in the reporting period',
  createdOn: 'Created on',
  reference: 'Reference',
  subjectHeader: 'Subject',
  noneInPeriod: (what) => `There are no ${what.toLowerCase()} in the reporting period.`,
  firstOf: (limit, total, what) => `Listed are the first ${limit} of ${total} ${what.toLowerCase()}; the Klimaschutz-Cockpit has them all.`,
  lightsChartAlt: 'Stacked bar chart of the traffic lights per field of action (green, amber, red, grey). ',
  mostOnTrack: (field, count) => `“${field}” has the most measures on track (${count}). `,
  mostOffTrack: (field, count) => `“${field}” has the most critical measures (${count}). `,
  valuesInTable: 'All values are in the following table.',
  statusChartAlt: 'Bar chart of the measures by status. ',
  largestGroup: (status, count, total) => `The largest group is “${status}” with ${count} of ${total} measures. `,
};

export const REPORT_TEXTS: Record<Locale, ReportTexts> = { de, en };
