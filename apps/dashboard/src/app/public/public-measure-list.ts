import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  type Page,
  type Problem,
  type PublicMeasure,
  type PublicSummary,
} from '@klimaschutz/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { formatCount } from '../shared/format';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { PublicApi } from './public-api';
import { PublicMeasureCard } from './public-measure-card';
import { PUBLIC_PAGE_SIZE, pageCount, parsePublicListState, publicListQueryParams, type PublicListState } from './public-query';

/** Published measures with search and filters; the state lives in the address, so links can be shared. */
@Component({
  selector: 'ksc-public-measure-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemAlert, PublicMeasureCard],
  templateUrl: './public-measure-list.html',
  styles: `
    /* A row that wraps: each filter as wide as its select's chosen value needs (WCAG 1.4.12), at most the page. */
    .pub-filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    .pub-filters > div {
      flex: 1 1 15rem;
      max-width: 100%;
    }
    .pub-filters label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .pub-filters input,
    .pub-filters select {
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem;
      border: 1px solid var(--ksc-border);
      border-radius: 4px;
      background: #ffffff;
      color: var(--ksc-text);
      font: inherit;
    }
    .pub-filters select {
      field-sizing: content;
    }
    .pub-results {
      display: grid;
      gap: 0.75rem;
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .pub-link-button {
      border: 0;
      background: none;
      padding: 0;
      color: var(--ksc-link);
      text-decoration: underline;
      font: inherit;
      cursor: pointer;
    }
    .pub-pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .pub-pager button {
      min-height: 2.75rem;
      padding: 0.25rem 1rem;
      border: 1px solid var(--mat-sys-primary);
      border-radius: 20px;
      background: #ffffff;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .pub-pager button:disabled {
      border-color: var(--ksc-border);
      color: var(--ksc-text-muted);
      cursor: default;
    }
  `,
})
export class PublicMeasureList {
  private readonly api = inject(PublicApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusLabels = MEASURE_STATUS_LABELS;
  protected readonly state = toSignal(
    this.route.queryParamMap.pipe(
      map((params) =>
        parsePublicListState({
          q: params.get('q'),
          handlungsfeld: params.get('handlungsfeld'),
          status: params.get('status'),
          seite: params.get('seite'),
        }),
      ),
    ),
    { requireSync: true },
  );
  protected readonly result = signal<Page<PublicMeasure> | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly fields = signal<PublicSummary['byFieldOfAction']>([]);
  protected readonly pages = computed(() => pageCount(this.result()?.total ?? 0, PUBLIC_PAGE_SIZE));
  protected readonly countText = computed(() => {
    const total = this.result()?.total ?? 0;
    return `${formatCount(total, 'Maßnahme', 'Maßnahmen', 'de-DE')} gefunden`;
  });

  private readonly typed = new Subject<string>();

  constructor() {
    toObservable(this.state)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((state) =>
          this.api.measures(state).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) {
          this.result.set(page);
          this.problem.set(null);
        }
      });

    // Only fields that hold published measures are worth offering as a filter.
    this.api
      .summary()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (summary) => this.fields.set(summary.byFieldOfAction), error: () => undefined });

    this.typed.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => this.apply({ q: q.trim() }, true));
  }

  protected onSearch(value: string): void {
    this.typed.next(value);
  }

  protected submitSearch(event: Event, value: string): void {
    event.preventDefault();
    this.apply({ q: value.trim() });
  }

  protected onField(value: string): void {
    this.apply({ fieldOfActionId: value });
  }

  protected onStatus(value: string): void {
    this.apply({ status: value as PublicListState['status'] });
  }

  protected goToPage(page: number): void {
    this.apply({ page }, false, true);
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  /** A new search or filter starts at page 1; typing replaces the history entry instead of piling them up. */
  private apply(change: Partial<PublicListState>, replaceUrl = false, keepPage = false): void {
    const next: PublicListState = { ...this.state(), ...change };
    if (!keepPage) {
      next.page = 1;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: publicListQueryParams(next), replaceUrl });
  }
}
