import type { Measure, MeasureSummary, Milestone } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { policy } from '../auth/policy';
import { toOrgUnitRef } from '../org-units/org-units.service';
import type { MeasureEntity } from './measure.entity';
import type { MilestoneEntity } from './milestone.entity';
import { compareCodes, compareText } from '../common/collate';

const fieldRef = (m: MeasureEntity) => ({
  id: m.fieldOfAction!.id,
  code: m.fieldOfAction!.code,
  name: m.fieldOfAction!.name,
  colour: m.fieldOfAction!.colour,
});

export function toMeasureSummary(m: MeasureEntity): MeasureSummary {
  return {
    id: m.id,
    code: m.code,
    title: m.title,
    status: m.status,
    assessment: m.assessment,
    priority: m.priority,
    progressPercent: m.progressPercent,
    plannedEnd: m.plannedEnd,
    fieldOfAction: fieldRef(m),
    leadOrgUnit: toOrgUnitRef(m.leadOrgUnit!),
    published: m.published,
    archived: m.archivedAt !== null,
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
  };
}

export function toMilestone(e: MilestoneEntity): Milestone {
  return {
    id: e.id,
    measureId: e.measureId,
    title: e.title,
    responsibleOrgUnit: e.responsibleOrgUnit ? toOrgUnitRef(e.responsibleOrgUnit) : null,
    dueDate: e.dueDate,
    state: e.state,
    doneDate: e.doneDate,
    version: e.version,
  };
}

const byDueDate = (a: MilestoneEntity, b: MilestoneEntity) =>
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || compareText(a.title, b.title);

export function toMeasure(m: MeasureEntity, user: AuthUser): Measure {
  const archived = m.archivedAt !== null;
  return {
    id: m.id,
    code: m.code,
    title: m.title,
    summary: m.summary,
    description: m.description,
    goal: m.goal,
    externalActors: m.externalActors,
    targetGroup: m.targetGroup,
    priority: m.priority,
    status: m.status,
    assessment: m.assessment,
    progressPercent: m.progressPercent,
    plannedStart: m.plannedStart,
    plannedEnd: m.plannedEnd,
    actualStart: m.actualStart,
    actualEnd: m.actualEnd,
    costEstimateEur: m.costEstimateEur,
    fundingSource: m.fundingSource,
    ghgReductionTargetT: m.ghgReductionTargetT,
    ghgReductionAchievedT: m.ghgReductionAchievedT,
    responsibleContact: m.responsibleContact,
    internalNotes: m.internalNotes,
    published: m.published,
    publicSummary: m.publicSummary,
    fieldOfAction: fieldRef(m),
    leadOrgUnit: toOrgUnitRef(m.leadOrgUnit!),
    participatingOrgUnits: (m.participatingOrgUnits ?? [])
      .map(toOrgUnitRef)
      .sort((a, b) => compareCodes(a.code, b.code)),
    milestones: [...(m.milestones ?? [])].sort(byDueDate).map(toMilestone),
    archived,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
    permissions: {
      edit: !archived && policy.mayEditMeasure(user),
      editPublication: !archived && policy.mayEditPublication(user),
      archive: policy.mayArchiveMeasure(user),
      manageMilestones: !archived && policy.mayManageMilestones(user),
    },
  };
}
