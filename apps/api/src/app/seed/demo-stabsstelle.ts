/**
 * Demo city "Musterstadt": a year of the Stabsstelle Klimaschutz's cross-departmental work — trainings,
 * consultations and Klimachecks, with German texts, involving the Stadtplanungsamt (61) as well as
 * other departments.
 *
 * Dates are days relative to the day of seeding, so that the demo always has upcoming trainings, fresh
 * requests and a few overdue ones, whenever it is started. All persons are fictitious.
 */
import type {
  ClimateCheckStatus,
  ClimateCheckSubjectType,
  ClimateCriterion,
  ClimateImpact,
  ConsultationCategory,
  ConsultationStatus,
  TrainingFormat,
  TrainingStatus,
  TrainingTopic,
} from '@klimaschutz/contracts';
import { EntityManager, In } from 'typeorm';
import { ClimateCheckEntity } from '../climate-checks/climate-check.entity';
import { impactColumn, reasonColumn } from '../climate-checks/climate-checks.mapper';
import { climateCheckSearchText } from '../climate-checks/climate-checks.service';
import { startOfDayInBerlin, todayInBerlin } from '../common/date-time';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { consultationSearchText } from '../consultations/consultations.service';
import { MeasureEntity } from '../measures/measure.entity';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import {
  TrainingEntity,
  TrainingFeedbackEntity,
  TrainingParticipantEntity,
  TrainingRegistrationEntity,
} from '../trainings/training.entity';
import { trainingSearchText } from '../trainings/trainings.service';
import { UserEntity } from '../users/user.entity';
import { demoUsers } from './demo-city.data';

export interface DemoTraining {
  title: string;
  topic: TrainingTopic;
  description: string;
  /** Days from the day of seeding; negative = in the past. */
  day: number;
  /** Local time in Musterstadt, `HH:MM`. */
  time: string;
  durationMinutes: number;
  trainer: string;
  format: TrainingFormat;
  location?: string;
  onlineUrl?: string;
  /** Org unit codes; empty = the whole administration. */
  targets: string[];
  capacity: number | null;
  status: TrainingStatus;
  cancellationReason?: string;
  measures: string[];
  registrations: { unit: string; count: number; names?: string[] }[];
  /** Score 1–5 and an optional comment. */
  feedback?: [number, string?][];
}

export interface DemoConsultation {
  unit: string;
  topic: string;
  category: ConsultationCategory;
  description: string;
  /** Days from the day of seeding. */
  requestedDay: number;
  desiredDay?: number;
  procedureReference?: string;
  status: ConsultationStatus;
  /** Taken on by the demo climate manager. */
  taken: boolean;
  scheduledDay?: number;
  scheduledTime?: string;
  outcome?: string;
  recommendation?: string;
  effortHours?: number;
  declineReason?: string;
  closedDay?: number;
  measures: string[];
}

type DemoCriteria = Partial<Record<ClimateCriterion, [ClimateImpact, string?]>>;

export interface DemoClimateCheck {
  unit: string;
  subjectType: ClimateCheckSubjectType;
  /** Council proposal number; `{year}` becomes the year it was drafted. */
  reference?: string;
  title: string;
  description: string;
  createdDay: number;
  status: ClimateCheckStatus;
  submittedDay?: number;
  reviewedDay?: number;
  climateRelevant: boolean | null;
  relevanceReason?: string;
  criteria: DemoCriteria;
  estimatedGhgEffectT?: number;
  alternatives?: string;
  statement?: string;
  measures: string[];
}

const RATHAUS = 'Rathaus Musterstadt, Marktplatz 1, Sitzungssaal 2.14';
const TECHNISCHES_RATHAUS = 'Technisches Rathaus, Am Ring 20, Schulungsraum E.05';
const VIDEO = (room: string) => `https://video.musterstadt.example/${room}`;

