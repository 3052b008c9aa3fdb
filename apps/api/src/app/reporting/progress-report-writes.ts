import type { ProgressReportFields } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { diff, type RecordAudit } from '../audit/audit.service';
import { staleVersion } from '../common/errors';
import { entityColumns } from '../common/raw-sql';
import type { MeasureEntity } from '../measures/measure.entity';
import { ProgressReportEntity } from './progress-report.entity';
import type { ReportingPeriodEntity } from './reporting-period.entity';

/** The record type of a progress report in the change history (shown in its measure's history). */
export const PROGRESS_REPORT_RECORD = 'progress_report';

/** The content fields of a report, in form order; also what the change history compares. */
export const REPORT_CONTENT = [
  'status',
  'assessment',
  'progressPercent',
  'text',
  'obstacles',
  'nextSteps',
  'milestonesReached',
  'actualCostsEur',
  'staffEffortHours',
  'ghgReductionAchievedT',
] as const satisfies readonly (keyof ProgressReportFields)[];
export const REPORT_AUDITED = ['state', 'periodId', 'orgUnitId', 'supersedesId', ...REPORT_CONTENT, 'reviewComment'] as const;

export const reportLabel = (measure: Pick<MeasureEntity, 'code'>, period: Pick<ReportingPeriodEntity, 'name'> | null | undefined) =>
  `${measure.code} – ${period?.name ?? 'Sachstandsmeldung ohne Berichtszeitraum'}`;

type AcceptedContent = Pick<ProgressReportEntity, 'status' | 'assessment' | 'progressPercent' | 'text'>;

/**
 * A report taken over from another system (the catalogue import): accepted on arrival, in the lead
 * unit's name, so the cockpit counts it for its period. Written like every report (prepared INSERT,
 * history entry under the report's record type); the review flow is for reports written here.
 */
export async function createAcceptedReport(
  manager: EntityManager,
  audit: RecordAudit,
  args: {
    measure: Pick<MeasureEntity, 'id' | 'code' | 'leadOrgUnitId'>;
    period: Pick<ReportingPeriodEntity, 'id' | 'name'>;
    content: AcceptedContent;
    submittedAt: Date;
    author: { id: string | null; name: string };
    reviewer: { id: string | null; name: string };
    reviewComment: string;
  },
): Promise<ProgressReportEntity> {
  const now = new Date();
  const entity = manager.create(ProgressReportEntity, {
    id: randomUUID(),
    measureId: args.measure.id,
    periodId: args.period.id,
    orgUnitId: args.measure.leadOrgUnitId,
    authorId: args.author.id,
    authorName: args.author.name.slice(0, 200),
    state: 'ACCEPTED',
    revision: 1,
    supersedesId: null,
    ...args.content,
    obstacles: null,
    nextSteps: null,
    milestonesReached: null,
    actualCostsEur: null,
    staffEffortHours: null,
    ghgReductionAchievedT: null,
    submittedAt: args.submittedAt,
    reviewDecision: 'ACCEPT',
    reviewComment: args.reviewComment,
    reviewedAt: now,
    reviewerId: args.reviewer.id,
    reviewerName: args.reviewer.name,
    appliedToMeasure: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await entityColumns(manager.connection, ProgressReportEntity).insert(manager, entity);
  await audit(manager, {
    action: 'CREATE',
    entityType: PROGRESS_REPORT_RECORD,
    entityId: entity.id,
    entityLabel: reportLabel(args.measure, args.period),
    scopeId: args.measure.id,
    changes: diff({}, entity, REPORT_AUDITED),
  });
  return entity;
}

/** A re-import's correction of an accepted report it took over earlier, if the report still has its version. */
export async function correctAcceptedReport(
  manager: EntityManager,
  audit: RecordAudit,
  report: ProgressReportEntity,
  context: { measure: Pick<MeasureEntity, 'id' | 'code'>; period: Pick<ReportingPeriodEntity, 'name'> },
  content: Partial<AcceptedContent>,
): Promise<void> {
  const result = await manager.update(
    ProgressReportEntity,
    { id: report.id, version: report.version },
    { ...content, version: report.version + 1 },
  );
  if (!result.affected) throw staleVersion('Die Sachstandsmeldung');
  await audit(manager, {
    action: 'UPDATE',
    entityType: PROGRESS_REPORT_RECORD,
    entityId: report.id,
    entityLabel: reportLabel(context.measure, context.period),
    scopeId: context.measure.id,
    changes: diff(report, { ...report, ...content }, REPORT_AUDITED),
  });
}
