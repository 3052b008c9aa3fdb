import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { CLIMATE_CHECK_SUBJECT_TYPES, CLIMATE_CRITERIA, CLIMATE_IMPACTS, type ClimateCheck, type ClimateCriterion, type Problem } from '@klimaschutz/contracts';
import { CLIMATE_CHECK_SUBJECT_TYPE_LABELS, CLIMATE_CRITERION_LABELS, CLIMATE_IMPACT_LABELS } from '../shared/labels';
import { Observable, catchError, filter, of, startWith, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { MeasureApi } from '../measures/measure-api';
import type { DetailNotice } from '../measures/measure-detail';
import { pageTitle } from '../shell/page-title-strategy';
import { EditConflict, displayNames, isStaleVersion } from '../shared/edit-conflict';
import { applyServerErrors, toProblem } from '../shared/problem';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { ClimateCheckApi } from './climate-check-api';
import {
  NEGATIVE_REASON_MESSAGE,
  createClimateCheckForm,
  formValueFromCheck,
  toClimateCheckInput,
  type ClimateCheckFormValue,
} from './climate-check-form-model';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/**
 * The submitting department's Klimacheck: quick check, main check per criterion, estimated effect and
 * alternatives. "Entwurf speichern" keeps it editable; "Einreichen" saves and hands it to the Stabsstelle.
 */
@Component({
  selector: 'ksc-climate-check-form',
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
  templateUrl: './climate-check-form.html',
  styles: `
    .criterion {
      border-top: 1px solid var(--ksc-border);
      padding: 0.75rem 0 0.25rem;
    }
    .criterion:first-of-type {
      border-top: 0;
    }
    .criterion h2 {
      margin: 0 0 0.25rem;
      font-size: 1.1rem;
    }
    .radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.5rem;
    }
  `,
})
export class ClimateCheckForm {
  /** Route parameter `:id`; absent when creating. */
  readonly id = input<string>();

  private readonly api = inject(ClimateCheckApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly session = inject(AuthSession);

  protected readonly subjectTypes = CLIMATE_CHECK_SUBJECT_TYPES;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly criteriaKeys = CLIMATE_CRITERIA;
  protected readonly criterionLabels = CLIMATE_CRITERION_LABELS;
  protected readonly impacts = CLIMATE_IMPACTS;
  protected readonly impactLabels = CLIMATE_IMPACT_LABELS;
  protected readonly negativeReasonMessage = NEGATIVE_REASON_MESSAGE;
  protected readonly messages = {
    subjectType: $localize`:@@climate-checks.form.subjectTypeRequired:Bitte die Art des Vorhabens auswählen.`,
    orgUnitId: $localize`:@@climate-checks.form.orgUnitRequired:Bitte die Organisationseinheit auswählen.`,
    title: $localize`:@@climate-checks.form.titleRequired:Bitte einen Titel angeben.`,
  };

  protected readonly form = createClimateCheckForm(inject(NonNullableFormBuilder));
  protected readonly check = signal<ClimateCheck | null>(null);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly onBehalf = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly orgUnits = toSignal(inject(ReferenceData).orgUnits().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly measures = toSignal(inject(MeasureApi).options().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly relevant = toSignal(
    this.form.controls.climateRelevant.valueChanges.pipe(startWith(this.form.controls.climateRelevant.value)),
    { initialValue: '' as const },
  );

  protected readonly conflict = new EditConflict<ClimateCheck, ClimateCheckFormValue>({
    labels: {
      subjectType: $localize`:@@climate-checks.form.field.subjectType:Art des Vorhabens`,
      reference: $localize`:@@climate-checks.form.field.reference:Vorlagennummer / Aktenzeichen`,
      title: $localize`:@@climate-checks.form.field.title:Titel`,
      description: $localize`:@@climate-checks.form.field.description:Beschreibung des Vorhabens`,
      orgUnitId: $localize`:@@climate-checks.form.field.orgUnit:Organisationseinheit`,
      climateRelevant: $localize`:@@climate-checks.form.field.relevant:Klimarelevant`,
      relevanceReason: $localize`:@@climate-checks.form.field.relevanceReason:Begründung der Einschätzung`,
      criteria: $localize`:@@climate-checks.form.field.criteria:Hauptprüfung`,
      estimatedGhgEffectT: $localize`:@@climate-checks.form.field.ghg:Geschätzte THG-Wirkung (t CO2e pro Jahr)`,
      alternatives: $localize`:@@climate-checks.form.field.alternatives:Geprüfte Alternativen`,
      linkedMeasureIds: $localize`:@@climate-checks.form.field.measures:Verknüpfte Maßnahmen`,
    },
    display: (field, value) => {
      if (field === 'climateRelevant') return value === 'true'
          ? $localize`:@@climate-checks.form.conflict.yes:ja`
          : value === 'false'
            ? $localize`:@@climate-checks.form.conflict.no:nein`
            : $localize`:@@climate-checks.form.conflict.undecided:(offen)`;
      if (field === 'criteria') {
        return Object.entries(value as ClimateCheckFormValue['criteria'])
          .map(([key, c]) => `${CLIMATE_CRITERION_LABELS[key as ClimateCriterion]}: ${c.impact ? CLIMATE_IMPACT_LABELS[c.impact] : $localize`:@@climate-checks.form.conflict.notRated:offen`}`)
          .join('; ');
      }
      return this.names(field, value);
    },
  });
  private readonly names = displayNames<ClimateCheckFormValue>(
    { subjectType: CLIMATE_CHECK_SUBJECT_TYPE_LABELS },
    { orgUnitId: () => this.orgUnits(), linkedMeasureIds: () => this.measures() },
  );
  private initial: ClimateCheckFormValue | null = null;

  constructor() {
    if (this.onBehalf()) {
      this.form.controls.orgUnitId.addValidators(Validators.required);
    }
    toObservable(this.id)
      .pipe(
        filter((id): id is string => !!id),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  /** Saves the draft; with `andSubmit` it is then handed in (the API checks completeness). */
  protected save(andSubmit: boolean): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.conflict.clear();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({
        status: 400,
        title: $localize`:@@climate-checks.form.invalid.title:Ungültige Eingaben`,
        detail: $localize`:@@climate-checks.form.invalid.detail:Bitte prüfen Sie die markierten Felder.`,
      });
      this.focusFirstInvalid();
      return;
    }
    const body = toClimateCheckInput(this.form.getRawValue(), this.onBehalf());
    const existing = this.check();
    const save$ = existing ? this.api.update(existing.id, { ...body, version: existing.version }) : this.api.create(body);
    this.saving.set(true);
    save$
      .pipe(
        tap((saved) => this.check.set(saved)),
        switchMap((saved) => (andSubmit ? this.api.submit(saved.id, saved.version) : of(saved))),
      )
      .subscribe({
        next: (saved) => {
          this.form.markAsPristine();
          const notice = andSubmit
            ? $localize`:@@climate-checks.form.submitted:Der Klimacheck wurde eingereicht.`
            : $localize`:@@climate-checks.form.draftSaved:Der Entwurf wurde gespeichert.`;
          const state: DetailNotice = { notice };
          void this.router.navigate(['/klimacheck', saved.id], { state });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          const saved = this.check();
          // Stale only if the draft itself was refused (not its hand-in after a save that went through).
          if (isStaleVersion(problem) && existing && saved?.version === existing.version && this.initial) {
            this.showConflict(existing.id, this.initial, andSubmit);
            return;
          }
          this.problem.set(
            andSubmit && saved && !existing
              ? { ...problem, detail: $localize`:@@climate-checks.form.savedNotSubmitted:Der Entwurf wurde gespeichert, aber noch nicht eingereicht: ${problem.detail}:detail:` }
              : problem,
          );
          this.unmatched.set(applyServerErrors(this.form, problem));
          this.focusFirstInvalid();
        },
      });
  }

  /** After a stale save: save the user's input over the new version (and hand it in, if that was asked), or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.check.set(resolved.record);
    this.initial = resolved.started;
    this.form.reset(resolved.value);
    if (keepMine) this.save(this.submitAfterConflict);
  }

  private submitAfterConflict = false;

  private showConflict(id: string, started: ClimateCheckFormValue, andSubmit: boolean): void {
    this.submitAfterConflict = andSubmit;
    this.api.get(id).subscribe({
      next: (stored) =>
        this.conflict.show(stored, formValueFromCheck(stored), started, this.form.getRawValue(), { changedAt: stored.updatedAt }),
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
  }

  private load(id: string): Observable<ClimateCheck | null> {
    this.loading.set(true);
    return this.api.get(id).pipe(
      tap((c) => {
        this.check.set(c);
        this.initial = formValueFromCheck(c);
        this.form.reset(this.initial);
        this.conflict.clear();
        this.loading.set(false);
        this.title.setTitle(pageTitle($localize`:@@climate-checks.form.pageTitle:Klimacheck bearbeiten: ${c.title}:title:`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[formcontrolname].ng-invalid, mat-radio-group.ng-invalid input')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
