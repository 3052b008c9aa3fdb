import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  LOCALE_ID,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { type Problem, type ProgressReport, type ReviewDecision, type ReviewQueueItem } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS, REPORT_STATE_LABELS } from '../shared/labels';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { changeSummary, compareReports, periodName, revisionLabel } from './report-compare';
import { ReportComparison } from './report-comparison';
import { ReportingApi } from './reporting-api';

const COMMENT_REQUIRED = $localize`:@@reporting.review.commentRequired:Bitte geben Sie an, was überarbeitet werden soll.`;

/**
 * One submitted report in the review queue, side by side with the previous accepted report of the
 * same measure and unit, and the decision: accept, or send back with a comment.
 */
@Component({
  selector: 'ksc-review-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ProblemAlert,
    ReportComparison,
    ValidationMessagePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './review-card.html',
  styles: `
    :host {
      display: block;
    }
    h2 .code {
      display: block;
      font: var(--mat-sys-title-small);
      color: var(--ksc-text-muted);
    }
  `,
})
export class ReviewCard {
  readonly item = input.required<ReviewQueueItem>();
  /** A German success message after the decision was stored. */
  readonly decided = output<string>();
  /** Someone else decided first (409); the queue should reload. */
  readonly conflicted = output<Problem>();

  private readonly api = inject(ReportingApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly commentInput = viewChild<ElementRef<HTMLTextAreaElement>>('commentInput');

  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly stateLabels = REPORT_STATE_LABELS;
  protected readonly texts = { firstReport: $localize`:@@reporting.review.firstReport:erste Meldung` };
  protected readonly revisionLabel = revisionLabel;
  protected readonly periodName = periodName;
  protected readonly commentRequired = COMMENT_REQUIRED;
  protected readonly comment = inject(NonNullableFormBuilder).control('', Validators.maxLength(5000));
  protected readonly busy = signal<ReviewDecision | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected readonly rows = computed(() => compareReports(this.item().previousAccepted, this.item(), this.locale));
  protected readonly summary = computed(() => (this.item().previousAccepted ? changeSummary(this.rows()) : null));
  protected readonly beforeLabel = computed(() => {
    const previous = this.item().previousAccepted;
    return previous ? $localize`:@@reporting.review.beforeLabel:Zuletzt angenommen: ${periodName(previous)}:period:` : null;
  });
  protected readonly afterLabel = computed(
    () => $localize`:@@reporting.review.afterLabel:Neu eingereicht: ${periodName(this.item())}:period:`,
  );
  protected readonly headingId = computed(() => `review-${this.item().id}`);
  /** For a new version: the version that was sent back, with the question it had to answer. */
  protected readonly predecessor = toSignal(
    toObservable(this.item).pipe(
      map((item) => item.supersedesId),
      distinctUntilChanged(),
      switchMap((id) => (id ? this.api.report(id).pipe(catchError(() => of(null))) : of(null))),
    ),
    { initialValue: null as ProgressReport | null },
  );

  protected decide(decision: ReviewDecision): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.comment.updateValueAndValidity();
    const text = this.comment.value.trim();
    if (decision === 'REQUEST_REVISION' && !text) {
      this.comment.setErrors({ required: true });
      this.comment.markAsTouched();
      this.commentInput()?.nativeElement.focus();
      return;
    }
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      this.commentInput()?.nativeElement.focus();
      return;
    }
    const item = this.item();
    this.busy.set(decision);
    this.api.reviewReport(item.id, { decision, comment: text || null, version: item.version }).subscribe({
      next: () => {
        this.busy.set(null);
        const what = `${item.measure.code} (${periodName(item)})`;
        this.decided.emit(
          decision === 'ACCEPT'
            ? $localize`:@@reporting.review.accepted:Die Sachstandsmeldung ${what}:report: wurde angenommen.`
            : $localize`:@@reporting.review.revisionRequested:Für die Sachstandsmeldung ${what}:report: wurde eine Überarbeitung angefordert.`,
        );
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const problem = toProblem(error);
        if (problem.status === 409) {
          this.conflicted.emit(problem);
          return;
        }
        this.problem.set(problem);
        const commentError = problem.errors?.find((e) => e.field === 'comment');
        if (commentError) {
          this.comment.setErrors({ server: commentError.message });
          this.comment.markAsTouched();
        }
        this.unmatched.set((problem.errors ?? []).filter((e) => e !== commentError).map((e) => e.message));
      },
    });
  }
}
