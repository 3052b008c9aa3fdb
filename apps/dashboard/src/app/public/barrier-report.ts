import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import type { Problem } from '@klimaschutz/contracts';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { PublicApi } from './public-api';

/** The feedback mechanism BITV 2.0 asks for: anyone can report a barrier, name and e-mail optional. */
@Component({
  selector: 'ksc-barrier-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ProblemAlert, ValidationMessagePipe],
  templateUrl: './barrier-report.html',
  styles: `
    .pub-form {
      max-width: 40rem;
    }
    .pub-form__field {
      margin-bottom: 1rem;
    }
    .pub-form label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .pub-form input,
    .pub-form textarea {
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem;
      border: 1px solid var(--ksc-border);
      border-radius: 4px;
      background: #ffffff;
      color: var(--ksc-text);
      font: inherit;
    }
    .pub-form [aria-invalid='true'] {
      border: 2px solid var(--ksc-error-text);
    }
    .pub-form__error {
      margin: 0.25rem 0 0;
      color: var(--ksc-error-text);
      font-weight: 600;
    }
    .pub-form__submit {
      min-height: 2.75rem;
      padding: 0.5rem 1.5rem;
      border: 0;
      border-radius: 20px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .pub-form__submit:disabled {
      opacity: 0.7;
      cursor: default;
    }
  `,
})
export class BarrierReport {
  private readonly api = inject(PublicApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly successBox = viewChild<ElementRef<HTMLElement>>('success');

  protected readonly form = inject(NonNullableFormBuilder).group({
    message: ['', [Validators.required, Validators.maxLength(5000)]],
    // Visitors may come from a page with a barrier; its address helps to find it.
    page: [inject(ActivatedRoute).snapshot.queryParamMap.get('seite') ?? '', Validators.maxLength(500)],
    name: ['', Validators.maxLength(200)],
    email: ['', [Validators.email, Validators.maxLength(254)]],
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected invalid(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { message, page, name, email } = this.form.getRawValue();
    this.sending.set(true);
    this.api
      .sendFeedback({ message: message.trim(), page: page.trim() || null, name: name.trim() || null, email: email.trim() || null })
      .subscribe({
        next: () => {
          this.sending.set(false);
          this.sent.set(true);
          this.form.reset({ message: '', page: '', name: '', email: '' });
          afterNextRender(() => this.successBox()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.sending.set(false);
          const problem = toProblem(error);
          this.problem.set(problem);
          this.unmatched.set(applyServerErrors(this.form, problem));
        },
      });
  }

  protected again(): void {
    this.sent.set(false);
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => (this.document.querySelector('.pub-form [aria-invalid="true"]') as HTMLElement | null)?.focus(),
      { injector: this.injector },
    );
  }
}
