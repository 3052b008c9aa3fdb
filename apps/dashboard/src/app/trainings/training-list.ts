import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TRAINING_FORMATS, TRAINING_STATUSES, TRAINING_TOPICS } from '@klimaschutz/contracts';
import { TRAINING_FORMAT_LABELS, TRAINING_STATUS_LABELS, TRAINING_TOPIC_LABELS } from '../shared/labels';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { ChoiceFilter, ListCount, ListPaginator } from '../shared/list-parts';
import { routedList } from '../shared/routed-list';
import { TrainingApi } from './training-api';
import { trainingTone } from './training-labels';
import {
  TRAINING_PAGE_SIZES,
  formatDuration,
  groupByMonth,
  trainingFilterParams,
  trainingStateFromParams,
  trainingStateToParams,
} from './training-query';

/** The training calendar: upcoming (soonest first) or past (latest first) trainings, grouped by month. */
@Component({
  selector: 'ksc-training-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    ExportMenu,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatSelectModule,
    LabelBadge,
    ChoiceFilter,
    ListCount,
    ListPaginator,
    FormatDateTimePipe,
  ],
  templateUrl: './training-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      margin: 0.75rem 0 0.5rem;
    }
    .month h2 {
      margin: 1.25rem 0 0.5rem;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .entry {
      border: 1px solid var(--ksc-border);
      border-radius: 8px;
      padding: 0.5rem 1rem;
      background: var(--mat-sys-surface);
    }
    .entry h3 {
      margin: 0 0 0.25rem;
    }
    .entry p {
      margin: 0.15rem 0;
    }
  `,
})
export class TrainingList {
  private readonly api = inject(TrainingApi);
  private readonly session = inject(AuthSession);

  protected readonly statuses = TRAINING_STATUSES;
  protected readonly statusLabels = TRAINING_STATUS_LABELS;
  protected readonly topics = TRAINING_TOPICS;
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly formats = TRAINING_FORMATS;
  protected readonly formatLabels = TRAINING_FORMAT_LABELS;
  protected readonly tone = trainingTone;
  protected readonly duration = formatDuration;
  protected readonly pageSizes = [...TRAINING_PAGE_SIZES];
  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  /** Loading, paging, announcements and URL state of the list (the template reads them from here). */
  protected readonly list = routedList({
    fromParams: trainingStateFromParams,
    toParams: trainingStateToParams,
    load: (state) => this.api.list(state),
    noun: [$localize`:@@trainings.list.count.one:Schulung`, $localize`:@@trainings.list.count.other:Schulungen`],
  });
  protected readonly state = this.list.state;
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => trainingFilterParams(this.state()));

  protected readonly months = computed(() => groupByMonth(this.list.result()?.items ?? []));
}
