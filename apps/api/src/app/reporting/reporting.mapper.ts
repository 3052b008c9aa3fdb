import type { ProgressReport, ReportingPeriod, ReportingPeriodRef } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { reportingPolicy } from '../auth/policy';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import type { ProgressReportEntity } from './progress-report.entity';
import type { ReportingPeriodEntity } from './reporting-period.entity';

export const toPeriodRef = (p: ReportingPeriodEntity): ReportingPeriodRef => ({
  id: p.id,
  name: p.name,
  startDate: p.startDate,
  endDate: p.endDate,
  dueDate: p.dueDate,
  closed: p.closed,
});

export const toReportingPeriod = (p: ReportingPeriodEntity): ReportingPeriod => ({
  ...toPeriodRef(p),
  closedAt: p.closedAt ? p.closedAt.toISOString() : null,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

/** What the mapper needs beyond the row: who asks, and facts about related rows fetched in bulk. */
export interface ReportContext {
  user: AuthUser;
  /** Measures in which the asking user's org unit leads or takes part. */
  ownMeasureIds: Set<string>;
  /** report id → id of the revision that replaced it. */
  supersededBy: Map<string, string>;
}

/** Expects `measure`, `period` and `orgUnit` to be joined. */
export function toProgressReport(e: ProgressReportEntity, ctx: ReportContext): ProgressReport {
  const { user } = ctx;
  const measure = e.measure!;
  const period = e.period ?? null;
  const supersededById = ctx.supersededBy.get(e.id) ?? null;
  // The user's own part in the measure is all the policy asks about, so it is enough to pass that.
  const scope = {
    leadOrgUnitId: measure.leadOrgUnitId,
    participatingOrgUnitIds: ctx.ownMeasureIds.has(e.measureId) && user.orgUnitId ? [user.orgUnitId] : [],
  };
  const writable = !measure.archivedAt && !period?.closed && reportingPolicy.mayWriteReport(user, e, scope);
  return {
    id: e.id,
    measure: { id: measure.id, code: measure.code, title: measure.title },
    period: period ? toPeriodRef(period) : null,
    orgUnit: toOrgUnitRef(e.orgUnit!),
    orgUnitRole: e.orgUnitId === measure.leadOrgUnitId ? 'LEAD' : 'PARTICIPANT',
    author: { id: e.authorId, displayName: e.authorName },
    state: e.state,
    revision: e.revision,
    supersedesId: e.supersedesId,
    supersededById,
    status: e.status,
    assessment: e.assessment,
    progressPercent: e.progressPercent,
    text: e.text,
    obstacles: e.obstacles,
    nextSteps: e.nextSteps,
    milestonesReached: e.milestonesReached,
    actualCostsEur: e.actualCostsEur,
    staffEffortHours: e.staffEffortHours,
    ghgReductionAchievedT: e.ghgReductionAchievedT,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    submittedAt: e.submittedAt ? e.submittedAt.toISOString() : null,
    review:
      e.reviewDecision && e.reviewedAt
        ? {
            decision: e.reviewDecision,
            comment: e.reviewComment,
            reviewedAt: e.reviewedAt.toISOString(),
            reviewer: { id: e.reviewerId, displayName: e.reviewerName ?? '' },
          }
        : null,
    appliedToMeasure: e.appliedToMeasure,
    version: e.version,
    permissions: {
      edit: writable && e.state === 'DRAFT',
      submit: writable && e.state === 'DRAFT',
      revise: writable && e.state === 'REVISION_REQUESTED' && supersededById === null,
      review: e.state === 'SUBMITTED' && reportingPolicy.mayReview(user),
    },
  };
}
