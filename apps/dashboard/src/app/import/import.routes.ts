import { Route } from '@angular/router';

export const importRoutes: Route[] = [
  { path: '', title: 'Import', loadComponent: () => import('./import-page').then((m) => m.ImportPage) },
];
