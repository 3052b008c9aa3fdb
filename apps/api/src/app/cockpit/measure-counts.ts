import {
  ASSESSMENTS,
  MEASURE_STATUSES,
  type Assessment,
  type CountsByAssessment,
  type CountsByStatus,
  type MeasureStatus,
  type SnapshotCounts,
} from '@klimaschutz/contracts';
import type { EntityManager } from 'typeorm';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { compareCodes } from '../common/collate';
import { PERIOD_ASSESSMENT_SQL, periodAssessmentJoin } from './period-assessment';

export interface MeasureFilter {
  fieldOfActionId?: string;
  orgUnitId?: string;
  /** Count the period's traffic light (see period-assessment.ts) instead of the measure's current one. */
  periodId?: string;
}

const zeroStatus = (): CountsByStatus => Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as CountsByStatus;
const zeroAssessment = (): CountsByAssessment => Object.fromEntries(ASSESSMENTS.map((a) => [a, 0])) as CountsByAssessment;

export interface Bucket {
  id: string;
  code: string;
  name: string;
  total: number;
  byStatus: CountsByStatus;
  byAssessment: CountsByAssessment;
  ghg: { targetTPerYear: number; achievedTPerYear: number };
}

const bucket = (id: string, code: string, name: string): Bucket => ({
  id,
  code,
  name,
  total: 0,
  byStatus: zeroStatus(),
  byAssessment: zeroAssessment(),
  ghg: { targetTPerYear: 0, achievedTPerYear: 0 },
});

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Counts the active (not archived) measures by status, traffic light, field of action and lead org
 * unit, and sums their GHG figures — in one grouped query, so the cost does not grow with the rows read.
 */
export async function countMeasures(
  manager: EntityManager,
  filter: MeasureFilter = {},
): Promise<Omit<SnapshotCounts, 'byFieldOfAction' | 'byOrgUnit'> & { byFieldOfAction: Bucket[]; byOrgUnit: Bucket[] }> {
  const qb = manager
    .createQueryBuilder(MeasureEntity, 'm')
    .select('m.status', 'status')
    .addSelect(filter.periodId ? PERIOD_ASSESSMENT_SQL : 'm.assessment', 'assessment')
    .addSelect('m.fieldOfActionId', 'fieldOfActionId')
    .addSelect('m.leadOrgUnitId', 'leadOrgUnitId')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(m.progressPercent)', 'progress')
    .addSelect('SUM(COALESCE(m.ghgReductionTargetT, 0))', 'target')
    .addSelect('SUM(COALESCE(m.ghgReductionAchievedT, 0))', 'achieved')
    .where('m.archivedAt IS NULL')
    .groupBy('m.status')
    .addGroupBy(filter.periodId ? PERIOD_ASSESSMENT_SQL : 'm.assessment')
    .addGroupBy('m.fieldOfActionId')
    .addGroupBy('m.leadOrgUnitId');
  if (filter.periodId) periodAssessmentJoin(qb, filter.periodId);
  if (filter.fieldOfActionId) qb.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: filter.fieldOfActionId });
  if (filter.orgUnitId) {
    qb.andWhere(
      '(m.leadOrgUnitId = :orgUnitId OR m.id IN (SELECT p."measureId" FROM measure_participants p WHERE p."orgUnitId" = :orgUnitId))',
      { orgUnitId: filter.orgUnitId },
    );
  }
  const rows: {
    status: MeasureStatus;
    assessment: Assessment;
    fieldOfActionId: string;
    leadOrgUnitId: string;
    n: string | number;
    progress: string | number;
    target: string | number;
    achieved: string | number;
  }[] = await qb.getRawMany();

  const fields = await manager.find(FieldOfActionEntity, { order: { sortOrder: 'ASC', code: 'ASC' } });
  const fieldBuckets = new Map(fields.map((f) => [f.id, bucket(f.id, f.code, f.name)]));
  const orgIds = [...new Set(rows.map((r) => r.leadOrgUnitId))];
  const orgs = orgIds.length ? await manager.createQueryBuilder(OrgUnitEntity, 'o').whereInIds(orgIds).getMany() : [];
  const orgBuckets = new Map(orgs.map((o) => [o.id, bucket(o.id, o.code, o.name)]));

  const result = {
    total: 0,
    byStatus: zeroStatus(),
    byAssessment: zeroAssessment(),
    averageProgressPercent: 0,
    ghg: { targetTPerYear: 0, achievedTPerYear: 0 },
  };
  let progressSum = 0;
  for (const row of rows) {
    const n = Number(row.n);
    result.total += n;
    result.byStatus[row.status] += n;
    result.byAssessment[row.assessment] += n;
    progressSum += Number(row.progress);
    result.ghg.targetTPerYear += Number(row.target);
    result.ghg.achievedTPerYear += Number(row.achieved);
    for (const b of [fieldBuckets.get(row.fieldOfActionId), orgBuckets.get(row.leadOrgUnitId)]) {
      if (!b) continue;
      b.total += n;
      b.byStatus[row.status] += n;
      b.byAssessment[row.assessment] += n;
      b.ghg.targetTPerYear += Number(row.target);
      b.ghg.achievedTPerYear += Number(row.achieved);
    }
  }
  for (const b of [...fieldBuckets.values(), ...orgBuckets.values()]) {
    b.ghg = { targetTPerYear: round1(b.ghg.targetTPerYear), achievedTPerYear: round1(b.ghg.achievedTPerYear) };
  }
  result.averageProgressPercent = result.total ? Math.round((progressSum / result.total) * 10) / 10 : 0;
  result.ghg.targetTPerYear = round1(result.ghg.targetTPerYear);
  result.ghg.achievedTPerYear = round1(result.ghg.achievedTPerYear);
  return {
    ...result,
    byFieldOfAction: [...fieldBuckets.values()].filter((b) => !filter.fieldOfActionId || b.id === filter.fieldOfActionId),
    byOrgUnit: [...orgBuckets.values()].sort((a, b) => b.total - a.total || compareCodes(a.code, b.code)),
  };
}
