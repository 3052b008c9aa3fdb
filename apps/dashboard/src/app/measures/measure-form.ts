import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ASSESSMENTS, MEASURE_STATUSES, PRIORITIES, type Measure } from '@klimaschutz/contracts';
import { ASSESSMENT_LABELS, MEASURE_FIELD_LABELS, MEASURE_STATUS_LABELS, PRIORITY_LABELS } from '../shared/labels';
import { Observable, catchError, map, of, startWith } from 'rxjs';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { SaveConflict } from '../shared/save-conflict';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
import { EmissionsApi } from '../emissions/emissions-api';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { MeasureApi } from './measure-api';
import { createMeasureForm, formValueFromMeasure, toMeasureCreate, toMeasureUpdate, type MeasureFormValue } from './measure-form-model';

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
  protected readonly isEdit = computed(() => !!this.id());
  /** A stale save: what the other person changed, and the user's way on. */
  protected readonly conflict = new EditConflict<Measure, MeasureFormValue>({
    labels: MEASURE_FIELD_LABELS,
    display: displayNames<MeasureFormValue>(
      { status: MEASURE_STATUS_LABELS, assessment: ASSESSMENT_LABELS, priority: PRIORITY_LABELS },
      {
        fieldOfActionId: () => this.fieldsOfAction(),
        leadOrgUnitId: () => this.orgUnits(),
        participatingOrgUnitIds: () => this.orgUnits(),
        emissionSectorId: () => this.emissionSectors(),
      },
    ),
  });
  private readonly editing = new RecordEditing<Measure, MeasureFormValue>({
    id: this.id,
    form: this.form,
    get: (id) => this.api.get(id),
    toFormValue: formValueFromMeasure,
    pageTitle: (measure) => $localize`:@@measures.form.pageTitle:${measure.code}:code: bearbeiten`,
    conflict: this.conflict,
    loaded: (measure) => {
      if (!measure.permissions.editPublication) {
        this.form.controls.published.disable();
        this.form.controls.publicSummary.disable();
      }
    },
    // The history is newest first and also holds milestone and report events; the measure's own edit is wanted.
    lastChange: (stored) =>
      this.api.auditEvents(stored.id, 1, 20).pipe(
        map((page) => page.items.find((e) => e.entityType === 'measure' && e.entityId === stored.id) ?? null),
        catchError(() => of(null)),
        map((last) => ({ changedAt: last?.at ?? stored.updatedAt, changedBy: last?.actor?.displayName ?? null })),
      ),
  });
  protected readonly measure = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;
  protected readonly mayEdit = computed(() => !this.isEdit() || (this.measure()?.permissions.edit ?? false));

  protected readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  private readonly orgUnits = toSignal(this.referenceData.orgUnits().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  /** The sectors of the city's GHG balance, for the sector a measure acts on. */
  protected readonly emissionSectors = toSignal(
    inject(EmissionsApi)
      .sectors()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  private readonly leadId = toSignal(
    this.form.controls.leadOrgUnitId.valueChanges.pipe(startWith(this.form.controls.leadOrgUnitId.value)),
    { initialValue: '' },
  );
  private readonly participantIds = toSignal(
    this.form.controls.participatingOrgUnitIds.valueChanges.pipe(startWith(this.form.controls.participatingOrgUnitIds.value)),
    { initialValue: [] },
  );
  /** Inactive org units stay selectable only where they are already assigned. */
  protected readonly leadOptions = computed(() => this.orgUnits().filter((u) => u.active || u.id === this.leadId()));
  /** The lead cannot also be a participant. */
  protected readonly participantOptions = computed(() =>
    this.orgUnits().filter((u) => u.id !== this.leadId() && (u.active || this.participantIds().includes(u.id))),
  );

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
  }

  protected submit(): void {
    if (!this.editing.begin()) return;
    const value = this.form.getRawValue();
    const existing = this.measure();
    const started = this.editing.started;
    let request: Observable<Measure>;
    if (existing && started) {
      const body = toMeasureUpdate(started, value, existing.version);
      if (Object.keys(body).length === 1) {
        this.editing.done(['/massnahmen', existing.id], $localize`:@@measures.form.noChanges:Es gab keine Änderungen zu speichern.`);
        return;
      }
      request = this.api.update(existing.id, body);
    } else {
      request = this.api.create(toMeasureCreate(value));
    }
    this.saving.set(true);
    request.subscribe({
      next: (saved) =>
        this.editing.done(
          ['/massnahmen', saved.id],
          existing
            ? $localize`:@@measures.form.saved:Die Änderungen wurden gespeichert.`
            : $localize`:@@measures.form.created:Die Maßnahme wurde angelegt.`,
        ),
      error: (error: unknown) => this.editing.failed(error),
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}
