import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Measure, Problem } from '@klimaschutz/contracts';
import { EditConflict, isStaleVersion } from '../shared/edit-conflict';
import { applyServerErrors, toProblem } from '../shared/problem';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { map } from 'rxjs';
import { PublicMeasureCard } from '../public/public-measure-card';
import { ReferenceData } from '../shared/reference-data';
import { MeasureApi } from './measure-api';
import { toPublicPreview } from './public-preview';

/** For the communication unit: publish a measure and write its public summary. */
@Component({
  selector: 'ksc-measure-publication',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    PublicMeasureCard,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="publication-form">
      <ksc-problem-alert [problem]="problem()" [messages]="unmatched()" />
      <div class="checkbox-field">
        <mat-checkbox formControlName="published" data-testid="publication-published" i18n="@@measures.publication.publish">
          Auf der öffentlichen Transparenzseite veröffentlichen
        </mat-checkbox>
      </div>
      <mat-form-field>
        <mat-label i18n="@@measures.detail.field.publicSummary">Öffentliche Kurzbeschreibung</mat-label>
        <textarea matInput formControlName="publicSummary" rows="4" data-testid="publication-publicSummary"></textarea>
        <mat-hint i18n="@@measures.publication.summaryHint">Allgemein verständlich, ohne interne Angaben.</mat-hint>
        <mat-error>{{ form.controls.publicSummary.errors | kscValidationMessage }}</mat-error>
      </mat-form-field>
      <section class="preview" aria-labelledby="publication-preview-heading" data-testid="publication-preview">
        <h3 id="publication-preview-heading" i18n="@@measures.publication.previewHeading">
          Vorschau: So sehen Bürgerinnen und Bürger die Maßnahme
        </h3>
        @if (!publishedNow()) {
          <p class="hint" data-testid="publication-preview-unpublished" i18n="@@measures.publication.unpublished">
            Nicht veröffentlicht: Die Maßnahme erscheint erst auf der öffentlichen Seite, wenn Sie „veröffentlichen“ ankreuzen und
            speichern.
          </p>
        }
        <ksc-public-measure-card [measure]="preview()" [headingLevel]="4" [linked]="false" />
      </section>
      <div class="actions">
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving() || form.pristine"
          data-testid="publication-save"
          i18n="@@measures.publication.save"
        >
          Veröffentlichung speichern
        </button>
      </div>
      <ksc-save-conflict
        [conflict]="conflict.state()"
        what="diese Maßnahme"
        i18n-what="@@measures.form.conflictWhat"
        (keepMine)="resolveConflict(true)"
        (takeTheirs)="resolveConflict(false)"
      />
    </form>
  `,
  styles: `
    .preview {
      margin: 0.5rem 0 1rem;
      padding: 0.5rem 1rem 1rem;
      border: 2px dashed var(--ksc-border);
      border-radius: 8px;
      background: var(--ksc-surface-alt);
    }
    .preview h3 {
      margin-top: 0.5rem;
    }
  `,
})
export class MeasurePublication {
  readonly measure = input.required<Measure>();
  readonly saved = output<Measure>();

  private readonly api = inject(MeasureApi);

  protected readonly saving = signal(false);
  /** The measure as last read; after a concurrent change, its newer version. */
  private readonly record = signal<Measure | null>(null);
  protected readonly conflict = new EditConflict<Measure, PublicationValue>({
    labels: {
      published: $localize`:@@measures.detail.field.published:Veröffentlicht`,
      publicSummary: $localize`:@@measures.detail.field.publicSummary:Öffentliche Kurzbeschreibung`,
    },
  });
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    published: [false],
    publicSummary: ['', Validators.maxLength(5000)],
  });
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  private readonly orgUnits = toSignal(inject(ReferenceData).orgUnits(), { initialValue: [] });
  protected readonly publishedNow = computed(() => this.formValue().published);
  /** Rendered with the public list's own card, so the preview cannot drift from the real page. */
  protected readonly preview = computed(() => {
    const m = this.measure();
    const email = this.orgUnits().find((unit) => unit.id === m.leadOrgUnit.id)?.email ?? null;
    return toPublicPreview(m, this.formValue().publicSummary, email);
  });

  constructor() {
    effect(() => {
      const m = this.measure();
      untracked(() => {
        this.conflict.clear();
        this.problem.set(null);
        this.record.set(m);
        this.form.reset(publicationValue(m));
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { published, publicSummary } = this.form.getRawValue();
    const m = this.record() ?? this.measure();
    this.saving.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    this.conflict.clear();
    this.api.update(m.id, { published, publicSummary: publicSummary.trim() || null, version: m.version }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.saved.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (isStaleVersion(problem)) {
          this.api.get(m.id).subscribe({
            next: (stored) =>
              this.conflict.show(stored, publicationValue(stored), publicationValue(m), this.form.getRawValue(), {
                changedAt: stored.updatedAt,
              }),
            error: (e: unknown) => this.problem.set(toProblem(e)),
          });
          return;
        }
        this.problem.set(problem);
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    const resolved = this.conflict.resolve(keepMine, this.form.getRawValue());
    if (!resolved) return;
    this.record.set(resolved.record);
    this.form.reset(resolved.value);
    this.form.markAsDirty();
    if (keepMine) this.submit();
  }
}

type PublicationValue = ReturnType<typeof publicationValue>;

function publicationValue(m: Measure) {
  return { published: m.published, publicSummary: m.publicSummary ?? '' };
}
