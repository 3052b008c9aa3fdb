import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type InboxReportState, type Timeliness } from '@klimaschutz/contracts';
import { INBOX_REPORT_STATE_LABELS, TIMELINESS_LABELS } from '../shared/labels';

/** Where a Sachstandsmeldung stands ("eingereicht"): a dot for scanning plus the word. */
@Component({
  selector: 'ksc-report-state-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="cssClass()" data-testid="report-state-badge"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label() }}</span
  >`,
})
export class ReportStateBadge {
  readonly state = input.required<InboxReportState>();
  protected readonly label = computed(() => INBOX_REPORT_STATE_LABELS[this.state()]);
  protected readonly cssClass = computed(() => `badge badge--report-${this.state().toLowerCase()}`);
}

/** Whether the expected report came in time ("verspätet"), in words. */
@Component({
  selector: 'ksc-timeliness-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="cssClass()" data-testid="timeliness-badge"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label() }}</span
  >`,
})
export class TimelinessBadge {
  readonly timeliness = input.required<Timeliness>();
  protected readonly label = computed(() => TIMELINESS_LABELS[this.timeliness()]);
  protected readonly cssClass = computed(() => `badge badge--timeliness-${this.timeliness().toLowerCase()}`);
}
