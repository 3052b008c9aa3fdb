import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH, type Problem } from '@klimaschutz/contracts';
import { PASSWORD_RULE } from '../shared/password-rule';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { AccountApi } from './account-api';

/** The repetition must match the new password. */
function sameAsNew(control: AbstractControl<string>): ValidationErrors | null {
  const next: unknown = control.parent?.get('newPassword')?.value;
  return control.value && next !== control.value
    ? { server: $localize`:@@account.password.mismatch:Die beiden neuen Passwörter stimmen nicht überein.` }
    : null;
}

/** Changing one's own password: the rule beside the field, the server's reason under it. */
@Component({
  selector: 'ksc-password-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, ProblemAlert, ValidationMessagePipe],
  template: `
    <section class="card-section" aria-labelledby="password-heading" data-testid="password-change">
      <h2 id="password-heading" i18n="@@account.password.heading">Passwort ändern</h2>
      @if (done()) {
        <div class="alert alert--success" role="status" data-testid="password-changed">
          <p i18n="@@account.password.changed">Ihr Passwort wurde geändert. Ihre Anmeldungen auf anderen Geräten wurden beendet.</p>
        </div>
      }
      <ksc-problem-alert [problem]="problem()" [messages]="unmatched()" />
      <p class="hint" id="password-rule" data-testid="password-rule">{{ rule }}</p>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
        <mat-form-field class="span-all">
          <mat-label i18n="@@account.password.current">Aktuelles Passwort</mat-label>
          <input
            matInput
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
            data-testid="current-password"
          />
          <mat-error>{{ form.controls.currentPassword.errors | kscValidationMessage: text.currentRequired }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@account.password.new">Neues Passwort</mat-label>
          <input
            matInput
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            required
            aria-describedby="password-rule"
            data-testid="new-password"
          />
          <mat-error data-testid="new-password-error">{{
            form.controls.newPassword.errors | kscValidationMessage: text.newRequired
          }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@account.password.repeat">Neues Passwort wiederholen</mat-label>
          <input matInput type="password" formControlName="repeat" autocomplete="new-password" required data-testid="repeat-password" />
          <mat-error>{{ form.controls.repeat.errors | kscValidationMessage: text.repeatRequired }}</mat-error>
        </mat-form-field>
        <div class="span-all">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="change-password">
            {{ saving() ? text.saving : text.submit }}
          </button>
        </div>
      </form>
    </section>
  `,
})
export class PasswordChange {
  protected readonly text = {
    currentRequired: $localize`:@@account.password.currentRequired:Bitte Ihr aktuelles Passwort eingeben.`,
    newRequired: $localize`:@@account.password.newRequired:Bitte ein neues Passwort eingeben.`,
    repeatRequired: $localize`:@@account.password.repeatRequired:Bitte das neue Passwort wiederholen.`,
    saving: $localize`:@@account.password.saving:Wird gespeichert …`,
    submit: $localize`:@@account.password.submit:Passwort ändern`,
  };
  private readonly api = inject(AccountApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly rule = PASSWORD_RULE;
  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    repeat: ['', [Validators.required, sameAsNew]],
  });

  protected submit(): void {
    this.done.set(false);
    this.problem.set(null);
    this.unmatched.set([]);
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.saving.set(false);
        this.done.set(true);
        this.form.reset();
        void this.announcer.announce($localize`:@@account.password.changedShort:Ihr Passwort wurde geändert.`);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.problem.set(problem);
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }
}
