import { DOCUMENT, isPlatformServer } from '@angular/common';
import { HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { Injectable, InjectionToken, PLATFORM_ID, inject } from '@angular/core';
import { NavigationStart, Router } from '@angular/router';
import { EMBEDDED_ANSWERS_ELEMENT_ID, apiAnswerKey } from '@klimaschutz/contracts';
import { EMPTY, filter, of, take } from 'rxjs';
import { takeEmbeddedData } from './embedded-data';

/** On the server, the answers come from the render request instead of the document. */
export const INITIAL_ANSWERS = new InjectionToken<Record<string, unknown>>('INITIAL_ANSWERS');

/**
 * The API answers the server embedded into the HTML of the page the browser opened (see
 * `EMBEDDED_ANSWERS_ELEMENT_ID`). Each answers the first matching request once; whatever the first
 * page did not use is dropped when the user moves on, so later pages always ask the API for
 * current data.
 */
@Injectable({ providedIn: 'root' })
export class EmbeddedAnswers {
  private readonly answers = new Map(
    Object.entries(
      inject(INITIAL_ANSWERS, { optional: true }) ??
        takeEmbeddedData<Record<string, unknown>>(inject(DOCUMENT), EMBEDDED_ANSWERS_ELEMENT_ID) ??
        {},
    ),
  );

  constructor() {
    if (!this.answers.size) return;
    // Navigation 1 is the page the browser opened; any later one (a link, a changed filter) is not.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationStart && event.id > 1),
        take(1),
      )
      .subscribe(() => this.answers.clear());
  }

  /** The embedded answer to a GET of `url` (with its query), once; undefined when there is none. */
  take(url: string): unknown {
    const key = apiAnswerKey(url);
    const answer = this.answers.get(key);
    this.answers.delete(key);
    return answer;
  }
}

/**
 * Answers a GET from the embedded answers when there is one, synchronously; all else goes to the API.
 * On the server nothing goes to the API: what was not embedded stays loading there, exactly as it
 * does in the browser's first render, which then asks for it itself.
 */
export const embeddedAnswersInterceptor: HttpInterceptorFn = (req, next) => {
  const body = req.method === 'GET' && req.responseType === 'json' ? inject(EmbeddedAnswers).take(req.urlWithParams) : undefined;
  if (body !== undefined) return of(new HttpResponse({ body, status: 200, statusText: 'OK', url: req.urlWithParams }));
  return isPlatformServer(inject(PLATFORM_ID)) ? EMPTY : next(req);
};
