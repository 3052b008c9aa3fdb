import { Route } from '@angular/router';
import { materialDefaults } from '../shared/material-defaults';

/** Systemverwaltung; the parent route already admits ADMIN only. */
export const adminRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'benutzer' },
      {
        path: 'benutzer',
        title: 'Benutzerverwaltung',
        loadComponent: () => import('./user-admin').then((m) => m.UserAdmin),
      },
      {
        path: 'organisationseinheiten',
        title: 'Organisationseinheiten',
        loadComponent: () => import('./org-unit-admin').then((m) => m.OrgUnitAdmin),
      },
      {
        path: 'handlungsfelder',
        title: 'Handlungsfelder',
        loadComponent: () => import('./field-of-action-admin').then((m) => m.FieldOfActionAdmin),
      },
      {
        path: 'aufgaben',
        title: 'Geplante Aufgaben',
        loadComponent: () => import('./job-admin').then((m) => m.JobAdmin),
      },
    ],
  },
];
