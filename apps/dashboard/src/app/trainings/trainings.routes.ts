import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const trainingsRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@trainings.route.list:Schulungen`,
        loadComponent: () => import('./training-list').then((m) => m.TrainingList),
      },
      {
        path: 'neu',
        title: $localize`:@@trainings.route.new:Neue Schulung`,
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./training-form').then((m) => m.TrainingForm),
      },
      {
        path: 'statistik',
        title: $localize`:@@trainings.route.stats:Schulungsstatistik`,
        loadComponent: () => import('./training-stats').then((m) => m.TrainingStatsPage),
      },
      {
        path: ':id',
        title: $localize`:@@trainings.route.detail:Schulung`,
        loadComponent: () => import('./training-detail').then((m) => m.TrainingDetail),
      },
      {
        path: ':id/bearbeiten',
        title: $localize`:@@trainings.route.edit:Schulung bearbeiten`,
        canActivate: [roleGuard('CLIMATE_MANAGER')],
        loadComponent: () => import('./training-form').then((m) => m.TrainingForm),
      },
    ],
  },
];
