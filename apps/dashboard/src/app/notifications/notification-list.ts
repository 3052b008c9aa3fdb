import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { type Notification, type NotificationPage, type NotificationPreferences, type Problem } from '@klimaschutz/contracts';
import { EMAIL_STATE_LABELS, NOTIFICATION_KIND_LABELS } from '../shared/labels';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { NotificationApi } from './notification-api';
import { UnreadNotifications } from './unread-notifications';

export const NOTIFICATION_PAGE_SIZES = [10, 20, 50] as const;

interface Query {
  unreadOnly: boolean;
  page: number;
  pageSize: number;
  /** Bumped to load the same query again. */
  revision: number;
}

type LoadResult = { page: NotificationPage; problem: null } | { page: null; problem: Problem };

/** "Benachrichtigungen": the user's notifications, unread first, and the email switch. */
@Component({
  selector: 'ksc-notification-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatCheckboxModule, MatPaginatorModule, MatSlideToggleModule, ProblemAlert, FormatDateTimePipe],
  templateUrl: './notification-list.html',
  styleUrl: './notification-list.scss',
})
export class NotificationList {
  private readonly api = inject(NotificationApi);
  private readonly unread = inject(UnreadNotifications);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);

  protected readonly kindLabels = NOTIFICATION_KIND_LABELS;
  protected readonly emailLabels = EMAIL_STATE_LABELS;
  protected readonly pageSizes = [...NOTIFICATION_PAGE_SIZES];

  protected readonly query = signal<Query>({ unreadOnly: false, page: 1, pageSize: 20, revision: 0 });
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly result = signal<NotificationPage | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly unreadCount = computed(() => this.result()?.unread ?? 0);
  protected readonly summary = computed(() => {
    const unread = this.unreadCount();
    return unread === 0
      ? $localize`:@@notifications.summary.none:Keine ungelesenen Benachrichtigungen`
      : unread === 1
        ? $localize`:@@notifications.summary.one:1 ungelesene Benachrichtigung`
        : $localize`:@@notifications.summary.many:${unread}:count: ungelesene Benachrichtigungen`;
  });

  protected readonly preferences = signal<NotificationPreferences | null>(null);
  protected readonly preferenceProblem = signal<Problem | null>(null);
  protected readonly savingPreference = signal(false);

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((q) =>
          this.api.list({ unread: q.unreadOnly, page: q.page, pageSize: q.pageSize }).pipe(
            map((page): LoadResult => ({ page, problem: null })),
            catchError((error: unknown) => of<LoadResult>({ page: null, problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.problem.set(result.problem);
        if (result.page) {
          this.result.set(result.page);
          this.unread.set(result.page.unread);
        }
      });
    this.api
      .preferences()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (preferences) => this.preferences.set(preferences),
        error: (error: unknown) => this.preferenceProblem.set(toProblem(error)),
      });
  }

  protected showUnreadOnly(unreadOnly: boolean): void {
    this.query.update((q) => ({ ...q, unreadOnly, page: 1 }));
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  /** Following the link marks the notification read; the navigation does not wait for it. */
  /** Links carry query parameters (e.g. the reporting period); a plain string would encode the `?`. */
  protected urlOf(link: string): UrlTree {
    return this.router.parseUrl(link);
  }

  protected open(notification: Notification): void {
    if (!notification.readAt) {
      this.api.markRead(notification.id).subscribe({ next: () => this.unread.refresh(), error: () => undefined });
    }
  }

  protected markRead(notification: Notification): void {
    this.busy.set(true);
    this.api.markRead(notification.id).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.result.update((page) =>
          page
            ? { ...page, unread: Math.max(0, page.unread - 1), items: page.items.map((n) => (n.id === updated.id ? updated : n)) }
            : page,
        );
        this.unread.set(this.unreadCount());
        void this.announcer.announce($localize`:@@notifications.markedRead:Als gelesen markiert.`);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected markAllRead(): void {
    this.busy.set(true);
    this.api.markAllRead().subscribe({
      next: (result) => {
        this.busy.set(false);
        this.unread.set(result.unread);
        this.query.update((q) => ({ ...q, page: 1, revision: q.revision + 1 }));
        void this.announcer.announce(
          result.marked === 1 ? '1 Benachrichtigung als gelesen markiert.' : `${result.marked} Benachrichtigungen als gelesen markiert.`,
        );
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected setEmail(emailNotifications: boolean): void {
    this.savingPreference.set(true);
    this.preferenceProblem.set(null);
    this.api.updatePreferences({ emailNotifications }).subscribe({
      next: (preferences) => {
        this.savingPreference.set(false);
        this.preferences.set(preferences);
        void this.announcer.announce(
          emailNotifications
            ? $localize`:@@notifications.email.on:E-Mail-Benachrichtigungen eingeschaltet.`
            : $localize`:@@notifications.email.off:E-Mail-Benachrichtigungen ausgeschaltet.`,
        );
      },
      error: (error: unknown) => {
        this.savingPreference.set(false);
        this.preferenceProblem.set(toProblem(error));
        // Show the stored state again, not what the switch was moved to.
        this.preferences.update((p) => (p ? { ...p } : p));
      },
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(toProblem(error));
  }
}
