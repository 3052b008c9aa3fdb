import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { AuthSession } from '../auth/auth-session';
import { materialDefaults } from '../shared/material-defaults';

const systemAdmin = roleGuard('ADMIN');
/** The public pages' texts and barrier reports belong to the communication unit as well. */
const publicContent = roleGuard('ADMIN', 'COMMUNICATION');

/** Verwaltung; the parent route admits ADMIN and COMMUNICATION, each child narrows further. */
export const adminRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: () => (inject(AuthSession).hasRole('ADMIN') ? 'benutzer' : 'seitentexte'),
      },
      {
        path: 'benutzer',
        canActivate: [systemAdmin],
        title: $localize`:@@admin.route.users:Benutzerverwaltung`,
        loadComponent: () => import('./user-admin').then((m) => m.UserAdmin),
      },
      {
        path: 'organisationseinheiten',
        canActivate: [systemAdmin],
        title: $localize`:@@admin.route.orgUnits:Organisationseinheiten`,
        loadComponent: () => import('./org-unit-admin').then((m) => m.OrgUnitAdmin),
      },
      {
        path: 'handlungsfelder',
        canActivate: [systemAdmin],
        title: $localize`:@@admin.route.fields:Handlungsfelder`,
        loadComponent: () => import('./field-of-action-admin').then((m) => m.FieldOfActionAdmin),
      },
      {
        path: 'seitentexte',
        title: $localize`:@@admin.route.sitePages:Seitentexte`,
        canActivate: [publicContent],
        loadComponent: () => import('./site-page-admin').then((m) => m.SitePageAdmin),
      },
      {
        path: 'rueckmeldungen',
        title: $localize`:@@admin.route.feedback:Rückmeldungen zur Barrierefreiheit`,
        canActivate: [publicContent],
        loadComponent: () => import('./feedback-admin').then((m) => m.FeedbackAdmin),
      },
      {
        path: 'anmeldung',
        canActivate: [systemAdmin],
        title: $localize`:@@admin.route.signIn:Anmeldung`,
        loadComponent: () => import('./sign-in-policy-admin').then((m) => m.SignInPolicyAdmin),
      },
      {
        path: 'aufgaben',
        title: $localize`:@@admin.route.jobs:Geplante Aufgaben`,
        canActivate: [systemAdmin],
        loadComponent: () => import('./job-admin').then((m) => m.JobAdmin),
      },
    ],
  },
];
