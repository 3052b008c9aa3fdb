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
        title: $localize`:@@indicators.route.list:Kennzahlen`,
        loadComponent: () => import('./indicator-list').then((m) => m.IndicatorList),
      },
      {
        path: 'neu',
        title: $localize`:@@indicators.route.new:Neue Kennzahl`,
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./indicator-form').then((m) => m.IndicatorForm),
      },
      {
        path: ':id/bearbeiten',
        title: $localize`:@@indicators.route.edit:Kennzahl bearbeiten`,
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./indicator-form').then((m) => m.IndicatorForm),
      },
      {
        path: ':id',
        title: $localize`:@@indicators.route.detail:Kennzahl`,
        // Chart.js loads with the detail page only.
        loadComponent: () => import('./indicator-detail').then((m) => m.IndicatorDetail),
      },
    ],
  },
];
