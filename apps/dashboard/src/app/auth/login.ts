import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { SessionUser } from '@klimaschutz/contracts';
import { LanguageChoice } from '../shared/language-choice';
import { toProblem } from '../shared/problem';
import { UI_LOCALE } from '../shared/ui-locale';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { AuthSession } from './auth-session';
import { ACCOUNT_PATH, IDLE_REASON, SIGNED_OUT_REASON, homePathFor, safeReturnUrl } from './auth-guards';

@Component({
  selector: 'ksc-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, ValidationMessagePipe, LanguageChoice],
  templateUrl: './login.html',
  styles: `
    .login {
      max-width: 26rem;
      margin: 2rem auto;
      padding: 1.5rem;
      border: 1px solid var(--ksc-border);
      border-radius: 8px;
    }
    .login button[type='submit'] {
      width: 100%;
    }
    .login .link-button {
      margin-top: 0.5rem;
      width: 100%;
    }
    .public-link {
      margin: 1rem 0 0;
    }
  `,
})
export class Login {
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly document = inject(DOCUMENT);

  protected readonly form = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly codeForm = this.formBuilder.group({
    code: ['', [Validators.required, Validators.maxLength(40)]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Step two: the password was right, the account has a second factor. */
  protected readonly challenge = signal<string | null>(null);
  protected readonly signingIn = $localize`:@@auth.login.signingIn:Anmeldung läuft …`;
  protected readonly signInLabel = $localize`:@@auth.login.submit:Anmelden`;
  protected readonly confirmLabel = $localize`:@@auth.login.confirm:Bestätigen`;
  protected readonly codeRequired = $localize`:@@auth.login.codeRequired:Bitte den Code eingeben`;
  protected readonly emailRequired = $localize`:@@auth.login.emailRequired:Bitte E-Mail-Adresse eingeben`;
  protected readonly passwordRequired = $localize`:@@auth.login.passwordRequired:Bitte Passwort eingeben`;
  protected readonly signedOutIdle = this.route.snapshot.queryParamMap.get(SIGNED_OUT_REASON) === IDLE_REASON;

  protected submit(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.session.login(this.form.getRawValue()).subscribe({
      next: (result) => {
        if ('role' in result) {
          this.proceed(result);
          return;
        }
        this.submitting.set(false);
        this.challenge.set(result.challenge);
        // The code field appears in place of the password: put the cursor (and the screen reader) there.
        setTimeout(() => this.codeInput()?.nativeElement.focus());
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected submitCode(): void {
    const challenge = this.challenge();
    this.error.set(null);
    if (!challenge || this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.session.loginWithCode(challenge, this.codeForm.getRawValue().code.trim()).subscribe({
      next: (user) => this.proceed(user),
      error: (error: unknown) => {
        // An expired challenge means starting over with the password.
        if (error instanceof HttpErrorResponse && /abgelaufen/.test(toProblem(error).detail ?? '')) this.restart();
        this.fail(error);
      },
    });
  }

  /** Back to e-mail and password. */
  protected restart(): void {
    this.challenge.set(null);
    this.codeForm.reset();
    this.form.controls.password.reset();
  }

  private proceed(user: SessionUser): void {
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
    const target = user.totpEnrolmentRequired ? ACCOUNT_PATH : safeReturnUrl(returnUrl, homePathFor(user.role));
    // The account's language differs from the one this page was started in: the API has set the
    // cookie to match, and the texts are chosen when the app starts, so load the page anew.
    if (user.locale !== UI_LOCALE) this.document.location.assign(target);
    else void this.router.navigateByUrl(target);
  }

  private fail(error: unknown): void {
    this.submitting.set(false);
    this.error.set(loginErrorMessage(error, this.challenge() !== null));
  }
}

function loginErrorMessage(error: unknown, secondStep: boolean): string {
  if (error instanceof HttpErrorResponse) {
    const detail = toProblem(error).detail;
    if (error.status === 401 && !secondStep) {
      return $localize`:@@auth.login.wrongCredentials:E-Mail oder Passwort ist falsch`;
    }
    if (error.status === 429) {
      // The server says whose attempts were too many (this address, or this account) and how long to wait.
      return error.error?.detail
        ? (detail as string)
        : $localize`:@@auth.login.tooMany:Zu viele Anmeldeversuche – bitte in einer Minute erneut versuchen`;
    }
  }
  const problem = toProblem(error);
  return problem.detail ?? problem.title;
}
