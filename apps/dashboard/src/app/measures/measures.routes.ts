import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { measureReportRoutes } from '../reporting/reporting.routes';
import { materialDefaults } from '../shared/material-defaults';

export const measuresRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@measures.route.list:Maßnahmen`,
        loadComponent: () => import('./measure-list').then((m) => m.MeasureList),
      },
      {
        path: 'neu',
        title: $localize`:@@measures.route.new:Neue Maßnahme`,
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./measure-form').then((m) => m.MeasureForm),
      },
      {
        path: ':id',
        title: $localize`:@@measures.route.detail:Maßnahme`,
        loadComponent: () => import('./measure-detail').then((m) => m.MeasureDetail),
      },
      {
        path: ':id/bearbeiten',
        title: $localize`:@@measures.route.edit:Maßnahme bearbeiten`,
        loadComponent: () => import('./measure-form').then((m) => m.MeasureForm),
      },
      ...measureReportRoutes,
    ],
  },
];
