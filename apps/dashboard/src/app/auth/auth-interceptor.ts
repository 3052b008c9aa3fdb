import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthSession } from './auth-session';
import { LOGIN_PATH } from './auth-guards';
import { API_BASE } from '../shared/api';
import { isPublicPath } from '../public/public-area';

/** Requests whose 401 is an answer ("not signed in" / "wrong password"), not an expired session. */
const AUTH_PROBES = ['/auth/me', '/auth/login'];

/** The citizens' API never needs a session, so its answers say nothing about one. */
const PUBLIC_API = `${API_BASE}/public/`;

/**
 * On 401 the session has expired: forget the user and send them to the login page —
 * except on the public pages, which anonymous visitors use without any session.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(AuthSession);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !AUTH_PROBES.some((path) => req.url.includes(path))
      ) {
        session.clear();
        const returnUrl = router.currentNavigation()?.finalUrl?.toString() ?? router.url;
        if (req.url.startsWith(PUBLIC_API) || isPublicPath(returnUrl)) {
          return throwError(() => error);
        }
        void router.navigate([LOGIN_PATH], {
          queryParams: returnUrl.startsWith(LOGIN_PATH) ? {} : { returnUrl },
        });
      }
      return throwError(() => error);
    }),
  );
};
