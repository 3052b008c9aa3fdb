import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import type { Feedback, Problem } from '@klimaschutz/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { SiteContentApi } from './site-content-api';

/** Barrier reports and questions from the public form; open ones first. */
@Component({
  selector: 'ksc-feedback-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatPaginatorModule, ProblemAlert, FormatDateTimePipe],
  templateUrl: './feedback-admin.html',
  styles: `
    .message {
      white-space: pre-line;
      overflow-wrap: anywhere;
      min-width: 16rem;
    }
  `,
})
export class FeedbackAdmin {
  private readonly api = inject(SiteContentApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly paging = signal({ page: 1, pageSize: 20, revision: 0 });
  protected readonly items = signal<Feedback[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly busyId = signal<string | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    toObservable(this.paging)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ page, pageSize }) =>
          this.api.feedback(page, pageSize).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (result) {
          this.items.set(result.items);
          this.total.set(result.total);
        }
      });
  }

  protected onPage(event: PageEvent): void {
    this.paging.set({ page: event.pageIndex + 1, pageSize: event.pageSize, revision: this.paging().revision });
  }

  protected toggle(item: Feedback): void {
    this.busyId.set(item.id);
    this.problem.set(null);
    this.api.setHandled(item.id, !item.handled, item.version).subscribe({
      next: () => {
        this.busyId.set(null);
        const message = item.handled ? 'Die Rückmeldung ist wieder offen.' : 'Die Rückmeldung ist als erledigt markiert.';
        this.notice.set(message);
        void this.announcer.announce(message);
        this.refresh();
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        const problem = toProblem(error);
        this.problem.set(
          problem.status === 409
            ? { ...problem, detail: 'Diese Rückmeldung wurde inzwischen von jemand anderem bearbeitet. Die Liste wurde neu geladen.' }
            : problem,
        );
        if (problem.status === 409 || problem.status === 404) {
          this.refresh();
        }
      },
    });
  }

  private refresh(): void {
    this.paging.update((p) => ({ ...p, revision: p.revision + 1 }));
  }
}
