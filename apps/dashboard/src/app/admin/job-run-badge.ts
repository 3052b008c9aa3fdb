import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { JobRun } from '@klimaschutz/contracts';
import { JOB_RUN_STATUS_LABELS } from '../shared/dashboard-labels';

/** Outcome of a job run: a dot plus the word, never colour alone. */
@Component({
  selector: 'ksc-job-run-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="cssClass()" data-testid="job-run-status"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label() }}</span
  >`,
})
export class JobRunBadge {
  readonly status = input.required<JobRun['status']>();
  protected readonly label = computed(() => JOB_RUN_STATUS_LABELS[this.status()]);
  protected readonly cssClass = computed(() => `badge badge--${this.status().toLowerCase()}`);
}
