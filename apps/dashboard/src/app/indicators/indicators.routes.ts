import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const indicatorsRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: 'Kennzahlen',
        loadComponent: () => import('./indicator-list').then((m) => m.IndicatorList),
      },
      {
        path: 'neu',
        title: 'Neue Kennzahl',
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./indicator-form').then((m) => m.IndicatorForm),
      },
      {
        path: ':id/bearbeiten',
        title: 'Kennzahl bearbeiten',
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./indicator-form').then((m) => m.IndicatorForm),
      },
      {
        path: ':id',
        title: 'Kennzahl',
        // Chart.js loads with the detail page only.
        loadComponent: () => import('./indicator-detail').then((m) => m.IndicatorDetail),
      },
    ],
  },
];
