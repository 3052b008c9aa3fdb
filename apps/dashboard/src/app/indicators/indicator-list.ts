import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type Indicator, type Problem } from '@klimaschutz/contracts';
import { INDICATOR_DIRECTION_LABELS } from '../shared/labels';
import { AuthSession } from '../auth/auth-session';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { IndicatorApi } from './indicator-api';
import { formatIndicatorNumber, germanDate, onPathText } from './indicator-path';

/** Every Kennzahl with its latest value, its target and whether it is on the path there. */
@Component({
  selector: 'ksc-indicator-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ProblemAlert],
  template: `
    <div class="page" [attr.aria-busy]="loading()">
      <div class="page-header">
        <h1 data-testid="page-title" i18n="@@indicators.list.title">Kennzahlen</h1>
        @if (canCreate()) {
          <a mat-flat-button routerLink="/kennzahlen/neu" data-testid="new-indicator" i18n="@@indicators.list.new">Neue Kennzahl</a>
        }
      </div>
      <p i18n="@@indicators.list.intro">
        Messbare Größen des Klimaschutzkonzepts, jeweils mit dem geraden Zielpfad vom Basis- zum Zieljahr.
      </p>
      <ksc-problem-alert [problem]="problem()" />
      @if (indicators(); as list) {
        <div
          class="table-scroll"
          role="region"
          tabindex="0"
          aria-label="Tabelle: Kennzahlen"
          i18n-aria-label="@@indicators.list.tableRegion"
        >
          <table class="data-table" data-testid="indicator-table">
            <caption class="visually-hidden" i18n="@@indicators.list.caption">
              Kennzahlen
            </caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@indicators.list.col.indicator">Kennzahl</th>
                <th scope="col" i18n="@@indicators.list.col.unit">Einheit</th>
                <th scope="col" class="num" i18n="@@indicators.list.col.latest">Letzter Wert</th>
                <th scope="col" class="num" i18n="@@indicators.list.col.target">Ziel</th>
                <th scope="col" i18n="@@indicators.list.col.onPath">Auf dem Zielpfad</th>
              </tr>
            </thead>
            <tbody>
              @for (i of list; track i.id) {
                <tr data-testid="indicator-row" [attr.data-code]="i.code">
                  <th scope="row">
                    <a [routerLink]="['/kennzahlen', i.id]" data-testid="indicator-link">{{ i.name }}</a>
                    <span class="hint"> ({{ i.code }}, {{ directionLabels[i.direction] }})</span>
                  </th>
                  <td>{{ i.unit }}</td>
                  <td class="num" data-testid="indicator-latest">
                    @if (i.latestValue; as latest) {
                      {{ number(latest.value, i.unit) }} ({{ date(latest.date) }})
                    } @else {
                      –
                    }
                  </td>
                  <td class="num">{{ number(i.targetValue, i.unit) }} ({{ i.targetYear }})</td>
                  <td data-testid="indicator-on-path">{{ onPath(i.onPath) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="5" i18n="@@indicators.list.empty">Es sind noch keine Kennzahlen angelegt.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (loading()) {
        <p class="loading" role="status" i18n="@@indicators.list.loading">Kennzahlen werden geladen …</p>
      }
    </div>
  `,
})
export class IndicatorList {
  private readonly api = inject(IndicatorApi);
  private readonly session = inject(AuthSession);

  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly directionLabels = INDICATOR_DIRECTION_LABELS;
  protected readonly indicators = signal<Indicator[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly number = formatIndicatorNumber;
  protected readonly date = germanDate;
  protected readonly onPath = onPathText;

  constructor() {
    this.api.list().subscribe({
      next: (list) => {
        this.indicators.set(list);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
