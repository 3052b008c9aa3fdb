import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TRAINING_TOPICS, type Training } from '@klimaschutz/contracts';
import { TRAINING_FORMAT_LABELS, TRAINING_TOPIC_LABELS } from '../shared/labels';
import { catchError, of, startWith } from 'rxjs';
import { MeasureApi } from '../measures/measure-api';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { TrainingApi } from './training-api';
import { createTrainingForm, formValueFromTraining, toTrainingInput, type TrainingFormValue } from './training-form-model';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** Plan (`/schulungen/neu`) or change (`/schulungen/:id/bearbeiten`) a training; climate managers only. */
@Component({
  selector: 'ksc-training-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './training-form.html',
  styles: `
    .radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.75rem;
    }
  `,
})
export class TrainingForm {
  readonly id = input<string>();

  private readonly api = inject(TrainingApi);

  protected readonly topics = TRAINING_TOPICS;
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly form = createTrainingForm(inject(NonNullableFormBuilder));
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly measures = toSignal(
    inject(MeasureApi)
      .options()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly format = toSignal(this.form.controls.format.valueChanges.pipe(startWith(this.form.controls.format.value)), {
    initialValue: 'IN_PERSON' as const,
  });

  protected readonly messages = {
    title: $localize`:@@trainings.form.titleRequired:Bitte einen Titel angeben.`,
    topic: $localize`:@@trainings.form.topicRequired:Bitte ein Thema auswählen.`,
    trainer: $localize`:@@trainings.form.trainerRequired:Bitte die Referentin oder den Referenten angeben.`,
    date: $localize`:@@trainings.form.dateRequired:Bitte ein Datum angeben.`,
    time: $localize`:@@trainings.form.timeRequired:Bitte eine Uhrzeit angeben.`,
    durationMinutes: $localize`:@@trainings.form.durationRequired:Bitte die Dauer in Minuten angeben.`,
    location: $localize`:@@trainings.form.locationRequired:Bitte den Ort angeben.`,
    onlineUrl: $localize`:@@trainings.form.onlineUrlRequired:Bitte den Online-Link angeben.`,
  };

  protected readonly conflict = new EditConflict<Training, TrainingFormValue>({
    labels: {
      title: $localize`:@@trainings.form.field.title:Titel`,
      topic: $localize`:@@trainings.form.field.topic:Thema`,
      description: $localize`:@@trainings.form.field.description:Beschreibung`,
      date: $localize`:@@trainings.form.field.date:Datum`,
      time: $localize`:@@trainings.form.field.time:Beginn`,
      durationMinutes: $localize`:@@trainings.form.field.duration:Dauer (Minuten)`,
      trainer: $localize`:@@trainings.form.field.trainer:Referent/in`,
      format: $localize`:@@trainings.form.field.format:Format`,
      location: $localize`:@@trainings.form.field.location:Ort`,
      onlineUrl: $localize`:@@trainings.form.field.onlineUrl:Online-Link`,
      targetOrgUnitIds: $localize`:@@trainings.form.field.targets:Ziel-Organisationseinheiten`,
      capacity: $localize`:@@trainings.form.field.capacity:Kapazität`,
      linkedMeasureIds: $localize`:@@trainings.form.field.measures:Verknüpfte Maßnahmen`,
    },
    display: displayNames<TrainingFormValue>(
      { topic: TRAINING_TOPIC_LABELS, format: TRAINING_FORMAT_LABELS },
      { targetOrgUnitIds: () => this.orgUnits(), linkedMeasureIds: () => this.measures() },
    ),
  });

  private readonly editing = new RecordEditing<Training, TrainingFormValue>({
    id: this.id,
    form: this.form,
    get: (id) => this.api.get(id),
    toFormValue: formValueFromTraining,
    pageTitle: (t) => $localize`:@@trainings.form.pageTitle:Schulung bearbeiten: ${t.title}:title:`,
    conflict: this.conflict,
  });
  protected readonly training = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;

  protected submit(): void {
    if (!this.editing.begin()) return;
    const body = toTrainingInput(this.form.getRawValue());
    const existing = this.training();
    const request = existing ? this.api.update(existing.id, { ...body, version: existing.version }) : this.api.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) =>
        this.editing.done(
          ['/schulungen', saved.id],
          existing
            ? $localize`:@@trainings.form.savedNotice:Die Änderungen wurden gespeichert.`
            : $localize`:@@trainings.form.createdNotice:Die Schulung wurde angelegt.`,
        ),
      // The API names the start `startsAt`; the form splits it into date and time.
      error: (error: unknown) =>
        this.editing.failed(error, {
          adapt: (problem) => ({ ...problem, errors: problem.errors?.map((e) => (e.field === 'startsAt' ? { ...e, field: 'date' } : e)) }),
        }),
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}
