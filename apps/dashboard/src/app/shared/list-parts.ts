import { ChangeDetectionStrategy, Component, input, output, type Signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import type { Problem } from '@klimaschutz/contracts';
import { ProblemAlert } from './problem-alert';

/*
 * The parts every routed list page shows around its own filters and rows (see routed-list.ts): what
 * went wrong and how many were found, the table with its empty state, and the paginator. The texts
 * stay the page's own (passed in with their i18n ids), so each list reads as before.
 */

/** What the parts read from a `routedList`. */
export interface ListView {
  readonly state: Signal<{ page: number; pageSize: number }>;
  readonly loading: Signal<boolean>;
  readonly problem: Signal<Problem | null>;
  readonly items: Signal<readonly unknown[]>;
  readonly total: Signal<number>;
  readonly countText: Signal<string>;
  onPage(event: PageEvent): void;
}

/** Why the list could not be loaded, and the count („12 Beratungen – wird aktualisiert …“). */
@Component({
  selector: 'ksc-list-count',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemAlert],
  template: `
    <ksc-problem-alert [problem]="list().problem()" />
    <p class="result-count" [attr.data-testid]="testId()" [attr.aria-busy]="busyAttribute() ? list().loading() : null">
      <strong>{{ list().countText() }}</strong>
      @if (list().loading()) {
        <span class="hint">{{ updating() }}</span>
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ListCount {
  readonly list = input.required<ListView>();
  readonly testId = input.required<string>();
  /** „ – wird aktualisiert …“ */
  readonly updating = input.required<string>();
  /** Whether the count itself carries `aria-busy` (lists without a table). */
  readonly busyAttribute = input(false);
}

/** A table's texts, each with the list's own i18n id. */
export interface ListTableTexts {
  /** The scroll region's name („Tabelle der Beratungen“). */
  region: string;
  caption: string;
  loading: string;
  empty: string;
}

/**
 * A list's table (routed or not): a scrollable, focusable region with a caption for screen readers, the page's
 * header row (`<tr kscListHead>`) and rows (projected), and one row that says "loading" or "none".
 */
@Component({
  selector: 'ksc-list-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" [attr.aria-label]="texts().region" tabindex="0">
      <table class="data-table" [attr.aria-busy]="loading()" [attr.data-testid]="testId()">
        <caption class="visually-hidden">
          {{
            texts().caption
          }}
        </caption>
        <thead>
          <ng-content select="[kscListHead]" />
        </thead>
        <tbody>
          <ng-content />
          @if (rows() === 0) {
            <tr>
              <td [attr.colspan]="columns()" [attr.data-testid]="emptyTestId()">
                {{ loading() ? texts().loading : texts().empty }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ListTable {
  readonly loading = input.required<boolean>();
  /** How many rows the page shows; with none, the table says why. */
  readonly rows = input.required<number>();
  readonly testId = input.required<string>();
  readonly emptyTestId = input<string | null>(null);
  readonly columns = input.required<number>();
  readonly texts = input.required<ListTableTexts>();
}

/** The paginator of a routed list: page and size come from the URL and go back into it. */
@Component({
  selector: 'ksc-list-paginator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatPaginatorModule],
  template: `
    <mat-paginator
      [length]="list().total()"
      [pageIndex]="list().state().page - 1"
      [pageSize]="list().state().pageSize"
      [pageSizeOptions]="pageSizes()"
      [showFirstLastButtons]="true"
      (page)="list().onPage($event)"
      [attr.aria-label]="label()"
    />
  `,
})
export class ListPaginator {
  readonly list = input.required<ListView>();
  readonly pageSizes = input.required<number[]>();
  readonly label = input.required<string>();
}

/** A filter that picks any number of values from a fixed list (statuses, topics, categories …). */
@Component({
  selector: 'ksc-choice-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <mat-select multiple [value]="value()" (selectionChange)="changed.emit($event.value)" [attr.data-testid]="testId()">
        @for (option of options(); track option) {
          <mat-option [value]="option">{{ labels()[option] }}</mat-option>
        }
      </mat-select>
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    /* Spaced like a form's own fields ("form > mat-form-field" in styles.scss). */
    :host {
      display: block;
      margin-bottom: 0.75rem;
    }
  `,
})
export class ChoiceFilter<T extends string> {
  readonly label = input.required<string>();
  readonly options = input.required<readonly T[]>();
  readonly labels = input.required<Readonly<Record<T, string>>>();
  readonly value = input.required<readonly T[]>();
  readonly testId = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly changed = output<T[]>();
}
