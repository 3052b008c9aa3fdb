import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CONSULTATION_CATEGORIES, type ConsultationCategory, type ConsultationInput, type Problem } from '@klimaschutz/contracts';
import { CONSULTATION_CATEGORY_LABELS } from '../shared/labels';
import { catchError, of } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { MeasureApi } from '../measures/measure-api';
import type { DetailNotice } from '../shared/record-editing';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { ConsultationApi } from './consultation-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** A department asks the Stabsstelle for advice; climate managers may log a request for any org unit. */
@Component({
  selector: 'ksc-consultation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    ProblemAlert,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  templateUrl: './consultation-form.html',
})
export class ConsultationForm {
  private readonly api = inject(ConsultationApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly session = inject(AuthSession);

  protected readonly categories = CONSULTATION_CATEGORIES;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
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
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected readonly messages = {
    requestingOrgUnitId: $localize`:@@consultations.form.orgUnitRequired:Bitte die anfragende Organisationseinheit auswählen.`,
    topic: $localize`:@@consultations.form.topicRequired:Bitte das Thema angeben.`,
    category: $localize`:@@consultations.form.categoryRequired:Bitte eine Kategorie auswählen.`,
    description: $localize`:@@consultations.form.descriptionRequired:Bitte das Anliegen beschreiben.`,
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    requestingOrgUnitId: [''],
    topic: ['', [Validators.required, Validators.maxLength(300)]],
    category: inject(NonNullableFormBuilder).control<ConsultationCategory | ''>('', Validators.required),
    description: ['', [Validators.required, Validators.maxLength(10000)]],
    desiredDate: [''],
    procedureReference: ['', Validators.maxLength(300)],
    linkedMeasureIds: inject(NonNullableFormBuilder).control<string[]>([]),
  });

  constructor() {
    if (this.onBehalf()) {
      this.form.controls.requestingOrgUnitId.addValidators(Validators.required);
    }
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({
        status: 400,
        title: $localize`:@@consultations.form.invalid.title:Ungültige Eingaben`,
        detail: $localize`:@@consultations.form.invalid.detail:Bitte prüfen Sie die markierten Felder.`,
      });
      this.focusFirstInvalid();
      return;
    }
    const v = this.form.getRawValue();
    const body: ConsultationInput = {
      topic: v.topic.trim(),
      category: v.category as ConsultationCategory,
      description: v.description.trim(),
      desiredDate: v.desiredDate || null,
      procedureReference: v.procedureReference.trim() || null,
      linkedMeasureIds: v.linkedMeasureIds,
      ...(this.onBehalf() ? { requestingOrgUnitId: v.requestingOrgUnitId } : {}),
    };
    this.saving.set(true);
    this.api.create(body).subscribe({
      next: (saved) => {
        const state: DetailNotice = { notice: $localize`:@@consultations.form.requested:Die Beratung wurde angefragt.` };
        void this.router.navigate(['/beratungen', saved.id], { state });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.problem.set(problem);
        this.unmatched.set(applyServerErrors(this.form, problem));
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[formcontrolname].ng-invalid')?.focus(), {
      injector: this.injector,
    });
  }
}
