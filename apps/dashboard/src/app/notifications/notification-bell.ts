import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { catchError, filter, merge, of, switchMap, timer } from 'rxjs';
import { NotificationApi } from './notification-api';
import { UNREAD_POLL_MS, UnreadNotifications, unreadBadge, unreadLabel } from './unread-notifications';

/**
 * The bell in the header: a link to /benachrichtigungen whose name says how many are unread.
 * Only rendered for a signed-in user, so polling starts at login and stops at logout.
 */
@Component({
  selector: 'ksc-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <a
      class="bell"
      routerLink="/benachrichtigungen"
      routerLinkActive="bell--active"
      ariaCurrentWhenActive="page"
      [attr.aria-label]="label()"
      data-testid="notification-bell"
    >
      <svg class="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      @if (badge(); as text) {
        <span class="bell__count" data-testid="notification-count">{{ text }}</span>
      }
    </a>
  `,
  styles: `
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
      border-radius: 50%;
      color: #ffffff;
    }
    .bell:hover,
    .bell--active {
      background: rgb(255 255 255 / 15%);
    }
    .bell:focus-visible {
      outline-color: #ffffff;
    }
    .bell__count {
      position: absolute;
      top: 0;
      right: -0.25rem;
      min-width: 1.4rem;
      padding: 0 0.3rem;
      border-radius: 999px;
      background: #ffffff;
      color: #8c1d18;
      font: var(--mat-sys-label-medium);
      font-weight: 700;
      line-height: 1.4rem;
      text-align: center;
    }
  `,
})
export class NotificationBell {
  private readonly api = inject(NotificationApi);
  private readonly unread = inject(UnreadNotifications);

  protected readonly label = computed(() => unreadLabel(this.unread.count()));
  protected readonly badge = computed(() => unreadBadge(this.unread.count()));

  constructor() {
    const router = inject(Router);
    merge(
      timer(0, UNREAD_POLL_MS),
      // Every page change after the first; the first page's count is the timer's first tick.
      router.events.pipe(filter((event) => event instanceof NavigationEnd && event.id > 1)),
      this.unread.refreshRequests,
    )
      .pipe(
        // A failed poll keeps the last count; the next tick tries again.
        switchMap(() => this.api.unreadCount().pipe(catchError(() => of(null)))),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        if (result) {
          this.unread.set(result.unread);
        }
      });
    // The next user who signs in on this browser must not see this one's count.
    inject(DestroyRef).onDestroy(() => this.unread.set(null));
  }
}
