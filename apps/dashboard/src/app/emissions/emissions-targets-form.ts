import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  EMISSION_PATH_MODES,
  EMISSION_PATH_MODE_LABELS,
  EMISSION_TARGET_KINDS,
  type EmissionTargetKind,
  type EmissionTargets,
} from '@klimaschutz/contracts';
import { catchError, map, of } from 'rxjs';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { formatGermanNumber } from '../shared/german-input';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
import { SaveConflict } from '../shared/save-conflict';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { EmissionsApi } from './emissions-api';
import {
  TARGETS_FIELD_LABELS,
  createInterimRow,
  createPointRow,
  createTargetsForm,
  targetsFormValue,
  toTargetsInput,
  type TargetsFormValue,
} from './emissions-targets-form-model';

/** The one target set of the city, as RecordEditing handles records. */
type TargetsRecord = EmissionTargets & { id: string };
const TARGETS_ID = 'targets';

const KIND_LABELS: Record<EmissionTargetKind, string> = {
  ABSOLUTE: $localize`:@@emissions.targets.kind.absolute:t CO₂e im Zieljahr`,
  PERCENT_BELOW_BASE: $localize`:@@emissions.targets.kind.percent:% unter dem Basisjahr`,
};

/** `/thg-bilanz/ziele`: base year, neutrality year, interim targets, path, budget and publication; climate managers. */
@Component({
  selector: 'ksc-emissions-targets-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatCheckboxModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './emissions-targets-form.html',
  styles: `
    .radio-column {
      display: flex;
      flex-direction: column;
      margin-bottom: 0.75rem;
    }
    .row {
      border-top: 1px solid var(--ksc-border);
      padding-top: 0.5rem;
    }
  `,
})
export class EmissionsTargetsForm {
  private readonly api = inject(EmissionsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly labels = TARGETS_FIELD_LABELS;
  protected readonly modes = EMISSION_PATH_MODES;
  protected readonly modeLabels = EMISSION_PATH_MODE_LABELS;
  protected readonly kinds = EMISSION_TARGET_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly form = createTargetsForm(this.fb);
  protected readonly sectors = toSignal(this.api.sectors().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly messages = {
    baseYear: $localize`:@@emissions.targets.baseYearRequired:Bitte das Basisjahr angeben, z. B. 1990.`,
    neutralityYear: $localize`:@@emissions.targets.neutralityYearRequired:Bitte das Zieljahr angeben, z. B. 2040.`,
    rowYear: $localize`:@@emissions.targets.rowYearRequired:Bitte das Jahr angeben.`,
    rowValue: $localize`:@@emissions.targets.rowValueRequired:Bitte den Wert angeben.`,
  };

  protected readonly conflict = new EditConflict<TargetsRecord, TargetsFormValue>({
    labels: TARGETS_FIELD_LABELS,
    display: (field, value) => {
      if (field === 'interimTargets')
        return (value as TargetsFormValue['interimTargets'])
          .map((i) => `${i.year}: ${formatGermanNumber(i.value)} ${KIND_LABELS[i.kind]}`)
          .join('; ');
      if (field === 'pathPoints')
        return (value as TargetsFormValue['pathPoints']).map((p) => `${p.year}: ${formatGermanNumber(p.tCo2e)} t`).join('; ');
      if (field === 'baseYear' || field === 'neutralityYear' || field === 'budgetStartYear')
        return value === null ? undefined : String(value);
      return this.names(field, value);
    },
  });
  private readonly names = displayNames<TargetsFormValue>({ pathMode: EMISSION_PATH_MODE_LABELS });

  private readonly editing = new RecordEditing<TargetsRecord, TargetsFormValue>({
    id: signal(TARGETS_ID),
    form: this.form,
    get: () => this.api.targets().pipe(map((t) => ({ ...t, id: TARGETS_ID }))),
    toFormValue: targetsFormValue,
    pageTitle: () => $localize`:@@emissions.targets.pageTitle:Klimaziel und Pfad`,
    conflict: this.conflict,
    lastChange: (stored) => of({ changedAt: stored.updatedAt }),
  });
  protected readonly record = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;

  protected addInterim(): void {
    this.form.controls.interimTargets.push(createInterimRow(this.fb));
    this.form.markAsDirty();
    this.editing.focus(`[data-testid="emissions-interim-year-${this.form.controls.interimTargets.length - 1}"]`);
  }

  protected removeInterim(index: number): void {
    this.form.controls.interimTargets.removeAt(index);
    this.form.markAsDirty();
    this.editing.focus('[data-testid="emissions-add-interim"]');
  }

  protected addPoint(): void {
    this.form.controls.pathPoints.push(createPointRow(this.fb));
    this.form.markAsDirty();
    this.editing.focus(`[data-testid="emissions-point-year-${this.form.controls.pathPoints.length - 1}"]`);
  }

  protected removePoint(index: number): void {
    this.form.controls.pathPoints.removeAt(index);
    this.form.markAsDirty();
    this.editing.focus('[data-testid="emissions-add-point"]');
  }

  protected submit(): void {
    if (!this.editing.begin()) return;
    const stored = this.record();
    if (!stored) return;
    this.saving.set(true);
    this.api.saveTargets(toTargetsInput(this.form.getRawValue(), stored.version)).subscribe({
      next: () => this.editing.done(['/thg-bilanz'], $localize`:@@emissions.targets.saved:Klimaziel und Pfad wurden gespeichert.`),
      error: (error: unknown) => this.editing.failed(error),
    });
  }

  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}
