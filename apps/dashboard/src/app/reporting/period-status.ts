import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TIMELINESS, type Problem, type ReportingPeriodStatus } from '@klimaschutz/contracts';
import { TIMELINESS_LABELS } from '../shared/labels';
import { catchError, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { pageTitle } from '../shell/page-title-strategy';
import { StatusBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { CouncilReportPanel } from './council-report-panel';
import { countTiles, filterMeasures, receivedShare, type MeasureFilter } from './period-status-model';
import { ReportStateBadge, TimelinessBadge } from './report-badges';
import { ReportingApi } from './reporting-api';

/** Who reported what in a period, and in time: counts, per org unit and per measure, with the data-quality hint. */
@Component({
  selector: 'ksc-period-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    ProblemAlert,
    ExportMenu,
    CouncilReportPanel,
    StatusBadge,
    ReportStateBadge,
    TimelinessBadge,
    FormatDatePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './period-status.html',
})
export class PeriodStatusPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(ReportingApi);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  private readonly session = inject(AuthSession);
  protected readonly canReview = this.session.hasRole('CLIMATE_MANAGER');
  /** The same roles as the API's council report: those who oversee the whole city. */
  protected readonly canCreateCouncilReport = this.session.hasRole('ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE');
  protected readonly timelinessValues = TIMELINESS;
  protected readonly timelinessLabels = TIMELINESS_LABELS;
  protected readonly status = signal<ReportingPeriodStatus | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly texts = { never: $localize`:@@reporting.periodStatus.never:noch nie` };
  protected readonly measureFilter = signal<MeasureFilter>('');
  protected readonly tiles = computed(() => {
    const s = this.status();
    return s ? countTiles(s.counts) : [];
  });
  protected readonly share = computed(() => {
    const s = this.status();
    return s ? receivedShare(s.counts) : null;
  });
  protected readonly measures = computed(() => filterMeasures(this.status()?.measures ?? [], this.measureFilter()));

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) =>
          this.api.periodStatus(id).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((status) => {
        this.loading.set(false);
        if (status) {
          this.status.set(status);
          this.problem.set(null);
          this.title.setTitle(pageTitle($localize`:@@reporting.periodStatus.pageTitle:Stand: ${status.period.name}:name:`));
        }
      });
  }

  protected showStale(): void {
    this.measureFilter.set('STALE');
    this.document.getElementById('sec-period-measures')?.scrollIntoView();
  }
}
