import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app.config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Errors that make no sense to retry: the server refused for good (5xx), or the setup is wrong. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS']);

/**
 * A temporary SMTP failure is worth another attempt: a 4xx reply ("451 try again later"), or a
 * connection that failed, timed out or dropped. A 5xx reply or a configuration error is final.
 */
export function isTemporaryMailError(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string } | null;
  if (typeof e?.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  return !(e?.code && PERMANENT_CODES.has(e.code));
}

/** A short, log-safe description of an SMTP failure for the delivery record. */
export function describeMailError(error: unknown): string {
  const e = error as { message?: string; code?: string; responseCode?: number } | null;
  const message = (e?.message ?? String(error)).replace(/\s+/g, ' ').trim();
  const code = e?.code && !message.includes(e.code) ? `${e.code}: ` : '';
  return `${code}${message}`.slice(0, 1000);
}

/** The one SMTP connection setting of the app (SMTP_URL, SMTP_FROM). Without SMTP_URL nothing is sent. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(config: ConfigService) {
    const app = config.getOrThrow<AppConfig>('app');
    this.from = app.mail.from;
    this.transport = app.smtpUrl
      ? createTransport({
          url: app.smtpUrl,
          // A mail server that hangs must not hold a job for minutes (nodemailer waits 2–10 min by default).
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      // Base64, never quoted-printable or plain: their lines may begin with a dot (QP breaks a long line
      // anywhere, e.g. „(30=⏎.11.2026“), which SMTP sends as „..“; relays that forget to undo that show
      // „30..11.2026“. Base64 has no dot, so no line of the message ever starts with one.
      headers: { 'Content-Transfer-Encoding': 'base64' },
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
