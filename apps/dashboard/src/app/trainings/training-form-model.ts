import { AbstractControl, NonNullableFormBuilder, ValidatorFn, Validators } from '@angular/forms';
import type { Training, TrainingFormat, TrainingInput, TrainingTopic } from '@klimaschutz/contracts';
import { isoToLocalParts, localToIsoWithOffset } from '../shared/date-time';
import { integerValidator } from '../shared/validation-messages';

/** Required only when the sibling `format` has the given value (place for IN_PERSON, link for ONLINE). */
export function requiredFor(format: TrainingFormat): ValidatorFn {
  return (control: AbstractControl<string>) =>
    control.parent?.get('format')?.value === format && !control.value?.trim() ? { required: true } : null;
}

/** An https address, as the API accepts for meeting links. */
export const httpsUrl: ValidatorFn = (control: AbstractControl<string>) => {
  const value = control.value?.trim();
  if (!value) return null;
  try {
    return new URL(value).protocol === 'https:' ? null : { https: true };
  } catch {
    return { https: true };
  }
};

export function createTrainingForm(fb: NonNullableFormBuilder) {
  const form = fb.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    topic: fb.control<TrainingTopic | ''>('', Validators.required),
    description: ['', Validators.maxLength(5000)],
    date: ['', Validators.required],
    time: ['', Validators.required],
    durationMinutes: fb.control<number | null>(90, [Validators.required, Validators.min(15), Validators.max(4320), integerValidator]),
    trainer: ['', [Validators.required, Validators.maxLength(200)]],
    format: fb.control<TrainingFormat>('IN_PERSON'),
    location: ['', [requiredFor('IN_PERSON'), Validators.maxLength(300)]],
    onlineUrl: ['', [requiredFor('ONLINE'), httpsUrl, Validators.maxLength(500)]],
    targetOrgUnitIds: fb.control<string[]>([]),
    capacity: fb.control<number | null>(null, [Validators.min(1), Validators.max(10000), integerValidator]),
    linkedMeasureIds: fb.control<string[]>([]),
  });
  // Only the field that fits the format takes part in validation; the other keeps its text in case
  // the user switches back. Run once now too: the validators cannot see `format` before the group exists.
  const sync = () => {
    const online = form.controls.format.value === 'ONLINE';
    const [active, inactive] = online
      ? [form.controls.onlineUrl, form.controls.location]
      : [form.controls.location, form.controls.onlineUrl];
    inactive.disable({ emitEvent: false });
    active.enable({ emitEvent: false });
  };
  form.controls.format.valueChanges.subscribe(sync);
  sync();
  return form;
}

export type TrainingFormGroup = ReturnType<typeof createTrainingForm>;
export type TrainingFormValue = ReturnType<TrainingFormGroup['getRawValue']>;

export function formValueFromTraining(t: Training): TrainingFormValue {
  const { date, time } = isoToLocalParts(t.startsAt);
  return {
    title: t.title,
    topic: t.topic,
    description: t.description ?? '',
    date,
    time,
    durationMinutes: t.durationMinutes,
    trainer: t.trainer,
    format: t.format,
    location: t.location ?? '',
    onlineUrl: t.onlineUrl ?? '',
    targetOrgUnitIds: t.targetOrgUnits.map((u) => u.id),
    capacity: t.capacity,
    linkedMeasureIds: t.linkedMeasures.map((m) => m.id),
  };
}

/** The request body; only the field that fits the format is sent, the other is cleared. */
export function toTrainingInput(v: TrainingFormValue): TrainingInput {
  const online = v.format === 'ONLINE';
  return {
    title: v.title.trim(),
    topic: v.topic as TrainingTopic,
    description: v.description.trim() || null,
    startsAt: localToIsoWithOffset(v.date, v.time) ?? '',
    durationMinutes: v.durationMinutes ?? 0,
    trainer: v.trainer.trim(),
    format: v.format,
    location: online ? null : v.location.trim() || null,
    onlineUrl: online ? v.onlineUrl.trim() || null : null,
    targetOrgUnitIds: v.targetOrgUnitIds,
    capacity: v.capacity ?? null,
    linkedMeasureIds: v.linkedMeasureIds,
  };
}
