import { Route } from '@angular/router';
import { materialDefaults } from '../shared/material-defaults';

export const accountRoutes: Route[] = [
  {
    path: '',
    title: $localize`:@@account.pageTitle:Mein Konto`,
    providers: [materialDefaults],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
];
