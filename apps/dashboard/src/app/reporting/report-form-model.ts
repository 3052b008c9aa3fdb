import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  Assessment,
  Measure,
  MeasureStatus,
  ProgressReport,
  ProgressReportFields,
  ProgressReportUpdate,
  User,
} from '@klimaschutz/contracts';
import { integerValidator } from '../shared/validation-messages';

/** The typed form of a Sachstandsmeldung; control names equal the API's field names. */
export function createReportForm(fb: NonNullableFormBuilder) {
  return fb.group({
    /** Only chosen when creating; '' = outside any period. */
    periodId: [''],
    /** Only for climate managers reporting on behalf of a unit; '' = the lead. */
    orgUnitId: [''],
    status: fb.control<MeasureStatus>('PLANNED'),
    assessment: fb.control<Assessment>('NOT_ASSESSED'),
    progressPercent: fb.control<number | null>(0, [Validators.required, Validators.min(0), Validators.max(100), integerValidator]),
    text: ['', Validators.maxLength(20000)],
    obstacles: ['', Validators.maxLength(10000)],
    nextSteps: ['', Validators.maxLength(10000)],
    milestonesReached: ['', Validators.maxLength(10000)],
    actualCostsEur: fb.control<number | null>(null, [Validators.min(0), Validators.max(1e12)]),
    staffEffortHours: fb.control<number | null>(null, [Validators.min(0), Validators.max(1e7)]),
    ghgReductionAchievedT: fb.control<number | null>(null, [Validators.min(0), Validators.max(1e9)]),
  });
}

export type ReportFormGroup = ReturnType<typeof createReportForm>;
export type ReportFormValue = ReturnType<ReportFormGroup['getRawValue']>;

const TEXT = ['text', 'obstacles', 'nextSteps', 'milestonesReached'] as const;

/** A new report starts from the measure's current state, as the API does. */
export function formValueForNewReport(measure: Measure, periodId: string): ReportFormValue {
  return {
    periodId,
    orgUnitId: '',
    status: measure.status,
    assessment: measure.assessment,
    progressPercent: measure.progressPercent,
    text: '',
    obstacles: '',
    nextSteps: '',
    milestonesReached: '',
    actualCostsEur: null,
    staffEffortHours: null,
    ghgReductionAchievedT: measure.ghgReductionAchievedT,
  };
}

export function formValueFromReport(report: ProgressReport): ReportFormValue {
  return {
    periodId: report.period?.id ?? '',
    orgUnitId: report.orgUnit.id,
    status: report.status,
    assessment: report.assessment,
    progressPercent: report.progressPercent,
    text: report.text ?? '',
    obstacles: report.obstacles ?? '',
    nextSteps: report.nextSteps ?? '',
    milestonesReached: report.milestonesReached ?? '',
    actualCostsEur: report.actualCostsEur,
    staffEffortHours: report.staffEffortHours,
    ghgReductionAchievedT: report.ghgReductionAchievedT,
  };
}

/** The report content of the form: trimmed text, empty text as `null`. */
export function toReportFields(value: ReportFormValue): ProgressReportFields {
  const fields: ProgressReportFields = {
    status: value.status,
    assessment: value.assessment,
    progressPercent: value.progressPercent ?? 0,
    text: null,
    obstacles: null,
    nextSteps: null,
    milestonesReached: null,
    actualCostsEur: value.actualCostsEur,
    staffEffortHours: value.staffEffortHours,
    ghgReductionAchievedT: value.ghgReductionAchievedT,
  };
  for (const key of TEXT) {
    fields[key] = value[key].trim() || null;
  }
  return fields;
}

/** Only what changed since loading, plus the `version` that was read (a stale one gets 409). */
export function toReportUpdate(initial: ReportFormValue, current: ReportFormValue, version: number): ProgressReportUpdate {
  const before = toReportFields(initial);
  const after = toReportFields(current);
  const changes: Partial<ProgressReportFields> = {};
  for (const key of Object.keys(after) as (keyof ProgressReportFields)[]) {
    if (before[key] !== after[key]) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  return { ...changes, version };
}

/** A report goes to review only with its Sachstand written (the API refuses it otherwise). */
export function isReadyToSubmit(value: ReportFormValue): boolean {
  return value.text.trim() !== '';
}

/**
 * Who may write a Sachstandsmeldung for a measure: a department whose org unit leads it or takes
 * part, and climate managers for any. Mirrors the API's policy so the button only shows where it works.
 */
export function mayReportOn(
  user: Pick<User, 'role' | 'orgUnit'> | null,
  measure: Pick<Measure, 'leadOrgUnit' | 'participatingOrgUnits' | 'archived'>,
): boolean {
  if (!user || measure.archived) return false;
  if (user.role === 'CLIMATE_MANAGER') return true;
  if (user.role !== 'DEPARTMENT' || !user.orgUnit) return false;
  const unitId = user.orgUnit.id;
  return measure.leadOrgUnit.id === unitId || measure.participatingOrgUnits.some((u) => u.id === unitId);
}
