import type { AuditAction, JobRun } from '@klimaschutz/contracts';

// Labels the shared contracts do not (yet) hold, in the interface language; candidates to move to libs/shared/contracts.

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: $localize`:@@shared.audit.create:angelegt`,
  UPDATE: $localize`:@@shared.audit.update:geändert`,
  ARCHIVE: $localize`:@@shared.audit.archive:archiviert`,
  RESTORE: $localize`:@@shared.audit.restore:wiederhergestellt`,
  DELETE: $localize`:@@shared.audit.delete:gelöscht`,
  LOGIN: $localize`:@@shared.audit.login:angemeldet`,
  LOGOUT: $localize`:@@shared.audit.logout:abgemeldet`,
  ERASE: $localize`:@@shared.audit.erase:personenbezogene Daten gelöscht`,
};

/** German names of milestone fields, for the change history. */
export const MILESTONE_FIELD_LABELS: Record<string, string> = {
  title: $localize`:@@shared.milestoneField.title:Titel`,
  responsibleOrgUnitId: $localize`:@@shared.milestoneField.responsibleOrgUnitId:Verantwortliche Organisationseinheit`,
  responsibleOrgUnit: $localize`:@@shared.milestoneField.responsibleOrgUnit:Verantwortliche Organisationseinheit`,
  dueDate: $localize`:@@shared.milestoneField.dueDate:Fällig am`,
  state: $localize`:@@shared.milestoneField.state:Status`,
  doneDate: $localize`:@@shared.milestoneField.doneDate:Erledigt am`,
};

/** German names of the report counts of a reporting period, in reading order. */
export const REPORT_COUNT_LABELS = {
  expected: $localize`:@@shared.reportCount.expected:erwartet`,
  submitted: $localize`:@@shared.reportCount.submitted:eingegangen`,
  inReview: $localize`:@@shared.reportCount.inReview:in Prüfung`,
  accepted: $localize`:@@shared.reportCount.accepted:angenommen`,
  revisionRequested: $localize`:@@shared.reportCount.revisionRequested:Überarbeitung angefordert`,
  missing: $localize`:@@shared.reportCount.missing:noch ausstehend`,
  overdue: $localize`:@@shared.reportCount.overdue:überfällig`,
  pending: $localize`:@@shared.reportCount.pending:noch nicht fällig`,
  drafts: $localize`:@@shared.reportCount.drafts:davon als Entwurf begonnen`,
  onTime: $localize`:@@shared.reportCount.onTime:fristgerecht`,
  late: $localize`:@@shared.reportCount.late:verspätet`,
  stale: $localize`:@@shared.reportCount.stale:mit Datenqualitätshinweis`,
};

export const JOB_RUN_STATUS_LABELS: Record<JobRun['status'], string> = {
  RUNNING: $localize`:@@shared.jobRun.running:läuft`,
  SUCCEEDED: $localize`:@@shared.jobRun.succeeded:erfolgreich`,
  FAILED: $localize`:@@shared.jobRun.failed:fehlgeschlagen`,
};

export const JOB_TRIGGER_LABELS: Record<JobRun['trigger'], string> = {
  SCHEDULE: $localize`:@@shared.jobTrigger.schedule:nach Zeitplan`,
  MANUAL: $localize`:@@shared.jobTrigger.manual:von Hand`,
};