export const demoTrainings: DemoTraining[] = [
  {
    title: 'Klimaschutz-Grundlagen für Führungskräfte',
    topic: 'CLIMATE_BASICS',
    description:
      'Klimaschutzkonzept 2024, Treibhausgasbilanz der Stadt und was das Ziel Klimaneutralität 2040 für die Arbeit der Ämter bedeutet. Mit Beispielen aus dem Maßnahmenkatalog.',
    day: -300,
    time: '09:00',
    durationMinutes: 180,
    trainer: 'Dr. Lena Vogt, Stabsstelle Klimaschutz',
    format: 'IN_PERSON',
    location: RATHAUS,
    targets: [],
    capacity: 30,
    status: 'HELD',
    measures: ['B-04'],
    registrations: [
      { unit: '61', count: 4 },
      { unit: '66', count: 3 },
      { unit: '65', count: 3 },
      { unit: '20', count: 2 },
      { unit: '10', count: 2 },
      { unit: '36', count: 2 },
    ],
    feedback: [[5, 'Sehr klar aufbereitet, endlich verstehe ich die THG-Bilanz.'], [4], [4, 'Mehr Zeit für Fragen einplanen.'], [5]],
  },
  {
    title: 'Der Klimacheck in der Praxis: Beschlussvorlagen richtig bewerten',
    topic: 'CLIMATE_CHECK',
    description:
      'Vorprüfung und Hauptprüfung Schritt für Schritt an echten Vorlagen: Wann ist ein Vorhaben klimarelevant, wie begründe ich eine Bewertung, wie schätze ich die THG-Wirkung ab?',
    day: -270,
    time: '10:00',
    durationMinutes: 120,
    trainer: 'Dr. Lena Vogt, Stabsstelle Klimaschutz',
    format: 'ONLINE',
    onlineUrl: VIDEO('klimacheck-praxis'),
    targets: ['61', '66', '65', '23', '20'],
    capacity: 40,
    status: 'HELD',
    measures: ['V-03', 'B-04'],
    registrations: [
      { unit: '61', count: 6, names: ['Anna Becker', 'Tobias Krüger', 'Selin Yılmaz'] },
      { unit: '66', count: 5 },
      { unit: '65', count: 4 },
      { unit: '23', count: 2 },
    ],
    feedback: [
      [5, 'Die Beispiele aus dem Stadtplanungsamt waren genau richtig.'],
      [4],
      [3, 'Online etwas lang, lieber zwei kürzere Termine.'],
      [5],
      [4],
    ],
  },
  {
    title: 'Klimafreundliche Beschaffung: Kriterien in Ausschreibungen',
    topic: 'SUSTAINABLE_PROCUREMENT',
    description:
      'Lebenszykluskosten, Umweltzeichen und CO2-Schattenpreis in Leistungsbeschreibung und Zuschlagskriterien – rechtssicher nach Vergaberecht und der neuen Beschaffungsrichtlinie.',
    day: -240,
    time: '09:00',
    durationMinutes: 240,
    trainer: 'Kompetenzstelle für nachhaltige Beschaffung (KNB), Frau Maren Holt',
    format: 'IN_PERSON',
    location: RATHAUS,
    targets: ['10.3', '10', '65', '66'],
    capacity: 20,
    status: 'HELD',
    measures: ['V-04'],
    registrations: [
      { unit: '10.3', count: 5, names: ['Peter Lange', 'Miriam Scholz'] },
      { unit: '10', count: 3 },
      { unit: '65', count: 2 },
      { unit: '66', count: 2 },
    ],
    feedback: [[5, 'Sofort anwendbar, die Musterformulierungen helfen sehr.'], [5], [4]],
  },
  {
    title: 'Hitzeschutz im Stadtquartier: Klimaanpassung in der Bauleitplanung',
    topic: 'CLIMATE_ADAPTATION',
    description:
      'Ergebnisse der Stadtklimaanalyse, Festsetzungsmöglichkeiten nach § 9 BauGB (Dach- und Fassadenbegrünung, Frischluftschneisen, Retention) und Abwägung im Verfahren.',
    day: -200,
    time: '13:30',
    durationMinutes: 180,
    trainer: 'Prof. Dr. Jana Wolff, Hochschule Musterstadt',
    format: 'IN_PERSON',
    location: TECHNISCHES_RATHAUS,
    targets: ['61', '67', '36'],
    capacity: 25,
    status: 'HELD',
    measures: ['A-05', 'A-01'],
    registrations: [
      { unit: '61', count: 8, names: ['Anna Becker', 'Lukas Hoffmann'] },
      { unit: '67', count: 4 },
      { unit: '36', count: 3 },
    ],
    feedback: [[5], [4, 'Gute Mischung aus Theorie und Planbeispielen.'], [5]],
  },
  {
    title: 'Fördermittel für kommunalen Klimaschutz: Kommunalrichtlinie und Landesprogramme',
    topic: 'FUNDING',
    description:
      'Überblick über NKI-Kommunalrichtlinie, BEW, KfW-Programme und Landesförderung; Antragsfristen und typische Stolpersteine.',
    day: -170,
    time: '10:00',
    durationMinutes: 90,
    trainer: 'Energieagentur der Region, Herr Felix Brandt',
    format: 'ONLINE',
    onlineUrl: VIDEO('foerdermittel'),
    targets: [],
    capacity: 50,
    status: 'CANCELLED',
    cancellationReason: 'Der Referent ist kurzfristig erkrankt. Ein Ersatztermin wird angeboten.',
    measures: ['B-04'],
    registrations: [],
  },
  {
    title: 'Energiesparen im Büro und im Gebäudebetrieb',
    topic: 'ENERGY_BUILDINGS',
    description:
      'Heizen, Lüften, Beleuchtung und Geräte: was Beschäftigte und Hausmeisterinnen und Hausmeister im Alltag bewirken können. Mit Auswertung aus dem Energiemanagement.',
    day: -140,
    time: '14:00',
    durationMinutes: 90,
    trainer: 'Sven Richter, Amt für Gebäudemanagement – Energiemanagement',
    format: 'IN_PERSON',
    location: TECHNISCHES_RATHAUS,
    targets: ['65', '23', '40'],
    capacity: 30,
    status: 'HELD',
    measures: ['V-05', 'B-01'],
    registrations: [
      { unit: '65', count: 6 },
      { unit: '23', count: 3 },
      { unit: '40', count: 5 },
    ],
    feedback: [[4], [4, 'Die Verbrauchszahlen der eigenen Gebäude waren aufschlussreich.'], [3]],
  },
  {
    title: 'Nachhaltige Mobilität in der Verkehrsplanung',
    topic: 'MOBILITY',
    description: 'Umweltverbund stärken, Mobilstationen, Parkraummanagement und die Klimawirkung von Straßenbauprojekten abschätzen.',
    day: -100,
    time: '09:00',
    durationMinutes: 240,
    trainer: 'Dipl.-Ing. Carla Neumann, Verkehrsplanungsbüro Neumann & Partner',
    format: 'IN_PERSON',
    location: TECHNISCHES_RATHAUS,
    targets: ['66', '61', '32'],
    capacity: 20,
    status: 'HELD',
    measures: ['M-01', 'M-03'],
    registrations: [
      { unit: '66', count: 7 },
      { unit: '61', count: 3 },
      { unit: '32', count: 2 },
    ],
    feedback: [[5, 'Hervorragend, bitte als Reihe fortsetzen.'], [4], [4]],
  },
  {
    title: 'Fördermittel für kommunalen Klimaschutz (Ersatztermin)',
    topic: 'FUNDING',
    description: 'Ersatztermin für die ausgefallene Schulung: NKI-Kommunalrichtlinie, BEW, KfW-Programme und Landesförderung.',
    day: -60,
    time: '10:00',
    durationMinutes: 90,
    trainer: 'Energieagentur der Region, Herr Felix Brandt',
    format: 'ONLINE',
    onlineUrl: VIDEO('foerdermittel'),
    targets: [],
    capacity: 50,
    status: 'HELD',
    measures: ['B-04'],
    registrations: [
      { unit: '20', count: 3 },
      { unit: '61', count: 2 },
      { unit: '66', count: 2 },
      { unit: '80', count: 2 },
      { unit: '36', count: 1 },
    ],
    feedback: [[4], [5, 'Die Übersicht der Fristen hängt jetzt an meiner Pinnwand.']],
  },
  {
    title: 'Klimacheck kompakt für neue Sachbearbeitende',
    topic: 'CLIMATE_CHECK',
    description: 'Einstieg in den Klimacheck für Beschlussvorlagen: Formular, Bewertungskriterien und Ansprechpersonen.',
    day: -25,
    time: '13:00',
    durationMinutes: 60,
    trainer: 'Dr. Lena Vogt, Stabsstelle Klimaschutz',
    format: 'ONLINE',
    onlineUrl: VIDEO('klimacheck-kompakt'),
    targets: [],
    capacity: null,
    status: 'HELD',
    measures: ['V-03'],
    registrations: [
      { unit: '61', count: 3 },
      { unit: '10', count: 2 },
      { unit: '67', count: 2 },
      { unit: '40', count: 1 },
    ],
  },
  {
    title: 'Klimafreundliche Beschaffung II: Fuhrpark und IT',
    topic: 'SUSTAINABLE_PROCUREMENT',
    description:
      'Vertiefung: Elektrofahrzeuge, Ladeinfrastruktur und energieeffiziente IT-Ausstattung ausschreiben – mit Marktübersicht und Musterleistungsverzeichnissen.',
    day: 9,
    time: '09:00',
    durationMinutes: 180,
    trainer: 'Kompetenzstelle für nachhaltige Beschaffung (KNB), Frau Maren Holt',
    format: 'IN_PERSON',
    location: RATHAUS,
    targets: ['10.3', '10', '65'],
    capacity: 20,
    status: 'PLANNED',
    measures: ['V-04', 'V-01'],
    registrations: [
      { unit: '10.3', count: 4, names: ['Peter Lange'] },
      { unit: '10', count: 2 },
      { unit: '65', count: 1 },
    ],
  },
  {
    title: 'Photovoltaik auf städtischen Dächern: Planung und Betrieb',
    topic: 'ENERGY_BUILDINGS',
    description:
      'Statik, Brandschutz, Eigenverbrauch und Betreibermodelle mit den Stadtwerken – Erfahrungen aus den ersten zwölf Dachanlagen.',
    day: 23,
    time: '10:00',
    durationMinutes: 120,
    trainer: 'Stadtwerke Musterstadt GmbH, Team Erneuerbare Energien',
    format: 'ONLINE',
    onlineUrl: VIDEO('pv-daecher'),
    targets: ['65', '23', '40'],
    capacity: 40,
    status: 'PLANNED',
    measures: ['E-02'],
    registrations: [
      { unit: '65', count: 5 },
      { unit: '23', count: 2 },
    ],
  },
  {
    title: 'Klimaschutz-Grundlagen für Nachwuchskräfte',
    topic: 'CLIMATE_BASICS',
    description:
      'Für Auszubildende, Anwärterinnen und Anwärter sowie Trainees: Klimaschutz in der Stadtverwaltung, Klimacheck und eigene Handlungsmöglichkeiten.',
    day: 45,
    time: '09:00',
    durationMinutes: 180,
    trainer: 'Dr. Lena Vogt, Stabsstelle Klimaschutz',
    format: 'IN_PERSON',
    location: RATHAUS,
    targets: [],
    capacity: 25,
    status: 'PLANNED',
    measures: ['B-04'],
    registrations: [{ unit: '61', count: 2 }],
  },
  {
    title: 'Starkregen und Hitze: Klimaanpassung im Grünflächenmanagement',
    topic: 'CLIMATE_ADAPTATION',
    description:
      'Klimaresiliente Baumarten, Bewässerung mit Regenwasser und multifunktionale Retentionsflächen in Parks und Straßenräumen.',
    day: 70,
    time: '13:00',
    durationMinutes: 180,
    trainer: 'Amt für Stadtgrün und Friedhöfe mit dem Umweltamt',
    format: 'IN_PERSON',
    location: 'Stadtgärtnerei, Gärtnerweg 3, Seminarraum',
    targets: ['67', '36', '66'],
    capacity: 20,
    status: 'PLANNED',
    measures: ['A-03', 'A-04'],
    registrations: [],
  },
];

