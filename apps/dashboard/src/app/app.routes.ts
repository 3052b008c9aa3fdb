import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { LOGIN_PATH, authGuard, homePathFor, roleGuard } from './auth/auth-guards';
import { AuthSession } from './auth/auth-session';

/**
 * Every feature is lazy, so the first page a user opens does not pay for the others.
 * Planned features get their own entries here: /meine-massnahmen, /pruefung,
 * /schulungen, /beratungen, /klimacheck.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    // The leadership starts on the cockpit, everyone else on the measure list; signed-out users log in
    // first and then land on their role's start page.
    redirectTo: () => {
      const session = inject(AuthSession);
      return session.isLoggedIn() ? homePathFor(session.role()) : LOGIN_PATH;
    },
  },
  {
    path: 'anmelden',
    loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    path: 'cockpit',
    canActivate: [authGuard],
    // Chart.js and the charts load with this page only, not with the app shell.
    loadChildren: () => import('./cockpit/cockpit.routes').then((m) => m.cockpitRoutes),
  },
  {
    path: 'massnahmen',
    canActivate: [authGuard],
    loadChildren: () => import('./measures/measures.routes').then((m) => m.measuresRoutes),
  },
  {
    path: 'verwaltung',
    canActivate: [roleGuard('ADMIN')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'kein-zugriff',
    title: 'Kein Zugriff',
    loadComponent: () => import('./shell/forbidden').then((m) => m.Forbidden),
  },
  {
    path: '**',
    title: 'Seite nicht gefunden',
    loadComponent: () => import('./shell/not-found').then((m) => m.NotFound),
  },
];
