import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

export const consultationsRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@consultations.route.list:Beratungen`,
        loadComponent: () => import('./consultation-list').then((m) => m.ConsultationList),
      },
      {
        path: 'neu',
        title: $localize`:@@consultations.route.new:Beratung anfragen`,
        canActivate: [roleGuard('CLIMATE_MANAGER', 'DEPARTMENT')],
        loadComponent: () => import('./consultation-form').then((m) => m.ConsultationForm),
      },
      {
        path: ':id',
        title: $localize`:@@consultations.route.detail:Beratung`,
        loadComponent: () => import('./consultation-detail').then((m) => m.ConsultationDetail),
      },
    ],
  },
];