export const demoConsultations: DemoConsultation[] = [
  {
    unit: '61',
    topic: 'Klimaanpassung im B-Plan Nr. 112 „Am Mühlbach“',
    category: 'URBAN_PLANNING',
    description:
      'Für den Entwurf des Bebauungsplans bitten wir um Beratung, welche Festsetzungen zu Dachbegrünung, Versickerung und Verschattung fachlich geboten und abwägungsfest sind.',
    requestedDay: -215,
    procedureReference: 'B-Plan Nr. 112 „Am Mühlbach“',
    status: 'DONE',
    taken: true,
    scheduledDay: -205,
    scheduledTime: '10:00',
    outcome: 'Gemeinsame Sichtung des Vorentwurfs mit Amt 61 und Umweltamt. Festsetzungskatalog abgestimmt.',
    recommendation:
      'Extensive Dachbegrünung ab 10° Dachneigung, Retentionsmulden im Grünzug, Baumpflanzungen je 4 Stellplätze; Frischluftschneise entlang des Mühlbachs freihalten.',
    effortHours: 4.5,
    closedDay: -205,
    measures: ['A-05', 'G-03'],
  },
  {
    unit: '10.3',
    topic: 'Klimakriterien für die Ausschreibung Dienstfahrzeuge',
    category: 'PROCUREMENT',
    description:
      'Die Vergabestelle bereitet die Ersatzbeschaffung von 12 Pkw vor. Welche Klimakriterien (Antrieb, Lebenszykluskosten) sollen in Leistungsbeschreibung und Wertung?',
    requestedDay: -185,
    status: 'DONE',
    taken: true,
    scheduledDay: -178,
    scheduledTime: '14:00',
    outcome: 'Leistungsbeschreibung für batterieelektrische Kleinwagen erarbeitet; Wertung mit Lebenszykluskosten inkl. CO2-Schattenpreis.',
    recommendation: 'Mindestanforderung vollelektrisch; Zuschlag 70 % Lebenszykluskosten, 30 % Reichweite und Service.',
    effortHours: 6,
    closedDay: -170,
    measures: ['V-01', 'V-04'],
  },
  {
    unit: '61',
    topic: 'Solarpflicht-Festsetzung im B-Plan „Am Lerchenfeld“',
    category: 'URBAN_PLANNING',
    description: 'Wie formulieren wir die Solarfestsetzung nach § 9 Abs. 1 Nr. 23b BauGB, und welche Ausnahmen sind sinnvoll?',
    requestedDay: -150,
    procedureReference: 'B-Plan Nr. 118 „Am Lerchenfeld“',
    status: 'DONE',
    taken: true,
    scheduledDay: -144,
    scheduledTime: '09:30',
    outcome: 'Formulierungsvorschlag aus Mustersatzung übernommen und an örtliche Verhältnisse angepasst.',
    recommendation: 'Mindestens 50 % der geeigneten Dachfläche mit PV; Ausnahme nur bei nachgewiesener Unwirtschaftlichkeit.',
    effortHours: 3,
    closedDay: -144,
    measures: ['G-03', 'G-05'],
  },
  {
    unit: '66',
    topic: 'Radvorrangroute: Abwägung Stellplätze gegen geschützten Radfahrstreifen',
    category: 'TRAFFIC_PLANNING',
    description:
      'Im Abschnitt Lindenallee entfallen für den geschützten Radfahrstreifen 46 Stellplätze. Wir bitten um eine Einschätzung der Klimawirkung für die Beschlussvorlage.',
    requestedDay: -125,
    status: 'DONE',
    taken: true,
    scheduledDay: -118,
    scheduledTime: '11:00',
    outcome: 'Abschätzung der Verlagerungseffekte auf Basis der Verkehrszählung 2023; Argumentationshilfe für die Vorlage erstellt.',
    recommendation: 'Radfahrstreifen umsetzen; Anwohnerparken in der Nebenstraße neu ordnen, Lieferzonen vorsehen.',
    effortHours: 5,
    closedDay: -118,
    measures: ['M-01'],
  },
  {
    unit: '65',
    topic: 'Heizungstausch Grundschule Am Park: Wärmepumpe oder Fernwärme?',
    category: 'BUILDINGS',
    description: 'Die Gaskessel der Grundschule sind abgängig. Wir bitten um Beratung zur Variantenentscheidung und zur Förderfähigkeit.',
    requestedDay: -95,
    status: 'DONE',
    taken: true,
    scheduledDay: -88,
    scheduledTime: '10:00',
    outcome: 'Variantenvergleich über 20 Jahre: Luft-Wasser-Wärmepumpe mit PV günstigste und klimafreundlichste Lösung.',
    recommendation: 'Wärmepumpe mit Vorlauftemperatur-Absenkung nach Heizkörpertausch in 6 Klassenräumen; BEG-Förderung beantragen.',
    effortHours: 8,
    closedDay: -80,
    measures: ['G-01'],
  },
  {
    unit: '20',
    topic: 'Förderfähigkeit des Anschlussvorhabens Klimaschutzmanagement',
    category: 'FUNDING',
    description: 'Die Kämmerei bittet um Klärung, welche Eigenanteile für das Anschlussvorhaben im Haushalt einzuplanen sind.',
    requestedDay: -78,
    status: 'DONE',
    taken: true,
    outcome: 'Förderquote und Laufzeit erläutert, Eigenanteil für den Haushaltsentwurf beziffert.',
    recommendation: 'Eigenanteil von 30 % für drei Jahre im Doppelhaushalt vorsehen.',
    effortHours: 2,
    closedDay: -74,
    measures: [],
  },
  {
    unit: '40',
    topic: 'Kühlung des Lehrerzimmers im Gymnasium am Wall',
    category: 'BUILDINGS',
    description: 'Im Sommer wird es im Lehrerzimmer über 30 °C warm. Können Sie bei der Auswahl eines Klimageräts beraten?',
    requestedDay: -62,
    status: 'DECLINED',
    taken: true,
    declineReason:
      'Geräteauswahl und Bauunterhalt liegen beim Amt für Gebäudemanagement (65); wir haben die Anfrage dorthin weitergeleitet. Zum sommerlichen Wärmeschutz beraten wir gern im Rahmen des Hitzeaktionsplans.',
    closedDay: -60,
    measures: [],
  },
  {
    unit: '67',
    topic: 'Klimaresiliente Baumarten für die Nachpflanzung 2. Bauabschnitt',
    category: 'OTHER',
    description:
      'Für 180 Nachpflanzungen suchen wir eine Artenliste, die Hitze und Trockenheit verträgt und für Straßenstandorte geeignet ist.',
    requestedDay: -48,
    status: 'DONE',
    taken: true,
    outcome: 'Artenliste nach GALK-Straßenbaumliste mit dem Umweltamt abgestimmt.',
    recommendation: 'Mischung aus Zerreiche, Silberlinde, Hopfenbuche und Amberbaum; Baumrigolen an versiegelten Standorten.',
    effortHours: 1.5,
    closedDay: -45,
    measures: ['A-03'],
  },
  {
    unit: '10.3',
    topic: 'Rahmenvertrag Reinigungsmittel: Umweltzeichen als Kriterium',
    category: 'PROCUREMENT',
    description:
      'Für den neuen Rahmenvertrag möchten wir den Blauen Engel oder das EU Ecolabel verlangen. Ist das vergaberechtlich zulässig und marktgängig?',
    requestedDay: -35,
    desiredDay: 10,
    status: 'REQUESTED',
    taken: true,
    measures: ['V-04'],
  },
  {
    unit: '66',
    topic: 'Mobilstation Südbahnhof: Standort und Ausstattung',
    category: 'TRAFFIC_PLANNING',
    description:
      'Für die geplante Mobilstation am Südbahnhof liegen zwei Standortvarianten vor. Wir bitten um Beratung zu Ausstattung (Carsharing, Lastenräder, Ladepunkte).',
    requestedDay: -18,
    status: 'SCHEDULED',
    taken: true,
    scheduledDay: 2,
    scheduledTime: '10:00',
    measures: ['M-03', 'M-04'],
  },
  {
    unit: '80',
    topic: 'Abwärmenutzung Hafen-Ost: Fördermöglichkeiten für Betriebe',
    category: 'FUNDING',
    description:
      'Drei Unternehmen im Gewerbegebiet Hafen-Ost fragen nach Förderung für ein gemeinsames Abwärmenetz. Welche Programme kommen in Betracht?',
    requestedDay: -22,
    status: 'REQUESTED',
    taken: false,
    measures: ['W-03'],
  },
  {
    unit: '32',
    topic: 'Klimafreundliche Stadtfeste: Auflagen bei der Genehmigung',
    category: 'OTHER',
    description:
      'Können wir bei Veranstaltungsgenehmigungen Mehrweggeschirr und Ökostrom verlangen? Wir bitten um Beratung zu Rechtsgrundlage und Formulierung.',
    requestedDay: -16,
    status: 'REQUESTED',
    taken: false,
    measures: [],
  },
  {
    unit: '61',
    topic: 'Klimagerechte Gestaltung des Quartiersplatzes Nordstadt',
    category: 'URBAN_PLANNING',
    description:
      'Für den Wettbewerb zur Umgestaltung des Quartiersplatzes möchten wir Anforderungen an Entsiegelung, Verschattung und Regenwassermanagement in die Auslobung aufnehmen.',
    requestedDay: -12,
    procedureReference: 'Wettbewerb Quartiersplatz Nordstadt',
    status: 'SCHEDULED',
    taken: true,
    scheduledDay: 5,
    scheduledTime: '14:00',
    measures: ['G-04', 'A-01'],
  },
  {
    unit: '61',
    topic: 'Klimacheck zur FNP-Änderung Windenergie',
    category: 'URBAN_PLANNING',
    description:
      'Wir bereiten die Beschlussvorlage zur Änderung des Flächennutzungsplans (Konzentrationszonen Windenergie) vor und möchten den Klimacheck vorab besprechen.',
    requestedDay: -4,
    desiredDay: 14,
    procedureReference: '27. Änderung Flächennutzungsplan',
    status: 'REQUESTED',
    taken: false,
    measures: ['E-03', 'V-03'],
  },
  {
    unit: '23',
    topic: 'Sanierung Verwaltungsgebäude Marktstraße: Effizienzstandard und Förderung',
    category: 'BUILDINGS',
    description:
      'Vor der Vergabe der Planungsleistungen bitten wir um Beratung, welcher Effizienzhaus-Standard angestrebt und welche Förderung eingeplant werden sollte.',
    requestedDay: -2,
    desiredDay: 21,
    status: 'REQUESTED',
    taken: false,
    measures: ['V-07'],
  },
];

