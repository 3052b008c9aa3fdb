import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { visibleNavGroups } from './nav-items';

@Component({
  selector: 'ksc-main-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Hauptnavigation" i18n-aria-label="@@shell.nav.label" class="main-nav" [class.main-nav--open]="open()">
      <!-- On a phone the links sit behind this button, so the page starts on the first screen. -->
      <button
        type="button"
        class="main-nav__toggle"
        aria-controls="main-nav-links"
        [attr.aria-expanded]="open()"
        (click)="open.set(!open())"
        data-testid="nav-toggle"
      >
        <span aria-hidden="true">☰</span> <ng-container i18n="@@shell.nav.menu">Menü</ng-container>
      </button>
      <div class="main-nav__links" id="main-nav-links">
        @for (group of groups(); track $index) {
          <div class="main-nav__group">
            @if (group.label) {
              <span class="main-nav__label" [id]="'nav-group-' + $index">{{ group.label }}</span>
            }
            <ul [attr.aria-labelledby]="group.label ? 'nav-group-' + $index : null">
              @for (item of group.items; track item.path) {
                <li>
                  <a [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page" [attr.data-testid]="item.testId">{{
                    item.label
                  }}</a>
                </li>
              }
            </ul>
          </div>
        }
      </div>
    </nav>
  `,
  styles: `
    .main-nav {
      padding: 0.25rem 1rem;
      background: var(--ksc-surface-alt);
      border-bottom: 1px solid var(--ksc-border);
    }
    .main-nav__links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
    }
    .main-nav__toggle {
      display: none;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--ksc-border);
      border-radius: 4px;
      background: transparent;
      color: var(--ksc-text);
      font: var(--mat-sys-label-large);
      font-weight: 600;
      cursor: pointer;
    }
    @media (max-width: 47.99rem) {
      .main-nav {
        padding: 0.125rem 0.75rem;
      }
      .main-nav__toggle {
        display: inline-flex;
        min-height: 2.5rem;
      }
      .main-nav__links {
        display: none;
        flex-direction: column;
        padding: 0.5rem 0;
      }
      .main-nav--open .main-nav__links {
        display: flex;
      }
    }
    .main-nav__group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .main-nav__label {
      font-weight: 600;
      color: var(--ksc-text-muted);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* Bold throughout: if only the active link turned bold, the navigation would shift on every page change. */
    a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      color: var(--ksc-text);
      font-weight: 600;
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    a.active {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
  `,
})
export class MainNav {
  private readonly session = inject(AuthSession);
  protected readonly groups = computed(() => visibleNavGroups(this.session.role()));
  /** Only matters on narrow screens, where the links are folded away. */
  protected readonly open = signal(false);

  constructor() {
    // Choosing a page folds the menu again, so the new page starts on the first screen.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }
}
