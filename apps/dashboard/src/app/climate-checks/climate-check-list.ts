import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  CLIMATE_CHECK_STATUSES,
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPES,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CLIMATE_IMPACTS,
  CLIMATE_IMPACT_LABELS,
  type ClimateCheckSummary,
  type Page,
  type Problem,
} from '@klimaschutz/contracts';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { formatCount } from '../shared/format';
import { FormatDatePipe, YesNoPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { withFilterChange } from '../shared/query-params';
import { ReferenceData } from '../shared/reference-data';
import { ClimateCheckApi } from './climate-check-api';
import { climateCheckTone } from './climate-check-labels';
import {
  CLIMATE_CHECK_PAGE_SIZES,
  type ClimateCheckListState,
  climateCheckFilterParams,
  climateCheckStateFromParams,
  climateCheckStateToParams,
} from './climate-check-query';

type LoadResult = { page: Page<ClimateCheckSummary>; problem: null } | { page: null; problem: Problem };

/** Klimachecks by status, type of subject, department and rated impact. */
@Component({
  selector: 'ksc-climate-check-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ExportMenu, MatFormFieldModule, MatSelectModule, MatPaginatorModule, LabelBadge, ProblemAlert, FormatDatePipe, YesNoPipe],
  templateUrl: './climate-check-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      margin-bottom: 0.5rem;
    }
    .negative {
      display: block;
      margin-top: 0.25rem;
      font-weight: 600;
      color: var(--ksc-error-text);
    }
  `,
})
export class ClimateCheckList {
  private readonly api = inject(ClimateCheckApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(AuthSession);

  protected readonly statuses = CLIMATE_CHECK_STATUSES;
  protected readonly statusLabels = CLIMATE_CHECK_STATUS_LABELS;
  protected readonly subjectTypes = CLIMATE_CHECK_SUBJECT_TYPES;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly impacts = CLIMATE_IMPACTS;
  protected readonly impactLabels = CLIMATE_IMPACT_LABELS;
  protected readonly tone = climateCheckTone;
  protected readonly pageSizes = [...CLIMATE_CHECK_PAGE_SIZES];
  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER', 'DEPARTMENT'));
  protected readonly showOrgUnitFilter = computed(() => !this.session.hasRole('DEPARTMENT'));
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(toState)), { requireSync: true });
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => climateCheckFilterParams(this.state()));
  protected readonly orgUnits = toSignal(inject(ReferenceData).orgUnits().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly loading = signal(true);
  protected readonly result = signal<Page<ClimateCheckSummary> | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => formatCount(this.total(), 'Klimacheck', 'Klimachecks', this.locale));

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
          void this.announcer.announce(`${formatCount(result.page.total, 'Klimacheck', 'Klimachecks', this.locale)} gefunden`);
        }
      });
  }

  protected update(change: Partial<ClimateCheckListState>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: climateCheckStateToParams(withFilterChange(this.state(), change)),
    });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}

function toState(params: ParamMap): ClimateCheckListState {
  return climateCheckStateFromParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));
}
