import {
  ASSESSMENT_LABELS,
  ASSESSMENTS,
  IMPORT_FIELD_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  PRIORITY_LABELS,
  PRIORITIES,
  type ImportField,
} from '@klimaschutz/contracts';
import ExcelJS from 'exceljs';
import { EntityManager } from 'typeorm';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';

/** The columns of the template, in order; one row per measure, or per measure and period for reports. */
export const TEMPLATE_FIELDS: ImportField[] = [
  'code',
  'title',
  'summary',
  'text',
  'goal',
  'fieldOfAction',
  'fieldOfActionName',
  'leadOrgUnit',
  'leadOrgUnitName',
  'status',
  'assessment',
  'priority',
  'progressPercent',
  'plannedStart',
  'plannedEnd',
  'period',
  'periodStart',
  'periodEnd',
  'reportStatus',
  'reportAssessment',
  'reportText',
];

export async function buildTemplate(manager: EntityManager): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klimaschutz-Cockpit';
  const sheet = workbook.addWorksheet('Maßnahmen');
  sheet.addRow(TEMPLATE_FIELDS.map((f) => IMPORT_FIELD_LABELS[f]));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    'V-01',
    'Radverkehrsnetz ausbauen',
    'Lückenschluss im Radverkehrsnetz',
    'Ausbau der Hauptrouten',
    '10 km neue Radwege',
    'V',
    'Verkehr',
    '66',
    'Amt für Mobilität und Tiefbau',
    MEASURE_STATUS_LABELS.IN_PROGRESS,
    ASSESSMENT_LABELS.ON_TRACK,
    PRIORITY_LABELS.HIGH,
    40,
    '2026-01-01',
    '2028-12-31',
    'Sachstand 2026',
    '2026-01-01',
    '2026-12-31',
    MEASURE_STATUS_LABELS.IN_PROGRESS,
    ASSESSMENT_LABELS.ON_TRACK,
    '3 km fertiggestellt',
  ]);
  sheet.columns.forEach((c) => (c.width = 22));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const values = workbook.addWorksheet('Erlaubte Werte');
  const [fields, orgUnits, periods] = await Promise.all([
    manager.find(FieldOfActionEntity, { order: { sortOrder: 'ASC', code: 'ASC' } }),
    manager.find(OrgUnitEntity, { where: { active: true }, order: { code: 'ASC' } }),
    manager.find(ReportingPeriodEntity, { order: { startDate: 'ASC' } }),
  ]);
  const columns: [string, string[]][] = [
    ['Status', MEASURE_STATUSES.map((s) => MEASURE_STATUS_LABELS[s])],
    ['Bewertung', ASSESSMENTS.map((a) => ASSESSMENT_LABELS[a])],
    ['Priorität', PRIORITIES.map((p) => PRIORITY_LABELS[p])],
    ['Handlungsfeld', fields.map((f) => f.code)],
    ['Handlungsfeld (Name)', fields.map((f) => f.name)],
    ['Federführung', orgUnits.map((o) => o.code)],
    ['Federführung (Name)', orgUnits.map((o) => o.name)],
    ['Berichtszeitraum', periods.map((p) => p.name)],
  ];
  values.addRow(columns.map(([h]) => h)).font = { bold: true };
  const height = Math.max(...columns.map(([, v]) => v.length));
  for (let i = 0; i < height; i++) values.addRow(columns.map(([, v]) => v[i] ?? null));
  values.columns.forEach((c) => (c.width = 26));
  // Drop-down lists for the closed value sets; they refer to the second sheet.
  const list = (column: number, sourceColumn: string, count: number) => {
    for (let row = 2; row <= 500; row++) {
      sheet.getCell(row, column).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'Erlaubte Werte'!$${sourceColumn}$2:$${sourceColumn}$${count + 1}`],
        showErrorMessage: true,
        errorTitle: 'Ungültiger Wert',
        error: 'Bitte einen Wert aus dem Blatt „Erlaubte Werte“ wählen.',
      };
    }
  };
  list(TEMPLATE_FIELDS.indexOf('status') + 1, 'A', MEASURE_STATUSES.length);
  list(TEMPLATE_FIELDS.indexOf('assessment') + 1, 'B', ASSESSMENTS.length);
  list(TEMPLATE_FIELDS.indexOf('priority') + 1, 'C', PRIORITIES.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
