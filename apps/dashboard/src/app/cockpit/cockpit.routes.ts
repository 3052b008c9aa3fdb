import { Route } from '@angular/router';
import { materialDefaults } from '../shared/material-defaults';

export const cockpitRoutes: Route[] = [
  {
    path: '',
    title: 'Cockpit',
    providers: [materialDefaults],
    loadComponent: () => import('./cockpit').then((m) => m.Cockpit),
  },
];
