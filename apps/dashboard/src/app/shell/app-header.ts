import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ROLE_LABELS } from '../shared/labels';
import { AuthSession } from '../auth/auth-session';
import { LOGIN_PATH } from '../auth/auth-guards';
import { NotificationBell } from '../notifications/notification-bell';
import { APP_NAME } from '../shared/api';

@Component({
  selector: 'ksc-app-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NotificationBell],
  template: `
    <header class="app-header">
      <a class="app-header__name" routerLink="/" data-testid="app-name">{{ appName }}</a>
      @if (user(); as u) {
        <div class="app-header__user">
          <a class="app-header__account" routerLink="/mein-konto" data-testid="current-user">
            <span class="visually-hidden" i18n="@@shell.header.signedInAs">Mein Konto – angemeldet als </span>{{ u.displayName }}
            <span class="app-header__role">({{ roleLabel() }})</span>
          </a>
          <ksc-notification-bell />
          <button type="button" class="app-header__logout" (click)="logout()" [disabled]="loggingOut()" data-testid="logout">
            <ng-container i18n="@@shell.header.signOut">Abmelden</ng-container>
          </button>
        </div>
      }
    </header>
  `,
  styles: `
    .app-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
      background: var(--ksc-header-bg);
      color: var(--ksc-header-text);
    }
    .app-header__name {
      color: inherit;
      font: var(--mat-sys-title-large);
      font-weight: 600;
      text-decoration: none;
    }
    .app-header__account {
      color: inherit;
    }
    .app-header__name:focus-visible,
    .app-header__account:focus-visible,
    .app-header__logout:focus-visible {
      outline-color: #ffffff;
    }
    .app-header__user {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .app-header__role {
      opacity: 0.9;
    }
    .app-header__logout {
      min-height: 2.5rem;
      padding: 0.25rem 1rem;
      border: 1px solid #ffffff;
      border-radius: 20px;
      background: transparent;
      color: #ffffff;
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .app-header__logout:hover {
      background: rgb(255 255 255 / 15%);
    }
    /* A phone's first screen belongs to the page: one compact line, the role read out but not shown. */
    @media (max-width: 47.99rem) {
      .app-header,
      .app-header__user {
        gap: 0 0.75rem;
      }
      .app-header {
        padding: 0.25rem 0.75rem;
      }
      .app-header__name {
        font: var(--mat-sys-title-medium);
        font-weight: 600;
      }
      .app-header__role {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .app-header__logout {
        min-height: 2.25rem;
        padding: 0.125rem 0.75rem;
      }
    }
  `,
})
export class AppHeader {
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);

  protected readonly appName = APP_NAME;
  protected readonly user = this.session.user;
  protected readonly roleLabel = computed(() => {
    const role = this.session.role();
    return role ? ROLE_LABELS[role] : '';
  });
  protected readonly loggingOut = signal(false);

  protected logout(): void {
    this.loggingOut.set(true);
    this.session.logout().subscribe(() => {
      this.loggingOut.set(false);
      void this.router.navigateByUrl(LOGIN_PATH);
    });
  }
}
