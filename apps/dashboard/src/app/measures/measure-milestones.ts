import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { type Measure, type Milestone, type OrgUnitRef, type Problem, type User } from '@klimaschutz/contracts';
import { MILESTONE_STATE_LABELS } from '../shared/labels';
import { filter, switchMap } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { todayIsoDate } from '../shared/format';
import { FormatDatePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { MeasureApi } from './measure-api';
import { MilestoneForm } from './milestone-form';

/** Milestones of a measure: who does what by when, across departments. */
@Component({
  selector: 'ksc-measure-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ProblemAlert, MilestoneForm, FormatDatePipe],
  templateUrl: './measure-milestones.html',
})
export class MeasureMilestones {
  readonly measure = input.required<Measure>();
  readonly user = input<User | null>(null);
  /** Emits a German success message after every write. */
  readonly changed = output<string>();

  private readonly api = inject(MeasureApi);
  private readonly dialog = inject(MatDialog);

  protected readonly stateLabels = MILESTONE_STATE_LABELS;
  protected readonly today = todayIsoDate();
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busyId = signal<string | null>(null);
  /** `undefined`: no form; `null`: form for a new milestone; otherwise the one being edited. */
  protected readonly editing = signal<Milestone | null | undefined>(undefined);

  protected readonly canManage = computed(() => this.measure().permissions.manageMilestones);
  /** Lead and participating org units: the only ones a milestone can be assigned to. */
  protected readonly orgUnits = computed<OrgUnitRef[]>(() => {
    const m = this.measure();
    return [m.leadOrgUnit, ...m.participatingOrgUnits.filter((u) => u.id !== m.leadOrgUnit.id)];
  });
  protected readonly milestones = computed(() =>
    [...this.measure().milestones].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
  );

  /** Climate managers may close any milestone; a department only those of its own org unit. */
  protected canMarkDone(milestone: Milestone): boolean {
    if (milestone.state !== 'OPEN' || this.measure().archived) {
      return false;
    }
    if (this.canManage()) {
      return true;
    }
    const user = this.user();
    return user?.role === 'DEPARTMENT' && !!user.orgUnit && milestone.responsibleOrgUnit?.id === user.orgUnit.id;
  }

  protected isOverdue(milestone: Milestone): boolean {
    return milestone.state === 'OPEN' && !!milestone.dueDate && milestone.dueDate < this.today;
  }

  protected markDone(milestone: Milestone): void {
    this.busyId.set(milestone.id);
    this.problem.set(null);
    this.api
      .updateMilestone(this.measure().id, milestone.id, {
        state: 'DONE',
        doneDate: this.today,
        version: milestone.version,
      })
      .subscribe({
        next: () =>
          this.done($localize`:@@measures.milestones.markedDone:Meilenstein „${milestone.title}:title:“ wurde als erledigt markiert.`),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected remove(milestone: Milestone): void {
    confirmAction(this.dialog, {
      title: $localize`:@@measures.milestones.deleteConfirm.title:Meilenstein löschen?`,
      message: $localize`:@@measures.milestones.deleteConfirm.message:Der Meilenstein „${milestone.title}:title:“ wird gelöscht.`,
      confirmLabel: $localize`:@@measures.milestones.deleteConfirm.confirm:Löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busyId.set(milestone.id);
          this.problem.set(null);
          return this.api.deleteMilestone(this.measure().id, milestone.id);
        }),
      )
      .subscribe({
        next: () => this.done($localize`:@@measures.milestones.deleted:Meilenstein „${milestone.title}:title:“ wurde gelöscht.`),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected onSaved(message: string): void {
    this.editing.set(undefined);
    this.changed.emit(message);
  }

  private done(message: string): void {
    this.busyId.set(null);
    this.changed.emit(message);
  }

  private fail(error: unknown): void {
    this.busyId.set(null);
    const problem = toProblem(error);
    this.problem.set(
      problem.status === 409
        ? {
            ...problem,
            detail: $localize`:@@measures.milestones.stale:Der Meilenstein wurde inzwischen geändert. Die Liste wurde neu geladen – bitte erneut versuchen.`,
          }
        : problem,
    );
    if (problem.status === 409) {
      this.changed.emit($localize`:@@measures.milestones.reloaded:Die Meilensteine wurden neu geladen.`);
    }
  }
}
