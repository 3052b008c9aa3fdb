import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CLIMATE_CHECK_STATUSES, CLIMATE_CHECK_SUBJECT_TYPES, CLIMATE_IMPACTS } from '@klimaschutz/contracts';
import { CLIMATE_CHECK_STATUS_LABELS, CLIMATE_CHECK_SUBJECT_TYPE_LABELS, CLIMATE_IMPACT_LABELS } from '../shared/labels';
import { catchError, of } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { FormatDatePipe, YesNoPipe } from '../shared/format-pipes';
import { ChoiceFilter, ListCount, ListPaginator, ListTable, type ListTableTexts } from '../shared/list-parts';
import { routedList } from '../shared/routed-list';
import { ReferenceData } from '../shared/reference-data';
import { ClimateCheckApi } from './climate-check-api';
import { climateCheckTone } from './climate-check-labels';
import {
  CLIMATE_CHECK_PAGE_SIZES,
  climateCheckFilterParams,
  climateCheckStateFromParams,
  climateCheckStateToParams,
} from './climate-check-query';

/** Klimachecks by status, type of subject, department and rated impact. */
@Component({
  selector: 'ksc-climate-check-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    ExportMenu,
    MatFormFieldModule,
    MatSelectModule,
    LabelBadge,
    ChoiceFilter,
    ListCount,
    ListTable,
    ListPaginator,
    FormatDatePipe,
    YesNoPipe,
  ],
  templateUrl: './climate-check-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      margin-bottom: 0.5rem;
    }
    .negative {
      display: block;
      margin-top: 0.25rem;
      font-weight: 600;
      color: var(--ksc-error-text);
    }
  `,
})
export class ClimateCheckList {
  private readonly api = inject(ClimateCheckApi);
  private readonly session = inject(AuthSession);

  protected readonly statuses = CLIMATE_CHECK_STATUSES;
  protected readonly statusLabels = CLIMATE_CHECK_STATUS_LABELS;
  protected readonly subjectTypes = CLIMATE_CHECK_SUBJECT_TYPES;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly impacts = CLIMATE_IMPACTS;
  protected readonly impactLabels = CLIMATE_IMPACT_LABELS;
  protected readonly tone = climateCheckTone;
  protected readonly pageSizes = [...CLIMATE_CHECK_PAGE_SIZES];
  protected readonly canCreate = computed(() => this.session.hasRole('CLIMATE_MANAGER', 'DEPARTMENT'));
  protected readonly showOrgUnitFilter = computed(() => !this.session.hasRole('DEPARTMENT'));
  /** Loading, paging, announcements and URL state of the list (the template reads them from here). */
  protected readonly list = routedList({
    fromParams: climateCheckStateFromParams,
    toParams: climateCheckStateToParams,
    load: (state) => this.api.list(state),
    noun: [$localize`:@@climate-checks.list.count.one:Klimacheck`, $localize`:@@climate-checks.list.count.other:Klimachecks`],
  });
  protected readonly state = this.list.state;
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@climate-checks.list.tableRegion:Tabelle der Klimachecks`,
    caption: $localize`:@@climate-checks.list.caption:Klimachecks, zuletzt geänderte zuerst`,
    loading: $localize`:@@climate-checks.list.loading:Klimachecks werden geladen …`,
    empty: $localize`:@@climate-checks.list.empty:Keine Klimachecks gefunden.`,
  };
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => climateCheckFilterParams(this.state()));
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
}
