import type { Measure, MeasureSummary, Milestone } from '@klimaschutz/contracts';
import type { AuthUser } from '../auth/auth-user';
import { policy } from '../auth/policy';
import { toOrgUnitRef } from '../org-units/org-units.mapper';
import type { MeasureEntity } from './measure.entity';
import type { MilestoneEntity } from './milestone.entity';
import { compareCodes, compareText } from '../common/collate';
import { rawBoolean, rawTimestamp } from '../common/raw-sql';

const fieldRef = (m: MeasureEntity) => ({
  id: m.fieldOfAction!.id,
  code: m.fieldOfAction!.code,
  name: m.fieldOfAction!.name,
  colour: m.fieldOfAction!.colour,
});

/** A row of the hand-written list query (`MeasuresService.list`), as either database returns it. */
export interface RawListRow {
  id: string;
  code: string;
  title: string;
  status: MeasureSummary['status'];
  assessment: MeasureSummary['assessment'];
  priority: MeasureSummary['priority'];
  progressPercent: number | string;
  plannedEnd: string | null;
  published: unknown;
  archivedAt: unknown;
  updatedAt: unknown;
  version: number | string;
  fieldId: string;
  fieldCode: string;
  fieldName: string;
  fieldColour: string;
  leadId: string;
  leadCode: string;
  leadName: string;
}

export function toMeasureSummaryFromRow(r: RawListRow): MeasureSummary {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status,
    assessment: r.assessment,
    priority: r.priority,
    progressPercent: Number(r.progressPercent),
    plannedEnd: r.plannedEnd,
    fieldOfAction: { id: r.fieldId, code: r.fieldCode, name: r.fieldName, colour: r.fieldColour },
    leadOrgUnit: { id: r.leadId, code: r.leadCode, name: r.leadName },
    published: rawBoolean(r.published),
    archived: r.archivedAt !== null,
    updatedAt: rawTimestamp(r.updatedAt).toISOString(),
    version: Number(r.version),
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
    emissionSectorId: m.emissionSectorId ?? null,
    lifetimeYears: m.lifetimeYears ?? null,
    responsibleContact: m.responsibleContact,
    internalNotes: m.internalNotes,
    published: m.published,
    publicSummary: m.publicSummary,
    fieldOfAction: fieldRef(m),
    leadOrgUnit: toOrgUnitRef(m.leadOrgUnit!),
    participatingOrgUnits: (m.participatingOrgUnits ?? []).map(toOrgUnitRef).sort((a, b) => compareCodes(a.code, b.code)),
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
