import type { AuditAction, JobRun } from '@klimaschutz/contracts';

// Labels the shared contracts do not (yet) hold; candidates to move to libs/shared/contracts.

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: 'angelegt',
  UPDATE: 'geändert',
  ARCHIVE: 'archiviert',
  RESTORE: 'wiederhergestellt',
  DELETE: 'gelöscht',
  LOGIN: 'angemeldet',
  LOGOUT: 'abgemeldet',
  ERASE: 'personenbezogene Daten gelöscht',
};

/** German names of milestone fields, for the change history. */
export const MILESTONE_FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  responsibleOrgUnitId: 'Verantwortliche Organisationseinheit',
  responsibleOrgUnit: 'Verantwortliche Organisationseinheit',
  dueDate: 'Fällig am',
  state: 'Status',
  doneDate: 'Erledigt am',
};

/** German names of the report counts of a reporting period, in reading order. */
export const REPORT_COUNT_LABELS = {
  expected: 'erwartet',
  submitted: 'eingegangen',
  inReview: 'in Prüfung',
  accepted: 'angenommen',
  revisionRequested: 'Überarbeitung angefordert',
  missing: 'noch ausstehend',
  overdue: 'überfällig',
  pending: 'noch nicht fällig',
  drafts: 'davon als Entwurf begonnen',
  onTime: 'fristgerecht',
  late: 'verspätet',
  stale: 'mit Datenqualitätshinweis',
} as const;

export const JOB_RUN_STATUS_LABELS: Record<JobRun['status'], string> = {
  RUNNING: 'läuft',
  SUCCEEDED: 'erfolgreich',
  FAILED: 'fehlgeschlagen',
};

export const JOB_TRIGGER_LABELS: Record<JobRun['trigger'], string> = {
  SCHEDULE: 'nach Zeitplan',
  MANUAL: 'von Hand',
};