export const demoClimateChecks: DemoClimateCheck[] = [
  {
    unit: '61',
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M {year} 0412',
    title: 'Bebauungsplan Nr. 112 „Am Mühlbach“ – Satzungsbeschluss',
    description:
      'Wohngebiet mit ca. 140 Wohneinheiten auf einer bisher landwirtschaftlich genutzten Fläche von 4,1 ha am östlichen Stadtrand.',
    createdDay: -190,
    status: 'REVIEWED',
    submittedDay: -185,
    reviewedDay: -176,
    climateRelevant: true,
    relevanceReason: 'Neubau von Wohngebäuden und Erschließung: dauerhafter Energiebedarf, Verkehr und Versiegelung.',
    criteria: {
      GHG_EMISSIONS: [
        'NEGATIVE',
        'Zusätzlicher Wärme- und Strombedarf sowie Verkehr der neuen Bewohnerinnen und Bewohner; teilweise durch Effizienzstandard und PV ausgeglichen.',
      ],
      ENERGY_USE: ['POSITIVE', 'Festsetzung Effizienzhaus 40 und PV-Pflicht auf allen Dächern.'],
      MOBILITY: ['NEUTRAL', 'Anbindung an Buslinie 7 im 20-Minuten-Takt; Radweg zur Innenstadt vorhanden.'],
      LAND_USE: ['NEGATIVE', 'Versiegelung von ca. 2,3 ha bisher unversiegelter Ackerfläche.'],
      CLIMATE_ADAPTATION: ['POSITIVE', 'Dachbegrünung, Retentionsmulden und Frischluftschneise entlang des Mühlbachs festgesetzt.'],
    },
    estimatedGhgEffectT: 180,
    alternatives: 'Innenentwicklung auf der Gewerbebrache Weststraße geprüft; dort sind wegen Altlasten frühestens 2030 Wohnungen möglich.',
    statement:
      'Die Stabsstelle Klimaschutz trägt den Beschluss mit. Die negativen Wirkungen auf Emissionen und Fläche werden durch die Festsetzungen zu Energiestandard, Solarpflicht und Begrünung deutlich gemindert. Wir empfehlen, den Anschluss an ein Nahwärmenetz im städtebaulichen Vertrag zu prüfen.',
    measures: ['A-05', 'G-03', 'V-03'],
  },
  {
    unit: '66',
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M {year} 0693',
    title: 'Radvorrangroute Innenstadt – Hochschule, Abschnitt 2: Bau- und Finanzierungsbeschluss',
    description: 'Bau eines 2,4 km langen Abschnitts mit geschützten Radfahrstreifen und Fahrradstraßen zwischen Lindenallee und Campus.',
    createdDay: -130,
    status: 'REVIEWED',
    submittedDay: -128,
    reviewedDay: -120,
    climateRelevant: true,
    relevanceReason: 'Verkehrsinfrastruktur mit Wirkung auf die Verkehrsmittelwahl.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'Verlagerung von Pkw-Fahrten auf das Rad; Schätzung auf Basis der Pendlerbefragung.'],
      ENERGY_USE: ['POSITIVE', 'Weniger Kraftstoffverbrauch im Stadtverkehr.'],
      MOBILITY: ['POSITIVE', 'Sichere, durchgehende Radverbindung; Wegfall von 46 Stellplätzen.'],
      LAND_USE: ['NEUTRAL', 'Umnutzung vorhandener Verkehrsflächen, keine Neuversiegelung.'],
      CLIMATE_ADAPTATION: ['NEUTRAL', 'Zwölf zusätzliche Straßenbäume gleichen Baumfällungen aus.'],
    },
    estimatedGhgEffectT: -320,
    alternatives: 'Führung über die Parallelstraße geprüft: längere Wege und zwei zusätzliche Querungen, daher verworfen.',
    statement: 'Uneingeschränkt positiv. Das Vorhaben setzt die Maßnahme M-01 des Klimaschutzkonzepts um.',
    measures: ['M-01', 'V-03'],
  },
  {
    unit: '10.3',
    subjectType: 'PROCUREMENT',
    title: 'Ausschreibung Dienstfahrzeuge: 12 batterieelektrische Kleinwagen',
    description: 'Ersatzbeschaffung für Verbrenner-Pkw des allgemeinen Fuhrparks mit Ladeinfrastruktur am Technischen Rathaus.',
    createdDay: -165,
    status: 'REVIEWED',
    submittedDay: -163,
    reviewedDay: -158,
    climateRelevant: true,
    relevanceReason: 'Fahrzeugbeschaffung mit Betriebsdauer von acht Jahren.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'Betrieb mit Ökostrom der Stadtwerke.'],
      ENERGY_USE: ['POSITIVE', 'Etwa ein Drittel des Energiebedarfs gegenüber Benzinern.'],
      MOBILITY: ['NEUTRAL'],
      LAND_USE: ['NEUTRAL'],
      CLIMATE_ADAPTATION: ['NEUTRAL'],
    },
    estimatedGhgEffectT: -38,
    alternatives: 'Plug-in-Hybride verworfen: im Stadtbetrieb kaum Vorteile, höhere Wartungskosten.',
    statement:
      'Positiv. Wir regen an, die Fahrzeuge in das Poolsystem mit Buchungssoftware aufzunehmen, um die Flotte weiter zu verkleinern.',
    measures: ['V-01', 'V-04'],
  },
  {
    unit: '20',
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M {year} 0901',
    title: 'Satzung zur Änderung der Hundesteuersatzung',
    description: 'Anpassung der Steuersätze an die Entwicklung der Verbraucherpreise.',
    createdDay: -70,
    status: 'REVIEWED',
    submittedDay: -70,
    reviewedDay: -66,
    climateRelevant: false,
    relevanceReason: 'Reine Abgabensatzung ohne Auswirkungen auf Energieverbrauch, Verkehr oder Flächen.',
    criteria: {},
    statement: 'Einschätzung geteilt: nicht klimarelevant.',
    measures: ['V-03'],
  },
  {
    unit: '61',
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M {year} 1024',
    title: '27. Änderung des Flächennutzungsplans: Konzentrationszonen Windenergie',
    description: 'Darstellung von drei Konzentrationszonen mit zusammen 210 ha für bis zu 14 Windenergieanlagen.',
    createdDay: -55,
    status: 'REVIEWED',
    submittedDay: -50,
    reviewedDay: -41,
    climateRelevant: true,
    relevanceReason: 'Schafft die planungsrechtliche Grundlage für den Ausbau der Windenergie.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'Bis zu 14 Anlagen mit ca. 90 GWh Jahresertrag ersetzen Netzstrom.'],
      ENERGY_USE: ['POSITIVE', 'Erneuerbare Stromerzeugung im Stadtgebiet.'],
      MOBILITY: ['NEUTRAL'],
      LAND_USE: [
        'NEGATIVE',
        'Dauerhafte Inanspruchnahme von ca. 5 ha für Fundamente, Kranstellflächen und Zuwegung im Wald- und Ackerland.',
      ],
      CLIMATE_ADAPTATION: ['NEUTRAL', 'Keine relevanten Wirkungen auf Hitze oder Starkregen.'],
    },
    estimatedGhgEffectT: -12500,
    alternatives: 'Zwei weitere Suchräume wegen Artenschutz (Rotmilan) und Abstand zur Wohnbebauung ausgeschlossen.',
    statement:
      'Ausdrücklich befürwortet. Der Flächenverbrauch ist im Verhältnis zur Einsparung gering; Ausgleich über Aufforstung im Stadtwald vorsehen.',
    measures: ['E-03', 'V-03'],
  },
  {
    unit: '65',
    subjectType: 'COUNCIL_PROPOSAL',
    reference: 'M {year} 0815',
    title: 'Neubau Kita Lindenweg in Holzbauweise – Baubeschluss',
    description: 'Fünfgruppige Kita als Holz-Hybridbau im Passivhausstandard auf einem bisher als Bolzplatz genutzten Grundstück.',
    createdDay: -20,
    status: 'SUBMITTED',
    submittedDay: -9,
    climateRelevant: true,
    relevanceReason: 'Neubau eines städtischen Gebäudes mit Nutzungsdauer von mindestens 50 Jahren.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'Holzbau speichert CO2; Passivhaus mit Wärmepumpe und PV.'],
      ENERGY_USE: ['POSITIVE', 'Heizwärmebedarf unter 15 kWh/m²a.'],
      MOBILITY: ['NEUTRAL', 'Wohnortnahe Kita, gute Erreichbarkeit zu Fuß und mit dem Rad.'],
      LAND_USE: ['NEGATIVE', 'Bebauung einer bislang unversiegelten Spielfläche von 2.100 m².'],
      CLIMATE_ADAPTATION: ['POSITIVE', 'Gründach und schattiger Außenspielbereich.'],
    },
    estimatedGhgEffectT: -25,
    alternatives: 'Erweiterung der Kita Ahornstraße geprüft; dort fehlt die Fläche für fünf Gruppen.',
    measures: ['G-01', 'V-03'],
  },
  {
    unit: '66',
    subjectType: 'TRAFFIC_PLANNING',
    title: 'Umbau Knotenpunkt Bahnhofstraße / Ring mit zusätzlicher Linksabbiegespur',
    description: 'Beseitigung von Rückstaus im Berufsverkehr durch eine zweite Linksabbiegespur und neue Signalsteuerung.',
    createdDay: -14,
    status: 'SUBMITTED',
    submittedDay: -6,
    climateRelevant: true,
    relevanceReason: 'Straßenbauvorhaben mit Kapazitätserweiterung für den Kfz-Verkehr.',
    criteria: {
      GHG_EMISSIONS: ['NEGATIVE', 'Mehr Kfz-Kapazität kann zusätzlichen Verkehr erzeugen; weniger Stau mindert nur kurzfristig.'],
      ENERGY_USE: ['NEUTRAL'],
      MOBILITY: ['NEGATIVE', 'Längere Querungswege für Fuß- und Radverkehr über vier statt drei Fahrstreifen.'],
      LAND_USE: ['NEUTRAL', 'Umbau innerhalb der vorhandenen Verkehrsfläche.'],
      CLIMATE_ADAPTATION: ['UNKNOWN', 'Ob die zwei Straßenbäume erhalten werden können, klärt die Ausführungsplanung.'],
    },
    alternatives:
      'Optimierte Signalsteuerung mit Busbevorrechtigung ohne zusätzliche Spur: Stauabbau geringer, aber ohne Kapazitätserweiterung.',
    measures: ['M-05'],
  },
  {
    unit: '67',
    subjectType: 'OTHER',
    title: 'Umgestaltung Stadtpark: Wegebeläge und Beleuchtung',
    description:
      'Erneuerung von 1,8 km Parkwegen mit wassergebundener Decke und Umstellung der Wegebeleuchtung auf insektenfreundliche LED.',
    createdDay: -30,
    status: 'SUBMITTED',
    submittedDay: -3,
    climateRelevant: true,
    relevanceReason: 'Änderung von Belägen und Beleuchtung im größten Park der Stadt.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'LED spart rund 60 % Strom gegenüber den Natriumdampflampen.'],
      ENERGY_USE: ['POSITIVE', 'Bewegungsgesteuerte Absenkung nach 22 Uhr.'],
      MOBILITY: ['NEUTRAL'],
      LAND_USE: ['POSITIVE', 'Asphaltwege werden durch versickerungsfähige Beläge ersetzt.'],
      CLIMATE_ADAPTATION: ['POSITIVE', 'Mehr Versickerung bei Starkregen.'],
    },
    estimatedGhgEffectT: -6,
    measures: ['A-03', 'V-02'],
  },
  {
    unit: '61',
    subjectType: 'URBAN_PLANNING',
    title: 'Rahmenplan Quartier Alte Weberei',
    description: 'Städtebaulicher Rahmenplan für die Umnutzung des Weberei-Areals zu einem gemischten Quartier mit Nahwärmenetz.',
    createdDay: -8,
    status: 'DRAFT',
    climateRelevant: true,
    relevanceReason: 'Neuordnung eines 6 ha großen Areals mit Wohnen, Gewerbe und Energieversorgung.',
    criteria: {
      GHG_EMISSIONS: ['POSITIVE', 'Nahwärme aus Abwärme und Wärmepumpen statt Einzelheizungen.'],
      LAND_USE: ['UNKNOWN', 'Entsiegelungsanteil hängt vom Ergebnis des Wettbewerbs ab.'],
    },
    measures: ['E-04'],
  },
  {
    unit: '65',
    subjectType: 'PROCUREMENT',
    title: 'Beschaffung Reinigungsdienstleistungen für 24 Schulen',
    description: 'Neuausschreibung der Unterhaltsreinigung ab dem kommenden Schuljahr.',
    createdDay: -3,
    status: 'DRAFT',
    climateRelevant: null,
    criteria: {},
    measures: [],
  },
];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An instant on a day relative to `today`, at a local time in Musterstadt. */
function at(today: string, days: number, time = '09:00'): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(startOfDayInBerlin(addDays(today, days)).getTime() + (h * 60 + m) * 60_000);
}

