import type { Training, TrainingFeedbackStats, TrainingSummary } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { byMeasureCode, toLinkedMeasure } from '../stabsstelle/record-mapping';
import type { TrainingEntity } from './training.entity';
import { compareCodes } from '../common/collate';

/** Aggregates kept next to a training row: registered staff and feedback. */
export interface TrainingFigures {
  participantCount: number;
  feedback: TrainingFeedbackStats;
}

export const NO_FIGURES: TrainingFigures = { participantCount: 0, feedback: { count: 0, averageScore: null } };

const byCode = (a: OrgUnitEntity, b: OrgUnitEntity) => compareCodes(a.code, b.code);

export function toTrainingSummary(t: TrainingEntity, figures: TrainingFigures): TrainingSummary {
  return {
    id: t.id,
    title: t.title,
    topic: t.topic,
    startsAt: t.startsAt.toISOString(),
    durationMinutes: t.durationMinutes,
    format: t.format,
    location: t.location,
    status: t.status,
    capacity: t.capacity,
    participantCount: figures.participantCount,
    targetOrgUnits: [...(t.targetOrgUnits ?? [])].sort(byCode).map(toOrgUnitRef),
    feedback: figures.feedback,
    version: t.version,
  };
}

export function toTraining(t: TrainingEntity, figures: TrainingFigures, user: AuthUser, now = new Date()): Training {
  const planner = stabsstellePolicy.mayPlanTrainings(user);
  const planned = t.status === 'PLANNED';
  return {
    ...toTrainingSummary(t, figures),
    description: t.description,
    trainer: t.trainer,
    onlineUrl: t.onlineUrl,
    linkedMeasures: [...(t.linkedMeasures ?? [])].sort(byMeasureCode).map(toLinkedMeasure),
    registrations: [...(t.registrations ?? [])]
      .sort((a, b) => byCode(a.orgUnit!, b.orgUnit!))
      .map((r) => ({ orgUnit: toOrgUnitRef(r.orgUnit!), count: r.count })),
    cancellationReason: t.cancellationReason,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    permissions: {
      edit: planner && planned,
      registerParticipants: planner && t.status !== 'CANCELLED',
      markHeld: planner && planned && t.startsAt <= now,
      cancel: planner && planned,
      recordFeedback: planner && t.status === 'HELD',
      seeParticipantNames: stabsstellePolicy.seesParticipantNames(user),
    },
  };
}
