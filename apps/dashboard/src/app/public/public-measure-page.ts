import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { Problem, PublicMeasureDetail } from '@klimaschutz/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { StatusBadge } from '../shared/badges';
import { FormatDatePipe, FormatNumberPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { pageTitle } from '../shell/page-title-strategy';
import { PublicApi } from './public-api';
import { PUBLIC_PATH } from './public-area';
import { splitParagraphs } from './paragraphs';

/** One published measure for citizens: summary, state, progress, timeline and whom to ask. */
@Component({
  selector: 'ksc-public-measure-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ProblemAlert, FormatDatePipe, FormatNumberPipe],
  templateUrl: './public-measure-page.html',
  styles: `
    .pub-field {
      font: var(--mat-sys-label-large);
      color: var(--ksc-text-muted);
      margin: 0 0 0.25rem;
    }
    .pub-text p {
      white-space: pre-line;
      overflow-wrap: anywhere;
      max-width: 65ch;
    }
    .pub-progress progress {
      width: min(100%, 16rem);
      height: 1rem;
      accent-color: var(--mat-sys-primary);
    }
    .pub-timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 1rem;
      border-left: 3px solid var(--mat-sys-primary);
    }
    .pub-timeline li {
      margin: 0 0 1rem;
    }
    .pub-timeline time {
      display: block;
      font-weight: 600;
    }
    .pub-timeline p {
      margin: 0.25rem 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class PublicMeasurePage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(PublicApi);
  private readonly title = inject(Title);

  protected readonly listPath = `${PUBLIC_PATH}/massnahmen`;
  protected readonly measure = signal<PublicMeasureDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly summaryParagraphs = computed(() => splitParagraphs(this.measure()?.publicSummary));
  protected readonly goalParagraphs = computed(() => splitParagraphs(this.measure()?.goal));

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) =>
          this.api.measure(id).pipe(
            catchError((error: unknown) => {
              const problem = toProblem(error);
              this.problem.set(
                problem.status === 404 || problem.status === 400
                  ? { ...problem, detail: 'Diese Maßnahme gibt es nicht oder sie ist nicht (mehr) veröffentlicht.' }
                  : problem,
              );
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((measure) => {
        this.loading.set(false);
        this.measure.set(measure);
        if (measure) {
          this.problem.set(null);
          this.title.setTitle(pageTitle(measure.title));
        }
      });
  }
}