/** Seeds the Stabsstelle's year into the demo city, inside the seed's transaction. */
export async function seedDemoStabsstelle(
  manager: EntityManager,
  orgUnits: Map<string, OrgUnitEntity>,
  today = todayInBerlin(),
): Promise<void> {
  const unit = (code: string) => {
    const found = orgUnits.get(code);
    if (!found) throw new Error(`Demo data names unknown org unit ${code}`);
    return found;
  };
  const measureCodes = [...demoTrainings, ...demoConsultations, ...demoClimateChecks].flatMap((x) => x.measures);
  const measures = new Map((await manager.findBy(MeasureEntity, { code: In([...new Set(measureCodes)]) })).map((m) => [m.code, m]));
  const measure = (code: string) => {
    const found = measures.get(code);
    if (!found) throw new Error(`Demo data names unknown measure ${code}`);
    return found;
  };
  const userByRole = async (role: 'CLIMATE_MANAGER' | 'DEPARTMENT') => {
    const email = demoUsers.find((u) => u.role === role)?.email;
    return email ? manager.findOne(UserEntity, { where: { email } }) : null;
  };
  const climateManager = await userByRole('CLIMATE_MANAGER');
  const departmentUser = await userByRole('DEPARTMENT');
  /** Only the demo department user's own org unit has a named author; the others were entered without one. */
  const authorFor = (code: string) => (departmentUser && departmentUser.orgUnitId === unit(code).id ? departmentUser : null);

  for (const demo of demoTrainings) {
    const startsAt = at(today, demo.day, demo.time);
    const training = manager.create(TrainingEntity, {
      title: demo.title,
      topic: demo.topic,
      description: demo.description,
      startsAt,
      durationMinutes: demo.durationMinutes,
      trainer: demo.trainer,
      format: demo.format,
      location: demo.location ?? null,
      onlineUrl: demo.onlineUrl ?? null,
      capacity: demo.capacity,
      status: demo.status,
      cancellationReason: demo.cancellationReason ?? null,
      targetOrgUnits: demo.targets.map(unit),
      linkedMeasures: demo.measures.map(measure),
    });
    training.searchText = trainingSearchText(training);
    await manager.save(training);
    for (const registration of demo.registrations) {
      const saved = await manager.save(
        manager.create(TrainingRegistrationEntity, {
          trainingId: training.id,
          orgUnitId: unit(registration.unit).id,
          count: registration.count,
        }),
      );
      for (const name of registration.names ?? []) await manager.insert(TrainingParticipantEntity, { registrationId: saved.id, name });
    }
    for (const [index, [score, comment]] of (demo.feedback ?? []).entries()) {
      await manager.insert(TrainingFeedbackEntity, {
        trainingId: training.id,
        score,
        comment: comment ?? null,
        recordedById: climateManager?.id ?? null,
        createdAt: at(today, demo.day + 2, `1${index}:00`),
      });
    }
  }

  for (const demo of demoConsultations) {
    const consultation = manager.create(ConsultationEntity, {
      requestingOrgUnitId: unit(demo.unit).id,
      requestedById: authorFor(demo.unit)?.id ?? null,
      topic: demo.topic,
      category: demo.category,
      description: demo.description,
      desiredDate: demo.desiredDay !== undefined ? addDays(today, demo.desiredDay) : null,
      procedureReference: demo.procedureReference ?? null,
      status: demo.status,
      consultantId: demo.taken ? (climateManager?.id ?? null) : null,
      scheduledAt: demo.scheduledDay !== undefined ? at(today, demo.scheduledDay, demo.scheduledTime) : null,
      outcome: demo.outcome ?? null,
      recommendation: demo.recommendation ?? null,
      effortHours: demo.effortHours ?? null,
      declineReason: demo.declineReason ?? null,
      requestedAt: at(today, demo.requestedDay, '08:30'),
      closedAt: demo.closedDay !== undefined ? at(today, demo.closedDay, '16:00') : null,
      linkedMeasures: demo.measures.map(measure),
      createdAt: at(today, demo.requestedDay, '08:30'),
      updatedAt: at(today, demo.closedDay ?? demo.requestedDay, '16:00'),
    });
    consultation.searchText = consultationSearchText(consultation);
    await manager.save(consultation);
  }

  for (const demo of demoClimateChecks) {
    const createdAt = at(today, demo.createdDay, '11:00');
    const criteria: Record<string, string | null> = {};
    for (const [key, [impact, reason]] of Object.entries(demo.criteria) as [ClimateCriterion, [ClimateImpact, string?]][]) {
      criteria[impactColumn(key)] = impact;
      criteria[reasonColumn(key)] = reason ?? null;
    }
    const check = manager.create(ClimateCheckEntity, {
      subjectType: demo.subjectType,
      reference: demo.reference?.replace('{year}', createdAt.toISOString().slice(0, 4)) ?? null,
      title: demo.title,
      description: demo.description,
      orgUnitId: unit(demo.unit).id,
      createdById: authorFor(demo.unit)?.id ?? null,
      climateRelevant: demo.climateRelevant,
      relevanceReason: demo.relevanceReason ?? null,
      ...criteria,
      estimatedGhgEffectT: demo.estimatedGhgEffectT ?? null,
      alternatives: demo.alternatives ?? null,
      statement: demo.statement ?? null,
      status: demo.status,
      submittedAt: demo.submittedDay !== undefined ? at(today, demo.submittedDay, '15:00') : null,
      submittedById: demo.submittedDay !== undefined ? (authorFor(demo.unit)?.id ?? null) : null,
      reviewedAt: demo.reviewedDay !== undefined ? at(today, demo.reviewedDay, '10:00') : null,
      reviewedById: demo.reviewedDay !== undefined ? (climateManager?.id ?? null) : null,
      linkedMeasures: demo.measures.map(measure),
      createdAt,
      updatedAt: at(today, demo.reviewedDay ?? demo.submittedDay ?? demo.createdDay, '16:00'),
    });
    check.searchText = climateCheckSearchText(check);
    await manager.save(check);
  }
}
