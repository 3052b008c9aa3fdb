import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, input, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import type { Problem } from '@klimaschutz/contracts';
import { Observable, catchError, of, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { applyServerErrors, toProblem } from './problem';
import { ProblemAlert } from './problem-alert';
import { noticeFromNavigation } from './record-editing';

/*
 * One way for a record's page with workflow buttons (a training, a consultation, a Klimacheck, a
 * progress report) to load its record, run a step (busy while it runs, the answer replaces the
 * record, a notice says what happened) and show a refused step: beside the buttons, with field errors
 * at the step's form. The page keeps what is its own: which requests run and what the notices say.
 */

export interface RecordDetailOptions<L> {
  /** The route's `:id`; the page reloads whenever it changes. */
  id: Signal<string>;
  /** Everything the page shows for one id (the record, and what else the page reads with it). */
  load: (id: string) => Observable<L>;
  /** Takes the loaded answer into the page's signals. */
  loaded: (value: L) => void;
  /** The browser tab's title for the loaded page. */
  pageTitle: (value: L) => string;
}

/** What the page's header and status block read from a RecordDetail. */
export interface DetailMessages {
  readonly problem: Signal<Problem | null>;
  readonly unmatched: Signal<string[]>;
  readonly notice: Signal<string | null>;
}

export class RecordDetail<L> implements DetailMessages {
  readonly loading = signal(true);
  /** A workflow step is running: its buttons are disabled. */
  readonly busy = signal(false);
  readonly problem = signal<Problem | null>(null);
  /** Server messages for fields the step's form does not show. */
  readonly unmatched = signal<string[]>([]);
  /** What the last step (or the form the user came from) did, once. */
  readonly notice = signal<string | null>(noticeFromNavigation(inject(Router)));

  private readonly title = inject(Title);
  private readonly announcer = inject(LiveAnnouncer);

  /** Created in a component's field initialiser: it loads whenever the route's id changes. */
  constructor(private readonly options: RecordDetailOptions<L>) {
    toObservable(options.id)
      .pipe(
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  /**
   * Runs one workflow step. Its answer goes to `done` and the notice is shown and announced; a
   * refusal is shown beside the buttons, its field errors at `form`'s fields.
   */
  run<T>(request: Observable<T>, done: (answer: T) => string, form?: AbstractControl): void {
    this.busy.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.showNotice(done(answer));
      },
      error: (error: unknown) => this.fail(error, form),
    });
  }

  /** A refused request: shown beside the buttons, field errors at the form's fields. */
  fail(error: unknown, form?: AbstractControl): void {
    this.busy.set(false);
    const problem = toProblem(error);
    this.problem.set(problem);
    this.unmatched.set(form ? applyServerErrors(form, problem) : []);
  }

  showNotice(message: string): void {
    this.notice.set(message);
    void this.announcer.announce(message);
  }

  /** Reads the page again (after a refused step, so it shows what changed meanwhile). */
  reload(id: string): void {
    this.load(id).subscribe();
  }

  private load(id: string): Observable<L | null> {
    this.loading.set(true);
    return this.options.load(id).pipe(
      tap((value) => {
        this.options.loaded(value);
        this.loading.set(false);
        this.title.setTitle(pageTitle(this.options.pageTitle(value)));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }
}

/**
 * The head of a record's page: its heading (the projected `h1`), its workflow buttons, and right
 * below them what a refused step says.
 */
@Component({
  selector: 'ksc-detail-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemAlert],
  template: `
    <div class="page-header">
      <ng-content select="h1" />
      <div class="actions"><ng-content /></div>
    </div>
    <ksc-problem-alert [problem]="detail().problem()" [messages]="detail().unmatched()" />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class DetailHeader {
  readonly detail = input.required<DetailMessages>();
}

/**
 * The top of a record's page before the record is there: the notice the previous page left, the
 * reason the record could not be loaded, or that it is loading.
 */
@Component({
  selector: 'ksc-detail-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemAlert],
  template: `
    @if (detail().notice(); as message) {
      <div class="alert alert--success" [attr.data-testid]="noticeTestId()">
        <p>{{ message }}</p>
      </div>
    }
    @if (!loaded()) {
      <ksc-problem-alert [problem]="detail().problem()" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class DetailStatus {
  readonly detail = input.required<DetailMessages>();
  /** Whether the record is shown (its header then shows what a refused step says). */
  readonly loaded = input.required<boolean>();
  readonly noticeTestId = input('detail-notice');
}

/** One workflow step the reader may take now (the page lists only the allowed ones). */
export interface WorkflowStep {
  label: string;
  testId: string;
  /** The page's main next step: a filled button; the others are outlined. */
  primary?: boolean;
  run: () => void;
}

/** A page's workflow buttons, disabled while a step runs; placed among the page's links in its header. */
@Component({
  selector: 'ksc-step-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @for (step of steps(); track step.testId) {
      <button
        [matButton]="step.primary ? 'filled' : 'outlined'"
        type="button"
        (click)="step.run()"
        [disabled]="busy()"
        [attr.data-testid]="step.testId"
      >
        {{ step.label }}
      </button>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class StepButtons {
  readonly steps = input.required<readonly WorkflowStep[]>();
  readonly busy = input(false);
}
