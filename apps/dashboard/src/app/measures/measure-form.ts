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
import { ASSESSMENTS, MEASURE_STATUSES, PRIORITIES, type Measure, type Problem } from '@klimaschutz/contracts';
import { ASSESSMENT_LABELS, MEASURE_FIELD_LABELS, MEASURE_STATUS_LABELS, PRIORITY_LABELS } from '../shared/labels';
import { Observable, catchError, filter, forkJoin, map, of, startWith, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { EditConflict, displayNames, isStaleVersion } from '../shared/edit-conflict';
import { SaveConflict } from '../shared/save-conflict';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
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
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
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
  protected readonly texts = {
    codeRequired: $localize`:@@measures.form.codeRequired:Bitte eine Kennung angeben, z. B. V-03.`,
    titleRequired: $localize`:@@measures.form.titleRequired:Bitte einen Titel angeben.`,
    fieldOfActionRequired: $localize`:@@measures.form.fieldOfActionRequired:Bitte ein Handlungsfeld auswählen.`,
    leadRequired: $localize`:@@measures.form.leadRequired:Bitte die federführende Organisationseinheit auswählen.`,
  };

  protected readonly form = createMeasureForm(inject(NonNullableFormBuilder));
  protected readonly measure = signal<Measure | null>(null);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  /** A stale save: what the other person changed, and the user's way on. */
  protected readonly conflict = new EditConflict<Measure, MeasureFormValue>({
    labels: MEASURE_FIELD_LABELS,
    display: displayNames<MeasureFormValue>(
      { status: MEASURE_STATUS_LABELS, assessment: ASSESSMENT_LABELS, priority: PRIORITY_LABELS },
      { fieldOfActionId: () => this.fieldsOfAction(), leadOrgUnitId: () => this.orgUnits(), participatingOrgUnitIds: () => this.orgUnits() },
    ),
  });
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
    this.conflict.clear();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({ status: 400, title: $localize`:@@measures.form.invalid.title:Ungültige Eingaben`, detail: $localize`:@@measures.form.invalid.detail:Bitte prüfen Sie die markierten Felder.` });
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.measure();
    let request: Observable<Measure>;
    if (existing && this.initial) {
      const body = toMeasureUpdate(this.initial, value, existing.version);
      if (Object.keys(body).length === 1) {
        this.leave(existing.id, $localize`:@@measures.form.noChanges:Es gab keine Änderungen zu speichern.`);
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
        this.leave(saved.id, existing ? $localize`:@@measures.form.saved:Die Änderungen wurden gespeichert.` : $localize`:@@measures.form.created:Die Maßnahme wurde angelegt.`);
      },
      error: (error: unknown) => this.handleError(error),
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.measure.set(resolved.record);
    this.initial = resolved.started;
    this.form.reset(resolved.value);
    if (keepMine) {
      this.form.markAsDirty();
      this.submit();
    } else {
      void this.announcer.announce($localize`:@@measures.form.tookTheirs:Die Fassung der anderen Person wurde übernommen.`);
      this.focusSave();
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
        this.conflict.clear();
        this.loading.set(false);
        this.title.setTitle(pageTitle($localize`:@@measures.form.pageTitle:${measure.code}:code: bearbeiten`));
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
    const existing = this.measure();
    if (isStaleVersion(problem) && existing && this.initial) {
      this.showConflict(existing.id, this.initial);
      return;
    }
    this.problem.set(problem);
    this.unmatched.set(applyServerErrors(this.form, problem));
    this.focusFirstInvalid();
  }

  /** Loads the stored measure and who changed it last; the form keeps the user's input meanwhile. */
  private showConflict(id: string, started: MeasureFormValue): void {
    forkJoin([
      this.api.get(id),
      // The history is newest first and also holds milestone and report events; the measure's own edit is wanted.
      this.api.auditEvents(id, 1, 20).pipe(
        map((page) => page.items.find((e) => e.entityType === 'measure' && e.entityId === id) ?? null),
        catchError(() => of(null)),
      ),
    ]).subscribe({
      next: ([stored, last]) =>
        this.conflict.show(stored, formValueFromMeasure(stored), started, this.form.getRawValue(), {
          changedAt: last?.at ?? stored.updatedAt,
          changedBy: last?.actor?.displayName ?? null,
        }),
      error: (error: unknown) => this.problem.set(toProblem(error)),
    });
  }

  private focusSave(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-testid="save"]')?.focus(), {
      injector: this.injector,
    });
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
