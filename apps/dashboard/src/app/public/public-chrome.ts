import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { PUBLIC_PATH } from './public-area';

/** Site name for citizens; deliberately not the internal product name. */
export const PUBLIC_SITE_NAME = 'Klimaschutz – Stand der Umsetzung';

/**
 * Header of the public pages. It lives in the app shell (a few hundred bytes) rather than in the
 * lazy public chunk, so the `<main>` landmark and the router outlet never move between layouts.
 */
@Component({
  selector: 'ksc-public-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <header class="pub-header">
      <a class="pub-header__name" [routerLink]="root" data-testid="public-site-name">{{ siteName }}</a>
      <nav aria-label="Öffentliche Seiten" class="pub-header__nav">
        <a
          [routerLink]="root"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          data-testid="public-nav-overview"
          >Übersicht</a
        >
        <a [routerLink]="root + '/massnahmen'" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="public-nav-measures"
          >Maßnahmen</a
        >
        <a routerLink="/anmelden" class="pub-header__staff" data-testid="public-staff-login">Anmeldung für Mitarbeitende</a>
      </nav>
    </header>
  `,
  styles: `
    .pub-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      padding: 0.5rem 1rem;
      background: var(--ksc-header-bg);
      color: var(--ksc-header-text);
    }
    .pub-header__name {
      color: inherit;
      font: var(--mat-sys-title-large);
      font-weight: 600;
      text-decoration: none;
    }
    .pub-header__nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    /* Bold throughout: if only the active link turned bold, the header would shift on every navigation. */
    .pub-header__nav a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      color: #ffffff;
      font-weight: 600;
    }
    .pub-header__nav a.active {
      background: #ffffff;
      color: var(--ksc-header-bg);
    }
    /* White on the dark header, the active (white) link included: its outline stands off the box by 2 px. */
    .pub-header a:focus-visible {
      outline-color: #ffffff;
    }
  `,
})
export class PublicHeader {
  protected readonly root = PUBLIC_PATH;
  protected readonly siteName = PUBLIC_SITE_NAME;
}

@Component({
  selector: 'ksc-public-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <footer class="pub-footer">
      <nav aria-label="Rechtliches und Service">
        <ul>
          <li><a [routerLink]="root + '/barrierefreiheit'" data-testid="footer-accessibility">Barrierefreiheit</a></li>
          <li><a [routerLink]="root + '/barriere-melden'" data-testid="footer-report-barrier">Barriere melden</a></li>
          <li><a [routerLink]="root + '/impressum'" data-testid="footer-imprint">Impressum</a></li>
          <li><a [routerLink]="root + '/datenschutz'" data-testid="footer-privacy">Datenschutz</a></li>
          <li><a [routerLink]="root + '/leichte-sprache'" data-testid="footer-easy-language">Leichte Sprache</a></li>
          <li><a [routerLink]="root + '/gebaerdensprache'" data-testid="footer-sign-language">Gebärdensprache</a></li>
          <li><a [routerLink]="root" fragment="open-data" data-testid="footer-open-data">Open Data</a></li>
        </ul>
      </nav>
    </footer>
  `,
  styles: `
    .pub-footer {
      margin-top: 2rem;
      padding: 1rem;
      background: var(--ksc-surface-alt);
      border-top: 1px solid var(--ksc-border);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      list-style: none;
      margin: 0 auto;
      padding: 0;
      max-width: 80rem;
    }
    a {
      display: inline-block;
      padding: 0.25rem 0;
    }
  `,
})
export class PublicFooter {
  protected readonly root = PUBLIC_PATH;
}
