import type { Page } from './api';

/** What a notification is about; each kind has its own German label and dedupe rule. */
export const NOTIFICATION_KINDS = [
  'REPORT_DUE',
  'REPORT_OVERDUE',
  'MILESTONE_DUE',
  'MILESTONE_OVERDUE',
  'MEASURE_ASSIGNED',
  'WEEKLY_DIGEST',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_ACCEPTED',
  'CLIMATE_CHECK_SUBMITTED',
  'CONSULTATION_REQUESTED',
  'MILESTONE_ASSIGNED',
  /** To the climate managers: a hand-off went to an org unit without any active account. */
  'ORG_UNIT_UNREACHABLE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Email delivery of one notification. SKIPPED: no SMTP configured, or the user switched email off. */
export const EMAIL_STATES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  REPORT_DUE: 'Sachstandsmeldung fällig',
  REPORT_OVERDUE: 'Sachstandsmeldung überfällig',
  MILESTONE_DUE: 'Meilenstein fällig',
  MILESTONE_OVERDUE: 'Meilenstein überfällig',
  MEASURE_ASSIGNED: 'Maßnahme zugeordnet',
  WEEKLY_DIGEST: 'Wochenübersicht',
  REPORT_SUBMITTED: 'Sachstandsmeldung eingereicht',
  REPORT_RETURNED: 'Sachstandsmeldung zurückgegeben',
  REPORT_ACCEPTED: 'Sachstandsmeldung angenommen',
  CLIMATE_CHECK_SUBMITTED: 'Klimacheck eingereicht',
  CONSULTATION_REQUESTED: 'Beratung angefragt',
  MILESTONE_ASSIGNED: 'Meilenstein übertragen',
  ORG_UNIT_UNREACHABLE: 'Nicht zugestellt',
};

export const EMAIL_STATE_LABELS: Record<EmailState, string> = {
  PENDING: 'E-Mail wird versendet',
  SENT: 'per E-Mail versendet',
  FAILED: 'E-Mail-Versand fehlgeschlagen',
  SKIPPED: 'nur im Cockpit',
};

export interface Notification {
  id: string;
  kind: NotificationKind;
  /** German one-liner; also the email subject. */
  title: string;
  /** German text; may contain line breaks (the weekly digest lists its sections line by line). */
  body: string;
  /** App path of the object it is about, e.g. `/massnahmen/<id>`; null when there is none. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
  email: { state: EmailState; attempts: number; sentAt: string | null };
}

export interface NotificationQuery {
  /** `true`: unread ones only. */
  unread?: boolean;
  page?: number;
  pageSize?: number;
}

/** A page of the user's own notifications, unread first, newest first; `unread` counts all unread ones. */
export interface NotificationPage extends Page<Notification> {
  unread: number;
}

export interface UnreadCount {
  unread: number;
}

export interface ReadAllResult {
  /** How many notifications were unread and are now marked read. */
  marked: number;
  unread: number;
}

/** `GET/PATCH /auth/me/preferences`: the signed-in user's own settings. */
export interface NotificationPreferences {
  emailNotifications: boolean;
  /** False when the server has no SMTP configured: notifications then stay in the app. */
  emailAvailable: boolean;
}

export interface NotificationPreferencesUpdate {
  emailNotifications: boolean;
}
