import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const climateChecksRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@climate-checks.route.list:Klimacheck`,
        loadComponent: () => import('./climate-check-list').then((m) => m.ClimateCheckList),
      },
      {
        path: 'neu',
        title: $localize`:@@climate-checks.route.new:Neuer Klimacheck`,
        canActivate: [roleGuard('CLIMATE_MANAGER', 'DEPARTMENT')],
        loadComponent: () => import('./climate-check-form').then((m) => m.ClimateCheckForm),
      },
      {
        path: ':id',
        title: $localize`:@@climate-checks.route.detail:Klimacheck`,
        loadComponent: () => import('./climate-check-detail').then((m) => m.ClimateCheckDetail),
      },
      {
        path: ':id/bearbeiten',
        title: $localize`:@@climate-checks.route.edit:Klimacheck bearbeiten`,
        canActivate: [roleGuard('CLIMATE_MANAGER', 'DEPARTMENT')],
        loadComponent: () => import('./climate-check-form').then((m) => m.ClimateCheckForm),
      },
      {
        path: ':id/druck',
        title: $localize`:@@climate-checks.route.print:Klimacheck – Ergebnis`,
        loadComponent: () => import('./climate-check-print').then((m) => m.ClimateCheckPrint),
      },
    ],
  },
];
