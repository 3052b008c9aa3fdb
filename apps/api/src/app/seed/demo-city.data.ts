/**
 * Demo city "Musterstadt" (about 150,000 inhabitants, Klimaschutzkonzept 2024, goal: climate neutrality 2040).
 *
 * Realistic German demo data for the Klimaschutz-Cockpit: the administration's org unit tree, one demo login per
 * role, the fields of action of the Klimaschutzkonzept and 40 measures (Maßnahmensteckbriefe) with milestones.
 * The data tells the story as of 24.11.2026: the measures started in 2024 and run until about 2030.
 * All persons, phone numbers and email addresses are fictitious (`.example` domain, area code 0123).
 */
import type { Assessment, MeasureStatus, MilestoneState, OrgUnitKind, Priority, Role } from '@klimaschutz/contracts';

export interface DemoOrgUnit {
  code: string;
  name: string;
  kind: OrgUnitKind;
  /** Code of the parent org unit; absent for the root. */
  parentCode?: string;
  /** Organisational mailbox, not a personal one. */
  email?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  orgUnitCode?: string;
}

export interface DemoFieldOfAction {
  code: string;
  name: string;
  description: string;
  /** #RRGGBB with at least 4.5:1 contrast against white. */
  colour: string;
  sortOrder: number;
}

export interface DemoMilestone {
  title: string;
  /** Org unit code: the lead or one of the participants of the measure. */
  responsible: string;
  /** YYYY-MM-DD */
  dueDate: string;
  state: MilestoneState;
  /** YYYY-MM-DD, only for DONE milestones. */
  doneDate?: string;
}

export interface DemoMeasure {
  code: string;
  title: string;
  summary: string;
  description: string;
  goal: string;
  /** Field-of-action code. */
  field: string;
  /** Org unit code of the lead. */
  lead: string;
  /** Org unit codes of the participating units (not the lead). */
  participants: string[];
  externalActors: string | null;
  targetGroup: string;
  priority: Priority;
  status: MeasureStatus;
  assessment: Assessment;
  progressPercent: number;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  costEstimateEur: number | null;
  fundingSource: string | null;
  /** t CO2e per year. */
  ghgReductionTargetT: number | null;
  /** t CO2e per year. */
  ghgReductionAchievedT: number | null;
  responsibleContact: string;
  published: boolean;
  publicSummary: string | null;
  internalNotes: string | null;
  milestones: DemoMilestone[];
}

/** Password of every demo login (see the README); only for the demo city, never for production. */
export const DEMO_PASSWORD = 'Klimaschutz-Demo-2026';

/** Administration of Musterstadt: Oberbürgermeisterin, Dezernate, Stabsstellen, Ämter and municipal companies. */
export const demoOrgUnits: DemoOrgUnit[] = [
  { code: 'OB', name: 'Oberbürgermeisterin', kind: 'DEZERNAT', email: 'buero-ob@musterstadt.example' },
  {
    code: 'KS',
    name: 'Stabsstelle Klimaschutz',
    kind: 'STABSSTELLE',
    parentCode: 'OB',
    email: 'stabsstelle-klimaschutz@musterstadt.example',
  },
  {
    code: 'KOM',
    name: 'Stabsstelle Kommunikation und Bürgerbeteiligung',
    kind: 'STABSSTELLE',
    parentCode: 'OB',
    email: 'pressestelle@musterstadt.example',
  },
  {
    code: 'Dez-I',
    name: 'Dezernat I – Verwaltungsführung, Finanzen und Personal',
    kind: 'DEZERNAT',
    parentCode: 'OB',
    email: 'dezernat1@musterstadt.example',
  },
  {
    code: 'Dez-II',
    name: 'Dezernat II – Bildung, Ordnung und Soziales',
    kind: 'DEZERNAT',
    parentCode: 'OB',
    email: 'dezernat2@musterstadt.example',
  },
  {
    code: 'Dez-III',
    name: 'Dezernat III – Planen, Bauen und Mobilität',
    kind: 'DEZERNAT',
    parentCode: 'OB',
    email: 'dezernat3@musterstadt.example',
  },
  {
    code: 'Dez-IV',
    name: 'Dezernat IV – Umwelt, Wirtschaft und Beteiligungen',
    kind: 'DEZERNAT',
    parentCode: 'OB',
    email: 'dezernat4@musterstadt.example',
  },
  { code: '10', name: 'Hauptamt', kind: 'FACHBEREICH', parentCode: 'Dez-I', email: 'amt10@musterstadt.example' },
  { code: '10.3', name: 'Zentrale Vergabestelle', kind: 'ABTEILUNG', parentCode: '10', email: 'vergabestelle@musterstadt.example' },
  { code: '20', name: 'Kämmerei', kind: 'FACHBEREICH', parentCode: 'Dez-I', email: 'amt20@musterstadt.example' },
  { code: '23', name: 'Amt für Immobilienmanagement', kind: 'FACHBEREICH', parentCode: 'Dez-I', email: 'amt23@musterstadt.example' },
  { code: '32', name: 'Ordnungsamt', kind: 'FACHBEREICH', parentCode: 'Dez-II', email: 'amt32@musterstadt.example' },
  { code: '40', name: 'Schulamt', kind: 'FACHBEREICH', parentCode: 'Dez-II', email: 'amt40@musterstadt.example' },
  { code: '61', name: 'Stadtplanungsamt', kind: 'FACHBEREICH', parentCode: 'Dez-III', email: 'amt61@musterstadt.example' },
  { code: '65', name: 'Amt für Gebäudemanagement', kind: 'FACHBEREICH', parentCode: 'Dez-III', email: 'amt65@musterstadt.example' },
  { code: '66', name: 'Amt für Mobilität und Tiefbau', kind: 'FACHBEREICH', parentCode: 'Dez-III', email: 'amt66@musterstadt.example' },
  { code: '36', name: 'Umweltamt', kind: 'FACHBEREICH', parentCode: 'Dez-IV', email: 'amt36@musterstadt.example' },
  { code: '67', name: 'Amt für Stadtgrün und Friedhöfe', kind: 'FACHBEREICH', parentCode: 'Dez-IV', email: 'amt67@musterstadt.example' },
  { code: '80', name: 'Amt für Wirtschaftsförderung', kind: 'FACHBEREICH', parentCode: 'Dez-IV', email: 'amt80@musterstadt.example' },
  { code: 'SWM', name: 'Stadtwerke Musterstadt GmbH', kind: 'EIGENBETRIEB', parentCode: 'Dez-IV', email: 'stadtwerke@musterstadt.example' },
  {
    code: 'AWM',
    name: 'Abfallwirtschaftsbetrieb Musterstadt',
    kind: 'EIGENBETRIEB',
    parentCode: 'Dez-IV',
    email: 'awm@musterstadt.example',
  },
];

/** Exactly one demo login per role; all share {@link DEMO_PASSWORD}. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@musterstadt.example', displayName: 'Systemverwaltung IT', role: 'ADMIN', orgUnitCode: '10' },
  { email: 'klimaschutz@musterstadt.example', displayName: 'Dr. Lena Vogt', role: 'CLIMATE_MANAGER', orgUnitCode: 'KS' },
  { email: 'stadtplanung@musterstadt.example', displayName: 'Jonas Petersen', role: 'DEPARTMENT', orgUnitCode: '61' },
  {
    email: 'buergermeisterin@musterstadt.example',
    displayName: 'Oberbürgermeisterin Karin Albrecht',
    role: 'EXECUTIVE',
    orgUnitCode: 'OB',
  },
  { email: 'kommunikation@musterstadt.example', displayName: 'Mira Schneider', role: 'COMMUNICATION', orgUnitCode: 'KOM' },
];

/** Handlungsfelder of the Klimaschutzkonzept 2024. */
export const demoFieldsOfAction: DemoFieldOfAction[] = [
  {
    code: 'E',
    name: 'Energieversorgung',
    description: 'Ausbau erneuerbarer Energien und klimaneutrale Strom- und Wärmeversorgung im Stadtgebiet.',
    colour: '#a14a00',
    sortOrder: 1,
  },
  {
    code: 'G',
    name: 'Gebäude und Quartiere',
    description: 'Energetische Sanierung, klimagerechter Neubau und Quartiersentwicklung in privaten und städtischen Gebäuden.',
    colour: '#b3261e',
    sortOrder: 2,
  },
  {
    code: 'M',
    name: 'Mobilität',
    description: 'Stärkung von Rad-, Fuß- und öffentlichem Verkehr sowie Umstieg auf emissionsfreie Antriebe.',
    colour: '#1d5fa6',
    sortOrder: 3,
  },
  {
    code: 'W',
    name: 'Wirtschaft und Konsum',
    description: 'Klimaschutz in Unternehmen, Gewerbegebieten und bei Ernährung und Konsum gemeinsam mit der lokalen Wirtschaft.',
    colour: '#6a3d9a',
    sortOrder: 4,
  },
  {
    code: 'V',
    name: 'Vorbildfunktion der Verwaltung',
    description: 'Klimaneutrale Stadtverwaltung: eigener Fuhrpark, Beschaffung, Liegenschaften und Entscheidungsprozesse.',
    colour: '#00696b',
    sortOrder: 5,
  },
  {
    code: 'B',
    name: 'Bildung und Beteiligung',
    description: 'Klimabildung, Qualifizierung der Beschäftigten und Beteiligung der Stadtgesellschaft am Klimaschutz.',
    colour: '#a3195b',
    sortOrder: 6,
  },
  {
    code: 'A',
    name: 'Klimafolgenanpassung',
    description: 'Schutz der Bevölkerung und der Infrastruktur vor Hitze, Starkregen und Trockenheit.',
    colour: '#2e6b30',
    sortOrder: 7,
  },
];

