import { Route } from '@angular/router';
import { PublicOverview } from './public-overview';

/**
 * The citizens' transparency pages: no guard, no Material, no session. Each page is its own
 * lazy chunk so a phone loads only what it shows — except the overview, where citizens arrive:
 * it comes with this chunk, saving a round trip before the first page appears.
 */
export const publicRoutes: Route[] = [
  {
    path: '',
    title: 'Stand der Umsetzung',
    component: PublicOverview,
  },
  {
    path: 'massnahmen',
    title: 'Maßnahmen',
    loadComponent: () => import('./public-measure-list').then((m) => m.PublicMeasureList),
  },
  {
    path: 'massnahmen/:id',
    title: 'Maßnahme',
    loadComponent: () => import('./public-measure-page').then((m) => m.PublicMeasurePage),
  },
  {
    path: 'barrierefreiheit',
    title: 'Erklärung zur Barrierefreiheit',
    data: { key: 'barrierefreiheit' },
    loadComponent: () => import('./site-page').then((m) => m.SitePageView),
  },
  {
    path: 'impressum',
    title: 'Impressum',
    data: { key: 'impressum' },
    loadComponent: () => import('./site-page').then((m) => m.SitePageView),
  },
  {
    path: 'datenschutz',
    title: 'Datenschutzerklärung',
    data: { key: 'datenschutz' },
    loadComponent: () => import('./site-page').then((m) => m.SitePageView),
  },
  {
    path: 'leichte-sprache',
    title: 'Leichte Sprache',
    data: { key: 'leichte-sprache' },
    loadComponent: () => import('./site-page').then((m) => m.SitePageView),
  },
  {
    path: 'gebaerdensprache',
    title: 'Gebärdensprache',
    data: { key: 'gebaerdensprache' },
    loadComponent: () => import('./site-page').then((m) => m.SitePageView),
  },
  {
    path: 'barriere-melden',
    title: 'Barriere melden',
    loadComponent: () => import('./barrier-report').then((m) => m.BarrierReport),
  },
];
