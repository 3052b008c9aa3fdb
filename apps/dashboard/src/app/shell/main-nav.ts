import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { visibleNavGroups } from './nav-items';

@Component({
  selector: 'ksc-main-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Hauptnavigation" class="main-nav">
      @for (group of groups(); track $index) {
        <div class="main-nav__group">
          @if (group.label) {
            <span class="main-nav__label" [id]="'nav-group-' + $index">{{ group.label }}</span>
          }
          <ul [attr.aria-labelledby]="group.label ? 'nav-group-' + $index : null">
            @for (item of group.items; track item.path) {
              <li>
                <a
                  [routerLink]="item.path"
                  routerLinkActive="active"
                  ariaCurrentWhenActive="page"
                  [attr.data-testid]="item.testId"
                  >{{ item.label }}</a
                >
              </li>
            }
          </ul>
        </div>
      }
    </nav>
  `,
  styles: `
    .main-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
      padding: 0.25rem 1rem;
      background: var(--ksc-surface-alt);
      border-bottom: 1px solid var(--ksc-border);
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
}
