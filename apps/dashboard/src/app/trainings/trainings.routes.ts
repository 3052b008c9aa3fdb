import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const trainingsRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      { path: '', title: 'Schulungen', loadComponent: () => import('./training-list').then((m) => m.TrainingList) },
      {
        path: 'neu',
        title: 'Neue Schulung',
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./training-form').then((m) => m.TrainingForm),
      },
      { path: 'statistik', title: 'Schulungsstatistik', loadComponent: () => import('./training-stats').then((m) => m.TrainingStatsPage) },
      { path: ':id', title: 'Schulung', loadComponent: () => import('./training-detail').then((m) => m.TrainingDetail) },
      {
        path: ':id/bearbeiten',
        title: 'Schulung bearbeiten',
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./training-form').then((m) => m.TrainingForm),
      },
    ],
  },
];
