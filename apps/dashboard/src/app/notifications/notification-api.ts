import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Notification,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationQuery,
  ReadAllResult,
  UnreadCount,
} from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, inBackground, queryParams } from '../shared/api';

const NOTIFICATIONS = `${API_BASE}/notifications`;
const PREFERENCES = `${API_BASE}/auth/me/preferences`;

/** Data access for the signed-in user's own notifications and email preference. */
@Injectable({ providedIn: 'root' })
export class NotificationApi {
  private readonly http = inject(HttpClient);

  list(query: NotificationQuery): Observable<NotificationPage> {
    return this.http.get<NotificationPage>(NOTIFICATIONS, {
      params: queryParams({ unread: query.unread ? 'true' : null, page: query.page, pageSize: query.pageSize }),
    });
  }

  /** Polled by the header's bell: a background request, which keeps no idle session alive. */
  unreadCount(): Observable<UnreadCount> {
    return this.http.get<UnreadCount>(`${NOTIFICATIONS}/unread-count`, inBackground());
  }

  markRead(id: string): Observable<Notification> {
    return this.http.post<Notification>(`${NOTIFICATIONS}/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<ReadAllResult> {
    return this.http.post<ReadAllResult>(`${NOTIFICATIONS}/read-all`, null);
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>(PREFERENCES);
  }

  updatePreferences(body: NotificationPreferencesUpdate): Observable<NotificationPreferences> {
    return this.http.patch<NotificationPreferences>(PREFERENCES, body);
  }
}
