import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { type Indicator, type IndicatorValue, type Problem } from '@klimaschutz/contracts';
import { INDICATOR_DIRECTION_LABELS } from '../shared/labels';
import { DataChart } from '@klimaschutz/ui-charts';
import { catchError, filter, forkJoin, of, switchMap, tap } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { todayIsoDate } from '../shared/format';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { pageTitle } from '../shell/page-title-strategy';
import { IndicatorApi } from './indicator-api';
import { formatIndicatorNumber, germanDate, indicatorChart, indicatorFinding, onPathText } from './indicator-path';
import { noticeFromNavigation } from '../shared/record-editing';

/** One Kennzahl: its values against the straight path to the target, linked measures, a form for new values. */
@Component({
  selector: 'ksc-indicator-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DataChart,
    ProblemAlert,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './indicator-detail.html',
  styles: `
    .code {
      display: block;
      font: var(--mat-sys-title-medium);
      color: var(--ksc-text-muted);
    }
    ul.plain {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class IndicatorDetail {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(IndicatorApi);
  private readonly title = inject(Title);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly dialog = inject(MatDialog);

  protected readonly directionLabels = INDICATOR_DIRECTION_LABELS;
  protected readonly indicator = signal<Indicator | null>(null);
  protected readonly values = signal<IndicatorValue[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly formProblem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly notice = signal<string | null>(null);
  /** What the form said after a save (router state). */
  protected readonly savedNotice = signal(noticeFromNavigation(inject(Router)));

  protected readonly chart = computed(() => {
    const i = this.indicator();
    return i ? indicatorChart(i, this.values()) : null;
  });
  protected readonly finding = computed(() => {
    const i = this.indicator();
    return i ? indicatorFinding(i, this.values()) : '';
  });
  protected readonly number = formatIndicatorNumber;
  protected readonly date = germanDate;
  protected readonly onPath = onPathText;

  protected readonly form = inject(NonNullableFormBuilder).group({
    date: [todayIsoDate(), Validators.required],
    value: [null as number | null, Validators.required],
    source: ['', Validators.maxLength(300)],
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected readonly messages = {
    date: $localize`:@@indicators.detail.dateRequired:Bitte ein Datum angeben.`,
    value: $localize`:@@indicators.detail.valueRequired:Bitte einen Wert angeben.`,
  };

  protected deleteLabel(value: IndicatorValue): string {
    return $localize`:@@indicators.detail.deleteLabel:Wert vom ${germanDate(value.date)}:date: löschen`;
  }

  /** Climate managers remove a wrongly entered value (the API also lets its author do so). */
  protected removeValue(value: IndicatorValue): void {
    const indicator = this.indicator();
    if (!indicator) return;
    confirmAction(this.dialog, {
      title: $localize`:@@indicators.detail.delete.title:Wert löschen?`,
      message: $localize`:@@indicators.detail.delete.message:Der Wert ${formatIndicatorNumber(value.value, indicator.unit)}:value: vom ${germanDate(value.date)}:date: wird gelöscht; die Änderungshistorie behält ihn.`,
      confirmLabel: $localize`:@@indicators.detail.delete.confirm:Löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.removeValue(indicator.id, value.id)),
      )
      .subscribe({
        next: () => {
          const message = $localize`:@@indicators.detail.delete.done:Der Wert vom ${germanDate(value.date)}:date: wurde gelöscht.`;
          this.notice.set(message);
          void this.announcer.announce(message);
          this.load(indicator.id).subscribe();
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
  }

  protected submit(): void {
    const indicator = this.indicator();
    this.formProblem.set(null);
    this.unmatched.set([]);
    if (!indicator) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.addValue(indicator.id, { date: value.date, value: value.value ?? 0, source: value.source.trim() || null }).subscribe({
      next: (added) => {
        this.saving.set(false);
        this.form.reset({ date: todayIsoDate(), value: null, source: value.source });
        const message = $localize`:@@indicators.detail.saved:Der Wert ${formatIndicatorNumber(added.value, indicator.unit)}:value: für den ${germanDate(added.date)}:date: wurde gespeichert.`;
        this.notice.set(message);
        void this.announcer.announce(message);
        this.load(indicator.id).subscribe();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        // Duplicate date (409) and future date (400) come with a message for the date field.
        const unmatched = applyServerErrors(this.form, problem);
        this.unmatched.set(unmatched);
        this.formProblem.set(problem.errors?.length && !unmatched.length ? null : problem);
      },
    });
  }

  private load(id: string) {
    return forkJoin([this.api.get(id), this.api.values(id)]).pipe(
      tap(([indicator, values]) => {
        this.indicator.set(indicator);
        this.values.set(values);
        this.problem.set(null);
        this.loading.set(false);
        this.title.setTitle(pageTitle(`${indicator.code} ${indicator.name}`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }
}
