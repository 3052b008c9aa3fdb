import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ReportingPeriod, ReportingPeriodInput } from '@klimaschutz/contracts';
import { EditConflict } from '../shared/edit-conflict';
import { RecordSaving } from '../shared/record-saving';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe, notBefore } from '../shared/validation-messages';
import { ReportingApi } from './reporting-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** Create or edit a reporting period (name, start, end, due date); talks to the API itself. */
@Component({
  selector: 'ksc-period-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="period-form-title" data-testid="period-form">
      <h2 id="period-form-title">
        @if (period()) {
          <ng-container i18n="@@reporting.periodForm.editHeading">Berichtszeitraum bearbeiten</ng-container>
        } @else {
          <ng-container i18n="@@reporting.periods.new">Neuer Berichtszeitraum</ng-container>
        }
      </h2>
      <ksc-problem-alert [problem]="editing.problem()" [messages]="editing.unmatched()" />
      <p class="hint" i18n="@@reporting.periodForm.hint">
        Alle Felder sind Pflichtfelder. Mit dem Anlegen wird von jeder aktiven Maßnahme eine Sachstandsmeldung der federführenden
        Organisationseinheit erwartet.
      </p>
      <div class="form-grid">
        <mat-form-field class="span-all">
          <mat-label i18n="@@reporting.periods.col.name">Name</mat-label>
          <input #nameInput matInput formControlName="name" required data-testid="period-form-name" />
          <mat-hint i18n="@@reporting.periodForm.nameHint">z. B. „Sachstand 2027“ oder „Q1 2027“</mat-hint>
          <mat-error>{{ form.controls.name.errors | kscValidationMessage: texts.nameRequired }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@reporting.periodForm.start">Beginn</mat-label>
          <input matInput kscGermanDate formControlName="startDate" required data-testid="period-form-startDate" />
          <mat-error>{{ form.controls.startDate.errors | kscValidationMessage: texts.startRequired }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@reporting.periodForm.end">Ende</mat-label>
          <input matInput kscGermanDate formControlName="endDate" required data-testid="period-form-endDate" />
          <mat-error>{{ form.controls.endDate.errors | kscValidationMessage: texts.endRequired }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@reporting.periods.col.due">Abgabefrist</mat-label>
          <input matInput kscGermanDate formControlName="dueDate" required data-testid="period-form-dueDate" />
          <mat-hint i18n="@@reporting.periodForm.dueHint">Meldungen sind bis einschließlich zu diesem Tag fällig.</mat-hint>
          <mat-error>{{ form.controls.dueDate.errors | kscValidationMessage: texts.dueRequired }}</mat-error>
        </mat-form-field>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="editing.saving()" data-testid="period-save">
          @if (period()) {
            <ng-container i18n="@@reporting.periodForm.saveChanges">Änderungen speichern</ng-container>
          } @else {
            <ng-container i18n="@@reporting.periodForm.create">Berichtszeitraum anlegen</ng-container>
          }
        </button>
        <button mat-button type="button" (click)="cancelled.emit()" data-testid="period-cancel" i18n="@@reporting.cancel">Abbrechen</button>
      </div>
      <ksc-save-conflict
        [conflict]="conflict.state()"
        what="diesen Berichtszeitraum"
        i18n-what="@@reporting.periodForm.conflictWhat"
        (keepMine)="resolveConflict(true)"
        (takeTheirs)="resolveConflict(false)"
      />
    </form>
  `,
})
export class PeriodForm {
  /** `null` creates a new period. */
  readonly period = input<ReportingPeriod | null>(null);
  readonly saved = output<{ period: ReportingPeriod; message: string }>();
  readonly cancelled = output<void>();

  private readonly api = inject(ReportingApi);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');

  protected readonly texts = {
    nameRequired: $localize`:@@reporting.periodForm.nameRequired:Bitte einen Namen angeben.`,
    startRequired: $localize`:@@reporting.periodForm.startRequired:Bitte den Beginn angeben.`,
    endRequired: $localize`:@@reporting.periodForm.endRequired:Bitte das Ende angeben.`,
    dueRequired: $localize`:@@reporting.periodForm.dueRequired:Bitte die Abgabefrist angeben.`,
  };
  protected readonly conflict = new EditConflict<ReportingPeriod, PeriodFormValue>({
    labels: {
      name: $localize`:@@reporting.periods.col.name:Name`,
      startDate: $localize`:@@reporting.periodForm.start:Beginn`,
      endDate: $localize`:@@reporting.periodForm.end:Ende`,
      dueDate: $localize`:@@reporting.periods.col.due:Abgabefrist`,
    },
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    startDate: ['', Validators.required],
    endDate: ['', [Validators.required, notBefore('startDate')]],
    dueDate: ['', [Validators.required, notBefore('startDate', 'dueBeforeStart')]],
  });
  protected readonly editing = new RecordSaving({
    form: this.form,
    conflict: this.conflict,
    toFormValue: formValueFromPeriod,
    reload: (period) => this.api.period(period.id),
    invalid: () => this.nameInput()?.nativeElement.focus(),
  });

  constructor() {
    effect(() => {
      const period = this.period();
      untracked(() => this.fill(period));
    });
    // End and due date are checked against the start, so re-check them when it moves.
    this.form.controls.startDate.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.endDate.updateValueAndValidity();
      this.form.controls.dueDate.updateValueAndValidity();
    });
    afterNextRender(() => this.nameInput()?.nativeElement.focus());
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const body: ReportingPeriodInput = { ...value, name: value.name.trim() };
    this.editing.save(
      (existing) => (existing ? this.api.updatePeriod(existing.id, { ...body, version: existing.version }) : this.api.createPeriod(body)),
      (period, existing) =>
        this.saved.emit({
          period,
          message: existing
            ? $localize`:@@reporting.periodForm.saved:Der Berichtszeitraum „${period.name}:name:“ wurde gespeichert.`
            : $localize`:@@reporting.periodForm.created:Der Berichtszeitraum „${period.name}:name:“ wurde angelegt und ist offen für Meldungen.`,
        }),
    );
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }

  private fill(period: ReportingPeriod | null): void {
    this.editing.fill(period);
    this.nameInput()?.nativeElement.focus();
  }
}

type PeriodFormValue = ReturnType<typeof formValueFromPeriod>;

function formValueFromPeriod(period: ReportingPeriod | null) {
  return {
    name: period?.name ?? '',
    startDate: period?.startDate ?? '',
    endDate: period?.endDate ?? '',
    dueDate: period?.dueDate ?? '',
  };
}
