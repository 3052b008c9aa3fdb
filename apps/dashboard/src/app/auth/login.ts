import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { toProblem } from '../shared/problem';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { AuthSession } from './auth-session';
import { homePathFor, safeReturnUrl } from './auth-guards';

@Component({
  selector: 'ksc-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, ValidationMessagePipe],
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
    .public-link {
      margin: 1rem 0 0;
    }
  `,
})
export class Login {
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.session.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
        void this.router.navigateByUrl(safeReturnUrl(returnUrl, homePathFor(user.role)));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(loginErrorMessage(error));
      },
    });
  }
}

function loginErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401) {
      return 'E-Mail oder Passwort ist falsch';
    }
    if (error.status === 429) {
      return 'Zu viele Anmeldeversuche – bitte in einer Minute erneut versuchen';
    }
  }
  const problem = toProblem(error);
  return problem.detail ?? problem.title;
}
