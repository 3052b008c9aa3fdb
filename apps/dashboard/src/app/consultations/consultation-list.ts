import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CONSULTATION_CATEGORIES, CONSULTATION_STATUSES } from '@klimaschutz/contracts';
import { CONSULTATION_CATEGORY_LABELS, CONSULTATION_STATUS_LABELS } from '../shared/labels';
import { catchError, of } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { ExportMenu } from '../shared/export-menu';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { ChoiceFilter, ListCount, ListPaginator, ListTable, type ListTableTexts } from '../shared/list-parts';
import { routedList } from '../shared/routed-list';
import { ReferenceData } from '../shared/reference-data';
import { ConsultationApi } from './consultation-api';
import {
  CONSULTATION_PAGE_SIZES,
  consultationFilterParams,
  consultationStateFromParams,
  consultationStateToParams,
  staleNotice,
} from './consultation-query';
import { consultationTone } from './consultation-tone';
import { parseGermanNumber } from '../shared/german-input';

/** Beratungen by status, category and department; open requests that wait too long stand out. */
@Component({
  selector: 'ksc-consultation-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    ExportMenu,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LabelBadge,
    ChoiceFilter,
    ListCount,
    ListTable,
    ListPaginator,
    FormatDatePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './consultation-list.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1rem;
      align-items: center;
      margin-bottom: 0.5rem;
    }
    tr.stale {
      background: var(--ksc-warning-bg);
    }
    .stale-note {
      display: block;
      margin-top: 0.25rem;
      font-weight: 600;
      color: var(--ksc-warning-text);
    }
  `,
})
export class ConsultationList {
  private readonly api = inject(ConsultationApi);
  private readonly session = inject(AuthSession);

  protected readonly statuses = CONSULTATION_STATUSES;
  protected readonly statusLabels = CONSULTATION_STATUS_LABELS;
  protected readonly categories = CONSULTATION_CATEGORIES;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
  protected readonly pageSizes = [...CONSULTATION_PAGE_SIZES];
  protected readonly tone = consultationTone;
  protected readonly staleNotice = staleNotice;
  protected readonly canRequest = computed(() => this.session.hasRole('CLIMATE_MANAGER', 'DEPARTMENT'));
  /** A department sees only its own requests, so the department filter is for everyone else. */
  protected readonly showOrgUnitFilter = computed(() => !this.session.hasRole('DEPARTMENT'));
  /** Loading, paging, announcements and URL state of the list (the template reads them from here). */
  protected readonly list = routedList({
    fromParams: consultationStateFromParams,
    toParams: consultationStateToParams,
    load: (state) => this.api.list(state),
    noun: [$localize`:@@consultations.list.count.one:Beratung`, $localize`:@@consultations.list.count.other:Beratungen`],
  });
  protected readonly state = this.list.state;
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@consultations.list.tableRegion:Tabelle der Beratungen`,
    caption: $localize`:@@consultations.list.caption:Beratungen, neueste Anfrage zuerst`,
    loading: $localize`:@@consultations.list.loading:Beratungen werden geladen …`,
    empty: $localize`:@@consultations.list.empty:Keine Beratungen gefunden.`,
  };
  /** The export takes the list as filtered now (all pages). */
  protected readonly exportParams = computed(() => consultationFilterParams(this.state()));
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  /** A whole number of days from 1 to 365; anything else puts the current figure back into the field. */
  protected setStaleDays(field: HTMLInputElement): void {
    const parsed = parseGermanNumber(field.value);
    const n = parsed.ok ? parsed.value : null;
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= 365) {
      this.list.update({ staleDays: n });
    } else {
      field.value = String(this.state().staleDays);
    }
  }
}
