/** The fields a column of an import file can be mapped to (`null` in a mapping = ignore the column). */
export const IMPORT_FIELDS = [
  'code',
  'parent',
  'title',
  'text',
  'summary',
  'goal',
  'fieldOfAction',
  'fieldOfActionName',
  'leadOrgUnit',
  'leadOrgUnitName',
  'status',
  'assessment',
  'priority',
  'potential',
  'progressPercent',
  'plannedStart',
  'plannedEnd',
  'period',
  'periodStart',
  'periodEnd',
  'reportStatus',
  'reportAssessment',
  'reportText',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  code: 'Kennung',
  parent: 'Übergeordnet',
  title: 'Titel',
  text: 'Beschreibung',
  summary: 'Kurzbeschreibung',
  goal: 'Ziel',
  fieldOfAction: 'Handlungsfeld',
  fieldOfActionName: 'Handlungsfeld (Name)',
  leadOrgUnit: 'Federführung',
  leadOrgUnitName: 'Federführung (Name)',
  status: 'Status',
  assessment: 'Bewertung',
  priority: 'Priorität',
  potential: 'Potenzial',
  progressPercent: 'Fortschritt (%)',
  plannedStart: 'Geplanter Beginn',
  plannedEnd: 'Geplantes Ende',
  period: 'Berichtszeitraum',
  periodStart: 'Zeitraum Beginn',
  periodEnd: 'Zeitraum Ende',
  reportStatus: 'Sachstand Status',
  reportAssessment: 'Sachstand Bewertung',
  reportText: 'Sachstand Text',
};

/** Column index (as string) → field; a column that is not named is ignored. */
export type ImportMapping = Record<string, ImportField | null>;

export interface ImportIssue {
  /** 1-based row number in the file (the header is row 1); 0 = the file as a whole. */
  row: number;
  /** The column header as written in the file, or null. */
  column: string | null;
  message: string;
}

export type ImportRowKind = 'FIELD_OF_ACTION' | 'MEASURE' | 'PLAN' | 'REPORT';
export type ImportRowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

export interface ImportPreviewRow {
  row: number;
  kind: ImportRowKind;
  code: string;
  label: string;
  action: ImportRowAction;
}

export interface ImportCounts {
  fieldsOfAction: number;
  orgUnits: number;
  reportingPeriods: number;
  measures: number;
  reports: number;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  create: ImportCounts;
  update: ImportCounts;
  warnings: ImportIssue[];
  errors: ImportIssue[];
}

export interface ImportColumn {
  index: number;
  header: string;
  /** The field this column was recognised as, or null. */
  field: ImportField | null;
}

export type ImportState = 'UPLOADED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface ImportSession {
  importId: string;
  fileName: string;
  state: ImportState;
  /** 0–100 while RUNNING. */
  progress: number;
  detectedColumns: ImportColumn[];
  mapping: ImportMapping;
  /** Code of the org unit that leads new measures whose row names none; null = the automatic choice. */
  defaultLeadOrgUnit: string | null;
  preview: ImportPreview;
  /** After DONE: what was written. */
  result: { create: ImportCounts; update: ImportCounts } | null;
  /** After FAILED: why nothing was written. */
  error: string | null;
}

export interface ImportPreviewRequest {
  mapping: ImportMapping;
  /**
   * Code of an existing org unit that leads new measures whose row names no lead org unit. Left out or
   * null: the Stabsstelle Klimaschutz if there is one, else a new org unit "KS-IMPORT".
   */
  defaultLeadOrgUnit?: string | null;
}
