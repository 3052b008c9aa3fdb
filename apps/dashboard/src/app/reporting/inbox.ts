import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';
import { type Inbox, type InboxItem, type InboxMilestone, type Problem } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS } from '../shared/labels';
import { catchError, of, switchMap, tap } from 'rxjs';
import { MeasureApi } from '../measures/measure-api';
import { todayIsoDate } from '../shared/format';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { groupInbox, inboxAction } from './inbox-model';
import { ReportStateBadge, TimelinessBadge } from './report-badges';
import { ReportingApi } from './reporting-api';

/** Navigation state that pages pass on with a success message ("Die Meldung wurde eingereicht."). */
export interface ReportingNotice {
  notice?: string;
}

/**
 * "Meine Maßnahmen": what the user's org unit has to report in the open periods, what is overdue
 * or sent back, its drafts, and its open milestones across all measures.
 */
@Component({
  selector: 'ksc-inbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    ProblemAlert,
    ReportStateBadge,
    TimelinessBadge,
    FormatDatePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './inbox.html',
})
export class InboxPage {
  private readonly api = inject(ReportingApi);
  private readonly measures = inject(MeasureApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);

  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly texts = { noPeriod: $localize`:@@reporting.inbox.noPeriod:ohne Berichtszeitraum` };
  protected readonly inbox = signal<Inbox | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(
    (this.router.currentNavigation()?.extras.state as ReportingNotice | undefined)?.notice ?? null,
  );
  protected readonly busyMilestone = signal<string | null>(null);
  protected readonly openOnly = signal(false);
  private readonly revision = signal(0);

  protected readonly groups = computed(() => {
    const inbox = this.inbox();
    return inbox ? groupInbox(inbox, this.openOnly()) : [];
  });

  constructor() {
    const initialNotice = this.notice();
    if (initialNotice) {
      void this.announcer.announce(initialNotice);
    }
    toObservable(this.revision)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(() =>
          this.api.inbox().pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((inbox) => {
        this.loading.set(false);
        if (inbox) {
          this.inbox.set(inbox);
        }
      });
  }

  protected action(item: InboxItem) {
    return inboxAction(item);
  }

  protected markDone(milestone: InboxMilestone): void {
    this.busyMilestone.set(milestone.id);
    this.problem.set(null);
    this.measures
      .updateMilestone(milestone.measure.id, milestone.id, { state: 'DONE', doneDate: todayIsoDate(), version: milestone.version })
      .subscribe({
        next: () => {
          this.busyMilestone.set(null);
          this.showNotice(
            $localize`:@@measures.milestones.markedDone:Meilenstein „${milestone.title}:title:“ wurde als erledigt markiert.`,
          );
          this.reload();
        },
        error: (error: unknown) => {
          this.busyMilestone.set(null);
          const problem = toProblem(error);
          this.problem.set(
            problem.status === 409
              ? {
                  ...problem,
                  detail: $localize`:@@reporting.inbox.milestoneStale:Der Meilenstein wurde inzwischen von jemand anderem geändert. Die Liste wurde neu geladen – bitte prüfen Sie ihn erneut.`,
                }
              : problem,
          );
          if (problem.status === 409) this.reload();
        },
      });
  }

  private reload(): void {
    this.revision.update((n) => n + 1);
  }

  private showNotice(message: string): void {
    this.notice.set(message);
    void this.announcer.announce(message);
  }
}
