import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Problem, ReportingPeriod, ReportingPeriodInput } from '@klimaschutz/contracts';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe, notBefore } from '../shared/validation-messages';
import { ReportingApi } from './reporting-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** Create or edit a reporting period (name, start, end, due date); talks to the API itself. */
@Component({
  selector: 'ksc-period-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, ProblemAlert, ValidationMessagePipe, ...GERMAN_INPUTS],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="period-form-title" data-testid="period-form">
      <h2 id="period-form-title">{{ period() ? 'Berichtszeitraum bearbeiten' : 'Neuer Berichtszeitraum' }}</h2>
      <ksc-problem-alert [problem]="problem()" [messages]="unmatched()">
        @if (conflict()) {
          <button mat-stroked-button type="button" (click)="reloadRequested.emit()" data-testid="period-reload">
            Aktuellen Stand laden
          </button>
        }
      </ksc-problem-alert>
      <p class="hint">
        Alle Felder sind Pflichtfelder. Mit dem Anlegen wird von jeder aktiven Maßnahme eine Sachstandsmeldung der
        federführenden Organisationseinheit erwartet.
      </p>
      <div class="form-grid">
        <mat-form-field class="span-all">
          <mat-label>Name</mat-label>
          <input #nameInput matInput formControlName="name" required data-testid="period-form-name" />
          <mat-hint>z. B. „Sachstand 2027“ oder „Q1 2027“</mat-hint>
          <mat-error>{{ form.controls.name.errors | kscValidationMessage: 'Bitte einen Namen angeben.' }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Beginn</mat-label>
          <input matInput kscGermanDate formControlName="startDate" required data-testid="period-form-startDate" />
          <mat-error>{{ form.controls.startDate.errors | kscValidationMessage: 'Bitte den Beginn angeben.' }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Ende</mat-label>
          <input matInput kscGermanDate formControlName="endDate" required data-testid="period-form-endDate" />
          <mat-error>{{ form.controls.endDate.errors | kscValidationMessage: 'Bitte das Ende angeben.' }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Abgabefrist</mat-label>
          <input matInput kscGermanDate formControlName="dueDate" required data-testid="period-form-dueDate" />
          <mat-hint>Meldungen sind bis einschließlich zu diesem Tag fällig.</mat-hint>
          <mat-error>{{ form.controls.dueDate.errors | kscValidationMessage: 'Bitte die Abgabefrist angeben.' }}</mat-error>
        </mat-form-field>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="period-save">
          {{ period() ? 'Änderungen speichern' : 'Berichtszeitraum anlegen' }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()" data-testid="period-cancel">Abbrechen</button>
      </div>
    </form>
  `,
})
export class PeriodForm {
  /** `null` creates a new period. */
  readonly period = input<ReportingPeriod | null>(null);
  readonly saved = output<{ period: ReportingPeriod; message: string }>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  private readonly api = inject(ReportingApi);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');

  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    startDate: ['', Validators.required],
    endDate: ['', [Validators.required, notBefore('startDate')]],
    dueDate: ['', [Validators.required, notBefore('startDate', 'dueBeforeStart')]],
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
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.nameInput()?.nativeElement.focus();
      return;
    }
    const value = this.form.getRawValue();
    const body: ReportingPeriodInput = { ...value, name: value.name.trim() };
    const existing = this.period();
    const request = existing
      ? this.api.updatePeriod(existing.id, { ...body, version: existing.version })
      : this.api.createPeriod(body);
    this.saving.set(true);
    request.subscribe({
      next: (period) => {
        this.saving.set(false);
        this.saved.emit({
          period,
          message: existing
            ? `Der Berichtszeitraum „${period.name}“ wurde gespeichert.`
            : `Der Berichtszeitraum „${period.name}“ wurde angelegt und ist offen für Meldungen.`,
        });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        // 409 is either a stale version (reload) or a duplicate name (a field error).
        this.conflict.set(problem.status === 409 && !!existing && !problem.errors?.length);
        this.problem.set(
          this.conflict()
            ? {
                ...problem,
                detail: 'Dieser Berichtszeitraum wurde inzwischen von jemand anderem geändert. Laden Sie den aktuellen Stand; Ihre Eingaben gehen dabei verloren.',
              }
            : problem,
        );
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  private fill(period: ReportingPeriod | null): void {
    this.problem.set(null);
    this.conflict.set(false);
    this.form.reset({
      name: period?.name ?? '',
      startDate: period?.startDate ?? '',
      endDate: period?.endDate ?? '',
      dueDate: period?.dueDate ?? '',
    });
    this.nameInput()?.nativeElement.focus();
  }
}
