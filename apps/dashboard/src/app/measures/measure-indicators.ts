import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Indicator } from '@klimaschutz/contracts';
import { RouterLink } from '@angular/router';
import { catchError, of, switchMap } from 'rxjs';
import { IndicatorApi } from '../indicators/indicator-api';
import { formatIndicatorNumber, onPathText } from '../indicators/indicator-path';

/** The Kennzahlen that measure a measure's effect; shows nothing when there are none. */
@Component({
  selector: 'ksc-measure-indicators',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (indicators().length) {
      <section class="card-section" aria-labelledby="sec-indicators" data-testid="measure-indicators">
        <h2 id="sec-indicators" i18n="@@measures.indicators.heading">Kennzahlen</h2>
        <ul>
          @for (i of indicators(); track i.id) {
            <li>
              <a [routerLink]="['/kennzahlen', i.id]" data-testid="measure-indicator-link">{{ i.code }} – {{ i.name }}</a>
              @if (i.latestValue; as latest) {
                <ng-container i18n="@@measures.indicators.latest"
                  >– zuletzt {{ number(latest.value, i.unit) }}, auf dem Zielpfad: {{ onPath(i.onPath) }}</ng-container
                >
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class MeasureIndicators {
  readonly measureId = input.required<string>();

  private readonly api = inject(IndicatorApi);
  protected readonly number = formatIndicatorNumber;
  protected readonly onPath = onPathText;
  // A missing list is no reason to disturb the Steckbrief: on error the section just stays away.
  protected readonly indicators = toSignal(
    toObservable(this.measureId).pipe(switchMap((measureId) => this.api.list({ measureId }).pipe(catchError(() => of([] as Indicator[]))))),
    { initialValue: [] as Indicator[] },
  );
}
