import { Route } from '@angular/router';
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
        path: ':id',
        title: 'Kennzahl',
        // Chart.js loads with the detail page only.
        loadComponent: () => import('./indicator-detail').then((m) => m.IndicatorDetail),
      },
    ],
  },
];
