import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { Assessment, Measure, MeasureCreate, MeasureStatus, MeasureUpdate, Priority } from '@klimaschutz/contracts';
import { changedFields } from '../shared/edit-conflict';
import { integerValidator, notBefore } from '../shared/validation-messages';

/** The typed form of the measure editor; control names equal the API's DTO property names. */
export function createMeasureForm(fb: NonNullableFormBuilder) {
  return fb.group({
    code: ['', [Validators.required, Validators.maxLength(20)]],
    title: ['', [Validators.required, Validators.maxLength(300)]],
    summary: ['', Validators.maxLength(2000)],
    description: [''],
    goal: [''],
    fieldOfActionId: ['', Validators.required],
    leadOrgUnitId: ['', Validators.required],
    participatingOrgUnitIds: fb.control<string[]>([]),
    externalActors: [''],
    targetGroup: [''],
    priority: fb.control<Priority>('MEDIUM'),
    status: fb.control<MeasureStatus>('PLANNED'),
    assessment: fb.control<Assessment>('NOT_ASSESSED'),
    progressPercent: fb.control<number | null>(0, [Validators.required, Validators.min(0), Validators.max(100), integerValidator]),
    plannedStart: [''],
    plannedEnd: ['', notBefore('plannedStart')],
    actualStart: [''],
    actualEnd: ['', notBefore('actualStart')],
    costEstimateEur: fb.control<number | null>(null, Validators.min(0)),
    fundingSource: [''],
    ghgReductionTargetT: fb.control<number | null>(null, Validators.min(0)),
    ghgReductionAchievedT: fb.control<number | null>(null, Validators.min(0)),
    /** Sector of the GHG balance the measure acts on; '' = none named. */
    emissionSectorId: [''],
    /** Years the reduction lasts from the start year; empty = until the climate-neutrality year. */
    lifetimeYears: fb.control<number | null>(null, [Validators.min(1), Validators.max(100), integerValidator]),
    responsibleContact: [''],
    internalNotes: [''],
    published: [false],
    publicSummary: [''],
  });
}

export type MeasureFormGroup = ReturnType<typeof createMeasureForm>;
export type MeasureFormValue = ReturnType<MeasureFormGroup['getRawValue']>;

/** Text fields the API stores as `null` when empty. */
const OPTIONAL_TEXT = [
  'summary',
  'description',
  'goal',
  'externalActors',
  'targetGroup',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'fundingSource',
  'responsibleContact',
  'internalNotes',
  'publicSummary',
] as const;

export function formValueFromMeasure(m: Measure): MeasureFormValue {
  return {
    code: m.code,
    title: m.title,
    summary: m.summary ?? '',
    description: m.description ?? '',
    goal: m.goal ?? '',
    fieldOfActionId: m.fieldOfAction.id,
    leadOrgUnitId: m.leadOrgUnit.id,
    participatingOrgUnitIds: m.participatingOrgUnits.map((u) => u.id),
    externalActors: m.externalActors ?? '',
    targetGroup: m.targetGroup ?? '',
    priority: m.priority,
    status: m.status,
    assessment: m.assessment,
    progressPercent: m.progressPercent,
    plannedStart: m.plannedStart ?? '',
    plannedEnd: m.plannedEnd ?? '',
    actualStart: m.actualStart ?? '',
    actualEnd: m.actualEnd ?? '',
    costEstimateEur: m.costEstimateEur,
    fundingSource: m.fundingSource ?? '',
    ghgReductionTargetT: m.ghgReductionTargetT,
    ghgReductionAchievedT: m.ghgReductionAchievedT,
    emissionSectorId: m.emissionSectorId ?? '',
    lifetimeYears: m.lifetimeYears ?? null,
    responsibleContact: m.responsibleContact ?? '',
    internalNotes: m.internalNotes ?? '',
    published: m.published,
    publicSummary: m.publicSummary ?? '',
  };
}

/** The create request: trimmed text, empty optional text as `null`. */
export function toMeasureCreate(value: MeasureFormValue): MeasureCreate {
  const body: MeasureCreate = {
    ...value,
    code: value.code.trim(),
    title: value.title.trim(),
    progressPercent: value.progressPercent ?? 0,
    emissionSectorId: value.emissionSectorId || null,
  };
  for (const key of OPTIONAL_TEXT) {
    body[key] = value[key].trim() || null;
  }
  return body;
}

/**
 * The update request: only the fields that differ from what was loaded, plus the `version`
 * that was read, so the history shows real changes and a stale version gets 409.
 */
export function toMeasureUpdate(initial: MeasureFormValue, current: MeasureFormValue, version: number): MeasureUpdate {
  return { ...changedFields(toMeasureCreate(initial), toMeasureCreate(current)), version };
}
