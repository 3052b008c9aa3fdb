import { Route } from '@angular/router';
import { authGuard, roleGuard } from './auth/auth-guards';

/**
 * Every feature is lazy, so the first page a user opens does not pay for the others.
 * Every feature has its own lazy entry below.
 */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'massnahmen' },
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
    path: 'verwaltung',
    // Each child narrows further: system settings for ADMIN, public texts also for COMMUNICATION.
    canActivate: [roleGuard('ADMIN', 'COMMUNICATION')],
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
