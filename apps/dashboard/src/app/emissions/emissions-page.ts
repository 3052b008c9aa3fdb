import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  MEASURE_STATUSES,
  type EmissionBalance,
  type EmissionEstimateGap,
  type EmissionMeasureEffect,
  type EmissionMeasureRanking,
  type EmissionOverview,
  type EmissionTargets,
  type MeasureStatus,
  type Problem,
} from '@klimaschutz/contracts';
import { DataChart } from '@klimaschutz/ui-charts';
import { catchError, of, type Observable } from 'rxjs';
import { StatusBadge } from '../shared/badges';
import { formatDecimal, formatEur } from '../shared/format';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { noticeFromNavigation } from '../shared/record-editing';
import { EmissionsApi } from './emissions-api';
import { balanceRows, climateGapFinding, emissionsChart, emissionsFinding, formatKt, formatPercent, formatT } from './emissions-chart';

const MISSING_LABELS: Record<EmissionEstimateGap, string> = {
  REDUCTION: $localize`:@@emissions.missing.reduction:erwartete Minderung`,
  COST: $localize`:@@emissions.missing.cost:Kosten`,
  LIFETIME: $localize`:@@emissions.missing.lifetime:Wirkdauer`,
  START: $localize`:@@emissions.missing.start:Startjahr`,
};

type RankingOrder = 'reduction' | 'cost';

/**
 * The climate managers' page of the GHG balance (THG-Bilanz): where the city stands against its path
 * (chart, table, finding), the gap and the Klimaschutzlücke per sector, the balance as years × sectors,
 * and the measures ranked by effect. Everyone on staff reads it; climate managers edit.
 */
@Component({
  selector: 'ksc-emissions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, DataChart, ProblemAlert, StatusBadge],
  templateUrl: './emissions-page.html',
  styles: `
    .mismatch {
      font-weight: 600;
      color: var(--ksc-error-text);
    }
    section {
      margin-block: 1.5rem;
    }
    select {
      max-width: 100%;
      field-sizing: content;
    }
  `,
})
export class EmissionsPage {
  private readonly api = inject(EmissionsApi);
  protected readonly locale = inject(LOCALE_ID);

  protected readonly overview = signal<EmissionOverview | null>(null);
  protected readonly balance = signal<EmissionBalance | null>(null);
  protected readonly targets = signal<EmissionTargets | null>(null);
  protected readonly ranking = signal<EmissionMeasureRanking | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly pending = signal(4);
  protected readonly loading = computed(() => this.pending() > 0);
  protected readonly savedNotice = signal(noticeFromNavigation(inject(Router)));
  protected readonly order = signal<RankingOrder>('reduction');

  protected readonly canEdit = computed(() => this.balance()?.permissions.edit ?? false);

  protected readonly chart = computed(() => {
    const o = this.overview();
    if (!o) return null;
    return { data: emissionsChart(o), finding: emissionsFinding(o, this.locale), climateGap: climateGapFinding(o, this.locale) };
  });

  protected readonly rows = computed(() => {
    const b = this.balance();
    return b ? balanceRows(b) : [];
  });

  protected readonly ranked = computed(() => {
    const r = this.ranking();
    if (!r) return [];
    return this.order() === 'cost' ? r.byCostPerTonne : r.byReduction;
  });

  constructor() {
    this.load(this.api.overview(), this.overview);
    this.load(this.api.balance(), this.balance);
    this.load(this.api.targets(), this.targets);
    this.load(this.api.measures(), this.ranking);
  }

  private load<T>(request: Observable<T>, target: { set(value: T): void }): void {
    request
      .pipe(
        catchError((error: unknown) => {
          // The first refusal is shown; the parts that did arrive stay readable.
          if (!this.problem()) this.problem.set(toProblem(error));
          return of(null);
        }),
      )
      .subscribe((value) => {
        if (value !== null) target.set(value);
        this.pending.update((n) => n - 1);
      });
  }

  protected readonly abs = Math.abs;

  protected setOrder(value: string): void {
    this.order.set(value === 'cost' ? 'cost' : 'reduction');
  }

  protected kt(t: number | null | undefined): string {
    return t === null || t === undefined ? '–' : formatKt(t, this.locale);
  }

  protected t(t: number | null | undefined, digits = 1): string {
    return t === null || t === undefined ? '–' : formatT(t, this.locale, digits);
  }

  protected percent(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : formatPercent(value, this.locale);
  }

  /** A signed change in words: „31,7 % unter 1990“ / „4,3 % über 1990“. */
  protected change(percent: number | null, baseYear: number | null): string {
    if (percent === null || baseYear === null) return '–';
    const p = formatPercent(percent, this.locale);
    return percent <= 0
      ? $localize`:@@emissions.change.below:${p}:percent: unter ${baseYear}:baseYear:`
      : $localize`:@@emissions.change.above:${p}:percent: über ${baseYear}:baseYear:`;
  }

  /** The gap in words: „554 kt über dem Pfad (44,9 %)“ / „66 kt unter dem Pfad“. */
  protected gap(t: number | null, percent: number | null): string {
    if (t === null) return '–';
    const amount = formatKt(Math.abs(t), this.locale);
    const share = percent === null ? '' : ` (${formatPercent(percent, this.locale)})`;
    return t > 0
      ? $localize`:@@emissions.gap.above:${amount}:amount: über dem Pfad${share}:share:`
      : $localize`:@@emissions.gap.below:${amount}:amount: unter dem Pfad${share}:share:`;
  }

  protected perCapita(t: number | null): string {
    return t === null ? '–' : `${formatDecimal(t, this.locale, 2)} t`;
  }

  protected eur(value: number | null): string {
    return formatEur(value, this.locale);
  }

  protected eurPerTonne(value: number | null): string {
    return value === null ? '–' : `${formatDecimal(value, this.locale, 0)} €/t`;
  }

  protected missing(effect: EmissionMeasureEffect): string {
    return effect.missing.map((gap) => MISSING_LABELS[gap]).join(', ');
  }

  protected status(value: string): MeasureStatus | null {
    return (MEASURE_STATUSES as readonly string[]).includes(value) ? (value as MeasureStatus) : null;
  }
}
