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
import { MatSelectModule } from '@angular/material/select';
import {
  MILESTONE_STATES,
  MILESTONE_STATE_LABELS,
  type Milestone,
  type MilestoneInput,
  type MilestoneState,
  type OrgUnitRef,
  type Problem,
} from '@klimaschutz/contracts';
import { todayIsoDate } from '../shared/format';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { MeasureApi } from './measure-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** Add or edit one milestone; it talks to the API itself so server errors land on its fields. */
@Component({
  selector: 'ksc-milestone-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    ProblemAlert,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './milestone-form.html',
})
export class MilestoneForm {
  readonly measureId = input.required<string>();
  /** `null` creates a new milestone. */
  readonly milestone = input<Milestone | null>(null);
  readonly orgUnits = input<readonly OrgUnitRef[]>([]);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  private readonly api = inject(MeasureApi);
  private readonly titleInput = viewChild<ElementRef<HTMLInputElement>>('titleInput');

  protected readonly states = MILESTONE_STATES;
  protected readonly stateLabels = MILESTONE_STATE_LABELS;
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    responsibleOrgUnitId: [''],
    dueDate: [''],
    state: ['OPEN' as MilestoneState],
    doneDate: [''],
  });

  constructor() {
    effect(() => {
      const milestone = this.milestone();
      untracked(() => this.fill(milestone));
    });
    // Marking a milestone done without a date means "done today".
    this.form.controls.state.valueChanges.pipe(takeUntilDestroyed()).subscribe((state) => {
      if (state === 'DONE' && !this.form.controls.doneDate.value) {
        this.form.controls.doneDate.setValue(todayIsoDate());
      }
    });
    afterNextRender(() => this.titleInput()?.nativeElement.focus());
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.titleInput()?.nativeElement.focus();
      return;
    }
    const value = this.form.getRawValue();
    const body: MilestoneInput = {
      title: value.title.trim(),
      responsibleOrgUnitId: value.responsibleOrgUnitId || null,
      dueDate: value.dueDate || null,
      state: value.state,
      doneDate: value.doneDate || null,
    };
    const existing = this.milestone();
    const request = existing
      ? this.api.updateMilestone(this.measureId(), existing.id, { ...body, version: existing.version })
      : this.api.addMilestone(this.measureId(), body);
    this.saving.set(true);
    request.subscribe({
      next: (milestone) =>
        this.saved.emit(
          existing
            ? `Meilenstein „${milestone.title}“ wurde gespeichert.`
            : `Meilenstein „${milestone.title}“ wurde hinzugefügt.`,
        ),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.conflict.set(problem.status === 409 && !!existing);
        this.problem.set(
          this.conflict()
            ? {
                ...problem,
                detail:
                  'Dieser Meilenstein wurde inzwischen von jemand anderem geändert. Laden Sie den aktuellen Stand; Ihre Eingaben gehen dabei verloren.',
              }
            : problem,
        );
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  protected reloadAfterConflict(): void {
    this.saved.emit('Die Meilensteine wurden neu geladen.');
  }

  private fill(milestone: Milestone | null): void {
    this.problem.set(null);
    this.conflict.set(false);
    this.form.reset({
      title: milestone?.title ?? '',
      responsibleOrgUnitId: milestone?.responsibleOrgUnit?.id ?? '',
      dueDate: milestone?.dueDate ?? '',
      state: milestone?.state ?? 'OPEN',
      doneDate: milestone?.doneDate ?? '',
    });
    this.titleInput()?.nativeElement.focus();
  }
}