/** 40 measures of the Klimaschutzkonzept, status as of 24.11.2026. */
export const demoMeasures: DemoMeasure[] = [
  // E – Energieversorgung
  {
    code: 'E-01',
    title: 'Kommunale Wärmeplanung Musterstadt',
    summary:
      'Erstellung des kommunalen Wärmeplans nach Wärmeplanungsgesetz mit Bestands- und Potenzialanalyse, Zielszenario 2040 und ' +
      'Einteilung des Stadtgebiets in Wärmeversorgungsgebiete.',
    description:
      'Musterstadt ist als Stadt mit mehr als 100.000 Einwohnerinnen und Einwohnern verpflichtet, bis zum 30.06.2026 einen Wärmeplan ' +
      'vorzulegen. Die Stabsstelle Klimaschutz hat die Erstellung gemeinsam mit den Stadtwerken und einem beauftragten Fachbüro ' +
      'gesteuert. Grundlage waren gebäudescharfe Verbrauchsdaten der Netzbetreiber, Schornsteinfegerdaten und eine Analyse der Abwärme- ' +
      'und Umweltwärmepotenziale. Im Ergebnis weist der Plan Eignungsgebiete für Wärmenetze, Gebiete für dezentrale ' +
      'Wärmepumpenversorgung und Prüfgebiete aus. Der Wärmeplan wurde am 25.06.2026 vom Rat beschlossen und wird alle fünf Jahre ' +
      'fortgeschrieben.',
    goal: 'Beschlossener Wärmeplan bis 30.06.2026 mit Transformationspfad zu einer treibhausgasneutralen Wärmeversorgung bis 2040.',
    field: 'E',
    lead: 'KS',
    participants: ['61', '36', 'SWM'],
    externalActors: 'Fachbüro für Energieplanung (Auftragnehmer), Netzbetreiber, Bezirksschornsteinfeger, Wohnungswirtschaft',
    targetGroup: 'Gebäudeeigentümerinnen und -eigentümer, Wohnungswirtschaft, Stadtwerke, Stadtverwaltung',
    priority: 'HIGH',
    status: 'COMPLETED',
    assessment: 'ON_TRACK',
    progressPercent: 100,
    plannedStart: '2024-03-01',
    plannedEnd: '2026-06-30',
    actualStart: '2024-04-15',
    actualEnd: '2026-06-25',
    costEstimateEur: 380_000,
    fundingSource: 'Kommunalrichtlinie (NKI), Förderquote 90 %',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Energie und Wärme, Tel. 0123 456-1510',
    published: true,
    publicSummary:
      'Der Wärmeplan zeigt für jedes Stadtviertel, ob dort künftig ein Wärmenetz oder eine eigene Wärmepumpe die passende Lösung ist. ' +
      'Die Karte mit allen Gebieten ist online einsehbar.',
    internalNotes: null,
    milestones: [
      {
        title: 'Bestands- und Potenzialanalyse abgeschlossen',
        responsible: 'SWM',
        dueDate: '2025-03-31',
        state: 'DONE',
        doneDate: '2025-04-10',
      },
      {
        title: 'Zielszenario 2040 und Eignungsgebiete für Wärmenetze festgelegt',
        responsible: '61',
        dueDate: '2025-11-30',
        state: 'DONE',
        doneDate: '2025-12-05',
      },
      { title: 'Ratsbeschluss zum Wärmeplan', responsible: 'KS', dueDate: '2026-06-30', state: 'DONE', doneDate: '2026-06-25' },
    ],
  },
  {
    code: 'E-02',
    title: 'PV-Offensive auf städtischen Dächern',
    summary:
      'Ausstattung aller geeigneten städtischen Dachflächen mit Photovoltaikanlagen, vorrangig zur Eigenversorgung von Schulen, ' +
      'Sporthallen und Verwaltungsgebäuden.',
    description:
      'Ein Dachflächenkataster hat 64 städtische Gebäude mit zusammen rund 5 MWp Potenzial identifiziert. Die Anlagen werden in drei ' +
      'Tranchen errichtet; Planung und Betrieb übernehmen die Stadtwerke im Rahmen eines Contracting-Modells, das Gebäudemanagement ' +
      'verantwortet Statik und Dachsanierung. Wo eine Dachsanierung ansteht, wird sie vorgezogen, damit die Anlagen 20 Jahre ohne ' +
      'Rückbau laufen können. Der erzeugte Strom wird vorrangig im Gebäude verbraucht, Überschüsse werden eingespeist.',
    goal: 'Bis Ende 2028 sind 5 MWp Photovoltaik auf 60 städtischen Dächern in Betrieb (rund 4.750 MWh Strom pro Jahr).',
    field: 'E',
    lead: '65',
    participants: ['23', 'SWM', 'KS'],
    externalActors: 'Solarteure aus der Region (Ausführung), Netzbetreiber',
    targetGroup: 'Stadtverwaltung, Schulen und Sportvereine als Nutzende der Gebäude',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 45,
    plannedStart: '2024-06-01',
    plannedEnd: '2028-12-31',
    actualStart: '2024-09-01',
    actualEnd: null,
    costEstimateEur: 4_200_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 65.02; Contracting mit den Stadtwerken Musterstadt',
    ghgReductionTargetT: 1800,
    ghgReductionAchievedT: 760,
    responsibleContact: 'Amt für Gebäudemanagement, Sachgebiet Technische Gebäudeausrüstung, Tel. 0123 456-6520',
    published: true,
    publicSummary:
      'Auf Schulen, Sporthallen und Ämtern entstehen Solaranlagen. 22 Anlagen liefern bereits Strom, bis 2028 sollen es rund 60 sein.',
    internalNotes: null,
    milestones: [
      {
        title: 'Dachflächenkataster und Statikprüfung abgeschlossen',
        responsible: '65',
        dueDate: '2024-12-15',
        state: 'DONE',
        doneDate: '2025-01-20',
      },
      { title: '1. Tranche: 22 Anlagen in Betrieb', responsible: 'SWM', dueDate: '2025-12-31', state: 'DONE', doneDate: '2025-12-18' },
      { title: '2. Tranche: 20 weitere Anlagen in Betrieb', responsible: 'SWM', dueDate: '2027-09-30', state: 'OPEN' },
      { title: '3. Tranche abgeschlossen, Abschlussbericht', responsible: '65', dueDate: '2028-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'E-03',
    title: 'Windenergie-Potenzialflächen im Flächennutzungsplan',
    summary: 'Änderung des Flächennutzungsplans zur Ausweisung von Vorrangflächen für Windenergieanlagen im Stadtgebiet.',
    description:
      'Die Potenzialanalyse hat zwei Suchräume im Nordwesten (Hasenberg) und an der Stadtgrenze Süd mit zusammen rund 140 ha ergeben. ' +
      'Mit der Änderung des Flächennutzungsplans sollen diese Flächen als Sonderbauflächen Windenergie dargestellt werden, um die ' +
      'Steuerung durch die Stadt zu sichern und Bürgerbeteiligungsmodelle zu ermöglichen. Die artenschutzrechtliche Kartierung hat ' +
      'einen Rotmilan-Brutplatz im Suchraum Nord ergeben, weshalb eine zweite Kartiersaison erforderlich wurde. Die Offenlage ' +
      'verschiebt sich dadurch um rund ein Jahr.',
    goal: 'Rechtswirksame Ausweisung von mindestens 120 ha für Windenergie; Ziel sind fünf Anlagen mit zusammen 30 MW bis 2030.',
    field: 'E',
    lead: '61',
    participants: ['36', 'KS', 'SWM'],
    externalActors: 'Bezirksregierung (Regionalplanung), Naturschutzverbände, Bürgerenergiegenossenschaft Musterstadt eG',
    targetGroup: 'Stadtgesellschaft, Grundstückseigentümerinnen und -eigentümer, Projektierer',
    priority: 'HIGH',
    status: 'DELAYED',
    assessment: 'OFF_TRACK',
    progressPercent: 35,
    plannedStart: '2024-09-01',
    plannedEnd: '2026-12-31',
    actualStart: '2024-11-01',
    actualEnd: null,
    costEstimateEur: 250_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 61.01',
    ghgReductionTargetT: 14_000,
    ghgReductionAchievedT: 0,
    responsibleContact: 'Stadtplanungsamt, Sachgebiet Flächennutzungsplanung, Tel. 0123 456-6110',
    published: true,
    publicSummary:
      'Die Stadt prüft, wo im Stadtgebiet Windräder gebaut werden können. Wegen zusätzlicher Untersuchungen zum Vogelschutz werden die ' +
      'Pläne voraussichtlich erst 2027 öffentlich ausgelegt.',
    internalNotes:
      'Artenschutzrechtliche Kartierung (Rotmilan) muss um eine Brutsaison verlängert werden; Verzug rund 12 Monate. ' +
      'Feststellungsbeschluss realistisch nicht vor Herbst 2027.',
    milestones: [
      {
        title: 'Potenzialflächenanalyse und Aufstellungsbeschluss',
        responsible: '61',
        dueDate: '2025-03-31',
        state: 'DONE',
        doneDate: '2025-05-15',
      },
      { title: 'Artenschutzrechtliche Kartierung abgeschlossen', responsible: '36', dueDate: '2025-12-31', state: 'OPEN' },
      { title: 'Öffentliche Auslegung der FNP-Änderung', responsible: '61', dueDate: '2026-06-30', state: 'OPEN' },
      { title: 'Feststellungsbeschluss im Rat', responsible: '61', dueDate: '2027-09-30', state: 'OPEN' },
    ],
  },
  {
    code: 'E-04',
    title: 'Nahwärmenetz Quartier Alte Weberei',
    summary:
      'Aufbau eines Nahwärmenetzes mit Großwärmepumpe und Abwärme der Kläranlage für das Quartier Alte Weberei und die angrenzenden ' +
      'städtischen Gebäude.',
    description:
      'Der Wärmeplan weist das Quartier Alte Weberei als Eignungsgebiet für ein Wärmenetz aus. Die Stadtwerke haben eine ' +
      'Machbarkeitsstudie nach BEW Modul 1 erstellt: Eine Großwärmepumpe nutzt das gereinigte Abwasser der Kläranlage, Spitzenlast ' +
      'deckt ein Biomethankessel. Angeschlossen werden sollen rund 420 Gebäude, darunter die Gesamtschule Ost und das Hallenbad. Für ' +
      'die Heizzentrale wird eine Fläche über einen Bebauungsplan gesichert.',
    goal: 'Bis Ende 2029 versorgt das Netz rund 420 Gebäude mit mindestens 85 % erneuerbarer Wärme (rund 28 GWh pro Jahr).',
    field: 'E',
    lead: 'SWM',
    participants: ['61', '65'],
    externalActors: 'Wohnungsbaugesellschaft Musterstadt eG, Abwasserverband Mittelland',
    targetGroup: 'Eigentümerinnen und Eigentümer sowie Mietende im Quartier Alte Weberei',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'AT_RISK',
    progressPercent: 30,
    plannedStart: '2025-01-01',
    plannedEnd: '2029-12-31',
    actualStart: '2025-04-01',
    actualEnd: null,
    costEstimateEur: 18_500_000,
    fundingSource: 'Bundesförderung effiziente Wärmenetze (BEW), Förderquote 40 %; Eigenmittel Stadtwerke',
    ghgReductionTargetT: 4200,
    ghgReductionAchievedT: 0,
    responsibleContact: 'Stadtwerke Musterstadt, Bereich Wärmeversorgung, Tel. 0123 456-8800',
    published: false,
    publicSummary: null,
    internalNotes: 'Förderbescheid BEW Modul 2 steht aus; ohne Bescheid bis Ende 2026 ist ein Baubeginn 2027 nicht zu halten.',
    milestones: [
      {
        title: 'Machbarkeitsstudie BEW Modul 1 abgeschlossen',
        responsible: 'SWM',
        dueDate: '2025-09-30',
        state: 'DONE',
        doneDate: '2025-10-14',
      },
      { title: 'Förderbescheid BEW Modul 2 liegt vor', responsible: 'SWM', dueDate: '2026-12-31', state: 'OPEN' },
      { title: 'Bebauungsplan Heizzentrale: Satzungsbeschluss', responsible: '61', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'Anschluss Gesamtschule Ost und Hallenbad', responsible: '65', dueDate: '2028-10-31', state: 'OPEN' },
    ],
  },
  {
    code: 'E-05',
    title: 'Solarpark auf der ehemaligen Deponie Hasenberg',
    summary: 'Errichtung einer Freiflächen-Photovoltaikanlage mit rund 9 MWp auf der rekultivierten Deponie Hasenberg.',
    description:
      'Die Deponie Hasenberg befindet sich in der Nachsorgephase und ist für andere Nutzungen kaum geeignet. Eine Freiflächenanlage ' +
      'kann dort ohne Flächenkonkurrenz zu Landwirtschaft oder Naturschutz gebaut werden. Vor der Planung sind Standsicherheit der ' +
      'Oberflächenabdichtung und die Deponiegasfassung zu prüfen. Betreiber sollen die Stadtwerke sein; eine Bürgerbeteiligung über die ' +
      'Energiegenossenschaft wird angestrebt.',
    goal: 'Inbetriebnahme von rund 9 MWp bis Herbst 2028 mit etwa 8.500 MWh Stromerzeugung pro Jahr.',
    field: 'E',
    lead: 'AWM',
    participants: ['SWM', '36'],
    externalActors: 'Bezirksregierung (Deponieaufsicht), Bürgerenergiegenossenschaft Musterstadt eG',
    targetGroup: 'Stadtgesellschaft, Stromkundinnen und -kunden der Stadtwerke',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-03-01',
    plannedEnd: '2028-09-30',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 6_800_000,
    fundingSource: 'Eigenmittel Stadtwerke; Marktprämie nach EEG',
    ghgReductionTargetT: 3250,
    ghgReductionAchievedT: null,
    responsibleContact: 'Abfallwirtschaftsbetrieb Musterstadt, Deponienachsorge, Tel. 0123 456-7010',
    published: false,
    publicSummary: null,
    internalNotes: 'Abstimmung mit der Bezirksregierung zur Nachsorgephase läuft.',
    milestones: [
      { title: 'Gutachten Standsicherheit und Deponiegas', responsible: 'AWM', dueDate: '2027-06-30', state: 'OPEN' },
      { title: 'Deponierechtliche Zustimmung liegt vor', responsible: '36', dueDate: '2027-12-31', state: 'OPEN' },
      { title: 'Inbetriebnahme Solarpark', responsible: 'SWM', dueDate: '2028-09-30', state: 'OPEN' },
    ],
  },
  {
    code: 'E-06',
    title: 'Förderprogramm Steckersolargeräte',
    summary: 'Zuschuss von 200 Euro für steckerfertige Solaranlagen (Balkonkraftwerke) für Haushalte in Musterstadt.',
    description:
      'Mit dem Programm sollten Mietende und Wohnungseigentümer einen einfachen Einstieg in die eigene Stromerzeugung erhalten. Anträge ' +
      'konnten online gestellt werden, gefördert wurden Geräte bis 800 W. Nach dem Wegfall der Anmeldehürden durch das Solarpaket des ' +
      'Bundes und deutlich gesunkenen Gerätepreisen zeigte die Zwischenevaluation hohe Mitnahmeeffekte. Der Umweltausschuss hat das ' +
      'Programm daher zum 31.03.2026 beendet.',
    goal: 'Förderung von 3.000 Steckersolargeräten bis Ende 2027.',
    field: 'E',
    lead: '36',
    participants: ['KS', 'KOM'],
    externalActors: 'Verbraucherzentrale (Beratung), örtlicher Elektrofachhandel',
    targetGroup: 'Mieterinnen und Mieter, Wohnungseigentümerinnen und -eigentümer',
    priority: 'LOW',
    status: 'CANCELLED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 35,
    plannedStart: '2025-03-01',
    plannedEnd: '2027-12-31',
    actualStart: '2025-05-01',
    actualEnd: null,
    costEstimateEur: 600_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 36.02 (Förderprogramme Klimaschutz)',
    ghgReductionTargetT: 690,
    ghgReductionAchievedT: 250,
    responsibleContact: 'Umweltamt, Sachgebiet Förderprogramme, Tel. 0123 456-3620',
    published: true,
    publicSummary:
      'Das Förderprogramm für Balkonkraftwerke wurde im März 2026 beendet, weil die Geräte inzwischen auch ohne Zuschuss günstig sind. ' +
      'Über 1.000 Haushalte haben eine Förderung erhalten.',
    internalNotes:
      'Programm zum 31.03.2026 eingestellt (Beschluss Umweltausschuss). Mitnahmeeffekte laut Evaluation über 70 %. Restmittel in den ' +
      'Klimaschutzfonds (B-02) umgeschichtet.',
    milestones: [
      { title: 'Förderrichtlinie vom Rat beschlossen', responsible: '36', dueDate: '2025-03-31', state: 'DONE', doneDate: '2025-03-20' },
      { title: '1.500 Anträge bewilligt', responsible: '36', dueDate: '2026-06-30', state: 'CANCELLED' },
      { title: 'Evaluation und Fortschreibung', responsible: 'KS', dueDate: '2027-10-31', state: 'CANCELLED' },
    ],
  },
  // G – Gebäude und Quartiere
  {
    code: 'G-01',
    title: 'Sanierungsfahrplan städtische Schulgebäude',
    summary: 'Priorisierter Fahrplan zur energetischen Sanierung der 34 städtischen Schulgebäude bis 2030.',
    description:
      'Auf Grundlage einer energetischen Bestandsaufnahme aller Schulen wurden Sanierungspakete gebildet, die Gebäudehülle, Lüftung und ' +
      'Wärmeversorgung gemeinsam betrachten. Die Reihenfolge berücksichtigt Energieverbrauch, baulichen Zustand und die ' +
      'Schulentwicklungsplanung. Saniert wird möglichst auf Effizienzgebäude-Standard 55, Heizungen werden auf Wärmepumpen oder ' +
      'Fernwärme umgestellt. Die Sanierung der Gesamtschule Ost verzögert sich wegen gestiegener Baupreise und einer Neuausschreibung ' +
      'der Fassadenarbeiten.',
    goal: 'Senkung des Wärmeverbrauchs der Schulgebäude um 45 % gegenüber 2022 bis 2030; zwölf Schulen sind bis dahin saniert.',
    field: 'G',
    lead: '65',
    participants: ['40', '20', 'KS'],
    externalActors: 'Architektur- und Ingenieurbüros, Schulleitungen und Schulpflegschaften',
    targetGroup: 'Schülerinnen und Schüler, Lehrkräfte, Schulträger',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'AT_RISK',
    progressPercent: 35,
    plannedStart: '2024-04-01',
    plannedEnd: '2030-12-31',
    actualStart: '2024-06-01',
    actualEnd: null,
    costEstimateEur: 24_500_000,
    fundingSource: 'BEG Nichtwohngebäude (KfW 264); Haushalt 2025/2026, Produkt 65.01',
    ghgReductionTargetT: 2600,
    ghgReductionAchievedT: 540,
    responsibleContact: 'Amt für Gebäudemanagement, Sachgebiet Schulbau, Tel. 0123 456-6510',
    published: true,
    publicSummary:
      'Die städtischen Schulen werden nach und nach gedämmt und erhalten neue Heizungen. Als Nächstes ist die Gesamtschule Ost an der ' +
      'Reihe.',
    internalNotes: 'Baupreissteigerung Gesamtschule Ost +18 %; Haushaltsmittel 2027 noch nicht freigegeben.',
    milestones: [
      {
        title: 'Energetische Bestandsaufnahme aller 34 Schulen',
        responsible: '65',
        dueDate: '2024-12-31',
        state: 'DONE',
        doneDate: '2025-02-14',
      },
      {
        title: 'Priorisierung im Schulausschuss beschlossen',
        responsible: '40',
        dueDate: '2025-06-30',
        state: 'DONE',
        doneDate: '2025-06-24',
      },
      { title: 'Sanierung Gesamtschule Ost abgeschlossen', responsible: '65', dueDate: '2026-08-31', state: 'OPEN' },
      { title: 'Investitionsplanung 2027–2030 im Haushaltsentwurf', responsible: '20', dueDate: '2026-12-15', state: 'OPEN' },
    ],
  },
  {
    code: 'G-02',
    title: 'Energieberatungskampagne „Check dein Haus“',
    summary: 'Aufsuchende Energieberatung und Sanierungskampagne für Eigentümerinnen und Eigentümer von Ein- und Zweifamilienhäusern.',
    description:
      'Die Kampagne verbindet kostenlose Vor-Ort-Checks durch die Verbraucherzentrale mit Thermografie-Spaziergängen, Infoabenden in ' +
      'den Stadtteilen und einer Sanierungsbörse mit dem örtlichen Handwerk. Schwerpunkte sind Siedlungen der 1950er- bis 1970er-Jahre ' +
      'mit hohem Wärmebedarf. Die Beratenen werden nach sechs Monaten befragt, um umgesetzte Maßnahmen und Einsparungen zu erfassen.',
    goal: '1.200 Vor-Ort-Beratungen bis Ende 2027; mindestens 40 % der Beratenen setzen innerhalb von zwei Jahren eine Maßnahme um.',
    field: 'G',
    lead: 'KS',
    participants: ['36', 'KOM'],
    externalActors: 'Verbraucherzentrale, Handwerkskammer, Energieagentur der Region',
    targetGroup: 'Eigentümerinnen und Eigentümer von Ein- und Zweifamilienhäusern',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 55,
    plannedStart: '2024-09-01',
    plannedEnd: '2027-12-31',
    actualStart: '2024-10-01',
    actualEnd: null,
    costEstimateEur: 180_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 01.15 (Klimaschutz)',
    ghgReductionTargetT: 1200,
    ghgReductionAchievedT: 380,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Beratung und Kampagnen, Tel. 0123 456-1520',
    published: true,
    publicSummary:
      'Hauseigentümerinnen und -eigentümer können sich kostenlos zu Hause beraten lassen, wie sie Energie sparen und ihr Haus sanieren. ' +
      'Termine gibt es über die Energie-Hotline der Stadt.',
    internalNotes: null,
    milestones: [
      {
        title: 'Kampagnenstart mit Thermografie-Spaziergängen',
        responsible: 'KOM',
        dueDate: '2025-01-31',
        state: 'DONE',
        doneDate: '2025-02-03',
      },
      { title: '500 Vor-Ort-Beratungen durchgeführt', responsible: '36', dueDate: '2025-12-31', state: 'DONE', doneDate: '2025-11-28' },
      { title: '1.200 Beratungen und Wirkungsbefragung abgeschlossen', responsible: 'KS', dueDate: '2027-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'G-03',
    title: 'Solarpflicht in neuen Bebauungsplänen',
    summary: 'Verbindliche Festsetzung von Photovoltaik auf Neubauten in allen neuen Bebauungsplänen der Stadt.',
    description:
      'Der Rat hat im November 2024 beschlossen, in neuen Bebauungsplänen eine Solarpflicht nach § 9 Abs. 1 Nr. 23 b BauGB ' +
      'festzusetzen. Das Stadtplanungsamt hat dafür Textbausteine und eine Begründung erarbeitet, die Ausnahmen für verschattete Dächer ' +
      'und Gründächer mit Solarnutzung regeln. Die Regelung wird in allen laufenden Verfahren angewendet und bei städtebaulichen ' +
      'Verträgen ergänzend vereinbart.',
    goal: 'In allen ab 2025 beschlossenen Bebauungsplänen ist Photovoltaik auf mindestens 60 % der Dachfläche festgesetzt.',
    field: 'G',
    lead: '61',
    participants: ['KS', '36'],
    externalActors: 'Vorhabenträger und Investoren, Architektenkammer',
    targetGroup: 'Bauherrinnen und Bauherren, Investoren, Wohnungswirtschaft',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 60,
    plannedStart: '2024-05-01',
    plannedEnd: '2027-06-30',
    actualStart: '2024-07-01',
    actualEnd: null,
    costEstimateEur: 40_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 61.01',
    ghgReductionTargetT: 850,
    ghgReductionAchievedT: 120,
    responsibleContact: 'Stadtplanungsamt, Sachgebiet Verbindliche Bauleitplanung, Tel. 0123 456-6120',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      { title: 'Grundsatzbeschluss des Rates', responsible: '61', dueDate: '2024-11-30', state: 'DONE', doneDate: '2024-11-28' },
      { title: 'Solarpflicht in fünf Bebauungsplänen rechtskräftig', responsible: '61', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'Evaluation der Umsetzung', responsible: 'KS', dueDate: '2027-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'G-04',
    title: 'Energetisches Quartierskonzept Nordstadt',
    summary: 'Integriertes Quartierskonzept mit anschließendem Sanierungsmanagement für die Nordstadt nach KfW-Programm 432.',
    description:
      'Die Nordstadt ist geprägt von Geschosswohnungsbau der 1960er-Jahre und einem hohen Anteil einkommensschwacher Haushalte. Das ' +
      'Konzept bündelt Gebäudesanierung, Wärmeversorgung, Mobilität und Freiraum in einem Plan. Ein Sanierungsmanagement berät seit ' +
      'Frühjahr 2026 Eigentümerinnen, Eigentümer und die Wohnungsbaugesellschaft und koordiniert die Umsetzung. Für den Anschluss an ' +
      'ein Wärmenetz wird eine Trassenplanung der Stadtwerke erstellt.',
    goal: 'Sanierungsrate im Quartier von unter 1 % auf 2,5 % pro Jahr steigern; 30 % weniger CO2-Emissionen im Quartier bis 2030.',
    field: 'G',
    lead: '61',
    participants: ['KS', 'SWM'],
    externalActors: 'Wohnungsbaugesellschaft Musterstadt eG, beauftragtes Sanierungsmanagement, Quartiersbüro Nordstadt',
    targetGroup: 'Bewohnerinnen und Bewohner, Eigentümerinnen und Eigentümer in der Nordstadt',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 50,
    plannedStart: '2025-01-01',
    plannedEnd: '2028-12-31',
    actualStart: '2025-02-15',
    actualEnd: null,
    costEstimateEur: 320_000,
    fundingSource: 'KfW 432, Förderquote 75 %',
    ghgReductionTargetT: 2100,
    ghgReductionAchievedT: 150,
    responsibleContact: 'Stadtplanungsamt, Sachgebiet Stadterneuerung, Tel. 0123 456-6130',
    published: true,
    publicSummary:
      'In der Nordstadt berät ein Sanierungsmanagement kostenlos zu Dämmung, Heizung und Fördermitteln. Sprechstunden finden im ' +
      'Quartiersbüro statt.',
    internalNotes: null,
    milestones: [
      { title: 'Quartierskonzept fertiggestellt', responsible: '61', dueDate: '2025-10-31', state: 'DONE', doneDate: '2025-11-20' },
      { title: 'Sanierungsmanagement beauftragt', responsible: '61', dueDate: '2026-03-31', state: 'DONE', doneDate: '2026-04-15' },
      { title: 'Trassenplanung Wärmenetz Nordstadt', responsible: 'SWM', dueDate: '2027-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'G-05',
    title: 'Klimaneutrales Neubaugebiet Am Lerchenfeld',
    summary:
      'Entwicklung des Neubaugebiets Am Lerchenfeld mit rund 350 Wohnungen als klimaneutrales Quartier über Konzeptvergabe der ' +
      'städtischen Grundstücke.',
    description:
      'Die Stadt ist Eigentümerin der Flächen und vergibt die Baufelder nicht nach Höchstgebot, sondern nach Konzept. Bewertet werden ' +
      'unter anderem Effizienzhaus-40-Standard, Holz- und Recyclingbaustoffe, Solarenergie und ein Mobilitätskonzept mit reduziertem ' +
      'Stellplatzschlüssel. Die Wärmeversorgung erfolgt über ein kaltes Nahwärmenetz. Der Bebauungsplan befindet sich im Vorentwurf.',
    goal: 'Rund 350 Wohnungen mit einem Primärenergiebedarf unter 40 kWh/m²a und bilanziell klimaneutralem Betrieb bis 2030.',
    field: 'G',
    lead: '23',
    participants: ['61', 'KS'],
    externalActors: 'Wohnungsbaugenossenschaften, Baugemeinschaften, Projektentwickler',
    targetGroup: 'Wohnungssuchende, Baugemeinschaften, Wohnungsbaugenossenschaften',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'AT_RISK',
    progressPercent: 0,
    plannedStart: '2027-01-01',
    plannedEnd: '2030-12-31',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 90_000,
    fundingSource: 'Haushalt 2027 (beantragt), Produkt 23.01',
    ghgReductionTargetT: 300,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Immobilienmanagement, Sachgebiet Grundstücksverkehr, Tel. 0123 456-2310',
    published: false,
    publicSummary: null,
    internalNotes: 'Haushaltsmittel 2027 noch nicht freigegeben; Start der Konzeptvergabe hängt am Haushaltsbeschluss im Februar 2027.',
    milestones: [
      { title: 'Kriterien der Konzeptvergabe beschlossen', responsible: '23', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'Satzungsbeschluss Bebauungsplan Am Lerchenfeld', responsible: '61', dueDate: '2027-09-30', state: 'OPEN' },
      { title: 'Vergabe der ersten vier Baufelder', responsible: '23', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'G-06',
    title: 'Kommunales Förderprogramm Wärmepumpen im Bestand',
    summary:
      'Ergänzender städtischer Zuschuss für den Einbau von Wärmepumpen in Bestandsgebäuden, insbesondere für Haushalte mit geringem ' +
      'Einkommen.',
    description:
      'Das Programm sollte die Bundesförderung für den Heizungstausch um einen Bonus von bis zu 2.000 Euro ergänzen und mit einer ' +
      'verpflichtenden Energieberatung verbinden. Die Förderrichtlinie ist fertig entworfen und mit der Kämmerei abgestimmt. Wegen der ' +
      'haushaltswirtschaftlichen Sperre seit Mai 2026 ruht die Maßnahme; sie soll mit dem Haushalt 2027 wieder aufgenommen werden.',
    goal: 'Förderung von 750 Wärmepumpen in Bestandsgebäuden bis Ende 2027.',
    field: 'G',
    lead: '36',
    participants: ['KS', '20'],
    externalActors: 'Handwerkskammer, Innung Sanitär-Heizung-Klima',
    targetGroup: 'Eigentümerinnen und Eigentümer selbstgenutzter Wohngebäude',
    priority: 'MEDIUM',
    status: 'ON_HOLD',
    assessment: 'AT_RISK',
    progressPercent: 15,
    plannedStart: '2025-07-01',
    plannedEnd: '2027-12-31',
    actualStart: '2025-09-01',
    actualEnd: null,
    costEstimateEur: 1_500_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 36.02 (Förderprogramme Klimaschutz)',
    ghgReductionTargetT: 900,
    ghgReductionAchievedT: 0,
    responsibleContact: 'Umweltamt, Sachgebiet Förderprogramme, Tel. 0123 456-3620',
    published: false,
    publicSummary: null,
    internalNotes: 'Ruht seit 05/2026 wegen haushaltswirtschaftlicher Sperre; Wiederaufnahme frühestens mit dem Haushalt 2027.',
    milestones: [
      {
        title: 'Förderrichtlinie entworfen und mit Kämmerei abgestimmt',
        responsible: '36',
        dueDate: '2025-10-31',
        state: 'DONE',
        doneDate: '2025-10-27',
      },
      { title: 'Freigabe der Haushaltsmittel', responsible: '20', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'Programmstart und Antragsportal', responsible: '36', dueDate: '2027-04-30', state: 'OPEN' },
    ],
  },
  // M – Mobilität
  {
    code: 'M-01',
    title: 'Radvorrangroute Innenstadt – Hochschule',
    summary: 'Durchgehende, 4,2 km lange Radvorrangroute vom Hauptbahnhof über die Innenstadt zum Campus der Hochschule.',
    description:
      'Die Route verbindet die wichtigsten Ziele des Radverkehrs auf einer komfortablen, weitgehend kreuzungsfreien Achse mit ' +
      'mindestens 4 m breiten Radwegen bzw. Fahrradstraßen. Knotenpunkte erhalten eigene Signalphasen und eine Grüne Welle für den ' +
      'Radverkehr. Der erste Bauabschnitt zwischen Bahnhof und Markt ist seit Oktober 2026 befahrbar, der zweite Abschnitt bis zur ' +
      'Hochschule folgt 2027/2028.',
    goal: 'Steigerung des Radverkehrsanteils auf der Achse um 50 % bis 2029 (Zählstelle Marktstraße, Basis 2024: 3.100 Rad/Tag).',
    field: 'M',
    lead: '66',
    participants: ['61', 'KS'],
    externalActors: 'Hochschule Musterstadt, ADFC Kreisverband, Polizei und Unfallkommission',
    targetGroup: 'Radfahrende, Pendelnde und Studierende',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 40,
    plannedStart: '2024-04-01',
    plannedEnd: '2028-10-31',
    actualStart: '2024-05-01',
    actualEnd: null,
    costEstimateEur: 7_800_000,
    fundingSource: 'Sonderprogramm Stadt und Land (Bund), Förderquote 75 %; Haushalt Produkt 66.01',
    ghgReductionTargetT: 650,
    ghgReductionAchievedT: 90,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Verkehrsplanung, Tel. 0123 456-6610',
    published: true,
    publicSummary:
      'Zwischen Hauptbahnhof und Markt gibt es seit Oktober 2026 einen breiten, sicheren Radweg. Bis 2028 wird er bis zur Hochschule ' +
      'verlängert.',
    internalNotes: null,
    milestones: [
      { title: 'Vorplanung und Variantenentscheidung', responsible: '66', dueDate: '2024-12-31', state: 'DONE', doneDate: '2025-01-31' },
      {
        title: 'Beteiligung der Anwohnenden und Gewerbetreibenden',
        responsible: '61',
        dueDate: '2025-05-31',
        state: 'DONE',
        doneDate: '2025-06-12',
      },
      {
        title: '1. Bauabschnitt Bahnhof – Markt fertiggestellt',
        responsible: '66',
        dueDate: '2026-10-31',
        state: 'DONE',
        doneDate: '2026-10-22',
      },
      { title: '2. Bauabschnitt bis Hochschule fertiggestellt', responsible: '66', dueDate: '2028-10-31', state: 'OPEN' },
    ],
  },
  {
    code: 'M-02',
    title: 'Parkraummanagement Innenstadt und Gründerzeitviertel',
    summary: 'Flächendeckende Bewirtschaftung des öffentlichen Parkraums mit Bewohnerparkzonen und gestaffelten Gebühren.',
    description:
      'Eine Parkraumerhebung hat in der Innenstadt und im Gründerzeitviertel eine Auslastung von über 95 % und einen hohen Anteil an ' +
      'Fremdparkenden ergeben. Das Konzept sieht vier Bewohnerparkzonen, eine höhere Gebühr für Bewohnerparkausweise und eine digitale ' +
      'Kontrolle vor. Freiwerdende Flächen sollen für Radabstellanlagen, Lieferzonen und Begrünung genutzt werden. Der Ratsbeschluss ' +
      'zur Gebührenordnung wurde zweimal vertagt.',
    goal: 'Reduzierung des Parksuchverkehrs um 30 % und Umwidmung von 300 Stellplätzen bis Ende 2027.',
    field: 'M',
    lead: '66',
    participants: ['32', '61'],
    externalActors: 'Einzelhandelsverband, Bürgervereine Innenstadt und Gründerzeitviertel',
    targetGroup: 'Bewohnende, Pendelnde, Einzelhandel und Besuchende der Innenstadt',
    priority: 'HIGH',
    status: 'DELAYED',
    assessment: 'OFF_TRACK',
    progressPercent: 20,
    plannedStart: '2024-10-01',
    plannedEnd: '2026-06-30',
    actualStart: '2025-01-15',
    actualEnd: null,
    costEstimateEur: 950_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 66.03; Refinanzierung über Parkgebühren',
    ghgReductionTargetT: 1100,
    ghgReductionAchievedT: 0,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Verkehrslenkung, Tel. 0123 456-6630',
    published: false,
    publicSummary: null,
    internalNotes: 'Ratsbeschluss zur Gebührenordnung zweimal vertagt; politische Mehrheit unklar. Neuer Termin: Rat am 18.03.2027.',
    milestones: [
      { title: 'Parkraumerhebung abgeschlossen', responsible: '66', dueDate: '2025-04-30', state: 'DONE', doneDate: '2025-05-22' },
      { title: 'Konzept Bewohnerparkzonen abgestimmt', responsible: '61', dueDate: '2025-10-31', state: 'OPEN' },
      { title: 'Ratsbeschluss Parkgebührenordnung', responsible: '66', dueDate: '2026-03-31', state: 'OPEN' },
      { title: 'Einführung Zone A mit digitaler Kontrolle', responsible: '32', dueDate: '2027-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'M-03',
    title: 'Mobilstationen in den Stadtteilen',
    summary:
      'Aufbau von 15 Mobilstationen, die Bus, Carsharing, Leihräder, Ladepunkte und sichere Radabstellanlagen an einem Ort verknüpfen.',
    description:
      'Die Standorte wurden in einem Standortkonzept nach Nachfrage, Erreichbarkeit und Flächenverfügbarkeit ausgewählt. Jede Station ' +
      'erhält eine einheitliche Stele mit Informationen, mindestens zwei Carsharing-Fahrzeuge und abschließbare Fahrradboxen. Größere ' +
      'Stationen bekommen zusätzlich Lastenräder und Schnellladepunkte. Ziel ist, dass Angebote über eine gemeinsame App des ' +
      'Verkehrsverbunds gebucht werden können.',
    goal: '15 Mobilstationen bis Ende 2027; jede Station wird im Mittel mindestens 40-mal pro Tag genutzt.',
    field: 'M',
    lead: '66',
    participants: ['61', 'SWM'],
    externalActors: 'Verkehrsverbund Mittelland, Carsharing-Anbieter, Fahrradverleihsystem',
    targetGroup: 'Bewohnende der Stadtteile, Pendelnde, Menschen ohne eigenes Auto',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 55,
    plannedStart: '2024-07-01',
    plannedEnd: '2027-12-31',
    actualStart: '2024-10-01',
    actualEnd: null,
    costEstimateEur: 2_400_000,
    fundingSource: 'Landesförderung Mobilstationen, Förderquote 90 %; Haushalt Produkt 66.02',
    ghgReductionTargetT: 450,
    ghgReductionAchievedT: 160,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Mobilitätsmanagement, Tel. 0123 456-6620',
    published: true,
    publicSummary:
      'An sechs Mobilstationen können Sie Bus, Leihrad und Carsharing-Auto direkt nebeneinander nutzen. Neun weitere Stationen folgen ' +
      'bis Ende 2027.',
    internalNotes: null,
    milestones: [
      {
        title: 'Standortkonzept für 15 Stationen beschlossen',
        responsible: '61',
        dueDate: '2025-02-28',
        state: 'DONE',
        doneDate: '2025-03-14',
      },
      { title: 'Sechs Stationen in Betrieb', responsible: '66', dueDate: '2026-06-30', state: 'DONE', doneDate: '2026-07-10' },
      { title: 'Restliche neun Stationen in Betrieb', responsible: '66', dueDate: '2027-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'M-04',
    title: 'Ausbau stationsbasiertes Carsharing in Wohngebieten',
    summary:
      'Vergabe von 60 Carsharing-Stellplätzen im öffentlichen Straßenraum nach Carsharinggesetz, vor allem in dicht bebauten ' +
      'Wohngebieten.',
    description:
      'Bisher gibt es stationsbasiertes Carsharing fast nur in der Innenstadt. Über eine Sondernutzungssatzung und ein ' +
      'diskriminierungsfreies Auswahlverfahren sollen Anbieter Stellplätze in zwölf Wohngebieten erhalten. Ein Carsharing-Fahrzeug ' +
      'ersetzt nach Studien bis zu zehn private Pkw. Die Maßnahme ergänzt die Mobilstationen (M-03) in Gebieten, in denen keine ' +
      'vollständige Station möglich ist.',
    goal: '60 Carsharing-Stellplätze in zwölf Wohngebieten bis Mitte 2028.',
    field: 'M',
    lead: '66',
    participants: ['32', 'KS'],
    externalActors: 'Carsharing-Anbieter, Bundesverband Carsharing',
    targetGroup: 'Haushalte in verdichteten Wohngebieten, Menschen ohne eigenes Auto',
    priority: 'LOW',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-01-01',
    plannedEnd: '2028-06-30',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 60_000,
    fundingSource: 'Haushalt 2027 (beantragt), Produkt 66.02',
    ghgReductionTargetT: 300,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Mobilitätsmanagement, Tel. 0123 456-6620',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      { title: 'Sondernutzungssatzung Carsharing beschlossen', responsible: '32', dueDate: '2027-04-30', state: 'OPEN' },
      { title: 'Auswahlverfahren nach Carsharinggesetz abgeschlossen', responsible: '66', dueDate: '2027-09-30', state: 'OPEN' },
      { title: '60 Stellplätze eingerichtet', responsible: '66', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'M-05',
    title: 'ÖPNV-Taktverdichtung Stadtbus',
    summary: 'Einführung eines 10-Minuten-Takts auf den fünf Hauptlinien des Stadtbusses tagsüber von Montag bis Samstag.',
    description:
      'Die Fortschreibung des Nahverkehrsplans sieht vor, die Hauptlinien 1, 2, 3, 5 und 7 von 15 auf 10 Minuten zu verdichten und die ' +
      'Abendtakte zu verbessern. Seit Dezember 2025 fahren die Linien 1 und 3 im neuen Takt. Für die übrigen Linien fehlen Fahrerinnen ' +
      'und Fahrer: Von 25 zusätzlichen Stellen sind erst 11 besetzt. Die Stadtwerke haben eine eigene Fahrschule und eine ' +
      'Ausbildungsoffensive gestartet.',
    goal: '10-Minuten-Takt auf allen fünf Hauptlinien bis Ende 2026; 12 % mehr Fahrgäste gegenüber 2024.',
    field: 'M',
    lead: 'SWM',
    participants: ['66', '20'],
    externalActors: 'Verkehrsverbund Mittelland, Kreis als Aufgabenträger für Regionalbuslinien',
    targetGroup: 'Fahrgäste des Stadtbusses, Pendelnde, Schülerinnen und Schüler',
    priority: 'HIGH',
    status: 'DELAYED',
    assessment: 'AT_RISK',
    progressPercent: 25,
    plannedStart: '2025-01-01',
    plannedEnd: '2026-12-31',
    actualStart: '2025-08-01',
    actualEnd: null,
    costEstimateEur: 10_800_000,
    fundingSource: 'Eigenmittel Stadtwerke (steuerlicher Querverbund); ÖPNV-Pauschale des Landes',
    ghgReductionTargetT: 2400,
    ghgReductionAchievedT: 350,
    responsibleContact: 'Stadtwerke Musterstadt, Bereich Verkehrsbetrieb, Tel. 0123 456-8700',
    published: true,
    publicSummary:
      'Seit Dezember 2025 fahren die Buslinien 1 und 3 tagsüber alle 10 Minuten. Weitere Linien folgen, sobald genügend Fahrpersonal ' +
      'gefunden ist.',
    internalNotes: 'Fahrpersonalmangel: 11 von 25 Stellen besetzt. Finanzierungsvereinbarung ab 2027 mit Kämmerei noch offen.',
    milestones: [
      {
        title: 'Fortschreibung Nahverkehrsplan beschlossen',
        responsible: '66',
        dueDate: '2025-06-30',
        state: 'DONE',
        doneDate: '2025-07-03',
      },
      { title: '10-Minuten-Takt auf den Linien 1 und 3', responsible: 'SWM', dueDate: '2025-12-14', state: 'DONE', doneDate: '2025-12-14' },
      { title: '25 zusätzliche Fahrerinnen und Fahrer eingestellt', responsible: 'SWM', dueDate: '2026-06-30', state: 'OPEN' },
      { title: '10-Minuten-Takt auf den Linien 2, 5 und 7', responsible: 'SWM', dueDate: '2026-08-31', state: 'OPEN' },
    ],
  },
  {
    code: 'M-06',
    title: 'Öffentliche Ladeinfrastruktur für Elektrofahrzeuge',
    summary: 'Bedarfsgerechter Ausbau öffentlich zugänglicher Ladepunkte im Stadtgebiet durch die Stadtwerke.',
    description:
      'Ein Standortkonzept auf Basis des Bedarfs in Wohngebieten ohne private Stellplätze legt fest, wo Normal- und Schnellladepunkte ' +
      'entstehen. Die Stadt stellt Flächen im Straßenraum über Sondernutzungsverträge bereit, die Stadtwerke errichten und betreiben ' +
      'die Ladesäulen mit Ökostrom. An den P+R-Plätzen und am Gewerbegebiet Süd sind Schnellladehubs vorgesehen.',
    goal: '250 öffentliche Ladepunkte bis Mitte 2027 und 400 bis Ende 2028.',
    field: 'M',
    lead: 'SWM',
    participants: ['66', '61'],
    externalActors: 'Netzbetreiber, Parkhausbetreiber, Einzelhandel',
    targetGroup: 'Halterinnen und Halter von Elektrofahrzeugen ohne eigenen Stellplatz, Taxi- und Lieferverkehr',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 45,
    plannedStart: '2024-06-01',
    plannedEnd: '2028-12-31',
    actualStart: '2024-08-01',
    actualEnd: null,
    costEstimateEur: 3_200_000,
    fundingSource: 'Eigenmittel Stadtwerke; Förderprogramm Ladeinfrastruktur vor Ort (Bund)',
    ghgReductionTargetT: 900,
    ghgReductionAchievedT: 260,
    responsibleContact: 'Stadtwerke Musterstadt, Bereich Elektromobilität, Tel. 0123 456-8750',
    published: false,
    publicSummary:
      'Im Stadtgebiet gibt es inzwischen über 100 öffentliche Ladepunkte der Stadtwerke. Eine Karte zeigt alle Standorte und ob sie ' +
      'gerade frei sind.',
    internalNotes: null,
    milestones: [
      { title: '100 Ladepunkte in Betrieb', responsible: 'SWM', dueDate: '2025-12-31', state: 'DONE', doneDate: '2025-12-02' },
      { title: '250 Ladepunkte in Betrieb', responsible: 'SWM', dueDate: '2027-06-30', state: 'OPEN' },
      { title: 'Schnellladehub P+R Süd eröffnet', responsible: 'SWM', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'M-07',
    title: 'Fahrradparkhaus am Hauptbahnhof',
    summary: 'Bau eines Fahrradparkhauses mit 1.000 sicheren Stellplätzen, Servicestation und Lastenradplätzen am Hauptbahnhof.',
    description:
      'Am Hauptbahnhof stehen täglich über 1.400 Fahrräder, viele davon ungesichert auf Gehwegen. Ein Fahrradparkhaus auf der ' +
      'städtischen Fläche an der Nordseite des Bahnhofs soll Diebstahlschutz, Witterungsschutz und einen Reparaturservice bieten. Die ' +
      'Fläche muss zunächst von der Bahn zurückerworben werden. Die Gestaltung soll über einen Realisierungswettbewerb gefunden werden.',
    goal: '1.000 überdachte und gesicherte Fahrradstellplätze am Hauptbahnhof bis Mitte 2029.',
    field: 'M',
    lead: '66',
    participants: ['61', '23'],
    externalActors: 'DB InfraGO, Verkehrsverbund Mittelland',
    targetGroup: 'Bahnpendelnde, Radfahrende',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-01-01',
    plannedEnd: '2029-06-30',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 5_400_000,
    fundingSource: 'Förderung Fahrradparken an Bahnhöfen (Bund), Förderquote 75 %',
    ghgReductionTargetT: 250,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Radverkehr, Tel. 0123 456-6615',
    published: false,
    publicSummary: null,
    internalNotes: 'Grundstücksverhandlung mit der Bahn seit 2025; Kaufpreis noch offen.',
    milestones: [
      { title: 'Grunderwerb der Fläche Bahnhof Nord', responsible: '23', dueDate: '2027-06-30', state: 'OPEN' },
      { title: 'Realisierungswettbewerb entschieden', responsible: '61', dueDate: '2027-12-31', state: 'OPEN' },
      { title: 'Baubeginn Fahrradparkhaus', responsible: '66', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'M-08',
    title: 'Öffentliches Lastenrad-Verleihsystem',
    summary: 'Stationsgebundener Verleih von 30 elektrisch unterstützten Lastenrädern in der Innenstadt.',
    description:
      'Geplant war ein Verleihsystem mit 30 E-Lastenrädern an zehn Stationen, betrieben durch einen externen Anbieter. Die ' +
      'Markterkundung ergab nur ein Angebot mit einem jährlichen Zuschussbedarf von über 120.000 Euro. Der Umweltausschuss hat die ' +
      'Maßnahme deshalb am 12.03.2026 verworfen. Stattdessen werden Lastenräder über die Mobilstationen (M-03) und ehrenamtliche Freie ' +
      'Lastenräder angeboten.',
    goal: '30 Leih-Lastenräder mit mindestens 3.000 Ausleihen pro Jahr.',
    field: 'M',
    lead: 'KS',
    participants: ['66'],
    externalActors: 'Verleihanbieter (Markterkundung), Initiative Freie Lastenräder Musterstadt',
    targetGroup: 'Haushalte ohne Auto, Einzelhandel und Handwerk in der Innenstadt',
    priority: 'LOW',
    status: 'CANCELLED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2025-04-01',
    plannedEnd: '2026-10-31',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 250_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 01.15 (Klimaschutz)',
    ghgReductionTargetT: 60,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Mobilität, Tel. 0123 456-1530',
    published: false,
    publicSummary: null,
    internalNotes: 'Vom Umweltausschuss am 12.03.2026 verworfen; Mittel in den Klimaschutzfonds (B-02) umgeschichtet.',
    milestones: [
      { title: 'Markterkundung abgeschlossen', responsible: 'KS', dueDate: '2025-06-30', state: 'DONE', doneDate: '2025-07-15' },
      { title: 'Ausschreibung Betreiber', responsible: '66', dueDate: '2025-10-31', state: 'CANCELLED' },
      { title: 'Start mit 30 Lastenrädern', responsible: 'KS', dueDate: '2026-04-30', state: 'CANCELLED' },
    ],
  },
  // W – Wirtschaft und Konsum
  {
    code: 'W-01',
    title: 'Klimaschutznetzwerk Musterstädter Unternehmen',
    summary: 'Moderiertes Energieeffizienz- und Klimaschutznetzwerk für 12 bis 15 mittelständische Unternehmen über drei Jahre.',
    description:
      'Die teilnehmenden Betriebe erhalten eine geförderte Energieberatung, setzen sich gemeinsame Einsparziele und tauschen sich ' +
      'viermal im Jahr zu Themen wie Abwärmenutzung, Druckluft, Photovoltaik und Fuhrpark aus. Die Wirtschaftsförderung organisiert das ' +
      'Netzwerk, die Energieagentur moderiert fachlich. Die Ergebnisse werden jährlich im Netzwerkbericht dokumentiert.',
    goal: 'Die Netzwerkbetriebe senken ihren Energieverbrauch bis 2027 um zusammen 6 GWh pro Jahr.',
    field: 'W',
    lead: '80',
    participants: ['KS'],
    externalActors: 'IHK, Handwerkskammer, Energieagentur der Region',
    targetGroup: 'Kleine und mittlere Unternehmen aus Produktion, Handel und Dienstleistung',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 50,
    plannedStart: '2024-09-01',
    plannedEnd: '2027-08-31',
    actualStart: '2025-01-15',
    actualEnd: null,
    costEstimateEur: 120_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 80.01; Teilnahmebeiträge der Unternehmen',
    ghgReductionTargetT: 1500,
    ghgReductionAchievedT: 420,
    responsibleContact: 'Amt für Wirtschaftsförderung, Sachgebiet Unternehmensservice, Tel. 0123 456-8010',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      {
        title: '14 Unternehmen für das Netzwerk gewonnen',
        responsible: '80',
        dueDate: '2025-03-31',
        state: 'DONE',
        doneDate: '2025-03-12',
      },
      {
        title: 'Energieberatung in allen Netzwerkbetrieben abgeschlossen',
        responsible: 'KS',
        dueDate: '2025-12-31',
        state: 'DONE',
        doneDate: '2026-01-20',
      },
      { title: 'Abschlussbericht und Anschlussnetzwerk', responsible: '80', dueDate: '2027-08-31', state: 'OPEN' },
    ],
  },
  {
    code: 'W-02',
    title: 'ÖKOPROFIT Musterstadt – erste Runde',
    summary: 'Einjähriges Beratungs- und Qualifizierungsprogramm ÖKOPROFIT für 14 Betriebe mit Auszeichnung durch die Stadt.',
    description:
      'In gemeinsamen Workshops und Einzelberatungen haben die Betriebe ihre Energie-, Wasser- und Abfallströme untersucht und ein ' +
      'Umweltprogramm aufgestellt. Der Abfallwirtschaftsbetrieb hat zur Abfallvermeidung beraten, das Umweltamt die Rechtssicherheit ' +
      'geprüft. Alle 14 Betriebe wurden im Juni 2025 als ÖKOPROFIT-Betrieb ausgezeichnet. Eine zweite Runde ist in das ' +
      'Klimaschutznetzwerk (W-01) übergegangen.',
    goal: 'Mindestens 12 ausgezeichnete Betriebe mit zusammen 900 t CO2e Einsparung pro Jahr.',
    field: 'W',
    lead: '80',
    participants: ['36', 'AWM'],
    externalActors: 'ÖKOPROFIT-Beratungsbüro, IHK, Handwerkskammer',
    targetGroup: 'Unternehmen und Einrichtungen aller Branchen',
    priority: 'MEDIUM',
    status: 'COMPLETED',
    assessment: 'ON_TRACK',
    progressPercent: 100,
    plannedStart: '2024-02-01',
    plannedEnd: '2025-06-30',
    actualStart: '2024-03-01',
    actualEnd: '2025-06-26',
    costEstimateEur: 85_000,
    fundingSource: 'Haushalt 2024, Produkt 80.01; Teilnahmebeiträge der Betriebe',
    ghgReductionTargetT: 900,
    ghgReductionAchievedT: 870,
    responsibleContact: 'Amt für Wirtschaftsförderung, Sachgebiet Unternehmensservice, Tel. 0123 456-8010',
    published: true,
    publicSummary:
      '14 Betriebe aus Musterstadt wurden als ÖKOPROFIT-Betriebe ausgezeichnet. Sie sparen zusammen jedes Jahr rund 870 Tonnen CO2 ein.',
    internalNotes: null,
    milestones: [
      {
        title: 'Workshops und Umweltprüfung abgeschlossen',
        responsible: '36',
        dueDate: '2024-12-31',
        state: 'DONE',
        doneDate: '2024-12-13',
      },
      { title: 'Abfallberatung in allen Betrieben', responsible: 'AWM', dueDate: '2025-02-28', state: 'DONE', doneDate: '2025-02-20' },
      { title: 'Prüfung und Auszeichnung der Betriebe', responsible: '80', dueDate: '2025-06-30', state: 'DONE', doneDate: '2025-06-26' },
    ],
  },
  {
    code: 'W-03',
    title: 'Abwärmenutzung im Gewerbegebiet Hafen-Ost',
    summary: 'Erschließung industrieller Abwärme im Gewerbegebiet Hafen-Ost für ein Wärmenetz und klimaneutrale Neuansiedlungen.',
    description:
      'Im Gewerbegebiet Hafen-Ost fallen bei einer Gießerei und einem Rechenzentrum große Mengen ungenutzter Abwärme an. Eine ' +
      'Potenzialstudie soll klären, welche Mengen sich wirtschaftlich auskoppeln und in ein Wärmenetz einspeisen lassen. Für die ' +
      'Erweiterungsflächen wird ein Gewerbeflächenkonzept mit Vorgaben zu Energieversorgung, Dachbegrünung und Photovoltaik erarbeitet.',
    goal: 'Nutzung von mindestens 15 GWh Abwärme pro Jahr bis 2030.',
    field: 'W',
    lead: '80',
    participants: ['SWM', '61'],
    externalActors: 'Ansässige Unternehmen, Hafengesellschaft, Energieagentur des Landes',
    targetGroup: 'Unternehmen im Gewerbegebiet Hafen-Ost, ansiedlungsinteressierte Betriebe',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-04-01',
    plannedEnd: '2030-06-30',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 450_000,
    fundingSource: 'Landesprogramm progres.nrw – Klimaschutztechnik; Kommunalrichtlinie (Potenzialstudie)',
    ghgReductionTargetT: 2800,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Wirtschaftsförderung, Sachgebiet Gewerbeflächen, Tel. 0123 456-8020',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      { title: 'Abwärme-Potenzialstudie abgeschlossen', responsible: 'SWM', dueDate: '2027-12-31', state: 'OPEN' },
      { title: 'Gewerbeflächenkonzept Hafen-Ost beschlossen', responsible: '61', dueDate: '2028-06-30', state: 'OPEN' },
      { title: 'Erste Abwärmeeinspeisung in Betrieb', responsible: 'SWM', dueDate: '2029-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'W-04',
    title: 'Klimafreundliche Verpflegung in Schulmensen und Kantine',
    summary:
      'Umstellung der Gemeinschaftsverpflegung in Schulen und in der Rathauskantine auf ein regionales, saisonales und überwiegend ' +
      'pflanzliches Angebot.',
    description:
      'Mit der Neuvergabe der Verpflegungsverträge zum Schuljahr 2027/2028 sollen der DGE-Qualitätsstandard, ein Bio-Anteil von ' +
      'mindestens 30 % und höchstens zwei Fleischgerichte pro Woche verbindlich werden. Speisereste werden gemessen und durch bessere ' +
      'Planung reduziert. Die Rathauskantine dient als Pilot für die Verwaltung. Eltern und Schülervertretungen werden an der ' +
      'Speiseplangestaltung beteiligt.',
    goal: '30 % weniger Treibhausgasemissionen pro Mahlzeit und 25 % weniger Speisereste bis Mitte 2029.',
    field: 'W',
    lead: '40',
    participants: ['10', '10.3', 'KS'],
    externalActors: 'Caterer, Vernetzungsstelle Schulverpflegung, Verbraucherzentrale',
    targetGroup: 'Schülerinnen und Schüler, Eltern, Beschäftigte der Stadtverwaltung',
    priority: 'LOW',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-02-01',
    plannedEnd: '2029-07-31',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 70_000,
    fundingSource: 'Haushalt 2027 (beantragt), Produkt 40.03',
    ghgReductionTargetT: 350,
    ghgReductionAchievedT: null,
    responsibleContact: 'Schulamt, Sachgebiet Schulverpflegung, Tel. 0123 456-4030',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      { title: 'Vergabekriterien für Schulverpflegung festgelegt', responsible: '10.3', dueDate: '2027-04-30', state: 'OPEN' },
      { title: 'Neue Verpflegungsverträge zum Schuljahr 2027/2028', responsible: '10.3', dueDate: '2027-08-01', state: 'OPEN' },
      { title: 'Rathauskantine auf neues Speiseangebot umgestellt', responsible: '10', dueDate: '2027-10-31', state: 'OPEN' },
    ],
  },
  // V – Vorbildfunktion der Verwaltung
  {
    code: 'V-01',
    title: 'Elektrifizierung des städtischen Fuhrparks',
    summary:
      'Schrittweiser Ersatz der Verbrenner im Pkw- und Kleintransporter-Pool der Verwaltung durch Elektrofahrzeuge mit ' +
      'Ladeinfrastruktur an den Dienstgebäuden.',
    description:
      'Eine Fuhrparkanalyse hat gezeigt, dass 85 % der Dienstfahrten kürzer als 50 km sind. Fahrzeuge werden daher bei Ersatzbedarf ' +
      'grundsätzlich elektrisch beschafft; zusätzlich wird der Bestand durch ein Poolsystem mit digitaler Buchung um 15 Fahrzeuge ' +
      'verkleinert. An acht Dienstgebäuden wurden Ladepunkte errichtet. Für Sonderfahrzeuge des Bauhofs werden Alternativen gesondert ' +
      'geprüft.',
    goal: '80 % der Pkw und Kleintransporter der Verwaltung sind bis Ende 2027 elektrisch (Stand 2024: 12 %).',
    field: 'V',
    lead: '10',
    participants: ['10.3', '65', 'SWM'],
    externalActors: null,
    targetGroup: 'Beschäftigte der Stadtverwaltung',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 60,
    plannedStart: '2024-01-15',
    plannedEnd: '2027-12-31',
    actualStart: '2024-03-01',
    actualEnd: null,
    costEstimateEur: 2_100_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 10.05 (Fuhrparkmanagement)',
    ghgReductionTargetT: 310,
    ghgReductionAchievedT: 170,
    responsibleContact: 'Hauptamt, Sachgebiet Zentrale Dienste und Fuhrpark, Tel. 0123 456-1050',
    published: true,
    publicSummary:
      'Die Stadtverwaltung fährt immer öfter elektrisch: Mehr als die Hälfte der Dienstwagen sind schon E-Autos. Bis Ende 2027 sollen ' +
      'es 80 Prozent sein.',
    internalNotes: null,
    milestones: [
      { title: 'Fuhrparkanalyse abgeschlossen', responsible: '10', dueDate: '2024-06-30', state: 'DONE', doneDate: '2024-06-18' },
      {
        title: 'Rahmenvertrag für E-Fahrzeuge vergeben',
        responsible: '10.3',
        dueDate: '2024-12-31',
        state: 'DONE',
        doneDate: '2025-01-28',
      },
      {
        title: 'Ladepunkte an acht Dienstgebäuden in Betrieb',
        responsible: '65',
        dueDate: '2026-06-30',
        state: 'DONE',
        doneDate: '2026-05-29',
      },
      { title: '80 % des Pkw-Pools elektrisch', responsible: '10', dueDate: '2027-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'V-02',
    title: 'Umrüstung der Straßenbeleuchtung auf LED',
    summary: 'Austausch von 8.500 Natriumdampf- und Quecksilberdampfleuchten der Straßenbeleuchtung gegen LED-Leuchten mit Nachtabsenkung.',
    description:
      'Die Stadtwerke betreiben im Auftrag der Stadt rund 14.000 Leuchten. In diesem Abschnitt wurden die 8.500 ineffizientesten ' +
      'Leuchten ersetzt, vorrangig in Wohnstraßen. Die neuen Leuchten werden nachts auf 50 % gedimmt und haben eine warmweiße ' +
      'Lichtfarbe, die Insekten schont. Die Umrüstung wurde im Mai 2026 sechs Wochen früher als geplant abgeschlossen; der ' +
      'Stromverbrauch der Beleuchtung sank um 62 %.',
    goal: 'Senkung des Stromverbrauchs der Straßenbeleuchtung um mindestens 3.200 MWh pro Jahr.',
    field: 'V',
    lead: '66',
    participants: ['SWM'],
    externalActors: 'Netzbetreiber, Elektroinstallationsfirmen (Ausführung)',
    targetGroup: 'Stadtgesellschaft, Verkehrsteilnehmende',
    priority: 'HIGH',
    status: 'COMPLETED',
    assessment: 'ON_TRACK',
    progressPercent: 100,
    plannedStart: '2024-01-01',
    plannedEnd: '2026-06-30',
    actualStart: '2024-02-01',
    actualEnd: '2026-05-15',
    costEstimateEur: 5_900_000,
    fundingSource: 'Kommunalrichtlinie (NKI), Förderquote 40 %; Haushalt Produkt 66.04',
    ghgReductionTargetT: 1250,
    ghgReductionAchievedT: 1190,
    responsibleContact: 'Amt für Mobilität und Tiefbau, Sachgebiet Straßenbeleuchtung, Tel. 0123 456-6640',
    published: true,
    publicSummary:
      '8.500 Straßenlaternen leuchten jetzt mit sparsamen LED. Das Licht ist insektenfreundlich, und die Stadt spart jedes Jahr fast ' +
      'zwei Drittel des Stroms für die Beleuchtung.',
    internalNotes: null,
    milestones: [
      { title: 'Bestandserfassung und Leuchtenkataster', responsible: 'SWM', dueDate: '2024-04-30', state: 'DONE', doneDate: '2024-04-22' },
      { title: '4.000 Leuchten umgerüstet', responsible: 'SWM', dueDate: '2025-06-30', state: 'DONE', doneDate: '2025-06-19' },
      {
        title: 'Alle 8.500 Leuchten umgerüstet, Verwendungsnachweis',
        responsible: 'SWM',
        dueDate: '2026-06-30',
        state: 'DONE',
        doneDate: '2026-05-15',
      },
    ],
  },
  {
    code: 'V-03',
    title: 'Klimacheck für Beschlussvorlagen',
    summary: 'Verbindliche Prüfung der Klimawirkung aller Beschlussvorlagen für Rat und Ausschüsse.',
    description:
      'Seit Juni 2025 muss jede Beschlussvorlage eine Aussage zur Klimarelevanz enthalten. Ein Schnelltest zeigt, ob eine Vorlage ' +
      'klimarelevant ist; in diesem Fall wird eine ausführliche Bewertung zu Emissionen, Energie, Mobilität, Flächenverbrauch und ' +
      'Klimaanpassung ausgefüllt. Die Stabsstelle Klimaschutz berät die Fachämter und gibt bei wesentlichen Vorlagen eine Stellungnahme ' +
      'ab. Die Prüfung ist im Ratsinformationssystem hinterlegt.',
    goal: '100 % der Beschlussvorlagen enthalten ab Juli 2025 eine Klimawirkungsprüfung.',
    field: 'V',
    lead: 'KS',
    participants: ['10'],
    externalActors: null,
    targetGroup: 'Fachämter der Verwaltung, Rat und Ausschüsse',
    priority: 'HIGH',
    status: 'COMPLETED',
    assessment: 'ON_TRACK',
    progressPercent: 100,
    plannedStart: '2024-03-01',
    plannedEnd: '2025-06-30',
    actualStart: '2024-04-01',
    actualEnd: '2025-05-31',
    costEstimateEur: 25_000,
    fundingSource: 'Haushalt 2024, Produkt 01.15 (Klimaschutz)',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Klimacheck und Beratung, Tel. 0123 456-1540',
    published: true,
    publicSummary:
      'Bevor der Stadtrat entscheidet, wird geprüft, wie sich ein Beschluss auf das Klima auswirkt. Das Ergebnis steht in jeder Vorlage ' +
      'und ist im Ratsinformationssystem nachzulesen.',
    internalNotes: null,
    milestones: [
      {
        title: 'Kriterienkatalog und Schnelltest erarbeitet',
        responsible: 'KS',
        dueDate: '2024-09-30',
        state: 'DONE',
        doneDate: '2024-09-25',
      },
      {
        title: 'Vorlagenmuster im Ratsinformationssystem angepasst',
        responsible: '10',
        dueDate: '2025-01-31',
        state: 'DONE',
        doneDate: '2025-02-14',
      },
      { title: 'Dienstanweisung Klimacheck in Kraft', responsible: '10', dueDate: '2025-05-31', state: 'DONE', doneDate: '2025-05-31' },
    ],
  },
  {
    code: 'V-04',
    title: 'Klimafreundliche Beschaffungsrichtlinie',
    summary:
      'Dienstanweisung, die Lebenszykluskosten, Energieeffizienz und CO2-Kriterien in allen Vergabeverfahren der Stadt verbindlich ' +
      'macht.',
    description:
      'Die Stadt beschafft jährlich Waren und Dienstleistungen für rund 180 Mio. Euro. Die neue Richtlinie legt für zwölf ' +
      'Produktgruppen Mindeststandards fest, etwa für IT, Papier, Reinigung, Fahrzeuge und Bauleistungen, und führt einen ' +
      'CO2-Schattenpreis von 200 Euro je Tonne in die Wirtschaftlichkeitsbetrachtung ein. Die Mitzeichnung durch das ' +
      'Rechnungsprüfungsamt verzögert sich wegen Bedenken zu Mehrkosten. Die Zentrale Vergabestelle bereitet bis dahin ' +
      'Musterleistungsverzeichnisse vor.',
    goal: 'Ab 2027 werden 100 % der Vergaben über 25.000 Euro nach Klimakriterien bewertet.',
    field: 'V',
    lead: '10.3',
    participants: ['KS', '20', '10'],
    externalActors: 'Kompetenzstelle für nachhaltige Beschaffung (Beratung)',
    targetGroup: 'Bedarfsstellen und Vergabestellen der Stadtverwaltung, Bieterunternehmen',
    priority: 'HIGH',
    status: 'DELAYED',
    assessment: 'AT_RISK',
    progressPercent: 45,
    plannedStart: '2024-06-01',
    plannedEnd: '2026-03-31',
    actualStart: '2024-09-01',
    actualEnd: null,
    costEstimateEur: 30_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 10.03',
    ghgReductionTargetT: 400,
    ghgReductionAchievedT: 60,
    responsibleContact: 'Zentrale Vergabestelle, Tel. 0123 456-1030',
    published: false,
    publicSummary: null,
    internalNotes:
      'Mitzeichnung durch das Rechnungsprüfungsamt steht aus (Bedenken wegen Mehrkosten durch CO2-Schattenpreis). Gespräch mit Dezernat ' +
      'I im Dezember 2026 angesetzt.',
    milestones: [
      {
        title: 'Analyse des Beschaffungsvolumens nach Produktgruppen',
        responsible: '10.3',
        dueDate: '2025-02-28',
        state: 'DONE',
        doneDate: '2025-03-31',
      },
      {
        title: 'Entwurf Dienstanweisung mit Lebenszykluskosten',
        responsible: 'KS',
        dueDate: '2025-09-30',
        state: 'DONE',
        doneDate: '2025-10-20',
      },
      { title: 'Mitzeichnung Personalrat und Rechnungsprüfung', responsible: '10', dueDate: '2026-02-28', state: 'OPEN' },
      { title: 'Inkrafttreten der Beschaffungsrichtlinie', responsible: '10.3', dueDate: '2026-03-31', state: 'OPEN' },
    ],
  },
  {
    code: 'V-05',
    title: 'Energiemanagement für kommunale Liegenschaften',
    summary:
      'Aufbau eines systematischen Energiemanagements mit Fernauslesung der Zähler und jährlichem Energiebericht für alle 120 ' +
      'städtischen Liegenschaften.',
    description:
      'Alle Strom-, Wärme- und Wasserzähler der städtischen Gebäude werden schrittweise auf Fernauslesung umgestellt und in einer ' +
      'Energiemanagementsoftware zusammengeführt. Auffällige Verbräuche lösen automatische Meldungen an die Hausmeisterinnen und ' +
      'Hausmeister aus. Ein jährlicher Energiebericht macht Verbrauch und Kosten transparent. Die Stadt strebt eine Zertifizierung nach ' +
      'dem Standard Kom.EMS an.',
    goal:
      'Senkung des Energieverbrauchs der städtischen Liegenschaften um 15 % bis Ende 2026 gegenüber 2023 allein durch ' +
      'Betriebsoptimierung.',
    field: 'V',
    lead: '65',
    participants: ['23', 'KS'],
    externalActors: 'Energieagentur des Landes (Kom.EMS)',
    targetGroup: 'Hausmeisterinnen und Hausmeister, Gebäudenutzende, Gebäudemanagement',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 70,
    plannedStart: '2024-01-01',
    plannedEnd: '2026-12-31',
    actualStart: '2024-02-01',
    actualEnd: null,
    costEstimateEur: 650_000,
    fundingSource: 'Kommunalrichtlinie (NKI), Förderquote 70 % (Energiemanagement)',
    ghgReductionTargetT: 1400,
    ghgReductionAchievedT: 980,
    responsibleContact: 'Amt für Gebäudemanagement, Sachgebiet Energiemanagement, Tel. 0123 456-6530',
    published: false,
    publicSummary:
      'Die Stadt misst laufend, wie viel Energie ihre Gebäude verbrauchen, und stellt Heizungen besser ein. Der jährliche ' +
      'Energiebericht ist online veröffentlicht.',
    internalNotes: null,
    milestones: [
      { title: 'Fernauslesung in 120 Liegenschaften', responsible: '65', dueDate: '2025-06-30', state: 'DONE', doneDate: '2025-08-15' },
      { title: 'Energiebericht 2025 veröffentlicht', responsible: '65', dueDate: '2026-09-30', state: 'DONE', doneDate: '2026-10-06' },
      { title: 'Zertifizierung nach Kom.EMS', responsible: 'KS', dueDate: '2026-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'V-06',
    title: 'Deutschlandticket Job und betriebliches Mobilitätsmanagement',
    summary:
      'Zuschuss zum Deutschlandticket Job, Dienstrad-Leasing und Parkraumbewirtschaftung für die rund 2.600 Beschäftigten der ' +
      'Stadtverwaltung.',
    description:
      'Die Stadt zahlt ihren Beschäftigten seit Oktober 2024 einen Zuschuss zum Deutschlandticket Job. Eine Mitarbeitendenbefragung hat ' +
      'gezeigt, dass rund 40 % der Beschäftigten weniger als 5 km vom Arbeitsplatz entfernt wohnen; seit Oktober 2025 gibt es daher ' +
      'zusätzlich Dienstrad-Leasing über Entgeltumwandlung. Als letzter Baustein werden die Mitarbeiterparkplätze am Rathaus ' +
      'bewirtschaftet.',
    goal: 'Anteil der mit dem Auto zur Arbeit pendelnden Beschäftigten von 52 % (2024) auf 35 % bis Ende 2026 senken.',
    field: 'V',
    lead: '10',
    participants: ['KS', 'SWM'],
    externalActors: 'Verkehrsverbund Mittelland, Personalrat',
    targetGroup: 'Beschäftigte der Stadtverwaltung',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 75,
    plannedStart: '2024-05-01',
    plannedEnd: '2026-12-31',
    actualStart: '2024-07-01',
    actualEnd: null,
    costEstimateEur: 540_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 10.02 (Personalnebenkosten)',
    ghgReductionTargetT: 380,
    ghgReductionAchievedT: 290,
    responsibleContact: 'Hauptamt, Sachgebiet Personalservice, Tel. 0123 456-1020',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      {
        title: 'Dienstvereinbarung Deutschlandticket Job',
        responsible: '10',
        dueDate: '2024-09-30',
        state: 'DONE',
        doneDate: '2024-09-12',
      },
      { title: 'Dienstrad-Leasing eingeführt', responsible: '10', dueDate: '2025-10-01', state: 'DONE', doneDate: '2025-10-01' },
      { title: 'Bewirtschaftung der Mitarbeiterparkplätze Rathaus', responsible: '10', dueDate: '2026-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'V-07',
    title: 'Sanierung Technisches Rathaus mit Wärmepumpe',
    summary:
      'Energetische Generalsanierung des Technischen Rathauses (Baujahr 1974) mit Umstellung der Heizung auf eine Wärmepumpe und ' +
      'Photovoltaik.',
    description:
      'Das Technische Rathaus ist das Verwaltungsgebäude mit dem höchsten Wärmeverbrauch der Stadt. Die Planung bis Leistungsphase 2 ' +
      'ist abgeschlossen und sieht eine Sanierung auf Effizienzgebäude-Standard 55 vor. Parallel wird im Verwaltungsstandortkonzept ' +
      'geprüft, ob Ämter in ein angemietetes Neubauobjekt umziehen und das Gebäude verkauft wird. Bis zu dieser Entscheidung ruht die ' +
      'Maßnahme.',
    goal: 'Senkung des Wärmeverbrauchs des Gebäudes um 70 % und vollständig erneuerbare Wärmeversorgung bis 2028.',
    field: 'V',
    lead: '65',
    participants: ['23', '20'],
    externalActors: 'Generalplaner (Leistungsphasen 1–2)',
    targetGroup: 'Beschäftigte im Technischen Rathaus, Besuchende',
    priority: 'MEDIUM',
    status: 'ON_HOLD',
    assessment: 'AT_RISK',
    progressPercent: 10,
    plannedStart: '2025-03-01',
    plannedEnd: '2028-12-31',
    actualStart: '2025-06-01',
    actualEnd: null,
    costEstimateEur: 9_800_000,
    fundingSource: 'BEG Nichtwohngebäude (KfW 264); Investitionsplanung 2026–2029',
    ghgReductionTargetT: 420,
    ghgReductionAchievedT: 0,
    responsibleContact: 'Amt für Gebäudemanagement, Sachgebiet Verwaltungsbauten, Tel. 0123 456-6540',
    published: false,
    publicSummary: null,
    internalNotes:
      'Ruht bis zur Entscheidung über das Verwaltungsstandortkonzept (Verkauf oder Sanierung), voraussichtlich im Hauptausschuss Juni ' +
      '2027.',
    milestones: [
      {
        title: 'Planung Leistungsphasen 1–2 abgeschlossen',
        responsible: '65',
        dueDate: '2025-12-31',
        state: 'DONE',
        doneDate: '2025-12-19',
      },
      { title: 'Entscheidung Verwaltungsstandortkonzept', responsible: '23', dueDate: '2027-06-30', state: 'OPEN' },
      { title: 'Baubeschluss Sanierung', responsible: '65', dueDate: '2027-12-31', state: 'OPEN' },
    ],
  },
  // B – Bildung und Beteiligung
  {
    code: 'B-01',
    title: 'Energiesparmodell an Schulen',
    summary: 'Anreizmodell, bei dem Schulen die Hälfte der durch Nutzerverhalten eingesparten Energiekosten als Prämie erhalten.',
    description:
      'Energieteams aus Schülerinnen, Schülern, Lehrkräften und Hausmeistern erfassen Verbräuche, führen Energierundgänge durch und ' +
      'entwickeln Maßnahmen wie Lüftungs- und Abschaltregeln. Die Stadt zahlt 50 % der eingesparten Energiekosten an die Schule aus, ' +
      'weitere 20 % fließen in kleine Investitionen im Gebäude. Im Schuljahr 2025/2026 haben 15 Schulen teilgenommen und zusammen rund ' +
      '9 % Energie eingespart. Ab dem Schuljahr 2026/2027 kommen weitere Schulen hinzu.',
    goal: '30 teilnehmende Schulen bis Schuljahr 2026/2027 mit durchschnittlich 8 % Verbrauchsminderung.',
    field: 'B',
    lead: '40',
    participants: ['65', 'KS'],
    externalActors: 'Energieagentur der Region (pädagogische Begleitung), Schulleitungen',
    targetGroup: 'Schülerinnen und Schüler, Lehrkräfte, Hausmeisterinnen und Hausmeister',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 60,
    plannedStart: '2024-08-01',
    plannedEnd: '2027-07-31',
    actualStart: '2024-09-01',
    actualEnd: null,
    costEstimateEur: 150_000,
    fundingSource: 'Kommunalrichtlinie (NKI), Förderquote 70 % (Energiesparmodelle)',
    ghgReductionTargetT: 320,
    ghgReductionAchievedT: 210,
    responsibleContact: 'Schulamt, Sachgebiet Schulentwicklung, Tel. 0123 456-4010',
    published: true,
    publicSummary:
      'An 15 Schulen sparen Schülerinnen und Schüler gemeinsam Energie. Die Hälfte des eingesparten Geldes bekommt die Schule als ' +
      'Prämie.',
    internalNotes: null,
    milestones: [
      {
        title: '15 Schulen für das Schuljahr 2024/2025 angemeldet',
        responsible: '40',
        dueDate: '2024-11-30',
        state: 'DONE',
        doneDate: '2024-11-15',
      },
      { title: 'Prämienauszahlung Schuljahr 2024/2025', responsible: '65', dueDate: '2025-10-31', state: 'DONE', doneDate: '2025-11-03' },
      { title: 'Ausweitung auf 30 Schulen', responsible: '40', dueDate: '2027-07-31', state: 'OPEN' },
    ],
  },
  {
    code: 'B-02',
    title: 'Klimaschutzfonds für Bürger- und Vereinsprojekte',
    summary: 'Städtischer Fonds, aus dem Vereine, Initiativen und Nachbarschaften Zuschüsse für eigene Klimaschutzprojekte erhalten.',
    description:
      'Gefördert werden Projekte mit Zuschüssen zwischen 500 und 15.000 Euro, zum Beispiel Repair-Cafés, Solaranlagen auf ' +
      'Vereinsheimen, Gemeinschaftsgärten oder Klimabildungsangebote. Über die Vergabe entscheidet eine Jury aus Klimabeirat und ' +
      'Verwaltung. Die Förderrichtlinie ist beschlossen, das Online-Antragsportal verzögert sich jedoch wegen der Umstellung des ' +
      'Dokumentenmanagementsystems; der erste Förderaufruf musste verschoben werden.',
    goal: 'Mindestens 40 geförderte Projekte pro Jahr ab 2027 und 300.000 Euro Fördervolumen pro Jahr.',
    field: 'B',
    lead: 'KS',
    participants: ['20', 'KOM', '10'],
    externalActors: 'Klimabeirat, Sparkasse Musterstadt (Kofinanzierung), Vereine und Initiativen',
    targetGroup: 'Vereine, Initiativen, Nachbarschaften, Kirchengemeinden',
    priority: 'MEDIUM',
    status: 'DELAYED',
    assessment: 'AT_RISK',
    progressPercent: 30,
    plannedStart: '2025-01-01',
    plannedEnd: '2026-09-30',
    actualStart: '2025-04-01',
    actualEnd: null,
    costEstimateEur: 300_000,
    fundingSource: 'Klimaschutzfonds der Stadt Musterstadt, Haushalt 2025/2026, Produkt 01.15',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Beteiligung, Tel. 0123 456-1550',
    published: true,
    publicSummary:
      'Vereine und Initiativen sollen Zuschüsse für eigene Klimaschutzprojekte beantragen können. Der erste Förderaufruf startet ' +
      'voraussichtlich im Frühjahr 2027.',
    internalNotes:
      'Online-Antragsportal verzögert sich wegen Umstellung des Dokumentenmanagementsystems (Hauptamt). Restmittel aus E-06 und M-08 ' +
      'sind dem Fonds zugeflossen.',
    milestones: [
      { title: 'Förderrichtlinie vom Rat beschlossen', responsible: 'KS', dueDate: '2025-06-30', state: 'DONE', doneDate: '2025-07-10' },
      { title: 'Online-Antragsportal freigeschaltet', responsible: '10', dueDate: '2025-12-31', state: 'OPEN' },
      { title: 'Erster Förderaufruf und Jurysitzung', responsible: 'KS', dueDate: '2026-04-30', state: 'OPEN' },
      { title: 'Auszahlung an die ersten geförderten Projekte', responsible: '20', dueDate: '2027-06-30', state: 'OPEN' },
    ],
  },
  {
    code: 'B-03',
    title: 'Klimabeirat und Klimaforum Musterstadt',
    summary: 'Dauerhafte Beteiligung der Stadtgesellschaft am Klimaschutz über einen Klimabeirat und ein jährliches Klimaforum.',
    description:
      'Der Klimabeirat berät Rat und Verwaltung bei der Umsetzung des Klimaschutzkonzepts. Ihm gehören Vertreterinnen und Vertreter von ' +
      'Umweltverbänden, Wirtschaft, Wissenschaft, Jugend und zufällig ausgewählte Bürgerinnen und Bürger an. Einmal im Jahr stellt die ' +
      'Stadt beim Klimaforum den Umsetzungsstand vor und sammelt Vorschläge. Ein öffentliches Transparenzportal soll den Stand aller ' +
      'Maßnahmen jederzeit zeigen.',
    goal: 'Jährliches Klimaforum mit mindestens 250 Teilnehmenden; Fortschritt aller veröffentlichten Maßnahmen online einsehbar.',
    field: 'B',
    lead: 'KS',
    participants: ['KOM', '10'],
    externalActors: 'Lokale Agenda 21, Umweltverbände, Hochschule Musterstadt, Jugendparlament',
    targetGroup: 'Bürgerinnen und Bürger, Zivilgesellschaft, Politik',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 55,
    plannedStart: '2024-06-01',
    plannedEnd: '2028-12-31',
    actualStart: '2024-09-01',
    actualEnd: null,
    costEstimateEur: 90_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 01.15 (Klimaschutz)',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Beteiligung, Tel. 0123 456-1550',
    published: true,
    publicSummary:
      'Im Klimabeirat beraten Bürgerinnen und Bürger die Stadt beim Klimaschutz. Beim jährlichen Klimaforum können alle mitdiskutieren ' +
      'und Vorschläge einbringen.',
    internalNotes: null,
    milestones: [
      { title: 'Klimabeirat konstituiert', responsible: 'KS', dueDate: '2024-11-30', state: 'DONE', doneDate: '2024-11-21' },
      { title: '1. Klimaforum durchgeführt', responsible: 'KOM', dueDate: '2025-09-30', state: 'DONE', doneDate: '2025-09-27' },
      { title: '2. Klimaforum durchgeführt', responsible: 'KOM', dueDate: '2026-09-30', state: 'DONE', doneDate: '2026-09-26' },
      { title: 'Öffentliches Transparenzportal online', responsible: 'KOM', dueDate: '2026-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'B-04',
    title: 'Qualifizierungsprogramm Klimaschutz für Beschäftigte',
    summary:
      'Modulares Fortbildungsprogramm, das alle Beschäftigten für Klimaschutz im eigenen Arbeitsalltag qualifiziert, mit Pflichtmodul ' +
      'für Führungskräfte.',
    description:
      'Bisher bietet die Stabsstelle Klimaschutz einzelne Schulungen auf Anfrage an. Das Programm soll daraus ein festes Angebot ' +
      'machen: ein E-Learning-Basismodul für alle, Fachmodule etwa zu Beschaffung, Bauleitplanung und Verkehrsplanung sowie ein ' +
      'Pflichtmodul für Führungskräfte. Klimaschutz wird Bestandteil der Einarbeitung neuer Beschäftigter. Die Teilnahme wird im ' +
      'Fortbildungsportal erfasst.',
    goal: 'Bis Ende 2028 haben 1.500 Beschäftigte das Basismodul und alle Führungskräfte das Pflichtmodul absolviert.',
    field: 'B',
    lead: 'KS',
    participants: ['10'],
    externalActors: 'Studieninstitut für kommunale Verwaltung',
    targetGroup: 'Beschäftigte und Führungskräfte der Stadtverwaltung',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-01-01',
    plannedEnd: '2028-12-31',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 45_000,
    fundingSource: 'Haushalt 2027 (beantragt), Produkt 10.02 (Fortbildung)',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stabsstelle Klimaschutz, Sachgebiet Klimacheck und Beratung, Tel. 0123 456-1540',
    published: false,
    publicSummary: null,
    internalNotes: null,
    milestones: [
      { title: 'Schulungskonzept mit Personalentwicklung abgestimmt', responsible: 'KS', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'E-Learning-Basismodul im Fortbildungsportal', responsible: '10', dueDate: '2027-09-30', state: 'OPEN' },
      { title: 'Pflichtmodul für alle Führungskräfte durchgeführt', responsible: 'KS', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
  // A – Klimafolgenanpassung
  {
    code: 'A-01',
    title: 'Hitzeaktionsplan Musterstadt',
    summary: 'Hitzeaktionsplan mit Warnkette, Netz kühler Orte und Maßnahmen zum Schutz besonders gefährdeter Menschen.',
    description:
      'Eine Hitzebetroffenheitsanalyse hat Stadtteile mit hoher Wärmebelastung und vielen älteren oder pflegebedürftigen Menschen ' +
      'identifiziert. Der Plan regelt, wer bei einer Hitzewarnung des Deutschen Wetterdienstes welche Einrichtungen informiert. Ein ' +
      'Netz aus über 40 kühlen Orten, Trinkwasserbrunnen und Hitzeschutzhinweisen für Pflegeeinrichtungen, Kitas und Schulen ist ' +
      'aufgebaut. Der Rat hat den Plan im Mai 2026 beschlossen; die Umsetzung wird jährlich ausgewertet.',
    goal:
      'Beschlossener Hitzeaktionsplan bis Sommer 2026; alle Pflegeeinrichtungen, Kitas und Schulen sind an die Hitzewarnkette ' +
      'angeschlossen.',
    field: 'A',
    lead: '36',
    participants: ['32', 'KOM', 'KS'],
    externalActors: 'Gesundheitsamt des Kreises, Wohlfahrtsverbände, Deutscher Wetterdienst (Hitzewarnungen)',
    targetGroup: 'Ältere und pflegebedürftige Menschen, Kinder, Wohnungslose, Beschäftigte im Freien',
    priority: 'HIGH',
    status: 'COMPLETED',
    assessment: 'ON_TRACK',
    progressPercent: 100,
    plannedStart: '2024-10-01',
    plannedEnd: '2026-05-31',
    actualStart: '2024-11-01',
    actualEnd: '2026-05-20',
    costEstimateEur: 65_000,
    fundingSource: 'Förderprogramm Anpassung an den Klimawandel (DAS), Förderquote 80 %',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Umweltamt, Sachgebiet Klimaanpassung, Tel. 0123 456-3640',
    published: true,
    publicSummary:
      'Bei großer Hitze warnt die Stadt Pflegeheime, Kitas und Schulen. Eine Karte zeigt kühle Orte und Trinkbrunnen in allen ' +
      'Stadtteilen.',
    internalNotes: null,
    milestones: [
      {
        title: 'Netz kühler Orte und Trinkbrunnenkarte veröffentlicht',
        responsible: 'KOM',
        dueDate: '2025-06-30',
        state: 'DONE',
        doneDate: '2025-06-23',
      },
      {
        title: 'Hitzewarnkette mit Einrichtungen abgestimmt',
        responsible: '32',
        dueDate: '2026-03-31',
        state: 'DONE',
        doneDate: '2026-03-18',
      },
      { title: 'Ratsbeschluss Hitzeaktionsplan', responsible: '36', dueDate: '2026-05-31', state: 'DONE', doneDate: '2026-05-20' },
    ],
  },
  {
    code: 'A-02',
    title: 'Entsiegelung und Begrünung von Schulhöfen',
    summary:
      'Umgestaltung von sechs stark versiegelten Schulhöfen zu schattigen, begrünten Aufenthaltsflächen mit Regenwasserversickerung.',
    description:
      'Auf den ausgewählten Schulhöfen sollen rund 9.000 m² Asphalt entsiegelt, Bäume gepflanzt und Flächen für Versickerung und ' +
      'naturnahes Spielen geschaffen werden. Schülerinnen und Schüler haben die Entwürfe in Planungswerkstätten mitgestaltet. Die ' +
      'Ausschreibung für die ersten drei Schulhöfe blieb im Frühjahr 2026 ohne wertbares Angebot, sodass der Umbau in den Sommerferien ' +
      '2026 entfallen musste. Die Fördermittel laufen Ende 2027 aus.',
    goal: 'Entsiegelung von 9.000 m² und Pflanzung von 60 Bäumen auf sechs Schulhöfen bis Ende 2027.',
    field: 'A',
    lead: '67',
    participants: ['40', '65'],
    externalActors: 'Schulgemeinschaften, Landschaftsarchitekturbüro',
    targetGroup: 'Schülerinnen und Schüler, Anwohnende',
    priority: 'MEDIUM',
    status: 'DELAYED',
    assessment: 'OFF_TRACK',
    progressPercent: 20,
    plannedStart: '2025-01-01',
    plannedEnd: '2026-10-31',
    actualStart: '2025-04-01',
    actualEnd: null,
    costEstimateEur: 1_350_000,
    fundingSource: 'Bundesprogramm Anpassung urbaner Räume an den Klimawandel, Förderquote 80 %',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Stadtgrün und Friedhöfe, Sachgebiet Freiraumplanung, Tel. 0123 456-6710',
    published: true,
    publicSummary: 'Sechs Schulhöfe sollen grüner und schattiger werden. Der Umbau verschiebt sich auf die Sommerferien 2027.',
    internalNotes:
      'Submission 04/2026 ohne wertbares Angebot; Neuausschreibung für die Sommerferien 2027. Förderfrist 31.12.2027 – Verlängerung ' +
      'beim Fördermittelgeber beantragt.',
    milestones: [
      {
        title: 'Auswahl der Schulhöfe und Planungswerkstätten',
        responsible: '40',
        dueDate: '2025-06-30',
        state: 'DONE',
        doneDate: '2025-07-04',
      },
      { title: 'Ausführungsplanung für sechs Schulhöfe', responsible: '67', dueDate: '2025-12-31', state: 'OPEN' },
      { title: 'Umbau der ersten drei Schulhöfe', responsible: '65', dueDate: '2026-08-31', state: 'OPEN' },
      { title: 'Umbau der weiteren drei Schulhöfe', responsible: '67', dueDate: '2027-08-31', state: 'OPEN' },
    ],
  },
  {
    code: 'A-03',
    title: '1.000 zusätzliche Stadtbäume',
    summary: 'Pflanzung von 1.000 zusätzlichen, klimaresilienten Straßenbäumen bis 2029 mit verbesserten Baumstandorten.',
    description:
      'Ein Standortkataster zeigt, wo in hitzebelasteten Straßen neue Bäume möglich sind. Gepflanzt werden hitze- und ' +
      'trockenheitstolerante Arten; die Baumgruben werden nach dem Schwammstadt-Prinzip mit Wasserspeichern ausgeführt. In den ersten ' +
      'beiden Pflanzsaisons wurden 510 Bäume gepflanzt. Bürgerinnen und Bürger können über Baumpatenschaften das Gießen im Sommer ' +
      'unterstützen.',
    goal: '1.000 zusätzliche Straßenbäume bis März 2029; Anwuchsrate von mindestens 95 %.',
    field: 'A',
    lead: '67',
    participants: ['66', '36'],
    externalActors: 'Baumpatinnen und -paten, Baumschulen, Leitungsträger',
    targetGroup: 'Bewohnende hitzebelasteter Stadtteile, Fußgängerinnen und Fußgänger',
    priority: 'MEDIUM',
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 50,
    plannedStart: '2024-10-01',
    plannedEnd: '2029-03-31',
    actualStart: '2024-11-01',
    actualEnd: null,
    costEstimateEur: 3_500_000,
    fundingSource: 'Haushalt 2025/2026, Produkt 67.01; Baumspenden',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Amt für Stadtgrün und Friedhöfe, Sachgebiet Baumpflege, Tel. 0123 456-6720',
    published: true,
    publicSummary:
      'In den letzten zwei Jahren wurden 510 neue Straßenbäume gepflanzt. Wer mag, kann eine Baumpatenschaft übernehmen und im Sommer ' +
      'beim Gießen helfen.',
    internalNotes: null,
    milestones: [
      { title: 'Pflanzsaison 2024/2025: 250 Bäume', responsible: '67', dueDate: '2025-04-15', state: 'DONE', doneDate: '2025-04-11' },
      { title: 'Pflanzsaison 2025/2026: 260 Bäume', responsible: '67', dueDate: '2026-04-15', state: 'DONE', doneDate: '2026-04-10' },
      { title: 'Leitungsabstimmung für Baumstandorte 2027', responsible: '66', dueDate: '2027-02-28', state: 'OPEN' },
      { title: 'Pflanzsaison 2026/2027: 250 Bäume', responsible: '67', dueDate: '2027-04-15', state: 'OPEN' },
    ],
  },
  {
    code: 'A-04',
    title: 'Starkregenrisikomanagement',
    summary: 'Starkregengefahrenkarten, Risikoanalyse und Handlungskonzept zum Schutz vor Überflutungen bei Starkregen.',
    description:
      'Die Starkregengefahrenkarte zeigt für das gesamte Stadtgebiet, wo sich bei seltenen und extremen Regenereignissen Wasser sammelt ' +
      'und abfließt. Auf dieser Grundlage werden kritische Objekte wie Kliniken, Pflegeheime, Unterführungen und Umspannwerke bewertet. ' +
      'Das Handlungskonzept benennt Notabflusswege, Rückhalteflächen und Vorgaben für die Bauleitplanung. Die Risikoanalyse hängt wegen ' +
      'fehlender Kapazitäten im Tiefbau hinterher.',
    goal: 'Beschlossenes Handlungskonzept Starkregen bis Mitte 2027; Risikosteckbriefe für alle 45 kritischen Objekte.',
    field: 'A',
    lead: '36',
    participants: ['66', '61'],
    externalActors: 'Abwasserverband Mittelland, Feuerwehr, Ingenieurbüro (Starkregenmodellierung)',
    targetGroup: 'Grundstückseigentümerinnen und -eigentümer, Betreiber kritischer Infrastruktur',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    assessment: 'AT_RISK',
    progressPercent: 35,
    plannedStart: '2025-01-01',
    plannedEnd: '2027-12-31',
    actualStart: '2025-03-01',
    actualEnd: null,
    costEstimateEur: 280_000,
    fundingSource: 'Landesförderung Klimaanpassung, Förderquote 50 %',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Umweltamt, Sachgebiet Wasserwirtschaft, Tel. 0123 456-3650',
    published: true,
    publicSummary:
      'Eine Online-Karte zeigt, welche Grundstücke bei Starkregen überflutet werden könnten. So können sich Hauseigentümerinnen und ' +
      '-eigentümer rechtzeitig schützen.',
    internalNotes: null,
    milestones: [
      { title: 'Starkregengefahrenkarte veröffentlicht', responsible: '36', dueDate: '2025-12-31', state: 'DONE', doneDate: '2026-02-20' },
      { title: 'Risikoanalyse für kritische Objekte', responsible: '66', dueDate: '2026-09-30', state: 'OPEN' },
      { title: 'Handlungskonzept Starkregen beschlossen', responsible: '36', dueDate: '2027-06-30', state: 'OPEN' },
      { title: 'Vorgaben in die Bauleitplanung übernommen', responsible: '61', dueDate: '2027-12-31', state: 'OPEN' },
    ],
  },
  {
    code: 'A-05',
    title: 'Stadtklimaanalyse und Klimaanpassung in der Bauleitplanung',
    summary:
      'Stadtklimaanalyse mit Planungshinweiskarte als verbindliche Grundlage für die Sicherung von Kaltluftschneisen und ' +
      'Schwammstadt-Standards in Bebauungsplänen.',
    description:
      'Bisher fehlen flächendeckende Daten zu Kaltluftentstehung und Luftleitbahnen im Stadtgebiet. Die Stadtklimaanalyse soll diese ' +
      'Lücke schließen und eine Planungshinweiskarte liefern, die in allen Bauleitplanverfahren berücksichtigt wird. Ergänzend wird ein ' +
      'Leitfaden mit Festsetzungen zu Dach- und Fassadenbegrünung, Versickerung und maximaler Versiegelung erarbeitet.',
    goal: 'Planungshinweiskarte Stadtklima bis Ende 2027; ab 2028 berücksichtigen alle neuen Bebauungspläne den Schwammstadt-Leitfaden.',
    field: 'A',
    lead: '61',
    participants: ['36', '67'],
    externalActors: 'Deutscher Wetterdienst, Fachbüro Stadtklima',
    targetGroup: 'Stadtplanung, Vorhabenträger, Bewohnende verdichteter Stadtteile',
    priority: 'MEDIUM',
    status: 'PLANNED',
    assessment: 'NOT_ASSESSED',
    progressPercent: 0,
    plannedStart: '2027-01-01',
    plannedEnd: '2028-06-30',
    actualStart: null,
    actualEnd: null,
    costEstimateEur: 120_000,
    fundingSource: 'Haushalt 2027 (beantragt), Produkt 61.01',
    ghgReductionTargetT: null,
    ghgReductionAchievedT: null,
    responsibleContact: 'Stadtplanungsamt, Sachgebiet Stadtentwicklung, Tel. 0123 456-6140',
    published: false,
    publicSummary: null,
    internalNotes: 'Haushaltsmittel 2027 noch nicht freigegeben.',
    milestones: [
      { title: 'Stadtklimaanalyse beauftragt', responsible: '61', dueDate: '2027-03-31', state: 'OPEN' },
      { title: 'Planungshinweiskarte Stadtklima fertiggestellt', responsible: '36', dueDate: '2027-12-31', state: 'OPEN' },
      { title: 'Leitfaden Schwammstadt vom Rat beschlossen', responsible: '61', dueDate: '2028-06-30', state: 'OPEN' },
    ],
  },
];
