import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { ROLES, type Problem, type Role, type SignInPolicy } from '@klimaschutz/contracts';
import { ROLE_LABELS } from '../shared/labels';
import { EditConflict, isStaleVersion } from '../shared/edit-conflict';
import { toProblem } from '../shared/problem';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { AdminApi } from './admin-api';

/** Which roles must sign in with a second factor (authenticator app). */
@Component({
  selector: 'ksc-sign-in-policy-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, MatButtonModule, ProblemAlert, SaveConflict],
  template: `
    <div class="page">
      <h1 data-testid="page-title" i18n="@@admin.signIn.title">Anmeldung</h1>
      @if (notice(); as message) {
        <div class="alert alert--success" role="status" data-testid="admin-notice">
          <p>{{ message }}</p>
        </div>
      }
      <ksc-problem-alert [problem]="problem()" />
      <section class="card-section" aria-labelledby="totp-policy-heading">
        <h2 id="totp-policy-heading" i18n="@@admin.signIn.totpHeading">Zweiter Faktor vorschreiben</h2>
        <p class="hint" id="totp-policy-hint" i18n="@@admin.signIn.totpHint">
          Wer eine der gewählten Rollen hat und noch keine Authenticator-App eingerichtet hat, kann nach der nächsten Anmeldung nur diese
          einrichten („Mein Konto“) und danach weiterarbeiten. Bestehende Anmeldungen laufen bis zu ihrem Ende weiter. Ein verlorenes
          Telefon setzen Sie in der Benutzerverwaltung zurück.
        </p>
        @if (policy(); as p) {
          <fieldset aria-describedby="totp-policy-hint">
            <legend i18n="@@admin.signIn.legend">Zweiter Faktor vorgeschrieben für</legend>
            @for (role of roles; track role) {
              <div>
                <mat-checkbox
                  [checked]="selected().includes(role)"
                  (change)="toggle(role, $event.checked)"
                  [attr.data-testid]="'require-totp-' + role"
                >
                  {{ roleLabels[role] }}
                </mat-checkbox>
              </div>
            }
          </fieldset>
          <button
            mat-flat-button
            type="button"
            (click)="save(p)"
            [disabled]="saving()"
            data-testid="save-sign-in-policy"
            i18n="@@admin.signIn.save"
          >
            Speichern
          </button>
          <ksc-save-conflict
            [conflict]="conflict.state()"
            what="diese Einstellung"
            i18n-what="@@admin.signIn.conflictWhat"
            (keepMine)="resolveConflict(true)"
            (takeTheirs)="resolveConflict(false)"
          />
        } @else if (!problem()) {
          <p class="loading" i18n="@@admin.signIn.loading">Wird geladen …</p>
        }
      </section>
    </div>
  `,
  styles: `
    fieldset {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.5rem;
    }
  `,
})
export class SignInPolicyAdmin {
  private readonly api = inject(AdminApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly policy = signal<SignInPolicy | null>(null);
  protected readonly selected = signal<Role[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly conflict = new EditConflict<SignInPolicy, { totpRequiredRoles: Role[] }>({
    labels: { totpRequiredRoles: $localize`:@@admin.signIn.field.roles:Zweiter Faktor vorgeschrieben für` },
    display: (_field, value) => (value as Role[]).map((r) => ROLE_LABELS[r]).join(', ') || $localize`:@@admin.signIn.noRole:keine Rolle`,
  });

  constructor() {
    this.api.signInPolicy().subscribe({
      next: (policy) => this.show(policy),
      error: (error: unknown) => this.problem.set(toProblem(error)),
    });
  }

  protected toggle(role: Role, on: boolean): void {
    this.selected.update((roles) => (on ? [...roles, role] : roles.filter((r) => r !== role)));
  }

  protected save(current: SignInPolicy): void {
    this.saving.set(true);
    this.problem.set(null);
    this.notice.set(null);
    this.conflict.clear();
    this.api.updateSignInPolicy({ totpRequiredRoles: this.selected(), version: current.version }).subscribe({
      next: (policy) => {
        this.saving.set(false);
        this.show(policy);
        const message = policy.totpRequiredRoles.length
          ? $localize`:@@admin.signIn.saved:Gespeichert: zweiter Faktor vorgeschrieben für ${policy.totpRequiredRoles.map((r) => ROLE_LABELS[r]).join(', ')}:roles:.`
          : $localize`:@@admin.signIn.savedNone:Gespeichert: für keine Rolle ist ein zweiter Faktor vorgeschrieben.`;
        this.notice.set(message);
        void this.announcer.announce(message);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (isStaleVersion(problem)) {
          const started = { totpRequiredRoles: [...current.totpRequiredRoles] };
          this.api.signInPolicy().subscribe({
            next: (stored) =>
              this.conflict.show(
                stored,
                { totpRequiredRoles: [...stored.totpRequiredRoles] },
                started,
                { totpRequiredRoles: this.selected() },
                {
                  changedAt: stored.updatedAt,
                },
              ),
            error: (e: unknown) => this.problem.set(toProblem(e)),
          });
          return;
        }
        this.problem.set(problem);
      },
    });
  }

  /** After a stale save: save the user's choice over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, { totpRequiredRoles: this.selected() });
    if (!resolved) return;
    this.policy.set(resolved.record);
    this.selected.set([...resolved.value.totpRequiredRoles]);
    if (keepMine) this.save(resolved.record);
  }

  private show(policy: SignInPolicy): void {
    this.policy.set(policy);
    this.selected.set([...policy.totpRequiredRoles]);
  }
}
