import type { Consultation, ConsultationSummary } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { stabsstellePolicy } from '../auth/policy';
import { daysBetween } from '../common/date-time';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import { byMeasureCode, toLinkedMeasure, toPersonRef } from '../stabsstelle/record-mapping';
import type { ConsultationEntity } from './consultation.entity';

export const DEFAULT_STALE_DAYS = 14;
const DAY = 86_400_000;

export const isOpen = (c: Pick<ConsultationEntity, 'status'>) => c.status === 'REQUESTED' || c.status === 'SCHEDULED';

/** A request nobody has scheduled or closed for more than `staleDays` days. */
export const isStale = (c: Pick<ConsultationEntity, 'status' | 'requestedAt'>, staleDays: number, now: Date) =>
  c.status === 'REQUESTED' && now.getTime() - c.requestedAt.getTime() > staleDays * DAY;

export function toConsultationSummary(c: ConsultationEntity, staleDays = DEFAULT_STALE_DAYS, now = new Date()): ConsultationSummary {
  return {
    id: c.id,
    topic: c.topic,
    category: c.category,
    status: c.status,
    requestingOrgUnit: toOrgUnitRef(c.requestingOrgUnit!),
    consultant: toPersonRef(c.consultant),
    requestedAt: c.requestedAt.toISOString(),
    desiredDate: c.desiredDate,
    scheduledAt: c.scheduledAt ? c.scheduledAt.toISOString() : null,
    effortHours: c.effortHours,
    ageDays: daysBetween(c.requestedAt, now),
    stale: isStale(c, staleDays, now),
    version: c.version,
  };
}

export function toConsultation(c: ConsultationEntity, user: AuthUser, staleDays = DEFAULT_STALE_DAYS): Consultation {
  const handler = stabsstellePolicy.mayHandleConsultations(user);
  const open = isOpen(c);
  return {
    ...toConsultationSummary(c, staleDays),
    description: c.description,
    procedureReference: c.procedureReference,
    linkedMeasures: [...(c.linkedMeasures ?? [])].sort(byMeasureCode).map(toLinkedMeasure),
    requestedBy: toPersonRef(c.requestedBy),
    outcome: c.outcome,
    recommendation: c.recommendation,
    declineReason: c.declineReason,
    closedAt: c.closedAt ? c.closedAt.toISOString() : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    permissions: {
      edit: handler ? open : c.status === 'REQUESTED' && stabsstellePolicy.mayActFor(user, c.requestingOrgUnitId),
      take: handler && open && c.consultantId !== user.id,
      schedule: handler && open,
      complete: handler && open,
      decline: handler && open,
    },
  };
}
