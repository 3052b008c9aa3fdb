import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CouncilReportJob, Problem } from '@klimaschutz/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReportingApi } from './reporting-api';

const POLL_MS = 500;

/**
 * The council status report (Sachstandsbericht) of a period: start it, follow its progress, download
 * the PDF. The newest report of the period shows again when the page is opened later.
 */
@Component({
  selector: 'ksc-council-report-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, ProblemAlert, FormatDateTimePipe],
  templateUrl: './council-report-panel.html',
  styles: `
    .progress {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      max-width: 30rem;
      margin-block: 0.75rem;
    }
    .progress mat-progress-bar {
      flex: 1;
    }
  `,
})
export class CouncilReportPanel {
  readonly periodId = input.required<string>();

  private readonly api = inject(ReportingApi);
  private readonly destroyRef = inject(DestroyRef);
  private timer: ReturnType<typeof setTimeout> | null = null;

  protected readonly job = signal<CouncilReportJob | null>(null);
  protected readonly starting = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly running = computed(() => this.starting() || this.job()?.state === 'RUNNING');
  protected readonly fileUrl = computed(() => {
    const job = this.job();
    return job?.state === 'DONE' ? this.api.councilReportFileUrl(job.id) : null;
  });

  constructor() {
    this.destroyRef.onDestroy(() => this.stopPolling());
    toObservable(this.periodId)
      .pipe(
        switchMap((periodId) => this.api.councilReports(periodId).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.stopPolling();
        this.job.set(page?.items[0] ?? null);
        this.pollWhileRunning();
      });
  }

  protected create(): void {
    this.starting.set(true);
    this.problem.set(null);
    this.api.createCouncilReport(this.periodId()).subscribe({
      next: (job) => {
        this.starting.set(false);
        this.job.set(job);
        this.pollWhileRunning();
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  private pollWhileRunning(): void {
    const job = this.job();
    if (job?.state === 'FAILED') {
      this.problem.set({
        type: 'about:blank',
        status: 500,
        title: $localize`:@@reporting.council.failed.title:Sachstandsbericht fehlgeschlagen`,
        detail: job.error ?? $localize`:@@reporting.council.failed.detail:Der Sachstandsbericht konnte nicht erstellt werden.`,
      });
    }
    if (job?.state !== 'RUNNING') return;
    this.timer = setTimeout(() => {
      this.api.councilReport(job.id).subscribe({
        next: (next) => {
          this.job.set(next);
          this.pollWhileRunning();
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
    }, POLL_MS);
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
