import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import {
  FEEDBACK_HONEYPOT_FIELD,
  FEEDBACK_PAGE,
  FEEDBACK_PAGE_ERROR_TEXTS,
  type FeedbackForm,
  type FeedbackPageError,
  type Problem,
} from '@klimaschutz/contracts';
import { catchError, concatMap, of, timer } from 'rxjs';
import { API_BASE } from '../shared/api';
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
    .pub-form__again {
      display: inline-block;
      text-decoration: none;
    }
    .pub-form__submit:disabled {
      opacity: 0.7;
      cursor: default;
    }
  `,
})
/*
 * Spam limits without a third-party service (README "Personal data"): the form carries a signed
 * token it got when it was shown (the server refuses messages sent within seconds of that), and a
 * field hidden from people that only robots fill in. The page is rendered on the server with its
 * token and posts as a plain HTML form, so it works without JavaScript; with JavaScript it sends
 * JSON, waiting out the few seconds itself if someone is that fast.
 */
export class BarrierReport {
  private readonly api = inject(PublicApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly successBox = viewChild<ElementRef<HTMLElement>>('success');

  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly form = inject(NonNullableFormBuilder).group({
    message: ['', [Validators.required, Validators.maxLength(5000)]],
    // Visitors may come from a page with a barrier; its address helps to find it.
    page: [this.query.get('seite') ?? '', Validators.maxLength(500)],
    name: ['', Validators.maxLength(200)],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    [FEEDBACK_HONEYPOT_FIELD]: [''],
  });
  /** Where the form posts without JavaScript; the API sends the browser back here with the outcome. */
  protected readonly action = `${API_BASE}/public/feedback`;
  protected readonly honeypot = FEEDBACK_HONEYPOT_FIELD;
  protected readonly pagePath = FEEDBACK_PAGE;
  protected readonly formToken = signal<FeedbackForm | null>(null);
  protected readonly sending = signal(false);
  // `?gesendet=1` / `?fehler=…`: the outcome of a form sent without JavaScript.
  protected readonly sent = signal(this.query.get('gesendet') === '1');
  protected readonly problem = signal<Problem | null>(this.pageError(this.query.get('fehler')));
  protected readonly unmatched = signal<string[]>([]);

  /** Set once the app runs in the browser (not on the server): from then on the form is sent as JSON. */
  protected readonly ready = signal(false);

  constructor() {
    this.loadToken();
    afterNextRender(() => this.ready.set(true));
  }

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
    const { message, page, name, email, website } = this.form.getRawValue();
    const token = this.formToken();
    this.sending.set(true);
    // The server takes the message only a few seconds after the form was shown; whoever is faster waits that long here.
    const wait = token ? Math.max(0, Date.parse(token.notBefore) - Date.now()) : 0;
    timer(wait)
      .pipe(
        concatMap(() =>
          this.api.sendFeedback({
            message: message.trim(),
            page: page.trim() || null,
            name: name.trim() || null,
            email: email.trim() || null,
            formToken: token?.formToken ?? '',
            website: website || null,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.sending.set(false);
          this.sent.set(true);
          this.form.reset({ message: '', page: '', name: '', email: '', website: '' });
          this.loadToken();
          afterNextRender(() => this.successBox()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.sending.set(false);
          const problem = toProblem(error);
          this.problem.set(problem);
          // The form token's message is the alert's own text already.
          const own = new Set(problem.errors?.filter((e) => e.field === 'formToken').map((e) => e.message));
          this.unmatched.set(applyServerErrors(this.form, problem).filter((m) => !own.has(m)));
          // A form open too long (or without its token) gets a fresh token; the text stays for sending again.
          if (problem.errors?.some((e) => e.field === 'formToken')) this.loadToken();
        },
      });
  }

  protected again(event: Event): void {
    event.preventDefault();
    this.sent.set(false);
  }

  private loadToken(): void {
    this.api
      .feedbackForm()
      .pipe(
        catchError(() => of(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((form) => this.formToken.set(form));
  }

  private pageError(code: string | null): Problem | null {
    const text = code ? FEEDBACK_PAGE_ERROR_TEXTS[code as FeedbackPageError] : undefined;
    return text ? { type: 'about:blank', title: 'Die Meldung wurde nicht gesendet', status: 400, detail: text } : null;
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => (this.document.querySelector('.pub-form [aria-invalid="true"]') as HTMLElement | null)?.focus(), {
      injector: this.injector,
    });
  }
}
