import type { Assessment, MeasureStatus, MilestoneState, OrgUnitKind, Priority, Role } from './enums';

/** German UI labels for every enum value; the dashboard and exports read them from here. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Systemverwaltung',
  CLIMATE_MANAGER: 'Klimaschutzmanagement',
  DEPARTMENT: 'Fachbereich',
  EXECUTIVE: 'Verwaltungsleitung',
  COMMUNICATION: 'Stabsstelle Kommunikation',
};

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  DEZERNAT: 'Dezernat',
  FACHBEREICH: 'Fachbereich / Amt',
  ABTEILUNG: 'Abteilung',
  STABSSTELLE: 'Stabsstelle',
  EIGENBETRIEB: 'Eigenbetrieb / Beteiligung',
  EXTERN: 'Externe Stelle',
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  COMPLETED: 'umgesetzt',
  DELAYED: 'verzögert',
  ON_HOLD: 'ruht',
  CANCELLED: 'verworfen',
};

export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  ON_TRACK: 'im Plan',
  AT_RISK: 'gefährdet',
  OFF_TRACK: 'kritisch',
  NOT_ASSESSED: 'nicht bewertet',
};

/** The traffic-light colour word, for text alternatives ("grün", not only a colour). */
export const ASSESSMENT_COLOUR_WORDS: Record<Assessment, string> = {
  ON_TRACK: 'grün',
  AT_RISK: 'gelb',
  OFF_TRACK: 'rot',
  NOT_ASSESSED: 'grau',
};

/** Chart colours of the statuses (cockpit and council report); each has at least 3:1 contrast on white. */
export const MEASURE_STATUS_COLOURS: Record<MeasureStatus, string> = {
  PLANNED: '#5b6b7a',
  IN_PROGRESS: '#1565c0',
  COMPLETED: '#1b7f3b',
  DELAYED: '#c25e00',
  ON_HOLD: '#767676',
  CANCELLED: '#3d3d3d',
};

/** Chart colours of the traffic lights (cockpit and council report); each has at least 3:1 contrast on white. */
export const ASSESSMENT_COLOURS: Record<Assessment, string> = {
  ON_TRACK: '#1b7f3b',
  AT_RISK: '#b38600',
  OFF_TRACK: '#c62828',
  NOT_ASSESSED: '#767676',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  HIGH: 'hoch',
  MEDIUM: 'mittel',
  LOW: 'niedrig',
};

export const MILESTONE_STATE_LABELS: Record<MilestoneState, string> = {
  OPEN: 'offen',
  DONE: 'erledigt',
  CANCELLED: 'entfallen',
};

/** German names of measure fields, used for validation messages and the change history. */
export const MEASURE_FIELD_LABELS: Record<string, string> = {
  code: 'Kennung',
  title: 'Titel',
  summary: 'Kurzbeschreibung',
  description: 'Beschreibung',
  goal: 'Ziel',
  fieldOfActionId: 'Handlungsfeld',
  leadOrgUnitId: 'Federführung',
  participatingOrgUnitIds: 'Beteiligte Organisationseinheiten',
  externalActors: 'Externe Akteure',
  targetGroup: 'Zielgruppe',
  priority: 'Priorität',
  status: 'Status',
  assessment: 'Bewertung',
  progressPercent: 'Fortschritt (%)',
  plannedStart: 'Geplanter Beginn',
  plannedEnd: 'Geplantes Ende',
  actualStart: 'Tatsächlicher Beginn',
  actualEnd: 'Tatsächliches Ende',
  costEstimateEur: 'Kostenschätzung (EUR)',
  fundingSource: 'Finanzierung / Förderung',
  ghgReductionTargetT: 'THG-Minderungsziel (t CO2e/a)',
  ghgReductionAchievedT: 'THG-Minderung erreicht (t CO2e/a)',
  emissionSectorId: 'Sektor der THG-Bilanz',
  lifetimeYears: 'Wirkdauer (Jahre)',
  responsibleContact: 'Ansprechperson',
  internalNotes: 'Interne Notizen',
  published: 'Veröffentlicht',
  publicSummary: 'Öffentliche Kurzbeschreibung',
  archived: 'Archiviert',
};
