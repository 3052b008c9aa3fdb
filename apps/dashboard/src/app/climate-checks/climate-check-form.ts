import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  CLIMATE_CHECK_SUBJECT_TYPES,
  CLIMATE_CRITERIA,
  CLIMATE_IMPACTS,
  type ClimateCheck,
  type ClimateCriterion,
} from '@klimaschutz/contracts';
import { CLIMATE_CHECK_SUBJECT_TYPE_LABELS, CLIMATE_CRITERION_LABELS, CLIMATE_IMPACT_LABELS } from '../shared/labels';
import { catchError, of, startWith, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { MeasureApi } from '../measures/measure-api';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { RecordEditing } from '../shared/record-editing';
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
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly onBehalf = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly measures = toSignal(
    inject(MeasureApi)
      .options()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
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
      if (field === 'climateRelevant')
        return value === 'true'
          ? $localize`:@@climate-checks.form.conflict.yes:ja`
          : value === 'false'
            ? $localize`:@@climate-checks.form.conflict.no:nein`
            : $localize`:@@climate-checks.form.conflict.undecided:(offen)`;
      if (field === 'criteria') {
        return Object.entries(value as ClimateCheckFormValue['criteria'])
          .map(
            ([key, c]) =>
              `${CLIMATE_CRITERION_LABELS[key as ClimateCriterion]}: ${c.impact ? CLIMATE_IMPACT_LABELS[c.impact] : $localize`:@@climate-checks.form.conflict.notRated:offen`}`,
          )
          .join('; ');
      }
      return this.names(field, value);
    },
  });
  private readonly names = displayNames<ClimateCheckFormValue>(
    { subjectType: CLIMATE_CHECK_SUBJECT_TYPE_LABELS },
    { orgUnitId: () => this.orgUnits(), linkedMeasureIds: () => this.measures() },
  );
  private readonly editing = new RecordEditing<ClimateCheck, ClimateCheckFormValue>({
    id: this.id,
    form: this.form,
    get: (id) => this.api.get(id),
    toFormValue: formValueFromCheck,
    pageTitle: (c) => $localize`:@@climate-checks.form.pageTitle:Klimacheck bearbeiten: ${c.title}:title:`,
    conflict: this.conflict,
    invalidSelector: '[formcontrolname].ng-invalid, mat-radio-group.ng-invalid input',
  });
  protected readonly check = this.editing.record;
  protected readonly loading = this.editing.loading;
  protected readonly saving = this.editing.saving;
  protected readonly problem = this.editing.problem;
  protected readonly unmatched = this.editing.unmatched;
  /** Whether the save that met a stale version was also to hand the check in. */
  private submitAfterConflict = false;

  constructor() {
    if (this.onBehalf()) {
      this.form.controls.orgUnitId.addValidators(Validators.required);
    }
  }

  /** Saves the draft; with `andSubmit` it is then handed in (the API checks completeness). */
  protected save(andSubmit: boolean): void {
    if (!this.editing.begin()) return;
    const body = toClimateCheckInput(this.form.getRawValue(), this.onBehalf());
    const existing = this.check();
    const save$ = existing ? this.api.update(existing.id, { ...body, version: existing.version }) : this.api.create(body);
    this.saving.set(true);
    this.submitAfterConflict = andSubmit;
    save$
      .pipe(
        tap((saved) => this.check.set(saved)),
        switchMap((saved) => (andSubmit ? this.api.submit(saved.id, saved.version) : of(saved))),
      )
      .subscribe({
        next: (saved) =>
          this.editing.done(
            ['/klimacheck', saved.id],
            andSubmit
              ? $localize`:@@climate-checks.form.submitted:Der Klimacheck wurde eingereicht.`
              : $localize`:@@climate-checks.form.draftSaved:Der Entwurf wurde gespeichert.`,
          ),
        error: (error: unknown) => {
          const saved = this.check();
          this.editing.failed(error, {
            // Stale only if the draft itself was refused (not its hand-in after a save that went through).
            stale: !!existing && saved?.version === existing.version,
            adapt: (problem) =>
              andSubmit && saved && !existing
                ? {
                    ...problem,
                    detail: $localize`:@@climate-checks.form.savedNotSubmitted:Der Entwurf wurde gespeichert, aber noch nicht eingereicht: ${problem.detail}:detail:`,
                  }
                : problem,
          });
        },
      });
  }

  /** After a stale save: save the user's input over the new version (and hand it in, if that was asked), or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.save(this.submitAfterConflict);
  }
}
