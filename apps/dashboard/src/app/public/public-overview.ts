import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  OPEN_DATA_CSV_COLUMNS,
  OPEN_DATA_LICENCE,
  type Problem,
  type PublicEmissions,
  type PublicSummary,
} from '@klimaschutz/contracts';
import { FormatDateTimePipe, FormatNumberPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { OPEN_DATA_LINKS, PublicApi } from './public-api';
import { PUBLIC_PATH } from './public-area';
import { publicEmissionFinding, publicEmissionRows } from './public-emissions';
import { percentOf } from './public-query';

/** The city's progress in a few numbers; each chart is a table whose cells also draw the bars. */
@Component({
  selector: 'ksc-public-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProblemAlert, FormatNumberPipe, FormatDateTimePipe],
  templateUrl: './public-overview.html',
  styleUrl: './public-overview.scss',
})
export class PublicOverview {
  protected readonly summary = signal<PublicSummary | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  /** Null until loaded, and when it cannot be: the section is left out then. */
  private readonly emissions = signal<PublicEmissions | null>(null);
  protected readonly emissionRows = computed(() => {
    const e = this.emissions();
    return e ? publicEmissionRows(e) : [];
  });
  protected readonly emissionFinding = computed(() => {
    const e = this.emissions();
    return e ? publicEmissionFinding(e) : null;
  });
  protected readonly listPath = `${PUBLIC_PATH}/massnahmen`;
  protected readonly openData = OPEN_DATA_LINKS;
  protected readonly licence = OPEN_DATA_LICENCE;
  protected readonly csvColumns = OPEN_DATA_CSV_COLUMNS;

  protected readonly statusRows = computed(() => {
    const s = this.summary();
    if (!s) return [];
    const max = Math.max(1, ...MEASURE_STATUSES.map((status) => s.byStatus[status]));
    return MEASURE_STATUSES.map((status) => ({
      status,
      label: MEASURE_STATUS_LABELS[status],
      count: s.byStatus[status],
      width: percentOf(s.byStatus[status], max),
    })).filter((row) => row.count > 0);
  });

  protected readonly fieldRows = computed(() =>
    (this.summary()?.byFieldOfAction ?? []).map((field) => {
      const other = field.total - field.completed - field.inProgress;
      return {
        ...field,
        other,
        completedWidth: percentOf(field.completed, field.total),
        inProgressWidth: percentOf(field.inProgress, field.total),
      };
    }),
  );

  protected readonly ghgShare = computed(() => {
    const ghg = this.summary()?.ghg;
    return ghg && ghg.targetTPerYear > 0 ? percentOf(ghg.achievedTPerYear, ghg.targetTPerYear) : null;
  });

  protected kt(t: number | null): string {
    return t === null ? '–' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: Math.abs(t) < 100_000 ? 1 : 0 }).format(t / 1000);
  }

  constructor() {
    const api = inject(PublicApi);
    api
      .emissions()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (emissions) => this.emissions.set(emissions), error: () => this.emissions.set(null) });
    api
      .summary()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (summary) => this.summary.set(summary),
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
  }
}
