import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  CONSULTATION_STATUSES,
  CONSULTATION_STATUS_LABELS,
  type ConsultationSummary,
  type Page,
  type Problem,
} from '@klimaschutz/contracts';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { formatCount } from '../shared/format';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { withFilterChange } from '../shared/query-params';
import { ReferenceData } from '../shared/reference-data';
import { ConsultationApi } from './consultation-api';
import {
  CONSULTATION_PAGE_SIZES,
  type ConsultationListState,
  consultationFilterParams,
  consultationStateFromParams,
  consultationStateToParams,
  staleNotice,
} from './consultation-query';
import { consultationTone } from './consultation-tone';

type LoadResult = { page: Page<ConsultationSummary>; problem: null } | { page: null; problem: Problem };

/** Beratungen by status, category and department; open requests that wait too long stand out. */
@Component({
  selector: 'ksc-consultation-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    ExportMenu,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    LabelBadge,
    ProblemAlert,
    FormatDatePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './consultation-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      align-items: center;
      margin-bottom: 0.5rem;
    }
    tr.stale {
      background: var(--ksc-warning-bg);
    }
    .stale-note {
      display: block;
      margin-top: 0.25rem;
      font-weight: 600;
      color: var(--ksc-warning-text);
    }
  `,
})
export class ConsultationList {
  private readonly api = inject(ConsultationApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(AuthSession);

  protected readonly statuses = CONSULTATION_STATUSES;
  protected readonly statusLabels = CONSULTATION_STATUS_LABELS;
  protected readonly categories = CONSULTATION_CATEGORIES;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
  protected readonly pageSizes = [...CONSULTATION_PAGE_SIZES];
  protected readonly tone = consultationTone;
  protected readonly staleNotice = staleNotice;
  protected readonly canRequest = computed(() => this.session.hasRole('CLIMATE_MANAGER', 'DEPARTMENT'));
  /** A department sees only its own requests, so the department filter is for everyone else. */
  protected readonly showOrgUnitFilter = computed(() => !this.session.hasRole('DEPARTMENT'));
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(toState)), { requireSync: true });
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => consultationFilterParams(this.state()));
  protected readonly orgUnits = toSignal(inject(ReferenceData).orgUnits().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly loading = signal(true);
  protected readonly result = signal<Page<ConsultationSummary> | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => formatCount(this.total(), 'Beratung', 'Beratungen', this.locale));

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(toState),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap(() => this.loading.set(true)),
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
          void this.announcer.announce(`${formatCount(result.page.total, 'Beratung', 'Beratungen', this.locale)} gefunden`);
        }
      });
  }

  protected update(change: Partial<ConsultationListState>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: consultationStateToParams(withFilterChange(this.state(), change)),
    });
  }

  protected setStaleDays(value: string): void {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= 365) {
      this.update({ staleDays: n });
    }
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}

function toState(params: ParamMap): ConsultationListState {
  return consultationStateFromParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));
}
