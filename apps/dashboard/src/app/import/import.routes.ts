import { Route } from '@angular/router';

export const importRoutes: Route[] = [
  { path: '', title: $localize`:@@import.pageTitle:Import`, loadComponent: () => import('./import-page').then((m) => m.ImportPage) },
];
