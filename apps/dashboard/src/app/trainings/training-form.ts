import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TRAINING_TOPICS, type Problem, type Training } from '@klimaschutz/contracts';
import { TRAINING_FORMAT_LABELS, TRAINING_TOPIC_LABELS } from '../shared/labels';
import { Observable, catchError, filter, of, startWith, switchMap, tap } from 'rxjs';
import { MeasureApi } from '../measures/measure-api';
import type { DetailNotice } from '../measures/measure-detail';
import { pageTitle } from '../shell/page-title-strategy';
import { EditConflict, displayNames, isStaleVersion } from '../shared/edit-conflict';
import { applyServerErrors, toProblem } from '../shared/problem';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
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
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly topics = TRAINING_TOPICS;
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly form = createTrainingForm(inject(NonNullableFormBuilder));
  protected readonly training = signal<Training | null>(null);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly orgUnits = toSignal(inject(ReferenceData).orgUnits().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly measures = toSignal(inject(MeasureApi).options().pipe(catchError(() => of([]))), { initialValue: [] });
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

  private initial: TrainingFormValue | null = null;

  constructor() {
    toObservable(this.id)
      .pipe(
        filter((id): id is string => !!id),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.conflict.clear();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({
        status: 400,
        title: $localize`:@@trainings.form.invalid.title:Ungültige Eingaben`,
        detail: $localize`:@@trainings.form.invalid.detail:Bitte prüfen Sie die markierten Felder.`,
      });
      this.focusFirstInvalid();
      return;
    }
    const body = toTrainingInput(this.form.getRawValue());
    const existing = this.training();
    const request = existing ? this.api.update(existing.id, { ...body, version: existing.version }) : this.api.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        const state: DetailNotice = {
          notice: existing
            ? $localize`:@@trainings.form.savedNotice:Die Änderungen wurden gespeichert.`
            : $localize`:@@trainings.form.createdNotice:Die Schulung wurde angelegt.`,
        };
        void this.router.navigate(['/schulungen', saved.id], { state });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (isStaleVersion(problem) && existing && this.initial) {
          this.showConflict(existing.id, this.initial);
          return;
        }
        this.problem.set(problem);
        // The API names the start `startsAt`; the form splits it into date and time.
        const mapped = { ...problem, errors: problem.errors?.map((e) => (e.field === 'startsAt' ? { ...e, field: 'date' } : e)) };
        this.unmatched.set(applyServerErrors(this.form, mapped));
        this.focusFirstInvalid();
      },
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.training.set(resolved.record);
    this.initial = resolved.started;
    this.form.reset(resolved.value);
    if (keepMine) this.submit();
  }

  private showConflict(id: string, started: TrainingFormValue): void {
    this.api.get(id).subscribe({
      next: (stored) =>
        this.conflict.show(stored, formValueFromTraining(stored), started, this.form.getRawValue(), { changedAt: stored.updatedAt }),
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
  }

  private load(id: string): Observable<Training | null> {
    this.loading.set(true);
    return this.api.get(id).pipe(
      tap((t) => {
        this.training.set(t);
        this.initial = formValueFromTraining(t);
        this.form.reset(this.initial);
        this.loading.set(false);
        this.title.setTitle(pageTitle($localize`:@@trainings.form.pageTitle:Schulung bearbeiten: ${t.title}:title:`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[formcontrolname].ng-invalid')?.focus(), {
      injector: this.injector,
    });
  }
}
