import type { EntityManager } from 'typeorm';
import { MeasureEntity } from '../measures/measure.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { isActive } from './reporting-rules';

export type MissingReport = Pick<MeasureEntity, 'id' | 'code' | 'title' | 'leadOrgUnitId'>;

/**
 * The expected reports of a period that have not been sent in: active measures whose lead org unit
 * has no submitted (or reviewed) report in it. A draft does not count — the same rule as the
 * period status and the inbox.
 */
export async function missingReports(manager: EntityManager, periodId: string): Promise<MissingReport[]> {
  const measures = await manager.find(MeasureEntity, {
    select: { id: true, code: true, title: true, leadOrgUnitId: true, status: true, archivedAt: true },
    order: { code: 'ASC' },
  });
  const sent = await manager
    .createQueryBuilder(ProgressReportEntity, 'r')
    .select('r.measureId', 'measureId')
    .addSelect('r.orgUnitId', 'orgUnitId')
    .where('r.periodId = :periodId', { periodId })
    .andWhere('r.state <> :draft', { draft: 'DRAFT' })
    .getRawMany<{ measureId: string; orgUnitId: string }>();
  const reported = new Set(sent.map((r) => `${r.measureId}/${r.orgUnitId}`));
  return measures.filter((m) => isActive(m) && !reported.has(`${m.id}/${m.leadOrgUnitId}`));
}
