/** German wording shared by the notifications and their emails. */

import { dateInBerlin } from '../common/date-time';

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The one date format of notifications and emails: `2026-12-15` (a calendar day) or an instant (its
 * day in Berlin) → `15.12.2026`. Always day, month and year, never a trailing dot, so a sentence may
 * end with it: „am 15.12.2026.“
 */
export function germanDate(day: string | Date): string {
  const iso = typeof day === 'string' ? day : dateInBerlin(day);
  const match = CALENDAR_DAY.exec(iso);
  if (!match) throw new Error(`germanDate: not a calendar day: ${iso}`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** „30.11.2026 bis 07.12.2026“. */
export function germanDateRange(from: string | Date, to: string | Date): string {
  return `${germanDate(from)} bis ${germanDate(to)}`;
}

/** Days from one `YYYY-MM-DD` to another (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "heute", "morgen", "in 3 Tagen". */
export function inDays(days: number): string {
  if (days <= 0) return 'heute';
  if (days === 1) return 'morgen';
  return `in ${days} Tagen`;
}

/** "today", "tomorrow", "in 3 days". */
export function inDaysEn(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** `1 Erinnerung`, `5 Erinnerungen`. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  skipped: number;
}

export const noDelivery = (): DeliveryResult => ({ sent: 0, failed: 0, skipped: 0 });

/**
 * A job's German summary: "5 Erinnerungen, 4 E-Mails versendet, 1 fehlgeschlagen". Without SMTP
 * the notifications stay in the app, and the summary says so.
 */
export function runSummary(
  created: number,
  noun: [singular: string, plural: string],
  delivery: DeliveryResult,
  mailEnabled: boolean,
): string {
  const head = plural(created, ...noun);
  if (!created) return head;
  if (!mailEnabled) return `${head}, nur im Cockpit (E-Mail-Versand nicht eingerichtet)`;
  const parts = [head, plural(delivery.sent, 'E-Mail versendet', 'E-Mails versendet')];
  if (delivery.failed) parts.push(`${delivery.failed} fehlgeschlagen`);
  if (delivery.skipped) parts.push(`${delivery.skipped} ohne E-Mail (vom Empfänger abgeschaltet)`);
  return parts.join(', ');
}

/** The email for one notification: greeting, the notification's text, a link into the app. */
export function composeMail(
  notification: { title: string; body: string; link: string | null },
  recipient: { displayName: string; locale: 'de' | 'en' },
  publicUrl: string,
): { subject: string; text: string } {
  if (recipient.locale === 'en') {
    const english = [`Hello ${recipient.displayName},`, '', notification.body, ''];
    if (notification.link) english.push('Open in the Klimaschutz-Cockpit:', `${publicUrl}${notification.link}`, '');
    english.push(
      '-- ',
      'This message was sent automatically by the Klimaschutz-Cockpit.',
      `Your notifications and the e-mail setting: ${publicUrl}/benachrichtigungen`,
    );
    return { subject: notification.title, text: english.join('\n') };
  }
  const lines = [`Guten Tag ${recipient.displayName},`, '', notification.body, ''];
  if (notification.link) lines.push('Im Klimaschutz-Cockpit öffnen:', `${publicUrl}${notification.link}`, '');
  lines.push(
    '-- ',
    'Diese Nachricht hat das Klimaschutz-Cockpit automatisch versendet.',
    `Ihre Benachrichtigungen und die Einstellung für E-Mails: ${publicUrl}/benachrichtigungen`,
  );
  return { subject: notification.title, text: lines.join('\n') };
}
