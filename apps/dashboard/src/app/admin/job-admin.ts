import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Job, JobRun, Problem } from '@klimaschutz/contracts';
import { catchError, forkJoin, map, of, switchMap, tap } from 'rxjs';
import { JOB_TRIGGER_LABELS } from '../shared/dashboard-labels';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { describeCron } from './cron-text';
import { JobRunBadge } from './job-run-badge';
import { JobsApi } from './jobs-api';

interface JobView extends Job {
  scheduleText: string | null;
  history: JobRun[];
}

/** What one "Jetzt ausführen" led to, shown (and announced) next to its button. */
interface RunOutcome {
  ok: boolean;
  text: string;
}

/** Geplante Aufgaben: what runs when, how the last runs went, and "run now". */
@Component({
  selector: 'ksc-job-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, ProblemAlert, FormatDateTimePipe, JobRunBadge],
  templateUrl: './job-admin.html',
  styles: `
    .job h2 {
      margin-top: 0.75rem;
    }
    .job__run {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 1rem 0 0.5rem;
    }
    .job__progress {
      flex: 1 1 12rem;
      max-width: 20rem;
    }
    .job__outcome {
      margin: 0.5rem 0;
    }
  `,
})
export class JobAdmin {
  private readonly api = inject(JobsApi);
  private readonly announcer = inject(LiveAnnouncer);

  private readonly revision = signal(0);
  protected readonly jobs = signal<JobView[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  /** Names of the jobs running right now on request of this page. */
  protected readonly running = signal<ReadonlySet<string>>(new Set());
  protected readonly outcomes = signal<Record<string, RunOutcome>>({});
  protected readonly triggerLabels = JOB_TRIGGER_LABELS;

  constructor() {
    toObservable(this.revision)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(() =>
          this.api.list().pipe(
            switchMap((jobs) =>
              jobs.length
                ? forkJoin(jobs.map((job) => this.api.runs(job.name).pipe(catchError(() => of<JobRun[]>([]))))).pipe(
                    map((histories) =>
                      jobs.map((job, i): JobView => ({ ...job, scheduleText: describeCron(job.schedule), history: histories[i] })),
                    ),
                  )
                : of<JobView[]>([]),
            ),
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((jobs) => {
        this.loading.set(false);
        if (jobs) {
          this.jobs.set(jobs);
          this.problem.set(null);
        }
      });
  }

  protected runningLabel(job: JobView): string {
    return $localize`:@@admin.jobs.runningLabel:${job.description}:job: wird ausgeführt`;
  }

  protected historyLabel(job: JobView): string {
    return $localize`:@@admin.jobs.historyLabel:Verlauf: ${job.description}:job:`;
  }

  protected isRunning(name: string): boolean {
    return this.running().has(name);
  }

  protected run(job: JobView): void {
    this.running.update((set) => new Set([...set, job.name]));
    this.setOutcome(job.name, null);
    void this.announcer.announce($localize`:@@admin.jobs.started:„${job.description}:job:“ wird ausgeführt …`);
    this.api.run(job.name).subscribe({
      next: (run) => {
        const ok = run.status === 'SUCCEEDED';
        const text = ok
          ? $localize`:@@admin.jobs.succeeded:Ausgeführt: ${run.summary ?? $localize`:@@admin.jobs.noSummary:ohne Meldung`}:summary:`
          : $localize`:@@admin.jobs.failed:Fehlgeschlagen: ${run.error ?? $localize`:@@admin.jobs.noError:ohne Fehlermeldung`}:error:`;
        this.finish(job, { ok, text });
      },
      error: (error: unknown) => {
        const problem = toProblem(error);
        this.finish(job, { ok: false, text: $localize`:@@admin.jobs.failed:Fehlgeschlagen: ${problem.detail ?? problem.title}:error:` });
      },
    });
  }

  private finish(job: JobView, outcome: RunOutcome): void {
    this.running.update((set) => new Set([...set].filter((name) => name !== job.name)));
    this.setOutcome(job.name, outcome);
    void this.announcer.announce(`${job.description}: ${outcome.text}`);
    this.revision.update((n) => n + 1);
  }

  private setOutcome(name: string, outcome: RunOutcome | null): void {
    this.outcomes.update((all) => {
      const next = { ...all };
      if (outcome) next[name] = outcome;
      else delete next[name];
      return next;
    });
  }
}
