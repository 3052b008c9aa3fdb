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
  /** The rule that applied, in a few German words; warnings of one rule are shown as one group. */
  rule?: string;
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

/** Master data an import may touch: never without a decision the preview shows, per item. */
export type MasterDataKind = 'FIELD_OF_ACTION' | 'ORG_UNIT' | 'REPORTING_PERIOD';
export const MASTER_DATA_KINDS: readonly MasterDataKind[] = ['FIELD_OF_ACTION', 'ORG_UNIT', 'REPORTING_PERIOD'];

/**
 * What happens with one item of master data the file names:
 * - `MATCH`: the file's rows are filed under an existing record (`targetId`), which stays as it is;
 * - `RENAME`: the existing record with the file's code takes the file's name (fields of action and org units);
 * - `CREATE`: a new record; `code` is needed when the file's code is taken already (fields of action, org units).
 */
export type MasterDataDecision = { action: 'MATCH'; targetId: string } | { action: 'RENAME' } | { action: 'CREATE'; code?: string };
export type MasterDataAction = MasterDataDecision['action'];

/** `FIELD_OF_ACTION:E`, `ORG_UNIT:61`, `REPORTING_PERIOD:sachstand 2015/2016` — the key of a decision. */
export const masterDataKey = (kind: MasterDataKind, key: string) => `${kind}:${key}`;

export interface MasterDataItem {
  kind: MasterDataKind;
  /** The file's code (fields of action, org units) or the period's name as the file gives it. */
  key: string;
  /** What the file says about it: the name, or a period's dates ("2015-01-01 bis 2016-12-31"); null if nothing. */
  fromFile: string | null;
  /** The record the file's code or name already belongs to, if any. */
  existing: { id: string; code: string | null; name: string } | null;
  /** The file names it and the database has it, but they disagree (another name, other dates). */
  differs: boolean;
  /** Rows of the file that refer to it. */
  rowCount: number;
  /** The decision the preview was made with (the default or the user's). */
  decision: MasterDataDecision;
}

export type ImportState = 'UPLOADED' | 'RUNNING' | 'DONE' | 'FAILED' | 'UNDONE';

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
  /** Every field of action, org unit and period the file names, with the decision for each. */
  masterData: MasterDataItem[];
  /** After DONE: what was written. */
  result: { create: ImportCounts; update: ImportCounts } | null;
  /** After FAILED: why nothing was written. */
  error: string | null;
  /** DONE imports can be undone until this time (ISO), unless someone has changed what they wrote; null otherwise. */
  undoableUntil: string | null;
  /** After UNDONE: when and by whom. */
  undone: { at: string; by: string } | null;
}

/** A recent import, for the list of imports that can be looked at or undone. */
export interface ImportSummary {
  importId: string;
  fileName: string;
  state: ImportState;
  createdAt: string;
  createdBy: string | null;
  result: { create: ImportCounts; update: ImportCounts } | null;
  undoableUntil: string | null;
}

export interface ImportPreviewRequest {
  mapping: ImportMapping;
  /**
   * Code of an existing org unit that leads new measures whose row names no lead org unit. Left out or
   * null: the Stabsstelle Klimaschutz if there is one, else a new org unit "KS-IMPORT".
   */
  defaultLeadOrgUnit?: string | null;
  /** Decisions for master data, by `masterDataKey`; items left out keep their default (see MasterDataItem). */
  masterData?: Record<string, MasterDataDecision>;
}
