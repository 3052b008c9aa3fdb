/**
 * The Stabsstelle Klimaschutz's cross-departmental work: trainings (Schulungen), consultations
 * (Beratungen) and the Klimacheck (Klimarelevanzprüfung) of council proposals, procurements and plans.
 */
import type { ListQuery, OrgUnitRef } from './api';

// ---------------------------------------------------------------------------------------------
// Enums and German labels
// ---------------------------------------------------------------------------------------------

export const TRAINING_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const TRAINING_FORMATS = ['IN_PERSON', 'ONLINE'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

/** Fixed topics, so that "who was trained in what" can be counted across the year. */
export const TRAINING_TOPICS = [
  'CLIMATE_BASICS',
  'CLIMATE_CHECK',
  'SUSTAINABLE_PROCUREMENT',
  'ENERGY_BUILDINGS',
  'MOBILITY',
  'CLIMATE_ADAPTATION',
  'FUNDING',
  'OTHER',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const CONSULTATION_CATEGORIES = ['PROCUREMENT', 'TRAFFIC_PLANNING', 'URBAN_PLANNING', 'BUILDINGS', 'FUNDING', 'OTHER'] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const CONSULTATION_STATUSES = ['REQUESTED', 'SCHEDULED', 'DONE', 'DECLINED'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CLIMATE_CHECK_SUBJECT_TYPES = ['COUNCIL_PROPOSAL', 'PROCUREMENT', 'TRAFFIC_PLANNING', 'URBAN_PLANNING', 'OTHER'] as const;
export type ClimateCheckSubjectType = (typeof CLIMATE_CHECK_SUBJECT_TYPES)[number];

export const CLIMATE_CHECK_STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED'] as const;
export type ClimateCheckStatus = (typeof CLIMATE_CHECK_STATUSES)[number];

/** The criteria of the main check, in the order of the printed result. */
export const CLIMATE_CRITERIA = ['GHG_EMISSIONS', 'ENERGY_USE', 'MOBILITY', 'LAND_USE', 'CLIMATE_ADAPTATION'] as const;
export type ClimateCriterion = (typeof CLIMATE_CRITERIA)[number];

export const CLIMATE_IMPACTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'UNKNOWN'] as const;
export type ClimateImpact = (typeof CLIMATE_IMPACTS)[number];

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  PLANNED: 'geplant',
  HELD: 'durchgeführt',
  CANCELLED: 'abgesagt',
};

export const TRAINING_FORMAT_LABELS: Record<TrainingFormat, string> = {
  IN_PERSON: 'Präsenz',
  ONLINE: 'online',
};

export const TRAINING_TOPIC_LABELS: Record<TrainingTopic, string> = {
  CLIMATE_BASICS: 'Grundlagen Klimaschutz',
  CLIMATE_CHECK: 'Klimacheck für Beschlussvorlagen',
  SUSTAINABLE_PROCUREMENT: 'Klimafreundliche Beschaffung',
  ENERGY_BUILDINGS: 'Energie und Gebäude',
  MOBILITY: 'Nachhaltige Mobilität',
  CLIMATE_ADAPTATION: 'Klimaanpassung',
  FUNDING: 'Fördermittel',
  OTHER: 'Sonstiges',
};

export const CONSULTATION_CATEGORY_LABELS: Record<ConsultationCategory, string> = {
  PROCUREMENT: 'Beschaffung',
  TRAFFIC_PLANNING: 'Verkehrsplanung',
  URBAN_PLANNING: 'Stadtplanung / Bauleitplanung',
  BUILDINGS: 'Gebäude',
  FUNDING: 'Fördermittel',
  OTHER: 'Sonstiges',
};

export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  REQUESTED: 'angefragt',
  SCHEDULED: 'terminiert',
  DONE: 'abgeschlossen',
  DECLINED: 'abgelehnt',
};

