import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  TRAINING_FORMATS,
  TRAINING_FORMAT_LABELS,
  TRAINING_STATUSES,
  TRAINING_STATUS_LABELS,
  TRAINING_TOPICS,
  TRAINING_TOPIC_LABELS,
  type Page,
  type Problem,
  type TrainingSummary,
} from '@klimaschutz/contracts';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { formatCount } from '../shared/format';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { withFilterChange } from '../shared/query-params';
import { TrainingApi } from './training-api';
import { trainingTone } from './training-labels';
import {
  TRAINING_PAGE_SIZES,
  type TrainingListState,
  formatDuration,
  groupByMonth,
  trainingFilterParams,
  trainingStateFromParams,
  trainingStateToParams,
} from './training-query';

type LoadResult = { page: Page<TrainingSummary>; problem: null } | { page: null; problem: Problem };

/** The training calendar: upcoming (soonest first) or past (latest first) trainings, grouped by month. */
@Component({
  selector: 'ksc-training-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    ExportMenu,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatSelectModule,
    MatPaginatorModule,
    LabelBadge,
    ProblemAlert,
    FormatDateTimePipe,
  ],
  templateUrl: './training-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      margin: 0.75rem 0 0.5rem;
    }
    .month h2 {
      margin: 1.25rem 0 0.5rem;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .entry {
      border: 1px solid var(--ksc-border);
      border-radius: 8px;
      padding: 0.5rem 1rem;
      background: var(--mat-sys-surface);
    }
    .entry h3 {
      margin: 0 0 0.25rem;
    }
    .entry p {
      margin: 0.15rem 0;
    }
  `,
})
export class TrainingList {
  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(AuthSession);

  protected readonly statuses = TRAINING_STATUSES;
  protected readonly statusLabels = TRAINING_STATUS_LABELS;
  protected readonly topics = TRAINING_TOPICS;
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly formats = TRAINING_FORMATS;
  protected readonly formatLabels = TRAINING_FORMAT_LABELS;
  protected readonly tone = trainingTone;
  protected readonly duration = formatDuration;
  protected readonly pageSizes = [...TRAINING_PAGE_SIZES];
  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map(toState)), { requireSync: true });
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => trainingFilterParams(this.state()));

  protected readonly loading = signal(true);
  protected readonly result = signal<Page<TrainingSummary> | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly months = computed(() => groupByMonth(this.result()?.items ?? [], this.locale));
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly countText = computed(() => formatCount(this.total(), 'Schulung', 'Schulungen', this.locale));

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
          void this.announcer.announce(`${formatCount(result.page.total, 'Schulung', 'Schulungen', this.locale)} gefunden`);
        }
      });
  }

  protected update(change: Partial<TrainingListState>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: trainingStateToParams(withFilterChange(this.state(), change)),
    });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}

function toState(params: ParamMap): TrainingListState {
  return trainingStateFromParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));
}
