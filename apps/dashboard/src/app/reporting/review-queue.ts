import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { Page, Problem, ReviewQueueItem } from '@klimaschutz/contracts';
import { catchError, combineLatest, map, of, switchMap, tap } from 'rxjs';
import { formatCount } from '../shared/format';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { periodName } from './report-compare';
import { ReportingApi } from './reporting-api';
import { ReviewCard } from './review-card';

// Five long cards a page, with a list of them on top: not one very long page.
const PAGE_SIZE = 5;

interface QueueFilter {
  periodId: string;
  measureId: string;
  page: number;
}

/**
 * The climate managers' review queue: submitted reports, oldest first, each beside the previous
 * accepted one. Filters live in the URL (`?zeitraum=&massnahme=&seite=`).
 */
@Component({
  selector: 'ksc-review-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, MatPaginatorModule, ProblemAlert, ReviewCard],
  templateUrl: './review-queue.html',
})
export class ReviewQueue {
  private readonly api = inject(ReportingApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');

  protected readonly pageSize = PAGE_SIZE;
  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(
      map(
        (params): QueueFilter => ({
          periodId: params.get('zeitraum') ?? '',
          measureId: params.get('massnahme') ?? '',
          page: Math.max(1, Number(params.get('seite')) || 1),
        }),
      ),
    ),
    { requireSync: true },
  );
  protected readonly periods = toSignal(
    this.api.periods().pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly result = signal<Page<ReviewQueueItem> | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly periodName = periodName;
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly pageCount = computed(() => Math.ceil((this.result()?.total ?? 0) / PAGE_SIZE));
  protected readonly countText = computed(() => {
    const total = this.result()?.total ?? 0;
    return total === 0
      ? $localize`:@@reporting.review.none:Keine Sachstandsmeldung wartet auf Prüfung.`
      : $localize`:@@reporting.review.count:${formatCount(total, $localize`:@@reporting.review.count.one:Sachstandsmeldung wartet`, $localize`:@@reporting.review.count.other:Sachstandsmeldungen warten`, this.locale)}:count: auf Prüfung.`;
  });
  /** The measure the queue is narrowed to (from a report's "Prüfen" link). */
  protected readonly measureFilter = computed(() => {
    const id = this.filter().measureId;
    return id ? (this.items()[0]?.measure ?? { id, code: '', title: '' }) : null;
  });
  private readonly revision = signal(0);

  constructor() {
    combineLatest([toObservable(this.filter), toObservable(this.revision)])
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(([filter]) =>
          this.api
            .reports({
              state: ['SUBMITTED'],
              periodId: filter.periodId || undefined,
              measureId: filter.measureId || undefined,
              page: filter.page,
              pageSize: PAGE_SIZE,
            })
            .pipe(
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
        if (!page) return;
        // A page emptied by the last decisions falls back to the one before.
        if (page.items.length === 0 && page.total > 0 && this.filter().page > 1) {
          this.navigate({ page: Math.ceil(page.total / PAGE_SIZE) });
          return;
        }
        this.result.set(page);
      });
  }

  protected setPeriod(periodId: string): void {
    this.navigate({ periodId, page: 1 });
  }

  protected clearMeasure(): void {
    this.navigate({ measureId: '', page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1 });
  }

  /** Moves to a card and puts the keyboard focus on it (the router would not scroll to a fragment). */
  protected jumpTo(event: Event, id: string): void {
    event.preventDefault();
    const card = this.document.getElementById(`review-card-${id}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }

  protected onDecided(message: string): void {
    this.problem.set(null);
    this.notice.set(message);
    void this.announcer.announce(message);
    this.reloadAndFocusStatus();
  }

  /** Someone else reviewed the report first: say so plainly and show the queue as it is now. */
  protected onConflict(item: ReviewQueueItem, problem: Problem): void {
    this.notice.set(null);
    this.problem.set({
      ...problem,
      detail: $localize`:@@reporting.review.conflict:Die Sachstandsmeldung ${item.measure.code}:code: (${periodName(item)}:period:) wurde inzwischen von jemand anderem geprüft oder geändert. Ihre Entscheidung wurde nicht gespeichert; die Liste wurde neu geladen.`,
    });
    this.reloadAndFocusStatus();
  }

  private reloadAndFocusStatus(): void {
    this.revision.update((n) => n + 1);
    // The decided card disappears; keyboard users continue at the message above the list.
    afterNextRender(() => this.statusBox()?.nativeElement.focus(), { injector: this.injector });
  }

  private navigate(change: Partial<QueueFilter>): void {
    const next = { ...this.filter(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        zeitraum: next.periodId || null,
        massnahme: next.measureId || null,
        seite: next.page > 1 ? next.page : null,
      },
    });
  }
}
