import { Injectable, signal } from '@angular/core';
import { Subject } from 'rxjs';

/** Polling interval of the header's unread count. */
export const UNREAD_POLL_MS = 60_000;

/** "Benachrichtigungen, 3 ungelesen" — the accessible name of the header link. */
export function unreadLabel(count: number | null): string {
  if (count === null) {
    return $localize`:@@notifications.bell.label:Benachrichtigungen`;
  }
  if (count === 0) {
    return $localize`:@@notifications.bell.none:Benachrichtigungen, keine ungelesen`;
  }
  return $localize`:@@notifications.bell.count:Benachrichtigungen, ${count}:count: ungelesen`;
}

/** What the badge shows: nothing for none, the number, or "99+". */
export function unreadBadge(count: number | null): string | null {
  if (!count) {
    return null;
  }
  return count > 99 ? '99+' : String(count);
}

/**
 * The unread count the header shows. The header's bell keeps it fresh (every minute and after
 * each navigation); the notification page updates it at once after marking something read.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly current = signal<number | null>(null);
  private readonly requests = new Subject<void>();

  readonly count = this.current.asReadonly();
  /** Asks the bell to fetch the count now. */
  readonly refreshRequests = this.requests.asObservable();

  set(count: number | null): void {
    this.current.set(count);
  }

  refresh(): void {
    this.requests.next();
  }
}
