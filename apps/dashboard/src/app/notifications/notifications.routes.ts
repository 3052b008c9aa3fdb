import { Route } from '@angular/router';
import { materialDefaults } from '../shared/material-defaults';

export const notificationsRoutes: Route[] = [
  {
    path: '',
    title: $localize`:@@notifications.pageTitle:Benachrichtigungen`,
    providers: [materialDefaults],
    loadComponent: () => import('./notification-list').then((m) => m.NotificationList),
  },
];
