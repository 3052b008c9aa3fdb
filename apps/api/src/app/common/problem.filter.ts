import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Problem } from '@klimaschutz/contracts';
import type { Request, Response } from 'express';
import { isUniqueViolation } from './errors';

const TITLES: Record<number, string> = {
  400: 'Ungültige Anfrage',
  401: 'Nicht angemeldet',
  403: 'Keine Berechtigung',
  404: 'Nicht gefunden',
  405: 'Methode nicht erlaubt',
  409: 'Konflikt',
  413: 'Anfrage zu groß',
  415: 'Nicht unterstützter Medientyp',
  416: 'Bereich nicht erfüllbar',
  422: 'Nicht verarbeitbar',
  429: 'Zu viele Anfragen',
  500: 'Interner Fehler',
  503: 'Dienst nicht verfügbar',
};

/** Every error leaves the API as application/problem+json (RFC 9457). */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, path: request.path }, 'unhandled error');
    }
    if (response.headersSent) return;
    // A refusal that says when to come back (429 of the sign-in limits).
    const retryAfter =
      exception instanceof HttpException ? (exception.getResponse() as { retryAfterSeconds?: unknown })?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, request: Request): Problem {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const problem: Problem = { type: 'about:blank', title: TITLES[status] ?? 'Fehler', status };
      if (typeof body === 'string') {
        problem.detail = body;
      } else if (body && typeof body === 'object') {
        const b = body as Record<string, unknown>;
        if (typeof b['detail'] === 'string') problem.detail = b['detail'];
        // multer's upload limit answers in English: catalogue imports take 5 MB, sign-language videos 50 MB.
        else if (b['message'] === 'File too large')
          problem.detail = `Die Datei ist zu groß (höchstens ${/\/videos$/.test(request.path) ? 50 : 5} MB).`;
        // Express's router answers an unknown address in English ("Cannot GET /…").
        else if (status === 404 && typeof b['message'] === 'string' && /^Cannot [A-Z]+ /.test(b['message'])) {
          problem.detail = `Diese Adresse gibt es nicht: ${request.method} ${request.path}`;
        } else if (typeof b['message'] === 'string') problem.detail = b['message'];
        else if (Array.isArray(b['message'])) problem.detail = (b['message'] as string[]).join('; ');
        if (Array.isArray(b['errors'])) problem.errors = b['errors'] as Problem['errors'];
        if (typeof b['title'] === 'string') problem.title = b['title'];
        if (typeof b['code'] === 'string') problem.code = b['code'];
      }
      return problem;
    }
    // body-parser errors carry an HTTP status of their own (too large, broken JSON, wrong charset).
    const withStatus = exception as { status?: unknown; type?: unknown; message?: unknown };
    if (typeof withStatus?.status === 'number' && withStatus.status >= 400 && withStatus.status < 500) {
      const status = withStatus.status;
      const detail =
        withStatus.type === 'entity.too.large'
          ? 'Die Anfrage ist zu groß.'
          : withStatus.type === 'entity.parse.failed'
            ? 'Der Inhalt ist kein gültiges JSON.'
            : String(withStatus.message ?? 'Ungültige Anfrage');
      return { type: 'about:blank', title: TITLES[status] ?? 'Ungültige Anfrage', status, detail };
    }
    if (isUniqueViolation(exception)) {
      return {
        type: 'about:blank',
        title: TITLES[409],
        status: HttpStatus.CONFLICT,
        detail: 'Ein Eintrag mit dieser Kennung existiert bereits.',
      };
    }
    return { type: 'about:blank', title: TITLES[500], status: 500, detail: 'Ein unerwarteter Fehler ist aufgetreten.' };
  }
}
