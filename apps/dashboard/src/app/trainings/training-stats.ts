import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TRAINING_TOPICS, type Problem, type TrainingStats, type TrainingTopic } from '@klimaschutz/contracts';
import { TRAINING_TOPIC_LABELS } from '../shared/labels';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { FormatNumberPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { TrainingApi } from './training-api';

/** Topics that have at least one trained person, in the contract's order (empty columns help nobody). */
export function topicColumns(stats: Pick<TrainingStats, 'byTopic'> | null): TrainingTopic[] {
  return stats ? TRAINING_TOPICS.filter((t) => (stats.byTopic[t] ?? 0) > 0) : [];
}

/** Staff trained per department and topic in one year (held trainings only), as a table. */
@Component({
  selector: 'ksc-training-stats',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatFormFieldModule, MatSelectModule, ProblemAlert, FormatNumberPipe],
  templateUrl: './training-stats.html',
  styles: `
    .year {
      max-width: 12rem;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
    }
  `,
})
export class TrainingStatsPage {
  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly currentYear = new Date().getFullYear();
  protected readonly years = Array.from({ length: 6 }, (_, i) => this.currentYear - i);
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly year = toSignal(
    this.route.queryParamMap.pipe(
      map((p) => {
        const y = Number(p.get('year'));
        return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : this.currentYear;
      }),
    ),
    { requireSync: true },
  );
  protected readonly stats = signal<TrainingStats | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly columns = computed(() => topicColumns(this.stats()));

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(() => this.year()),
        distinctUntilChanged(),
        tap(() => this.loading.set(true)),
        switchMap((year) =>
          this.api.stats(year).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((stats) => {
        this.loading.set(false);
        this.stats.set(stats);
        if (stats) this.problem.set(null);
      });
  }

  protected setYear(year: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { year } });
  }
}
