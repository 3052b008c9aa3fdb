import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import type { MeasureSummary, Page, Problem } from '@klimaschutz/contracts';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { AssessmentBadge, StatusBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { formatCount } from '../shared/format';
import { FormatDatePipe, FormatNumberPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { MeasureApi } from './measure-api';
import { MeasureFilters } from './measure-filters';
import {
  PAGE_SIZES,
  applyFilterChange,
  measureFilterParams,
  nextSort,
  sortDirection,
  stateFromQueryParams,
  stateToQueryParams,
  type MeasureListState,
  type MeasureSortKey,
} from './measure-query';

interface Column {
  label: string;
  sortKey?: MeasureSortKey;
  numeric?: boolean;
}

// Field of action and lead stand in the title cell, so the list fits a 1366 px laptop with its
// default sort column (Aktualisiert) in view. A function, so that each page built reads the UI language.
const columns = (): readonly Column[] => [
  { label: $localize`:@@measures.list.col.code:Kennung`, sortKey: 'code' },
  { label: $localize`:@@measures.list.col.title:Titel`, sortKey: 'title' },
  { label: $localize`:@@measures.list.col.status:Status`, sortKey: 'status' },
  { label: $localize`:@@measures.list.col.assessment:Bewertung`, sortKey: 'assessment' },
  { label: $localize`:@@measures.list.col.progress:Fortschritt`, sortKey: 'progressPercent', numeric: true },
  { label: $localize`:@@measures.list.col.plannedEnd:Geplantes Ende`, sortKey: 'plannedEnd' },
  { label: $localize`:@@measures.list.col.updatedAt:Aktualisiert`, sortKey: 'updatedAt' },
];

/** "1 Maßnahme", "1.042 Maßnahmen". */
function measureCount(count: number, locale: string): string {
  return formatCount(count, $localize`:@@measures.count.one:Maßnahme`, $localize`:@@measures.count.other:Maßnahmen`, locale);
}

type LoadResult = { page: Page<MeasureSummary>; problem: null } | { page: null; problem: Problem };

@Component({
  selector: 'ksc-measure-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatPaginatorModule,
    MeasureFilters,
    ExportMenu,
    StatusBadge,
    AssessmentBadge,
    ProblemAlert,
    FormatDatePipe,
    FormatNumberPipe,
  ],
  templateUrl: './measure-list.html',
  styles: `
    .measure-title-cell {
      min-width: 16rem;
      overflow-wrap: anywhere;
    }
    .measure-secondary {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-top: 0.25rem;
      color: var(--ksc-text-muted);
      font: var(--mat-sys-body-small);
    }
    .measure-secondary__label {
      font-weight: 600;
    }
  `,
})
export class MeasureList {
  private readonly api = inject(MeasureApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly referenceData = inject(ReferenceData);
  private readonly session = inject(AuthSession);

  protected readonly columns = columns();
  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(toState)), { requireSync: true });
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => measureFilterParams(this.state()));
  protected readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly orgUnits = toSignal(this.referenceData.orgUnits().pipe(catchError(() => of([]))), {
    initialValue: [],
  });

  protected readonly loading = signal(true);
  protected readonly result = signal<Page<MeasureSummary> | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => measureCount(this.total(), this.locale));
  protected readonly sortLabel = computed(() => {
    const sort = this.state().sort;
    const column = this.columns.find((c) => c.sortKey === sort.replace(/^-/, ''));
    return `${column?.label ?? sort}, ${sort.startsWith('-') ? $localize`:@@measures.list.descending:absteigend` : $localize`:@@measures.list.ascending:aufsteigend`}`;
  });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(toState),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap(() => {
          this.loading.set(true);
          void this.announcer.announce($localize`:@@measures.list.loading:Maßnahmen werden geladen …`);
        }),
        switchMap((state) =>
          this.api.list(state).pipe(
            map((page): LoadResult => ({ page, problem: null })),
            catchError((error: unknown) => of<LoadResult>({ page: null, problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.problem.set(result.problem);
        if (result.page) {
          this.result.set(result.page);
          void this.announcer.announce(
            result.page.total === 0
              ? $localize`:@@measures.list.announceNone:Keine Maßnahmen gefunden`
              : $localize`:@@measures.list.announceFound:${measureCount(result.page.total, this.locale)}:count: gefunden`,
          );
        } else {
          void this.announcer.announce($localize`:@@measures.list.announceError:Die Maßnahmen konnten nicht geladen werden.`);
        }
      });
  }

  protected update(change: Partial<MeasureListState>): void {
    const next = applyFilterChange(this.state(), change);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: stateToQueryParams(next),
      // Typing in the search box should not fill the browser history with every word.
      replaceUrl: 'q' in change,
    });
  }

  protected sortBy(key: MeasureSortKey): void {
    this.update({ sort: nextSort(this.state().sort, key), page: 1 });
  }

  protected ariaSort(key: MeasureSortKey | undefined): string | null {
    return key ? sortDirection(this.state().sort, key) : null;
  }

  protected sortIcon(key: MeasureSortKey): string {
    const direction = sortDirection(this.state().sort, key);
    return direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}

function toState(params: ParamMap): MeasureListState {
  return stateFromQueryParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));
}
