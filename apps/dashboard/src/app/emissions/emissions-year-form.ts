import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  EMISSION_DATA_QUALITIES,
  EMISSION_DATA_QUALITY_LABELS,
  type EmissionBalanceYear,
  type EmissionSector,
} from '@klimaschutz/contracts';
import { filter, map, switchMap, throwError } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { EditConflict } from '../shared/edit-conflict';
import { formatGermanNumber } from '../shared/german-input';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
import { SaveConflict } from '../shared/save-conflict';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { EmissionsApi } from './emissions-api';
import { formatKt } from './emissions-chart';
import {
  YEAR_FIELD_LABELS,
  carrierSplitSectors,
  createSectorLine,
  createYearForm,
  toYearInput,
  yearFormValue,
  type YearFormValue,
} from './emissions-year-form-model';

/** A stored balance year as RecordEditing handles records: the year is its id. */
type YearRecord = EmissionBalanceYear & { id: string };

/** Enter (`/thg-bilanz/jahr/neu`) or correct (`/thg-bilanz/jahr/:year`) one year of the balance; climate managers. */
@Component({
  selector: 'ksc-emissions-year-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './emissions-year-form.html',
  styles: `
    .sector-line {
      border: 0;
      border-top: 1px solid var(--ksc-border);
      margin: 0;
      padding: 0.5rem 0 0;
    }
    .sector-line legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.5rem;
    }
  `,
})
export class EmissionsYearForm {
  /** Route parameter `:year`; absent when entering a new year. */
  readonly year = input<string>();

  private readonly api = inject(EmissionsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);

  protected readonly labels = YEAR_FIELD_LABELS;
  protected readonly qualities = EMISSION_DATA_QUALITIES;
  protected readonly qualityLabels = EMISSION_DATA_QUALITY_LABELS;
  protected readonly form = createYearForm(this.fb);
  protected readonly isEdit = computed(() => !!this.year());
  protected readonly sectors = signal<EmissionSector[]>([]);
  protected readonly deleting = signal(false);

  protected readonly messages = {
    year: $localize`:@@emissions.year.yearRequired:Bitte das Bilanzjahr angeben, z. B. 2022.`,
  };

  protected readonly conflict = new EditConflict<YearRecord, YearFormValue>({
    labels: YEAR_FIELD_LABELS,
    display: (field, value) => (field === 'sectors' ? this.sectorsText(value as YearFormValue['sectors']) : undefined),
  });

  private readonly editing = new RecordEditing<YearRecord, YearFormValue>({
    id: this.year,
    form: this.form,
    // The balance holds the city's sectors and every year; the form gets one line per sector before the year is put in.
    get: (id) =>
      this.api.balance().pipe(
        switchMap((balance) => {
          this.useSectors(balance.sectors);
          const found = balance.years.find((y) => String(y.year) === id);
          return found
            ? [{ ...found, id }]
            : throwError(() => {
                const detail = $localize`:@@emissions.year.notFound:Für dieses Jahr ist keine Bilanz erfasst.`;
                return new HttpErrorResponse({ status: 404, error: { status: 404, title: detail, detail } });
              });
        }),
      ),
    toFormValue: (record) => yearFormValue(this.sectors(), record),
    pageTitle: (record) => $localize`:@@emissions.year.pageTitle:Bilanzjahr ${record.year}:year: bearbeiten`,
    conflict: this.conflict,
    loaded: () => this.form.controls.year.disable(),
  });
  protected readonly record = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;

  /** Sectors whose values are split by energy carrier (shown, not edited here). */
  protected readonly split = computed(() => carrierSplitSectors(this.record()));

  constructor() {
    if (!this.year()) {
      this.api.sectors().subscribe({
        next: (sectors) => {
          this.useSectors(sectors);
          this.form.reset(yearFormValue(sectors, null));
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
    }
  }

  private useSectors(sectors: EmissionSector[]): void {
    if (this.form.controls.sectors.length === sectors.length) return;
    this.sectors.set(sectors);
    this.form.controls.sectors.clear();
    for (const line of yearFormValue(sectors, null).sectors) this.form.controls.sectors.push(createSectorLine(this.fb, line));
  }

  protected sectorName(index: number): string {
    return this.sectors()[index]?.name ?? '';
  }

  protected kt(t: number | null): string {
    return t === null ? '–' : formatKt(t, this.locale);
  }

  private sectorsText(lines: YearFormValue['sectors']): string {
    const names = new Map(this.sectors().map((s) => [s.id, s.name]));
    return lines
      .filter((l) => l.tCo2e !== null)
      .map((l) => `${names.get(l.sectorId) ?? l.sectorId}: ${formatGermanNumber(l.tCo2e)} t`)
      .join('; ');
  }

  protected submit(): void {
    if (!this.editing.begin()) return;
    const value = this.form.getRawValue();
    const stored = this.record();
    const year = value.year as number;
    this.saving.set(true);
    this.api.saveYear(year, toYearInput(value, stored)).subscribe({
      next: () =>
        this.editing.done(
          ['/thg-bilanz'],
          stored
            ? $localize`:@@emissions.year.saved:Die Bilanz ${year}:year: wurde gespeichert.`
            : $localize`:@@emissions.year.created:Die Bilanz ${year}:year: wurde angelegt.`,
        ),
      // A new year that another person entered meanwhile is a 409 too; shown as it comes, there is nothing to compare.
      error: (error: unknown) => this.editing.failed(error, { stale: !!stored }),
    });
  }

  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }

  protected remove(): void {
    const stored = this.record();
    if (!stored) return;
    const year = stored.year;
    confirmAction(this.dialog, {
      title: $localize`:@@emissions.year.delete.title:Bilanzjahr löschen?`,
      message: $localize`:@@emissions.year.delete.message:Alle Werte des Jahres ${year}:year: werden gelöscht; die Änderungshistorie behält sie.`,
      confirmLabel: $localize`:@@emissions.year.delete.confirm:Löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deleting.set(true);
          return this.api.deleteYear(year, stored.version).pipe(map(() => year));
        }),
      )
      .subscribe({
        next: () => {
          this.form.markAsPristine();
          void this.router.navigate(['/thg-bilanz'], {
            state: { notice: $localize`:@@emissions.year.deleted:Die Bilanz ${year}:year: wurde gelöscht.` },
          });
        },
        error: (error: unknown) => {
          this.deleting.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
