import {
  ASSESSMENT_LABELS,
  IMPORT_FIELD_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_STATUS_LABELS,
  MILESTONE_STATE_LABELS,
  PRIORITY_LABELS,
  PROGRESS_REPORT_FIELD_LABELS,
} from '@klimaschutz/contracts';
import type { MeasureEntity } from '../measures/measure.entity';
import type { MilestoneEntity } from '../measures/milestone.entity';
import type { ProgressReportEntity } from '../reporting/progress-report.entity';
import type { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { date, dateTime, number, text, toTable, type Column, type Table } from './table';

/*
 * The measure Steckbrief and the accepted reports as tables. The columns the import knows come first,
 * under the import's names, so an export imports again unchanged (round trip); the import passes over
 * the others.
 */

/** A measure with what its Steckbrief shows beside its own columns. */
export interface MeasureRow {
  measure: MeasureEntity;
  /** Sorted by code. */
  participants: { code: string; name: string }[];
  /** Sorted by due date. */
  milestones: MilestoneEntity[];
  indicatorCodes: string[];
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nein');

const MEASURE_COLUMNS: Column<MeasureRow>[] = [
  text(IMPORT_FIELD_LABELS.code, (r) => r.measure.code),
  text(IMPORT_FIELD_LABELS.title, (r) => r.measure.title),
  text(IMPORT_FIELD_LABELS.summary, (r) => r.measure.summary),
  text(IMPORT_FIELD_LABELS.text, (r) => r.measure.description),
  text(IMPORT_FIELD_LABELS.goal, (r) => r.measure.goal),
  text(IMPORT_FIELD_LABELS.fieldOfAction, (r) => r.measure.fieldOfAction!.code),
  text(IMPORT_FIELD_LABELS.fieldOfActionName, (r) => r.measure.fieldOfAction!.name),
  text(IMPORT_FIELD_LABELS.leadOrgUnit, (r) => r.measure.leadOrgUnit!.code),
  text(IMPORT_FIELD_LABELS.leadOrgUnitName, (r) => r.measure.leadOrgUnit!.name),
  text(IMPORT_FIELD_LABELS.status, (r) => MEASURE_STATUS_LABELS[r.measure.status]),
  text(IMPORT_FIELD_LABELS.assessment, (r) => ASSESSMENT_LABELS[r.measure.assessment]),
  text(IMPORT_FIELD_LABELS.priority, (r) => PRIORITY_LABELS[r.measure.priority]),
  number(IMPORT_FIELD_LABELS.progressPercent, (r) => r.measure.progressPercent),
  date(IMPORT_FIELD_LABELS.plannedStart, (r) => r.measure.plannedStart),
  date(IMPORT_FIELD_LABELS.plannedEnd, (r) => r.measure.plannedEnd),
  date(MEASURE_FIELD_LABELS['actualStart'], (r) => r.measure.actualStart),
  date(MEASURE_FIELD_LABELS['actualEnd'], (r) => r.measure.actualEnd),
  text(MEASURE_FIELD_LABELS['participatingOrgUnitIds'], (r) => r.participants.map((u) => u.code).join(', ')),
  text(`${MEASURE_FIELD_LABELS['participatingOrgUnitIds']} (Namen)`, (r) => r.participants.map((u) => u.name).join('; ')),
  text(MEASURE_FIELD_LABELS['externalActors'], (r) => r.measure.externalActors),
  text(MEASURE_FIELD_LABELS['targetGroup'], (r) => r.measure.targetGroup),
  text(MEASURE_FIELD_LABELS['responsibleContact'], (r) => r.measure.responsibleContact),
  number(MEASURE_FIELD_LABELS['costEstimateEur'], (r) => r.measure.costEstimateEur),
  text(MEASURE_FIELD_LABELS['fundingSource'], (r) => r.measure.fundingSource),
  number(MEASURE_FIELD_LABELS['ghgReductionTargetT'], (r) => r.measure.ghgReductionTargetT),
  number(MEASURE_FIELD_LABELS['ghgReductionAchievedT'], (r) => r.measure.ghgReductionAchievedT),
  text('Meilensteine', (r) =>
    r.milestones.map((s) => `${s.dueDate ?? 'ohne Termin'} ${s.title} (${MILESTONE_STATE_LABELS[s.state]})`).join('; '),
  ),
  text('Kennzahlen', (r) => r.indicatorCodes.join(', ')),
  text(MEASURE_FIELD_LABELS['published'], (r) => yesNo(r.measure.published)),
  text(MEASURE_FIELD_LABELS['publicSummary'], (r) => r.measure.publicSummary),
  text(MEASURE_FIELD_LABELS['internalNotes'], (r) => r.measure.internalNotes),
  text(MEASURE_FIELD_LABELS['archived'], (r) => yesNo(r.measure.archivedAt !== null)),
  dateTime('Angelegt', (r) => r.measure.createdAt),
  dateTime('Zuletzt geändert', (r) => r.measure.updatedAt),
];

export const measuresTable = (rows: MeasureRow[]): Table => toTable('Maßnahmen', MEASURE_COLUMNS, rows);

/** An accepted report, with its period. Authors' and reviewers' names stay out: the reporting unit answers for a report. */
export interface ReportRow {
  report: ProgressReportEntity;
  period: ReportingPeriodEntity;
}

const REPORT_COLUMNS: Column<ReportRow>[] = [
  text(IMPORT_FIELD_LABELS.code, (r) => r.report.measure!.code),
  text(IMPORT_FIELD_LABELS.title, (r) => r.report.measure!.title),
  text(IMPORT_FIELD_LABELS.fieldOfAction, (r) => r.report.measure!.fieldOfAction!.code),
  text(IMPORT_FIELD_LABELS.fieldOfActionName, (r) => r.report.measure!.fieldOfAction!.name),
  text(IMPORT_FIELD_LABELS.leadOrgUnit, (r) => r.report.measure!.leadOrgUnit!.code),
  text(IMPORT_FIELD_LABELS.leadOrgUnitName, (r) => r.report.measure!.leadOrgUnit!.name),
  text(IMPORT_FIELD_LABELS.period, (r) => r.period.name),
  date(IMPORT_FIELD_LABELS.periodStart, (r) => r.period.startDate),
  date(IMPORT_FIELD_LABELS.periodEnd, (r) => r.period.endDate),
  text(IMPORT_FIELD_LABELS.reportStatus, (r) => MEASURE_STATUS_LABELS[r.report.status]),
  text(IMPORT_FIELD_LABELS.reportAssessment, (r) => ASSESSMENT_LABELS[r.report.assessment]),
  number(IMPORT_FIELD_LABELS.progressPercent, (r) => r.report.progressPercent),
  text(IMPORT_FIELD_LABELS.reportText, (r) => r.report.text),
  text(PROGRESS_REPORT_FIELD_LABELS['obstacles'], (r) => r.report.obstacles),
  text(PROGRESS_REPORT_FIELD_LABELS['nextSteps'], (r) => r.report.nextSteps),
  text(PROGRESS_REPORT_FIELD_LABELS['milestonesReached'], (r) => r.report.milestonesReached),
  number(PROGRESS_REPORT_FIELD_LABELS['actualCostsEur'], (r) => r.report.actualCostsEur),
  number(PROGRESS_REPORT_FIELD_LABELS['staffEffortHours'], (r) => r.report.staffEffortHours),
  number(PROGRESS_REPORT_FIELD_LABELS['ghgReductionAchievedT'], (r) => r.report.ghgReductionAchievedT),
  number('Fassung', (r) => r.report.revision),
  dateTime('Eingereicht am', (r) => r.report.submittedAt),
  dateTime('Angenommen am', (r) => r.report.reviewedAt),
  text(PROGRESS_REPORT_FIELD_LABELS['reviewComment'], (r) => r.report.reviewComment),
];

export const reportsTable = (rows: ReportRow[]): Table => toTable('Sachstände', REPORT_COLUMNS, rows);
