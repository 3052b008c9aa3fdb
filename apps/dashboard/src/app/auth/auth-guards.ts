import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import type { Role } from '@klimaschutz/contracts';
import { AuthSession } from './auth-session';

export const LOGIN_PATH = '/anmelden';
export const HOME_PATH = '/massnahmen';
export const COCKPIT_PATH = '/cockpit';
export const FORBIDDEN_PATH = '/kein-zugriff';
export const ACCOUNT_PATH = '/mein-konto';
/** Query parameter of the login page saying why the user was signed out. */
export const SIGNED_OUT_REASON = 'grund';
export const IDLE_REASON = 'inaktiv';

function loginRedirect(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl } });
}

/** A session that may only set up its second factor goes to „Mein Konto“ first. */
function enrolmentRedirect(session: AuthSession, router: Router): UrlTree | null {
  return session.mustEnrol() ? router.createUrlTree([ACCOUNT_PATH]) : null;
}

/** Only signed-in users pass; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(AuthSession);
  const router = inject(Router);
  await session.restore();
  if (!session.isLoggedIn()) {
    return loginRedirect(router, state.url);
  }
  return enrolmentRedirect(session, router) ?? true;
};

/** „Mein Konto“: every signed-in user, also one who must first set up the second factor. */
export const accountGuard: CanActivateFn = async (_route, state) => {
  const session = inject(AuthSession);
  const router = inject(Router);
  await session.restore();
  return session.isLoggedIn() || loginRedirect(router, state.url);
};

/** Only the given roles pass; a signed-in user with another role sees "Kein Zugriff". */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(AuthSession);
    const router = inject(Router);
    await session.restore();
    if (!session.isLoggedIn()) {
      return loginRedirect(router, state.url);
    }
    return enrolmentRedirect(session, router) ?? (session.hasRole(...roles) || router.createUrlTree([FORBIDDEN_PATH]));
  };
}

/** Where a role starts: the leadership on the cockpit, everyone else on the measure list. */
export function homePathFor(role: Role | null): string {
  return role === 'EXECUTIVE' ? COCKPIT_PATH : HOME_PATH;
}

/** The login page is only for signed-out users. */
export const guestGuard: CanActivateFn = async () => {
  const session = inject(AuthSession);
  const router = inject(Router);
  await session.restore();
  return !session.isLoggedIn() || router.createUrlTree([session.mustEnrol() ? ACCOUNT_PATH : homePathFor(session.role())]);
};

/** Accepts only app-internal paths as a return target (no open redirect); otherwise the role's start page. */
export function safeReturnUrl(value: string | null | undefined, home = HOME_PATH): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith(LOGIN_PATH)) {
    return home;
  }
  return value;
}
