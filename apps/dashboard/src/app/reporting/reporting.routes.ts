import { Route } from '@angular/router';
import { roleGuard } from '../auth/auth-guards';
import { materialDefaults } from '../shared/material-defaults';

// Reporting lives under several top-level paths (the inbox, the review, the periods, single
// reports); each gets its own lazy route list so the pages load only when opened.

/** /meine-massnahmen – the parent route admits departments and climate managers. */
export const inboxRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    title: $localize`:@@reporting.route.inbox:Meine Maßnahmen`,
    loadComponent: () => import('./inbox').then((m) => m.InboxPage),
  },
];

/** /pruefung – climate managers only (parent route). */
export const reviewRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    title: $localize`:@@reporting.route.review:Prüfung der Sachstandsmeldungen`,
    loadComponent: () => import('./review-queue').then((m) => m.ReviewQueue),
  },
];

/** /berichtszeitraeume – read by climate managers and the administration's leadership. */
export const periodRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      {
        path: '',
        title: $localize`:@@reporting.route.periods:Berichtszeiträume`,
        loadComponent: () => import('./period-list').then((m) => m.PeriodList),
      },
      {
        path: ':id',
        title: $localize`:@@reporting.route.periodStatus:Stand des Berichtszeitraums`,
        loadComponent: () => import('./period-status').then((m) => m.PeriodStatusPage),
      },
    ],
  },
];

/** /sachstandsmeldungen/:id – one report; everyone signed in may read it (drafts only their writers). */
export const reportRoutes: Route[] = [
  {
    path: '',
    providers: [materialDefaults],
    children: [
      { path: '', pathMatch: 'full', redirectTo: '/meine-massnahmen' },
      {
        path: ':id',
        title: $localize`:@@reporting.route.report:Sachstandsmeldung`,
        loadComponent: () => import('./report-detail').then((m) => m.ReportDetail),
      },
      {
        path: ':id/bearbeiten',
        title: $localize`:@@reporting.route.editReport:Sachstandsmeldung bearbeiten`,
        canActivate: [roleGuard('DEPARTMENT', 'CLIMATE_MANAGER')],
        data: { mode: 'edit' },
        loadComponent: () => import('./report-form').then((m) => m.ReportForm),
      },
    ],
  },
];

/** Children of /massnahmen/:id: writing a report and comparing two of them. */
export const measureReportRoutes: Route[] = [
  {
    path: ':id/sachstand/neu',
    title: $localize`:@@reporting.route.newReport:Sachstand melden`,
    canActivate: [roleGuard('DEPARTMENT', 'CLIMATE_MANAGER')],
    data: { mode: 'create' },
    loadComponent: () => import('./report-form').then((m) => m.ReportForm),
  },
  {
    path: ':id/sachstand/vergleich',
    title: $localize`:@@reporting.route.compare:Sachstandsmeldungen vergleichen`,
    loadComponent: () => import('./report-compare-page').then((m) => m.ReportComparePage),
  },
];
