import { LiveAnnouncer } from '@angular/cdk/a11y';
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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  ASSESSMENTS,
  ASSESSMENT_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  type Measure,
  type Problem,
} from '@klimaschutz/contracts';
import { Observable, catchError, filter, of, startWith, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { MeasureApi } from './measure-api';
import type { DetailNotice } from './measure-detail';
import {
  createMeasureForm,
  formValueFromMeasure,
  toMeasureCreate,
  toMeasureUpdate,
  type MeasureFormValue,
} from './measure-form-model';

const CONFLICT_MESSAGE =
  'Diese Maßnahme wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu; Ihre Eingaben gehen dabei verloren.';

/** Create (`/massnahmen/neu`) and edit (`/massnahmen/:id/bearbeiten`) a measure. */
@Component({
  selector: 'ksc-measure-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    ProblemAlert,
    ValidationMessagePipe,
  ],
  templateUrl: './measure-form.html',
})
export class MeasureForm {
  /** Route parameter `:id`; absent when creating. */
  readonly id = input<string>();

  private readonly api = inject(MeasureApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly referenceData = inject(ReferenceData);

  protected readonly labels = MEASURE_FIELD_LABELS;
  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusLabels = MEASURE_STATUS_LABELS;
  protected readonly assessments = ASSESSMENTS;
  protected readonly assessmentLabels = ASSESSMENT_LABELS;
  protected readonly priorities = PRIORITIES;
  protected readonly priorityLabels = PRIORITY_LABELS;

  protected readonly form = createMeasureForm(inject(NonNullableFormBuilder));
  protected readonly measure = signal<Measure | null>(null);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly mayEdit = computed(() => !this.isEdit() || (this.measure()?.permissions.edit ?? false));

  protected readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly orgUnits = toSignal(this.referenceData.orgUnits().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly leadId = toSignal(
    this.form.controls.leadOrgUnitId.valueChanges.pipe(startWith(this.form.controls.leadOrgUnitId.value)),
    { initialValue: '' },
  );
  private readonly participantIds = toSignal(
    this.form.controls.participatingOrgUnitIds.valueChanges.pipe(
      startWith(this.form.controls.participatingOrgUnitIds.value),
    ),
    { initialValue: [] },
  );
  /** Inactive org units stay selectable only where they are already assigned. */
  protected readonly leadOptions = computed(() =>
    this.orgUnits().filter((u) => u.active || u.id === this.leadId()),
  );
  /** The lead cannot also be a participant. */
  protected readonly participantOptions = computed(() =>
    this.orgUnits().filter(
      (u) => u.id !== this.leadId() && (u.active || this.participantIds().includes(u.id)),
    ),
  );

  private initial: MeasureFormValue | null = null;

  constructor() {
    this.form.controls.leadOrgUnitId.valueChanges.pipe(takeUntilDestroyed()).subscribe((leadId) => {
      const participants = this.form.controls.participatingOrgUnitIds;
      if (participants.value.includes(leadId)) {
        participants.setValue(participants.value.filter((id) => id !== leadId));
      }
    });
    // An end date is checked against its start, so re-check it when the start moves.
    this.form.controls.plannedStart.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.plannedEnd.updateValueAndValidity());
    this.form.controls.actualStart.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.actualEnd.updateValueAndValidity());

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
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({ status: 400, title: 'Ungültige Eingaben', detail: 'Bitte prüfen Sie die markierten Felder.' });
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.measure();
    let request: Observable<Measure>;
    if (existing && this.initial) {
      const body = toMeasureUpdate(this.initial, value, existing.version);
      if (Object.keys(body).length === 1) {
        this.leave(existing.id, 'Es gab keine Änderungen zu speichern.');
        return;
      }
      request = this.api.update(existing.id, body);
    } else {
      request = this.api.create(toMeasureCreate(value));
    }
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        this.leave(saved.id, existing ? 'Die Änderungen wurden gespeichert.' : 'Die Maßnahme wurde angelegt.');
      },
      error: (error: unknown) => this.handleError(error),
    });
  }

  /** After a 409: drop the user's input and show what is stored now. */
  protected reloadCurrentState(): void {
    const id = this.id();
    if (id) {
      this.load(id).subscribe(() => void this.announcer.announce('Der aktuelle Stand wurde geladen.'));
    }
  }

  private load(id: string): Observable<Measure | null> {
    this.loading.set(true);
    return this.api.get(id).pipe(
      tap((measure) => {
        this.measure.set(measure);
        this.initial = formValueFromMeasure(measure);
        this.form.reset(this.initial);
        if (!measure.permissions.editPublication) {
          this.form.controls.published.disable();
          this.form.controls.publicSummary.disable();
        }
        this.problem.set(null);
        this.conflict.set(false);
        this.loading.set(false);
        this.title.setTitle(pageTitle(`${measure.code} bearbeiten`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private handleError(error: unknown): void {
    this.saving.set(false);
    const problem = toProblem(error);
    if (problem.status === 409 && this.isEdit()) {
      this.conflict.set(true);
      this.problem.set({ ...problem, detail: CONFLICT_MESSAGE });
      return;
    }
    this.problem.set(problem);
    this.unmatched.set(applyServerErrors(this.form, problem));
    this.focusFirstInvalid();
  }

  private leave(id: string, notice: string): void {
    const state: DetailNotice = { notice };
    void this.router.navigate(['/massnahmen', id], { state });
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        const invalid = this.host.nativeElement.querySelector<HTMLElement>('[formcontrolname].ng-invalid');
        invalid?.focus();
      },
      { injector: this.injector },
    );
  }
}
