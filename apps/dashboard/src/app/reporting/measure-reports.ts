import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { type Measure, type Page, type Problem, type ProgressReport, type User } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS } from '../shared/labels';
import { catchError, combineLatest, of, switchMap, tap } from 'rxjs';
import { AssessmentBadge, StatusBadge } from '../shared/badges';
import { FormatDateTimePipe, FormatNumberPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReportStateBadge } from './report-badges';
import { excerpt, olderFirst, periodName, previousReport, reviewOutcome, revisionLabel } from './report-compare';
import { mayReportOn } from './report-form-model';
import { ReportingApi } from './reporting-api';

/**
 * The Steckbrief's "Sachstandsmeldungen": the measure's reports as a timeline, newest first, with
 * a one-click comparison of two of them and the way to report for those who may.
 */
@Component({
  selector: 'ksc-measure-reports',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    ProblemAlert,
    ReportStateBadge,
    StatusBadge,
    AssessmentBadge,
    FormatDateTimePipe,
    FormatNumberPipe,
  ],
  templateUrl: './measure-reports.html',
  styles: `
    ol.timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    ol.timeline > li {
      border-left: 4px solid var(--ksc-border);
      padding: 0.25rem 0 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    ol.timeline > li.is-selected {
      border-left-color: var(--mat-sys-primary);
      background: var(--ksc-surface-alt);
    }
    .entry-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .entry-head h3 {
      margin: 0.25rem 0;
    }
    .compare-bar {
      position: sticky;
      bottom: 0;
      background: var(--mat-sys-surface);
      padding: 0.5rem 0;
      border-top: 1px solid var(--ksc-border);
    }
  `,
})
export class MeasureReports {
  readonly measure = input.required<Measure>();
  readonly user = input<User | null>(null);
  /** Any change of this number reloads the timeline (after a write on the page). */
  readonly revision = input(0);

  private readonly api = inject(ReportingApi);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly reviewOutcome = reviewOutcome;
  protected readonly periodName = periodName;
  protected readonly revisionLabel = revisionLabel;
  protected readonly excerpt = excerpt;
  protected readonly page = signal<Page<ProgressReport> | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  /** Ids of the reports chosen for comparison, at most two (the oldest choice gives way). */
  protected readonly selected = signal<readonly string[]>([]);

  protected readonly reports = computed(() => this.page()?.items ?? []);
  protected readonly mayReport = computed(() => mayReportOn(this.user(), this.measure()));
  protected readonly comparePair = computed(() => {
    const chosen = this.reports().filter((r) => this.selected().includes(r.id));
    return chosen.length === 2 ? olderFirst(chosen[0], chosen[1]) : null;
  });

  constructor() {
    combineLatest([toObservable(computed(() => this.measure().id)), toObservable(this.revision)])
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(([id]) =>
          this.api.measureReports(id).pipe(
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
          this.page.set(page);
          this.problem.set(null);
          this.selected.update((ids) => ids.filter((id) => page.items.some((r) => r.id === id)));
        }
      });
  }

  protected previous(report: ProgressReport): ProgressReport | null {
    return previousReport(this.reports(), report);
  }

  protected isSelected(report: ProgressReport): boolean {
    return this.selected().includes(report.id);
  }

  protected toggle(report: ProgressReport, checked: boolean): void {
    const current = this.selected().filter((id) => id !== report.id);
    const next = checked ? [...current, report.id].slice(-2) : current;
    this.selected.set(next);
    void this.announcer.announce(
      next.length === 2
        ? $localize`:@@reporting.measureReports.twoSelected:Zwei Meldungen ausgewählt. Sie können sie jetzt vergleichen.`
        : $localize`:@@reporting.measureReports.selectedAnnounce:${next.length}:count: von 2 Meldungen zum Vergleich ausgewählt.`,
    );
  }
}