export const CLIMATE_CHECK_SUBJECT_TYPE_LABELS: Record<ClimateCheckSubjectType, string> = {
  COUNCIL_PROPOSAL: 'Beschlussvorlage',
  PROCUREMENT: 'Beschaffung',
  TRAFFIC_PLANNING: 'Verkehrsplanung',
  URBAN_PLANNING: 'Stadtplanung / Bauleitplanung',
  OTHER: 'Sonstiges Vorhaben',
};

export const CLIMATE_CHECK_STATUS_LABELS: Record<ClimateCheckStatus, string> = {
  DRAFT: 'Entwurf',
  SUBMITTED: 'eingereicht',
  REVIEWED: 'geprüft',
};

export const CLIMATE_CRITERION_LABELS: Record<ClimateCriterion, string> = {
  GHG_EMISSIONS: 'Treibhausgasemissionen',
  ENERGY_USE: 'Energieverbrauch',
  MOBILITY: 'Mobilität',
  LAND_USE: 'Flächenverbrauch',
  CLIMATE_ADAPTATION: 'Klimaanpassung',
};

export const CLIMATE_IMPACT_LABELS: Record<ClimateImpact, string> = {
  POSITIVE: 'positiv',
  NEUTRAL: 'neutral',
  NEGATIVE: 'negativ',
  UNKNOWN: 'nicht abschätzbar',
};

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** A measure a training, consultation or climate check refers to. */
export interface LinkedMeasure {
  id: string;
  code: string;
  title: string;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

// ---------------------------------------------------------------------------------------------
// Trainings (Schulungen)
// ---------------------------------------------------------------------------------------------

export interface TrainingSummary {
  id: string;
  title: string;
  topic: TrainingTopic;
  /** ISO date-time (UTC) of the start. */
  startsAt: string;
  durationMinutes: number;
  format: TrainingFormat;
  /** Room and address for IN_PERSON trainings. */
  location: string | null;
  status: TrainingStatus;
  /** null = no limit. */
  capacity: number | null;
  /** Registered staff over all org units. */
  participantCount: number;
  targetOrgUnits: OrgUnitRef[];
  feedback: TrainingFeedbackStats;
  version: number;
}

/** Registered staff of one org unit: always the number; names only via the participants resource. */
export interface TrainingRegistration {
  orgUnit: OrgUnitRef;
  count: number;
}

export interface Training extends TrainingSummary {
  description: string | null;
  trainer: string;
  /** Meeting link for ONLINE trainings. */
  onlineUrl: string | null;
  linkedMeasures: LinkedMeasure[];
  registrations: TrainingRegistration[];
  cancellationReason: string | null;
  createdAt: string;
  updatedAt: string;
  permissions: {
    edit: boolean;
    registerParticipants: boolean;
    markHeld: boolean;
    cancel: boolean;
    recordFeedback: boolean;
    /** Participant names are personal data: climate managers and admins only. */
    seeParticipantNames: boolean;
  };
}

export interface TrainingInput {
  title: string;
  topic: TrainingTopic;
  description?: string | null;
  /** ISO date-time with offset, e.g. `2026-12-03T09:00:00+01:00`; must lie in the future. */
  startsAt: string;
  durationMinutes: number;
  trainer: string;
  format: TrainingFormat;
  location?: string | null;
  onlineUrl?: string | null;
  /** Empty: open to the whole administration. */
  targetOrgUnitIds?: string[];
  capacity?: number | null;
  linkedMeasureIds?: string[];
}

export type TrainingUpdate = Partial<TrainingInput> & { version: number };

export interface TrainingFilter extends ListQuery {
  status?: TrainingStatus[];
  topic?: TrainingTopic[];
  format?: TrainingFormat;
  /** Trainings aimed at this org unit, including those open to everyone. */
  orgUnitId?: string;
  measureId?: string;
  /** `upcoming`: starts now or later (earliest first); `past`: started before now (latest first). */
  when?: 'upcoming' | 'past';
  /** Calendar window, `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
}

export interface ParticipantName {
  id: string;
  name: string;
}

export interface TrainingParticipantGroup extends TrainingRegistration {
  /** Only for climate managers and admins; absent for everyone else. */
  names?: ParticipantName[];
}

export interface TrainingParticipants {
  trainingId: string;
  capacity: number | null;
  total: number;
  items: TrainingParticipantGroup[];
}

/** PUT trainings/:id/participants/:orgUnitId — sets the org unit's registration; `count: 0` removes it. */
export interface TrainingRegistrationInput {
  count: number;
  /** Replaces the list of names when given; at most `count` names. */
  names?: string[];
}

export interface TrainingFeedbackStats {
  count: number;
  /** Mean score 1–5, one decimal; null without feedback. */
  averageScore: number | null;
}

export interface TrainingFeedbackEntry {
  id: string;
  score: number;
  comment: string | null;
  createdAt: string;
}

export interface TrainingFeedbackList extends TrainingFeedbackStats {
  items: TrainingFeedbackEntry[];
}

export interface TrainingFeedbackInput {
  /** 1 (poor) to 5 (very good). */
  score: number;
  comment?: string | null;
}

/** GET trainings/stats?year= — staff trained in held trainings, per org unit and topic. */
export interface TrainingStats {
  year: number;
  total: number;
  byTopic: Partial<Record<TrainingTopic, number>>;
  items: { orgUnit: OrgUnitRef; total: number; byTopic: Partial<Record<TrainingTopic, number>> }[];
}

// ---------------------------------------------------------------------------------------------
// Consultations (Beratungen)
// ---------------------------------------------------------------------------------------------

export interface ConsultationSummary {
  id: string;
  topic: string;
  category: ConsultationCategory;
  status: ConsultationStatus;
  requestingOrgUnit: OrgUnitRef;
  consultant: PersonRef | null;
  /** ISO date-time of the request. */
  requestedAt: string;
  desiredDate: string | null;
  scheduledAt: string | null;
  effortHours: number | null;
  /** Whole days since the request. */
  ageDays: number;
  /** Still REQUESTED (not yet scheduled or closed) after more than `staleDays` days. */
  stale: boolean;
  version: number;
}

export interface Consultation extends ConsultationSummary {
  description: string;
  /** A procedure the request is about, e.g. "B-Plan Nr. 112 Am Mühlbach". */
  procedureReference: string | null;
  linkedMeasures: LinkedMeasure[];
  requestedBy: PersonRef | null;
  outcome: string | null;
  recommendation: string | null;
  declineReason: string | null;
  /** When it was completed or declined. */
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  permissions: { edit: boolean; take: boolean; schedule: boolean; complete: boolean; decline: boolean };
}

export interface ConsultationInput {
  /** Climate managers log requests for any org unit; a department always requests for its own. */
  requestingOrgUnitId?: string;
  topic: string;
  category: ConsultationCategory;
  description: string;
  /** `YYYY-MM-DD`, today or later. */
  desiredDate?: string | null;
  procedureReference?: string | null;
  linkedMeasureIds?: string[];
}

export type ConsultationUpdate = Partial<Omit<ConsultationInput, 'requestingOrgUnitId'>> & { version: number };

/** Transitions accept the version that was read; without it the current one is assumed. */
export interface TransitionInput {
  version?: number;
}

export interface ConsultationScheduleInput extends TransitionInput {
  /** ISO date-time with offset, in the future. */
  scheduledAt: string;
  /** A climate manager; defaults to the current consultant, else the caller. */
  consultantId?: string;
}

export interface ConsultationCompleteInput extends TransitionInput {
  outcome: string;
  recommendation?: string | null;
  effortHours: number;
}

export interface ConsultationDeclineInput extends TransitionInput {
  reason: string;
}

export interface ConsultationFilter extends ListQuery {
  status?: ConsultationStatus[];
  category?: ConsultationCategory[];
  orgUnitId?: string;
  consultantId?: string;
  measureId?: string;
  /** `true`: only stale requests. */
  stale?: boolean;
  /** Days after which an open request counts as stale; default 14. */
  staleDays?: number;
}

// ---------------------------------------------------------------------------------------------
// Klimacheck (Klimarelevanzprüfung)
// ---------------------------------------------------------------------------------------------

export interface ClimateCriterionAssessment {
  impact: ClimateImpact | null;
  /** Required when the impact is NEGATIVE. */
  reason: string | null;
}

export type ClimateCriteria = Record<ClimateCriterion, ClimateCriterionAssessment>;

export interface ClimateCheckSummary {
  id: string;
  subjectType: ClimateCheckSubjectType;
  /** e.g. the council proposal number "M 2023 0693". */
  reference: string | null;
  title: string;
  orgUnit: OrgUnitRef;
  status: ClimateCheckStatus;
  /** Answer of the quick check; null while unanswered. */
  climateRelevant: boolean | null;
  /** At least one criterion is rated NEGATIVE. */
  hasNegativeImpact: boolean;
  submittedAt: string | null;
  reviewedAt: string | null;
  updatedAt: string;
  version: number;
}

/** Everything the printable one-page result needs. */
export interface ClimateCheck extends ClimateCheckSummary {
  description: string | null;
  relevanceReason: string | null;
  criteria: ClimateCriteria;
  /** Estimated effect in t CO2e per year: negative = savings, positive = additional emissions. */
  estimatedGhgEffectT: number | null;
  alternatives: string | null;
  /** The climate managers' Stellungnahme. */
  statement: string | null;
  linkedMeasures: LinkedMeasure[];
  createdBy: PersonRef | null;
  submittedBy: PersonRef | null;
  reviewedBy: PersonRef | null;
  createdAt: string;
  permissions: { edit: boolean; submit: boolean; review: boolean; delete: boolean };
}

export interface ClimateCheckInput {
  subjectType: ClimateCheckSubjectType;
  reference?: string | null;
  title: string;
  description?: string | null;
  /** Climate managers may name any org unit; a department always checks for its own. */
  orgUnitId?: string;
  climateRelevant?: boolean | null;
  relevanceReason?: string | null;
  /** Criteria given replace the stored ones; criteria left out stay as they are. */
  criteria?: Partial<Record<ClimateCriterion, { impact: ClimateImpact; reason?: string | null } | null>>;
  estimatedGhgEffectT?: number | null;
  alternatives?: string | null;
  linkedMeasureIds?: string[];
}

export type ClimateCheckUpdate = Partial<ClimateCheckInput> & { version: number };

export interface ClimateCheckReviewInput extends TransitionInput {
  statement: string;
}

export interface ClimateCheckFilter extends ListQuery {
  status?: ClimateCheckStatus[];
  subjectType?: ClimateCheckSubjectType[];
  orgUnitId?: string;
  measureId?: string;
  /** Checks where any criterion has one of these impacts, e.g. `impact=NEGATIVE`. */
  impact?: ClimateImpact[];
  climateRelevant?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Measure page and cockpit
// ---------------------------------------------------------------------------------------------

/** GET measures/:id/related — what the Stabsstelle did for a measure, as far as the caller may see it. */
export interface MeasureRelatedWork {
  trainings: TrainingSummary[];
  consultations: ConsultationSummary[];
  climateChecks: ClimateCheckSummary[];
}

/** The Stabsstelle's figures for the cockpit summary. */
export interface StabsstelleSummary {
  /** By start date; `participants`: staff registered for held trainings. */
  trainings: { planned: number; held: number; cancelled: number; participants: number };
  /** By request date; `effortHours`: recorded effort of completed consultations. */
  consultations: { requested: number; scheduled: number; done: number; declined: number; effortHours: number };
  /** By creation date; `negative`: submitted or reviewed checks with at least one NEGATIVE criterion. */
  climateChecks: { draft: number; submitted: number; reviewed: number; negative: number };
}
