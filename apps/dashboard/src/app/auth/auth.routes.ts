import { Route } from '@angular/router';
import { materialDefaults } from '../shared/material-defaults';
import { guestGuard } from './auth-guards';

export const authRoutes: Route[] = [
  {
    path: '',
    title: $localize`:@@auth.pageTitle:Anmelden`,
    canActivate: [guestGuard],
    providers: [materialDefaults],
    loadComponent: () => import('./login').then((m) => m.Login),
  },
];
