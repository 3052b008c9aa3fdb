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
import { MatSelectModule } from '@angular/material/select';
import { MILESTONE_STATES, type Milestone, type MilestoneInput, type MilestoneState, type OrgUnitRef } from '@klimaschutz/contracts';
import { MILESTONE_STATE_LABELS } from '../shared/labels';
import { todayIsoDate } from '../shared/format';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { RecordSaving } from '../shared/record-saving';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { MeasureApi } from './measure-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { map } from 'rxjs';

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
    SaveConflict,
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
  protected readonly texts = { titleRequired: $localize`:@@measures.form.titleRequired:Bitte einen Titel angeben.` };
  protected readonly conflict = new EditConflict<Milestone, MilestoneFormValue>({
    labels: {
      title: $localize`:@@measures.milestones.col.title:Titel`,
      responsibleOrgUnitId: $localize`:@@measures.milestones.col.responsible:Verantwortlich`,
      dueDate: $localize`:@@measures.milestones.col.due:Fällig am`,
      state: $localize`:@@measures.milestones.col.state:Status`,
      doneDate: $localize`:@@measures.milestones.col.done:Erledigt am`,
    },
    display: displayNames<MilestoneFormValue>({ state: MILESTONE_STATE_LABELS }, { responsibleOrgUnitId: () => this.orgUnits() }),
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    responsibleOrgUnitId: [''],
    dueDate: [''],
    state: ['OPEN' as MilestoneState],
    doneDate: [''],
  });
  protected readonly editing = new RecordSaving({
    form: this.form,
    conflict: this.conflict,
    toFormValue: formValueFromMilestone,
    // The measure carries its milestones: the stored one is read from there.
    reload: (milestone) => this.api.get(this.measureId()).pipe(map((measure) => measure.milestones.find((m) => m.id === milestone.id))),
    gone: {
      status: 404,
      title: $localize`:@@measures.milestoneForm.gone.title:Nicht gefunden`,
      detail: $localize`:@@measures.milestoneForm.gone.detail:Dieser Meilenstein wurde inzwischen gelöscht.`,
    },
    invalid: () => this.titleInput()?.nativeElement.focus(),
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
    const value = this.form.getRawValue();
    const body: MilestoneInput = {
      title: value.title.trim(),
      responsibleOrgUnitId: value.responsibleOrgUnitId || null,
      dueDate: value.dueDate || null,
      state: value.state,
      doneDate: value.doneDate || null,
    };
    this.editing.save(
      (existing) =>
        existing
          ? this.api.updateMilestone(this.measureId(), existing.id, { ...body, version: existing.version })
          : this.api.addMilestone(this.measureId(), body),
      (milestone, existing) =>
        this.saved.emit(
          existing
            ? $localize`:@@measures.milestoneForm.saved:Meilenstein „${milestone.title}:title:“ wurde gespeichert.`
            : $localize`:@@measures.milestoneForm.added:Meilenstein „${milestone.title}:title:“ wurde hinzugefügt.`,
        ),
    );
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }

  private fill(milestone: Milestone | null): void {
    this.editing.fill(milestone);
    this.titleInput()?.nativeElement.focus();
  }
}

type MilestoneFormValue = ReturnType<MilestoneForm['form']['getRawValue']>;

function formValueFromMilestone(milestone: Milestone | null) {
  return {
    title: milestone?.title ?? '',
    responsibleOrgUnitId: milestone?.responsibleOrgUnit?.id ?? '',
    dueDate: milestone?.dueDate ?? '',
    state: milestone?.state ?? ('OPEN' as MilestoneState),
    doneDate: milestone?.doneDate ?? '',
  };
}
