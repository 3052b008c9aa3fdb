import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FEEDBACK_PAGE, type FeedbackForm, type FeedbackPageError } from '@klimaschutz/contracts';
import type { Request, Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppSecrets } from '../common/app-secrets';
import { ProblemFilter } from '../common/problem.filter';
import type { AppConfig } from '../config/app.config';

const SECRET_NAME = 'feedback-form';

/** Why a token was refused; the form that works without JavaScript turns it into its message. */
export type FormTokenProblem = 'missing' | 'too-early' | 'expired';

const refuse = (reason: FormTokenProblem, message: string) =>
  new BadRequestException({ detail: message, errors: [{ field: 'formToken', message }], reason });

/**
 * The time trap of the feedback form: the form gets a signed token when it is shown (issue time +
 * random nonce + HMAC under a per-database key), and the server takes the message only from
 * FEEDBACK_MIN_SECONDS to FEEDBACK_FORM_MINUTES after that. Robots that post without loading the
 * form, or within a second of loading it, are refused; people are not, with or without JavaScript
 * (the page rendered on the server carries the token in a hidden field).
 */
@Injectable()
export class FeedbackFormTokens {
  private readonly minMs: number;
  private readonly maxMs: number;

  constructor(
    private readonly secrets: AppSecrets,
    config: ConfigService,
  ) {
    const { minSeconds, formMinutes } = config.getOrThrow<AppConfig>('app').feedback;
    this.minMs = minSeconds * 1000;
    this.maxMs = formMinutes * 60_000;
  }

  async issue(now = Date.now()): Promise<FeedbackForm> {
    const payload = `${now.toString(36)}.${randomBytes(9).toString('base64url')}`;
    return {
      formToken: `${payload}.${await this.sign(payload)}`,
      notBefore: new Date(now + this.minMs).toISOString(),
      expiresAt: new Date(now + this.maxMs).toISOString(),
    };
  }

  /** Throws a 400 naming the problem unless the token is one of ours and its time has come and not passed. */
  async check(token: string | undefined, now = Date.now()): Promise<void> {
    const [issued, nonce, signature] = (token ?? '').split('.');
    const issuedAt = issued ? parseInt(issued, 36) : NaN;
    const expected = issued && nonce ? Buffer.from(await this.sign(`${issued}.${nonce}`)) : null;
    const given = Buffer.from(signature ?? '');
    if (!expected || !Number.isFinite(issuedAt) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw refuse('missing', 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu und senden Sie Ihre Meldung noch einmal.');
    }
    if (now - issuedAt < this.minMs) {
      throw refuse(
        'too-early',
        'Die Meldung wurde sehr schnell nach dem Öffnen des Formulars gesendet. Bitte warten Sie einige Sekunden und senden Sie sie dann noch einmal.',
      );
    }
    if (now - issuedAt > this.maxMs) {
      throw refuse('expired', 'Das Formular war zu lange geöffnet. Bitte laden Sie die Seite neu und senden Sie Ihre Meldung noch einmal.');
    }
  }

  private async sign(payload: string): Promise<string> {
    return createHmac('sha256', await this.secrets.get(SECRET_NAME))
      .update(payload)
      .digest('base64url');
  }
}

/** A form a browser posted without JavaScript (the dashboard sends JSON). */
export const isHtmlForm = (request: Request) => Boolean(request.is('application/x-www-form-urlencoded'));

/** What the feedback page tells a visitor without JavaScript whose message was not taken. */
function pageError(exception: unknown): FeedbackPageError | null {
  if (!(exception instanceof HttpException)) return null;
  const status = exception.getStatus();
  if (status === 429) return 'zu-viele';
  if (status !== 400) return null;
  const body = exception.getResponse() as { reason?: FormTokenProblem; errors?: { field: string }[] };
  if (body.reason === 'too-early') return 'zu-schnell';
  if (body.reason === 'expired') return 'abgelaufen';
  if (body.reason === 'missing' || body.errors?.some((e) => e.field === 'formToken')) return 'formular';
  return 'eingabe';
}

/**
 * Sends a browser without JavaScript back to the feedback page with what went wrong
 * (`?fehler=…`); JSON clients get the usual problem answer.
 */
@Catch()
export class FeedbackFormFilter implements ExceptionFilter {
  private readonly problems = new ProblemFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const error = isHtmlForm(http.getRequest<Request>()) ? pageError(exception) : null;
    if (!error) return this.problems.catch(exception, host);
    http.getResponse<Response>().redirect(303, `${FEEDBACK_PAGE}?fehler=${error}`);
  }
}
