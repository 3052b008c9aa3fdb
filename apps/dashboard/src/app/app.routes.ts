import { Route } from '@angular/router';
import { authGuard, roleGuard } from './auth/auth-guards';

/**
 * Every feature is lazy, so the first page a user opens does not pay for the others.
 * Planned features get their own entries here: /cockpit, /meine-massnahmen, /pruefung,
 * /schulungen, /beratungen, /klimacheck.
 */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'massnahmen' },
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
    path: 'import',
    canActivate: [roleGuard('CLIMATE_MANAGER')],
    loadChildren: () => import('./import/import.routes').then((m) => m.importRoutes),
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
