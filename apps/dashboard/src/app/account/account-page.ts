import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '../shared/labels';
import { homePathFor } from '../auth/auth-guards';
import { AuthSession } from '../auth/auth-session';
import { LanguageChoice } from '../shared/language-choice';
import { PasswordChange } from './password-change';
import { SecondFactor } from './second-factor';

/** „Mein Konto“: who is signed in, the interface language, the password, the second factor. Reachable from the header. */
@Component({
  selector: 'ksc-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LanguageChoice, PasswordChange, SecondFactor],
  template: `
    <div class="page">
      <h1 data-testid="page-title" i18n="@@account.title">Mein Konto</h1>
      @if (user(); as u) {
        <p data-testid="account-who">
          {{ u.displayName }} · {{ u.email }} · {{ roleLabel() }}
          @if (u.orgUnit) {
            · {{ u.orgUnit.code }} – {{ u.orgUnit.name }}
          }
        </p>
      }
      @if (mustEnrol()) {
        <div class="alert alert--warning" role="alert" data-testid="enrolment-required">
          <p>
            <strong i18n="@@account.enrolmentRequired.title">Für Ihre Rolle ist die Anmeldung mit zweitem Faktor vorgeschrieben.</strong>
            <ng-container i18n="@@account.enrolmentRequired.text"
              >Bitte richten Sie jetzt Ihre Authenticator-App ein; danach stehen Ihnen alle Seiten offen.</ng-container
            >
          </p>
        </div>
      } @else if (justEnrolled()) {
        <p><a [routerLink]="home()" data-testid="continue-home" i18n="@@account.continueHome">Weiter zur Startseite</a></p>
      }
      <section class="account-language" aria-labelledby="language-heading">
        <h2 id="language-heading" i18n="@@account.language.heading">Sprache</h2>
        <p class="hint" i18n="@@account.language.hint">
          Gilt für die Oberfläche, Ihre E-Mails und den Ratsbericht. Datumsangaben und Zahlen bleiben im deutschen Format.
        </p>
        <ksc-language-choice mode="account" />
      </section>
      <ksc-second-factor (changed)="enrolledNow.set(true)" />
      @if (!mustEnrol()) {
        <ksc-password-change />
      }
    </div>
  `,
})
export class AccountPage {
  private readonly session = inject(AuthSession);
  protected readonly user = this.session.user;
  protected readonly mustEnrol = this.session.mustEnrol;
  protected readonly roleLabel = computed(() => {
    const role = this.session.role();
    return role ? ROLE_LABELS[role] : '';
  });
  protected readonly home = computed(() => homePathFor(this.session.role()));
  /** Came here to enrol and just did: the way back into the app. */
  private readonly arrivedToEnrol = this.session.mustEnrol();
  protected readonly enrolledNow = signal(false);
  protected readonly justEnrolled = computed(() => this.arrivedToEnrol && this.enrolledNow());
}
