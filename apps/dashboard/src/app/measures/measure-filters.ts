import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ASSESSMENTS, MEASURE_STATUSES, type FieldOfAction, type OrgUnit } from '@klimaschutz/contracts';
import { ASSESSMENT_LABELS, MEASURE_STATUS_LABELS } from '../shared/labels';
import { debounceTime, filter, map } from 'rxjs';
import { DEFAULT_MEASURE_LIST_STATE, isFiltered, type MeasureListState } from './measure-query';

/** Search box and filter selects of the measure list; emits only what changed. */
@Component({
  selector: 'ksc-measure-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule],
  templateUrl: './measure-filters.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      align-items: start;
    }
    .filters__search {
      grid-column: 1 / -1;
    }
    .filters__extra {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      grid-column: 1 / -1;
      margin-bottom: 0.5rem;
    }
  `,
})
export class MeasureFilters {
  readonly state = input.required<MeasureListState>();
  readonly fieldsOfAction = input<readonly FieldOfAction[]>([]);
  readonly orgUnits = input<readonly OrgUnit[]>([]);
  readonly changed = output<Partial<MeasureListState>>();

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusLabels = MEASURE_STATUS_LABELS;
  protected readonly assessments = ASSESSMENTS;
  protected readonly assessmentLabels = ASSESSMENT_LABELS;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly filtered = computed(() => isFiltered(this.state()));

  constructor() {
    // Keep the box in step with the URL (back button, "Filter zurücksetzen").
    effect(() => {
      const q = this.state().q;
      if (this.search.value.trim() !== q) {
        this.search.setValue(q, { emitEvent: false });
      }
    });
    this.search.valueChanges
      .pipe(
        debounceTime(350),
        map((value) => value.trim()),
        filter((q) => q !== this.state().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.changed.emit({ q }));
  }

  protected searchNow(event: Event): void {
    event.preventDefault();
    const q = this.search.value.trim();
    if (q !== this.state().q) {
      this.changed.emit({ q });
    }
  }

  protected reset(): void {
    const { q, status, assessment, fieldOfActionId, orgUnitId, orgUnitRole, archived } = DEFAULT_MEASURE_LIST_STATE;
    this.changed.emit({ q, status, assessment, fieldOfActionId, orgUnitId, orgUnitRole, archived });
  }
}
