import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { BACKGROUND_REQUEST_HEADER, PROBLEM_CODES } from '@klimaschutz/contracts';
import { catchError, throwError } from 'rxjs';
import { AuthSession } from './auth-session';
import { ACCOUNT_PATH, IDLE_REASON, LOGIN_PATH, SIGNED_OUT_REASON } from './auth-guards';
import { API_BASE, BACKGROUND_REQUEST } from '../shared/api';
import { isPublicPath } from '../public/public-area';

/** Requests whose 401 is an answer ("not signed in" / "wrong password"), not an expired session. */
const AUTH_PROBES = ['/auth/me', '/auth/login'];

/** The citizens' API never needs a session, so its answers say nothing about one. */
const PUBLIC_API = `${API_BASE}/public/`;

const problemCode = (error: HttpErrorResponse): unknown => (error.error as { code?: unknown } | null)?.code;

/**
 * On 401 the session has expired: forget the user and send them to the login page (telling them
 * when it ended for inactivity) — except on the public pages, which anonymous visitors use without
 * any session. A 403 that asks for the second factor first leads to „Mein Konto“. Polling requests
 * are marked, so that the API does not count them as activity.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(AuthSession);
  const router = inject(Router);
  const request = req.context.get(BACKGROUND_REQUEST) ? req.clone({ setHeaders: { [BACKGROUND_REQUEST_HEADER]: '1' } }) : req;
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 403 && problemCode(error) === PROBLEM_CODES.totpEnrolmentRequired) {
        void router.navigateByUrl(ACCOUNT_PATH);
      }
      const idle = error instanceof HttpErrorResponse && problemCode(error) === PROBLEM_CODES.sessionIdle;
      if (error instanceof HttpErrorResponse && error.status === 401 && (idle || !AUTH_PROBES.some((path) => req.url.includes(path)))) {
        session.clear();
        const returnUrl = router.currentNavigation()?.finalUrl?.toString() ?? router.url;
        if (req.url.startsWith(PUBLIC_API) || isPublicPath(returnUrl)) {
          return throwError(() => error);
        }
        void router.navigate([LOGIN_PATH], {
          queryParams: {
            ...(returnUrl.startsWith(LOGIN_PATH) ? {} : { returnUrl }),
            ...(idle ? { [SIGNED_OUT_REASON]: IDLE_REASON } : {}),
          },
        });
      }
      return throwError(() => error);
    }),
  );
};
