import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import type { Feedback, Problem } from '@klimaschutz/contracts';
import { Observable, catchError, filter, of, switchMap, tap } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { SiteContentApi } from './site-content-api';

/**
 * Barrier reports and questions from the public form; open ones first. Closed ones are deleted after
 * the retention period; a sender's name and address, or a whole message, can be deleted on request.
 */
import { ListTable, type ListTableTexts } from '../shared/list-parts';

@Component({
  selector: 'ksc-feedback-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListTable, MatButtonModule, MatPaginatorModule, ProblemAlert, FormatDateTimePipe],
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
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@admin.feedback.tableRegion:Tabelle der Rückmeldungen`,
    caption: $localize`:@@admin.feedback.caption:Rückmeldungen, offene zuerst`,
    loading: $localize`:@@admin.feedback.loading:Rückmeldungen werden geladen …`,
    empty: $localize`:@@admin.feedback.empty:Es liegen keine Rückmeldungen vor.`,
  };
  private readonly api = inject(SiteContentApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly dialog = inject(MatDialog);

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
        const message = item.handled
          ? $localize`:@@admin.feedback.reopened:Die Rückmeldung ist wieder offen.`
          : $localize`:@@admin.feedback.markedHandled:Die Rückmeldung ist als erledigt markiert.`;
        this.notice.set(message);
        void this.announcer.announce(message);
        this.refresh();
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        const problem = toProblem(error);
        this.problem.set(
          problem.status === 409
            ? {
                ...problem,
                detail: $localize`:@@admin.feedback.conflict:Diese Rückmeldung wurde inzwischen von jemand anderem bearbeitet. Die Liste wurde neu geladen.`,
              }
            : problem,
        );
        if (problem.status === 409 || problem.status === 404) {
          this.refresh();
        }
      },
    });
  }

  protected eraseSender(item: Feedback): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.feedback.eraseSender.title:Absenderangaben löschen?`,
        message: $localize`:@@admin.feedback.eraseSender.message:Name und E-Mail-Adresse von „${item.name || item.email}:sender:“ werden gelöscht; die Meldung selbst bleibt. Danach kann niemand mehr darauf antworten.`,
        confirmLabel: $localize`:@@admin.feedback.eraseSender.confirm:Absenderangaben löschen`,
      },
      () => this.api.eraseSender(item.id, item.version),
      $localize`:@@admin.feedback.eraseSender.done:Name und E-Mail-Adresse wurden gelöscht.`,
    );
  }

  protected erase(item: Feedback): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.feedback.erase.title:Meldung löschen?`,
        message: $localize`:@@admin.feedback.erase.message:Die Meldung wird mit Absenderangaben und ihrem Verlauf endgültig gelöscht. Festgehalten wird nur, dass sie gelöscht wurde.`,
        confirmLabel: $localize`:@@admin.feedback.erase.confirm:Meldung löschen`,
      },
      () => this.api.eraseFeedback(item.id),
      $localize`:@@admin.feedback.erase.done:Die Meldung wurde gelöscht.`,
    );
  }

  private confirmThen(
    question: { title: string; message: string; confirmLabel: string },
    action: () => Observable<unknown>,
    done: string,
  ): void {
    confirmAction(this.dialog, question)
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.problem.set(null);
          return action();
        }),
      )
      .subscribe({
        next: () => {
          this.notice.set(done);
          void this.announcer.announce(done);
          this.refresh();
        },
        error: (error: unknown) => {
          this.problem.set(toProblem(error));
          this.refresh();
        },
      });
  }

  private refresh(): void {
    this.paging.update((p) => ({ ...p, revision: p.revision + 1 }));
  }
}
