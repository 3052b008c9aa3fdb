import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { Indicator, IndicatorDirection, IndicatorInput } from '@klimaschutz/contracts';
import { integerValidator } from '../shared/validation-messages';

const year = [Validators.required, Validators.min(1990), Validators.max(2100), integerValidator];

/** The typed form of the Kennzahl editor; control names equal the API's DTO property names. */
export function createIndicatorForm(fb: NonNullableFormBuilder) {
  return fb.group({
    code: ['', [Validators.required, Validators.maxLength(20)]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
    unit: ['', [Validators.required, Validators.maxLength(40)]],
    direction: fb.control<IndicatorDirection>('DOWN'),
    baselineYear: fb.control<number | null>(null, year),
    baselineValue: fb.control<number | null>(null, Validators.required),
    targetYear: fb.control<number | null>(null, year),
    targetValue: fb.control<number | null>(null, Validators.required),
    fieldOfActionId: [''],
    measureIds: fb.control<string[]>([]),
  });
}

export type IndicatorFormValue = ReturnType<ReturnType<typeof createIndicatorForm>['getRawValue']>;

/** Labels of the fields, for the form and for the list of another person's changes. */
export const INDICATOR_FIELD_LABELS: Record<keyof IndicatorFormValue, string> = {
  code: $localize`:@@indicators.field.code:Kennung`,
  name: $localize`:@@indicators.field.name:Name`,
  description: $localize`:@@indicators.field.description:Beschreibung`,
  unit: $localize`:@@indicators.field.unit:Einheit`,
  direction: $localize`:@@indicators.field.direction:Richtung`,
  baselineYear: $localize`:@@indicators.field.baselineYear:Basisjahr`,
  baselineValue: $localize`:@@indicators.field.baselineValue:Ausgangswert`,
  targetYear: $localize`:@@indicators.field.targetYear:Zieljahr`,
  targetValue: $localize`:@@indicators.field.targetValue:Zielwert`,
  fieldOfActionId: $localize`:@@indicators.field.fieldOfAction:Handlungsfeld`,
  measureIds: $localize`:@@indicators.field.measures:Maßnahmen`,
};

export function formValueFromIndicator(i: Indicator): IndicatorFormValue {
  return {
    code: i.code,
    name: i.name,
    description: i.description ?? '',
    unit: i.unit,
    direction: i.direction,
    baselineYear: i.baselineYear,
    baselineValue: i.baselineValue,
    targetYear: i.targetYear,
    targetValue: i.targetValue,
    fieldOfActionId: i.fieldOfAction?.id ?? '',
    measureIds: i.measures.map((m) => m.id),
  };
}

/** The request body of a valid form: trimmed text, empty optional fields as `null`. */
export function toIndicatorInput(value: IndicatorFormValue): IndicatorInput {
  return {
    code: value.code.trim(),
    name: value.name.trim(),
    description: value.description.trim() || null,
    unit: value.unit.trim(),
    direction: value.direction,
    baselineYear: value.baselineYear ?? 0,
    baselineValue: value.baselineValue ?? 0,
    targetYear: value.targetYear ?? 0,
    targetValue: value.targetValue ?? 0,
    fieldOfActionId: value.fieldOfActionId || null,
    measureIds: value.measureIds,
  };
}
