import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

/**
 * Reading for every signed-in staff role; entering, importing and setting targets for climate managers,
 * the roles the API lets write (as for the catalogue import and the Kennzahlen).
 */
const editors = roleGuard('CLIMATE_MANAGER');

export const emissionsRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@emissions.route.page:THG-Bilanz`,
        // Chart.js loads with this page only.
        loadComponent: () => import('./emissions-page').then((m) => m.EmissionsPage),
      },
      {
        path: 'import',
        title: $localize`:@@emissions.route.import:THG-Bilanz importieren`,
        canActivate: [editors],
        loadComponent: () => import('./emissions-import').then((m) => m.EmissionsImport),
      },
      {
        path: 'ziele',
        title: $localize`:@@emissions.route.targets:Klimaziel und Pfad`,
        canActivate: [editors],
        loadComponent: () => import('./emissions-targets-form').then((m) => m.EmissionsTargetsForm),
      },
      {
        path: 'jahr/neu',
        title: $localize`:@@emissions.route.newYear:Bilanzjahr erfassen`,
        canActivate: [editors],
        loadComponent: () => import('./emissions-year-form').then((m) => m.EmissionsYearForm),
      },
      {
        path: 'jahr/:year',
        title: $localize`:@@emissions.route.editYear:Bilanzjahr bearbeiten`,
        canActivate: [editors],
        loadComponent: () => import('./emissions-year-form').then((m) => m.EmissionsYearForm),
      },
    ],
  },
];
