import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidatorFn, Validators } from '@angular/forms';
import {
  CLIMATE_CRITERIA,
  type ClimateCheck,
  type ClimateCheckInput,
  type ClimateCheckSubjectType,
  type ClimateCriterion,
  type ClimateImpact,
} from '@klimaschutz/contracts';

export const NEGATIVE_REASON_MESSAGE = $localize`:@@climate-checks.form.negativeReason:Eine negative Bewertung muss begründet werden.`;

/** The reason of a criterion is required when its sibling `impact` is NEGATIVE (as the API demands). */
export const reasonRequiredForNegative: ValidatorFn = (control: AbstractControl<string>) => {
  const impact: unknown = control.parent?.get('impact')?.value;
  return impact === 'NEGATIVE' && !control.value?.trim() ? { required: true } : null;
};

export type CriterionGroup = FormGroup<{ impact: FormControl<ClimateImpact | ''>; reason: FormControl<string> }>;

/** The typed Klimacheck form; control names mirror the API's fields, so server errors land next to the field. */
export function createClimateCheckForm(fb: NonNullableFormBuilder) {
  const criteria = {} as Record<ClimateCriterion, CriterionGroup>;
  for (const key of CLIMATE_CRITERIA) {
    const group: CriterionGroup = fb.group({
      impact: fb.control<ClimateImpact | ''>(''),
      reason: fb.control('', [reasonRequiredForNegative, Validators.maxLength(5000)]),
    });
    group.controls.impact.valueChanges.subscribe(() => group.controls.reason.updateValueAndValidity());
    criteria[key] = group;
  }
  return fb.group({
    subjectType: fb.control<ClimateCheckSubjectType | ''>('', Validators.required),
    reference: ['', Validators.maxLength(50)],
    title: ['', [Validators.required, Validators.maxLength(300)]],
    description: ['', Validators.maxLength(10000)],
    orgUnitId: [''],
    /** '' = not answered yet. */
    climateRelevant: fb.control<'true' | 'false' | ''>(''),
    relevanceReason: ['', Validators.maxLength(5000)],
    criteria: fb.group(criteria),
    estimatedGhgEffectT: fb.control<number | null>(null),
    alternatives: ['', Validators.maxLength(10000)],
    linkedMeasureIds: fb.control<string[]>([]),
  });
}

export type ClimateCheckFormGroup = ReturnType<typeof createClimateCheckForm>;
export type ClimateCheckFormValue = ReturnType<ClimateCheckFormGroup['getRawValue']>;

export function formValueFromCheck(c: ClimateCheck): ClimateCheckFormValue {
  const criteria = {} as ClimateCheckFormValue['criteria'];
  for (const key of CLIMATE_CRITERIA) {
    criteria[key] = { impact: c.criteria[key]?.impact ?? '', reason: c.criteria[key]?.reason ?? '' };
  }
  return {
    subjectType: c.subjectType,
    reference: c.reference ?? '',
    title: c.title,
    description: c.description ?? '',
    orgUnitId: c.orgUnit.id,
    climateRelevant: c.climateRelevant === null ? '' : c.climateRelevant ? 'true' : 'false',
    relevanceReason: c.relevanceReason ?? '',
    criteria,
    estimatedGhgEffectT: c.estimatedGhgEffectT,
    alternatives: c.alternatives ?? '',
    linkedMeasureIds: c.linkedMeasures.map((m) => m.id),
  };
}

/** The request body: empty texts become null, unrated criteria are cleared. */
export function toClimateCheckInput(v: ClimateCheckFormValue, withOrgUnit: boolean): ClimateCheckInput {
  const text = (s: string) => s.trim() || null;
  const criteria: NonNullable<ClimateCheckInput['criteria']> = {};
  for (const key of CLIMATE_CRITERIA) {
    const { impact, reason } = v.criteria[key];
    criteria[key] = impact ? { impact, reason: text(reason) } : null;
  }
  return {
    subjectType: v.subjectType as ClimateCheckSubjectType,
    reference: text(v.reference),
    title: v.title.trim(),
    description: text(v.description),
    ...(withOrgUnit && v.orgUnitId ? { orgUnitId: v.orgUnitId } : {}),
    climateRelevant: v.climateRelevant === '' ? null : v.climateRelevant === 'true',
    relevanceReason: text(v.relevanceReason),
    criteria,
    estimatedGhgEffectT: v.estimatedGhgEffectT ?? null,
    alternatives: text(v.alternatives),
    linkedMeasureIds: v.linkedMeasureIds,
  };
}
