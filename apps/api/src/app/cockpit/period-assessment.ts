import type { Assessment } from '@klimaschutz/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProgressReportEntity } from '../reporting/progress-report.entity';

/*
 * The one definition of a measure's traffic light for a reporting period, used by the cockpit's
 * summary (and so by every figure of the council report) and by the council report's list of
 * measures: the assessment of the measure's accepted report from its lead org unit in that period.
 * A measure without one counts as NOT_ASSESSED. At most one such report exists per measure, unit and
 * period (a new version can only follow a report sent back), so it is also the latest accepted one.
 *
 * Why this one: it is what the period's reports say and nothing else — a figure the mayor quotes can
 * be traced to the reports that were accepted for that period, and a period's council report does
 * not change when a later period's reports arrive. The measure's own `assessment` is its latest
 * state (also edited by hand) and stays what the measure list shows and filters on.
 */

/** SQL of the period's traffic light, for a query over measures `m` joined with `periodAssessmentJoin`. */
export const PERIOD_ASSESSMENT_SQL = "COALESCE(r.assessment, 'NOT_ASSESSED')";

/** Joins the period's accepted lead report as `r` to a query over measures `m`. */
export function periodAssessmentJoin<T extends object>(qb: SelectQueryBuilder<T>, periodId: string): SelectQueryBuilder<T> {
  return qb.leftJoin(
    ProgressReportEntity,
    'r',
    'r.measureId = m.id AND r.periodId = :periodId AND r.orgUnitId = m.leadOrgUnitId AND r.state = :accepted',
    { periodId, accepted: 'ACCEPTED' },
  );
}

export interface PeriodReport {
  assessment: Assessment;
  text: string | null;
  obstacles: string | null;
}

/**
 * The same reports, one per measure, for a list that shows each measure's traffic light and report
 * text. Read by period and joined here rather than in SQL: SQLite without statistics would look them
 * up per measure through the org unit index (seconds for a big city).
 */
export async function periodReports(
  manager: EntityManager,
  periodId: string,
  measures: readonly { id: string; leadOrgUnitId: string }[],
): Promise<Map<string, PeriodReport>> {
  const accepted = await manager.find(ProgressReportEntity, {
    select: { measureId: true, orgUnitId: true, assessment: true, text: true, obstacles: true },
    where: { periodId, state: 'ACCEPTED' },
  });
  const byMeasureAndUnit = new Map(accepted.map((r) => [`${r.measureId}|${r.orgUnitId}`, r]));
  const reports = new Map<string, PeriodReport>();
  for (const m of measures) {
    const report = byMeasureAndUnit.get(`${m.id}|${m.leadOrgUnitId}`);
    if (report) reports.set(m.id, { assessment: report.assessment, text: report.text, obstacles: report.obstacles });
  }
  return reports;
}
