import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { INDICATOR_DIRECTIONS, type Indicator, type Problem } from '@klimaschutz/contracts';
import { INDICATOR_DIRECTION_LABELS } from '../shared/labels';
import { Observable, catchError, filter, of, switchMap, tap } from 'rxjs';
import { MeasureApi } from '../measures/measure-api';
import type { DetailNotice } from '../measures/measure-detail';
import { EditConflict, changedFields, displayNames, isStaleVersion } from '../shared/edit-conflict';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { SaveConflict } from '../shared/save-conflict';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { pageTitle } from '../shell/page-title-strategy';
import { IndicatorApi } from './indicator-api';
import {
  INDICATOR_FIELD_LABELS,
  createIndicatorForm,
  formValueFromIndicator,
  toIndicatorInput,
  type IndicatorFormValue,
} from './indicator-form-model';

/** Create (`/kennzahlen/neu`) and edit (`/kennzahlen/:id/bearbeiten`) a Kennzahl; climate managers only. */
@Component({
  selector: 'ksc-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './indicator-form.html',
  styles: `
    .radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.75rem;
    }
  `,
})
export class IndicatorForm {
  /** Route parameter `:id`; absent when creating. */
  readonly id = input<string>();

  private readonly api = inject(IndicatorApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly labels = INDICATOR_FIELD_LABELS;
  protected readonly directions = INDICATOR_DIRECTIONS;
  protected readonly directionLabels = INDICATOR_DIRECTION_LABELS;
  protected readonly form = createIndicatorForm(inject(NonNullableFormBuilder));
  protected readonly indicator = signal<Indicator | null>(null);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly mayEdit = computed(() => !this.isEdit() || (this.indicator()?.permissions.edit ?? false));
  protected readonly fieldsOfAction = toSignal(inject(ReferenceData).fieldsOfAction().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly measures = toSignal(inject(MeasureApi).options().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly messages = {
    code: $localize`:@@indicators.form.codeRequired:Bitte eine Kennung angeben, z. B. K-07.`,
    name: $localize`:@@indicators.form.nameRequired:Bitte einen Namen angeben.`,
    unit: $localize`:@@indicators.form.unitRequired:Bitte eine Einheit angeben.`,
    baselineYear: $localize`:@@indicators.form.baselineYearRequired:Bitte das Basisjahr angeben.`,
    baselineValue: $localize`:@@indicators.form.baselineValueRequired:Bitte den Ausgangswert angeben.`,
    targetYear: $localize`:@@indicators.form.targetYearRequired:Bitte das Zieljahr angeben.`,
    targetValue: $localize`:@@indicators.form.targetValueRequired:Bitte den Zielwert angeben.`,
  };

  protected readonly conflict = new EditConflict<Indicator, IndicatorFormValue>({
    labels: INDICATOR_FIELD_LABELS,
    display: (field, value) =>
      field === 'baselineYear' || field === 'targetYear'
        ? String(value ?? $localize`:@@indicators.form.conflict.empty:(leer)`)
        : this.names(field, value),
  });
  private readonly names = displayNames<IndicatorFormValue>(
    { direction: INDICATOR_DIRECTION_LABELS },
    { fieldOfActionId: () => this.fieldsOfAction(), measureIds: () => this.measures() },
  );

  private initial: IndicatorFormValue | null = null;

  constructor() {
    toObservable(this.id)
      .pipe(
        filter((id): id is string => !!id),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.conflict.clear();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({
        status: 400,
        title: $localize`:@@indicators.form.invalid.title:Ungültige Eingaben`,
        detail: $localize`:@@indicators.form.invalid.detail:Bitte prüfen Sie die markierten Felder.`,
      });
      this.focus('[formcontrolname].ng-invalid');
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.indicator();
    let request: Observable<Indicator>;
    if (existing && this.initial) {
      const changes = changedFields(toIndicatorInput(this.initial), toIndicatorInput(value));
      if (Object.keys(changes).length === 0) {
        this.leave(existing.id, $localize`:@@indicators.form.noChanges:Es gab keine Änderungen zu speichern.`);
        return;
      }
      request = this.api.update(existing.id, { ...changes, version: existing.version });
    } else {
      request = this.api.create(toIndicatorInput(value));
    }
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        this.leave(
          saved.id,
          existing
            ? $localize`:@@indicators.form.savedNotice:Die Änderungen wurden gespeichert.`
            : $localize`:@@indicators.form.createdNotice:Die Kennzahl wurde angelegt.`,
        );
      },
      error: (error: unknown) => this.handleError(error),
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.indicator.set(resolved.record);
    this.initial = resolved.started;
    this.form.reset(resolved.value);
    if (keepMine) {
      this.submit();
    } else {
      void this.announcer.announce($localize`:@@indicators.form.tookTheirs:Die Fassung der anderen Person wurde übernommen.`);
      this.focus('[data-testid="save"]');
    }
  }

  private handleError(error: unknown): void {
    this.saving.set(false);
    const problem = toProblem(error);
    const existing = this.indicator();
    if (isStaleVersion(problem) && existing && this.initial) {
      const started = this.initial;
      this.api.get(existing.id).subscribe({
        next: (stored) =>
          this.conflict.show(stored, formValueFromIndicator(stored), started, this.form.getRawValue(), { changedAt: null }),
        error: (e: unknown) => this.problem.set(toProblem(e)),
      });
      return;
    }
    this.problem.set(problem);
    this.unmatched.set(applyServerErrors(this.form, problem));
    this.focus('[formcontrolname].ng-invalid');
  }

  private load(id: string): Observable<Indicator | null> {
    this.loading.set(true);
    return this.api.get(id).pipe(
      tap((indicator) => {
        this.indicator.set(indicator);
        this.initial = formValueFromIndicator(indicator);
        this.form.reset(this.initial);
        this.conflict.clear();
        this.loading.set(false);
        this.title.setTitle(pageTitle($localize`:@@indicators.form.pageTitle:${indicator.code}:code: bearbeiten`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private leave(id: string, notice: string): void {
    const state: DetailNotice = { notice };
    void this.router.navigate(['/kennzahlen', id], { state });
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
