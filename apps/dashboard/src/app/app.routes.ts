import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { LOGIN_PATH, accountGuard, authGuard, homePathFor, roleGuard } from './auth/auth-guards';
import { AuthSession } from './auth/auth-session';

/**
 * Every feature is lazy, so the first page a user opens does not pay for the others.
 * Every feature has its own lazy entry below.
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
    // The citizens' transparency pages: no guard, no session needed.
    path: 'oeffentlich',
    loadChildren: () => import('./public/public.routes').then((m) => m.publicRoutes),
  },
  {
    path: 'anmelden',
    loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    // Also for a session that may only set up its second factor (the guards send it here).
    path: 'mein-konto',
    canActivate: [accountGuard],
    loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: 'cockpit',
    canActivate: [authGuard],
    // Chart.js and the charts load with this page only, not with the app shell.
    loadChildren: () => import('./cockpit/cockpit.routes').then((m) => m.cockpitRoutes),
  },
  {
    path: 'kennzahlen',
    canActivate: [authGuard],
    loadChildren: () => import('./indicators/indicators.routes').then((m) => m.indicatorsRoutes),
  },
  {
    // The GHG balance, targets and gap (issue #17): every staff role reads, the routes inside narrow editing.
    path: 'thg-bilanz',
    canActivate: [authGuard],
    loadChildren: () => import('./emissions/emissions.routes').then((m) => m.emissionsRoutes),
  },
  {
    path: 'massnahmen',
    canActivate: [authGuard],
    loadChildren: () => import('./measures/measures.routes').then((m) => m.measuresRoutes),
  },
  {
    path: 'schulungen',
    canActivate: [authGuard],
    loadChildren: () => import('./trainings/trainings.routes').then((m) => m.trainingsRoutes),
  },
  {
    path: 'beratungen',
    canActivate: [authGuard],
    loadChildren: () => import('./consultations/consultations.routes').then((m) => m.consultationsRoutes),
  },
  {
    path: 'klimacheck',
    canActivate: [authGuard],
    loadChildren: () => import('./climate-checks/climate-checks.routes').then((m) => m.climateChecksRoutes),
  },
  {
    path: 'meine-massnahmen',
    canActivate: [roleGuard('DEPARTMENT', 'CLIMATE_MANAGER')],
    loadChildren: () => import('./reporting/reporting.routes').then((m) => m.inboxRoutes),
  },
  {
    path: 'pruefung',
    canActivate: [roleGuard('CLIMATE_MANAGER')],
    loadChildren: () => import('./reporting/reporting.routes').then((m) => m.reviewRoutes),
  },
  {
    path: 'berichtszeitraeume',
    canActivate: [roleGuard('CLIMATE_MANAGER', 'EXECUTIVE')],
    loadChildren: () => import('./reporting/reporting.routes').then((m) => m.periodRoutes),
  },
  {
    path: 'sachstandsmeldungen',
    canActivate: [authGuard],
    loadChildren: () => import('./reporting/reporting.routes').then((m) => m.reportRoutes),
  },
  {
    path: 'benachrichtigungen',
    canActivate: [authGuard],
    loadChildren: () => import('./notifications/notifications.routes').then((m) => m.notificationsRoutes),
  },
  {
    path: 'import',
    canActivate: [roleGuard('CLIMATE_MANAGER')],
    loadChildren: () => import('./import/import.routes').then((m) => m.importRoutes),
  },
  {
    path: 'verwaltung',
    // Each child narrows further: system settings for ADMIN, public texts also for COMMUNICATION.
    canActivate: [roleGuard('ADMIN', 'COMMUNICATION')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'kein-zugriff',
    title: $localize`:@@shell.title.forbidden:Kein Zugriff`,
    loadComponent: () => import('./shell/forbidden').then((m) => m.Forbidden),
  },
  {
    path: '**',
    title: $localize`:@@shell.title.notFound:Seite nicht gefunden`,
    loadComponent: () => import('./shell/not-found').then((m) => m.NotFound),
  },
];
