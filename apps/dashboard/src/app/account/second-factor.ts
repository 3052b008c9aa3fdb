import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DomSanitizer } from '@angular/platform-browser';
import type { AccountSecurity, Problem, TotpEnrolment } from '@klimaschutz/contracts';
import { catchError, of } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { AccountApi } from './account-api';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type into an app. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * The authenticator app (TOTP): set up with a QR code or the key as text, confirm with a first
 * code, keep the recovery codes shown once; turn it off with password and code.
 */
@Component({
  selector: 'ksc-second-factor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, ProblemAlert, ValidationMessagePipe],
  templateUrl: './second-factor.html',
  styles: `
    .qr {
      display: block;
      width: 12rem;
      height: 12rem;
      background: #ffffff;
    }
    .secret {
      font-size: 1.15rem;
      letter-spacing: 0.05em;
      word-break: break-all;
    }
    .recovery-codes {
      columns: 2;
      font-family: monospace;
      font-size: 1.1rem;
      padding-left: 1.5rem;
    }
    ol.steps > li {
      margin-bottom: 1rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class SecondFactor {
  private readonly api = inject(AccountApi);
  private readonly session = inject(AuthSession);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly codesHeading = viewChild<ElementRef<HTMLElement>>('codesHeading');
  private readonly enrolHeading = viewChild<ElementRef<HTMLElement>>('enrolHeading');

  /** The second factor was set up or turned off. */
  readonly changed = output<AccountSecurity>();

  protected readonly status = signal<AccountSecurity | null>(null);
  protected readonly enrolment = signal<TotpEnrolment | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly email = computed(() => this.session.user()?.email ?? '');
  protected readonly grouped = computed(() => groupedSecret(this.enrolment()?.secret ?? ''));
  /** The server's own SVG as an image: an <img> runs none of its content. */
  protected readonly qrImage = computed(() => {
    const svg = this.enrolment()?.qrSvg;
    return svg ? this.sanitizer.bypassSecurityTrustUrl(`data:image/svg+xml;base64,${btoa(svg)}`) : null;
  });

  protected readonly confirmForm = this.formBuilder.group({
    code: ['', [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)]],
  });
  protected readonly disableForm = this.formBuilder.group({
    password: ['', Validators.required],
    code: ['', [Validators.required, Validators.maxLength(40)]],
  });

  constructor() {
    this.api
      .security()
      .pipe(
        catchError((error: unknown) => {
          this.problem.set(toProblem(error));
          return of(null);
        }),
      )
      .subscribe((status) => this.status.set(status));
  }

  protected start(): void {
    this.run(this.api.startTotp(), (enrolment) => {
      this.enrolment.set(enrolment);
      setTimeout(() => this.enrolHeading()?.nativeElement.focus());
    });
  }

  protected cancel(): void {
    this.enrolment.set(null);
    this.confirmForm.reset();
    this.problem.set(null);
  }

  protected confirm(): void {
    if (this.confirmForm.invalid) {
      this.confirmForm.markAllAsTouched();
      return;
    }
    const code = this.confirmForm.getRawValue().code.replace(/\s/g, '');
    this.run(
      this.api.confirmTotp(code),
      ({ recoveryCodes }) => {
        this.enrolment.set(null);
        this.confirmForm.reset();
        this.recoveryCodes.set(recoveryCodes);
        const status: AccountSecurity = {
          totpEnabled: true,
          totpRequired: this.status()?.totpRequired ?? false,
          recoveryCodesLeft: recoveryCodes.length,
        };
        this.status.set(status);
        this.session.secondFactorChanged(true, false);
        this.changed.emit(status);
        void this.announcer.announce(
          $localize`:@@account.totp.announceSetUp:Die Authenticator-App ist eingerichtet. Bitte sichern Sie jetzt Ihre Wiederherstellungscodes.`,
        );
        setTimeout(() => this.codesHeading()?.nativeElement.focus());
      },
      this.confirmForm,
    );
  }

  /** The recovery codes are gone from the screen for good. */
  protected codesKept(): void {
    this.recoveryCodes.set(null);
  }

  /** The key spelled out character by character, for a screen reader. */
  protected secretLabel(secret: string): string {
    const spelled = secret.split('').join(' ');
    return $localize`:@@account.totp.secretLabel:Schlüssel ${spelled}:secret:`;
  }

  protected downloadCodes(): void {
    const codes = this.recoveryCodes() ?? [];
    const email = this.email();
    const text = [
      $localize`:@@account.totp.codesFileTitle:Wiederherstellungscodes für ${email}:email: (Klimaschutz-Cockpit)`,
      $localize`:@@account.totp.codesFileOnce:Jeder Code gilt einmal.`,
      '',
      ...codes,
      '',
    ].join('\r\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    link.download = 'klimaschutz-cockpit-wiederherstellungscodes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  protected disable(): void {
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      return;
    }
    const { password, code } = this.disableForm.getRawValue();
    this.run(
      this.api.disableTotp({ password, code: code.trim() }),
      (status) => {
        this.disableForm.reset();
        this.status.set(status);
        this.session.secondFactorChanged(false, status.totpRequired);
        this.changed.emit(status);
        void this.announcer.announce($localize`:@@account.totp.announceDisabled:Die Anmeldung mit Authenticator-App ist deaktiviert.`);
      },
      this.disableForm,
    );
  }

  private run<T>(request: import('rxjs').Observable<T>, next: (value: T) => void, form?: Parameters<typeof applyServerErrors>[0]): void {
    this.busy.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        next(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toProblem(error);
        this.problem.set(problem);
        this.unmatched.set(form ? applyServerErrors(form, problem) : []);
      },
    });
  }
}
