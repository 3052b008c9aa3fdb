import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthSession } from './auth-session';
import { LOGIN_PATH } from './auth-guards';

/** Requests whose 401 is an answer ("not signed in" / "wrong password"), not an expired session. */
const AUTH_PROBES = ['/auth/me', '/auth/login'];

/** On 401 the session has expired: forget the user and send them to the login page. */
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
        void router.navigate([LOGIN_PATH], {
          queryParams: returnUrl.startsWith(LOGIN_PATH) ? {} : { returnUrl },
        });
      }
      return throwError(() => error);
    }),
  );
};
