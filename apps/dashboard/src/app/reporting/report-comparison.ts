import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ComparisonRow } from './report-compare';

/**
 * Two Sachstandsmeldungen side by side, one row per field. A changed row is tinted and says what
 * changed in its last column ("+15 Prozentpunkte", "geändert"), so colour is never the only hint.
 */
@Component({
  selector: 'ksc-report-comparison',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" [attr.aria-label]="caption()" tabindex="0">
      <table class="data-table comparison" data-testid="report-comparison">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@measures.history.col.field">Feld</th>
            @if (beforeLabel(); as label) {
              <th scope="col" data-testid="comparison-before-heading">{{ label }}</th>
            }
            <th scope="col" data-testid="comparison-after-heading">{{ afterLabel() }}</th>
            @if (beforeLabel()) {
              <th scope="col" i18n="@@reporting.comparison.change">Änderung</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.field) {
            <tr
              [class.is-changed]="row.changed"
              data-testid="comparison-row"
              [attr.data-field]="row.field"
              [attr.data-changed]="row.changed"
            >
              <th scope="row">{{ row.label }}</th>
              @if (beforeLabel()) {
                <td [class.multiline]="row.multiline">{{ row.before }}</td>
              }
              <td [class.multiline]="row.multiline">{{ row.after }}</td>
              @if (beforeLabel()) {
                <td class="change" data-testid="comparison-change">
                  @if (row.changed) {
                    <strong>{{ row.change }}</strong>
                  } @else {
                    {{ row.change }}
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .comparison th[scope='row'] {
      width: 12rem;
    }
    .comparison td {
      min-width: 12rem;
    }
    .comparison td.change {
      min-width: 8rem;
      white-space: nowrap;
    }
  `,
})
export class ReportComparison {
  readonly rows = input.required<readonly ComparisonRow[]>();
  /** Heading of the older column, e.g. "Sachstand 2025 (angenommen)"; `null` shows the newer report alone. */
  readonly beforeLabel = input<string | null>(null);
  readonly afterLabel = input.required<string>();
  readonly caption = input($localize`:@@reporting.comparison.caption:Vergleich der Sachstandsmeldungen`);
}
