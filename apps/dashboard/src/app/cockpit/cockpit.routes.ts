import { Route } from '@angular/router';
import { Cockpit } from './cockpit';

// The page is imported directly, not lazily again: this file is already a lazy chunk, and a second
// hop would cost the mayor's phone one more round trip before the cockpit appears.
export const cockpitRoutes: Route[] = [
  {
    path: '',
    title: $localize`:@@cockpit.pageTitle:Cockpit`,
    component: Cockpit,
  },
];
