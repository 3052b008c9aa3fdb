import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const climateChecksRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      { path: '', title: 'Klimacheck', loadComponent: () => import('./climate-check-list').then((m) => m.ClimateCheckList) },
      {
        path: 'neu',
        title: 'Neuer Klimacheck',
        canActivate: [roleGuard('CLIMATE_MANAGER', 'DEPARTMENT')],
        loadComponent: () => import('./climate-check-form').then((m) => m.ClimateCheckForm),
      },
      { path: ':id', title: 'Klimacheck', loadComponent: () => import('./climate-check-detail').then((m) => m.ClimateCheckDetail) },
      {
        path: ':id/bearbeiten',
        title: 'Klimacheck bearbeiten',
        canActivate: [roleGuard('CLIMATE_MANAGER', 'DEPARTMENT')],
        loadComponent: () => import('./climate-check-form').then((m) => m.ClimateCheckForm),
      },
      { path: ':id/druck', title: 'Klimacheck – Ergebnis', loadComponent: () => import('./climate-check-print').then((m) => m.ClimateCheckPrint) },
    ],
  },
];
