import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { INDICATOR_DIRECTIONS, type Indicator } from '@klimaschutz/contracts';
import { INDICATOR_DIRECTION_LABELS } from '../shared/labels';
import { Observable, catchError, of } from 'rxjs';
import { MeasureApi } from '../measures/measure-api';
import { EditConflict, changedFields, displayNames } from '../shared/edit-conflict';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
import { ReferenceData } from '../shared/reference-data';
import { SaveConflict } from '../shared/save-conflict';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { IndicatorApi } from './indicator-api';
import {
  INDICATOR_FIELD_LABELS,
  createIndicatorForm,
  formValueFromIndicator,
  toIndicatorInput,
  type IndicatorFormValue,
} from './indicator-form-model';

/** Create (`/kennzahlen/neu`) and edit (`/kennzahlen/:id/bearbeiten`) a Kennzahl; climate managers only. */
@Component({
  selector: 'ksc-indicator-form',
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
  templateUrl: './indicator-form.html',
  styles: `
    .radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.75rem;
    }
  `,
})
export class IndicatorForm {
  /** Route parameter `:id`; absent when creating. */
  readonly id = input<string>();

  private readonly api = inject(IndicatorApi);

  protected readonly labels = INDICATOR_FIELD_LABELS;
  protected readonly directions = INDICATOR_DIRECTIONS;
  protected readonly directionLabels = INDICATOR_DIRECTION_LABELS;
  protected readonly form = createIndicatorForm(inject(NonNullableFormBuilder));
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly fieldsOfAction = toSignal(
    inject(ReferenceData)
      .fieldsOfAction()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly measures = toSignal(
    inject(MeasureApi)
      .options()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  protected readonly messages = {
    code: $localize`:@@indicators.form.codeRequired:Bitte eine Kennung angeben, z. B. K-07.`,
    name: $localize`:@@indicators.form.nameRequired:Bitte einen Namen angeben.`,
    unit: $localize`:@@indicators.form.unitRequired:Bitte eine Einheit angeben.`,
    baselineYear: $localize`:@@indicators.form.baselineYearRequired:Bitte das Basisjahr angeben.`,
    baselineValue: $localize`:@@indicators.form.baselineValueRequired:Bitte den Ausgangswert angeben.`,
    targetYear: $localize`:@@indicators.form.targetYearRequired:Bitte das Zieljahr angeben.`,
    targetValue: $localize`:@@indicators.form.targetValueRequired:Bitte den Zielwert angeben.`,
  };

  protected readonly conflict = new EditConflict<Indicator, IndicatorFormValue>({
    labels: INDICATOR_FIELD_LABELS,
    display: (field, value) =>
      field === 'baselineYear' || field === 'targetYear'
        ? String(value ?? $localize`:@@indicators.form.conflict.empty:(leer)`)
        : this.names(field, value),
  });
  private readonly names = displayNames<IndicatorFormValue>(
    { direction: INDICATOR_DIRECTION_LABELS },
    { fieldOfActionId: () => this.fieldsOfAction(), measureIds: () => this.measures() },
  );

  private readonly editing = new RecordEditing<Indicator, IndicatorFormValue>({
    id: this.id,
    form: this.form,
    get: (id) => this.api.get(id),
    toFormValue: formValueFromIndicator,
    pageTitle: (indicator) => $localize`:@@indicators.form.pageTitle:${indicator.code}:code: bearbeiten`,
    conflict: this.conflict,
  });
  protected readonly indicator = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;
  protected readonly mayEdit = computed(() => !this.isEdit() || (this.indicator()?.permissions.edit ?? false));

  protected submit(): void {
    if (!this.editing.begin()) return;
    const value = this.form.getRawValue();
    const existing = this.indicator();
    const started = this.editing.started;
    let request: Observable<Indicator>;
    if (existing && started) {
      const changes = changedFields(toIndicatorInput(started), toIndicatorInput(value));
      if (Object.keys(changes).length === 0) {
        this.editing.done(['/kennzahlen', existing.id], $localize`:@@indicators.form.noChanges:Es gab keine Änderungen zu speichern.`);
        return;
      }
      request = this.api.update(existing.id, { ...changes, version: existing.version });
    } else {
      request = this.api.create(toIndicatorInput(value));
    }
    this.saving.set(true);
    request.subscribe({
      next: (saved) =>
        this.editing.done(
          ['/kennzahlen', saved.id],
          existing
            ? $localize`:@@indicators.form.savedNotice:Die Änderungen wurden gespeichert.`
            : $localize`:@@indicators.form.createdNotice:Die Kennzahl wurde angelegt.`,
        ),
      error: (error: unknown) => this.editing.failed(error),
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}
