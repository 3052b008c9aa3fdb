import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import type { Problem, PublicNote } from '@klimaschutz/contracts';
import { filter, switchMap } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { todayIsoDate } from '../shared/format';
import { FormatDatePipe } from '../shared/format-pipes';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { MeasureApi } from './measure-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

/** Plain-language progress notes that appear as the timeline on the public measure page. */
@Component({
  selector: 'ksc-measure-public-notes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemAlert,
    FormatDatePipe,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
  ],
  template: `
    <h3 id="public-notes-heading" i18n="@@measures.publicNotes.heading">Öffentliche Neuigkeiten</h3>
    <ksc-problem-alert [problem]="problem()" [messages]="unmatched()" />
    @if (notes().length > 0) {
      <ul class="public-notes" aria-labelledby="public-notes-heading" data-testid="public-notes">
        @for (note of notes(); track note.id) {
          <li data-testid="public-notes-item">
            <strong>{{ note.date | kscDate }}</strong>
            <span class="public-notes__text">{{ note.text }}</span>
            @if (canEdit()) {
              <button mat-button type="button" (click)="remove(note)" data-testid="public-note-delete">
                <ng-container i18n="@@measures.publicNotes.delete"
                  >Löschen<span class="visually-hidden">: Neuigkeit vom {{ note.date | kscDate }}</span></ng-container
                >
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="hint" i18n="@@measures.publicNotes.empty">Noch keine öffentlichen Neuigkeiten.</p>
    }
    @if (canEdit()) {
      <form [formGroup]="form" (ngSubmit)="add()" novalidate class="form-grid" data-testid="public-note-form">
        <mat-form-field>
          <mat-label i18n="@@measures.publicNotes.date">Datum</mat-label>
          <input matInput kscGermanDate formControlName="date" required data-testid="public-note-date" />
          <mat-error>{{ form.controls.date.errors | kscValidationMessage: texts.dateRequired }}</mat-error>
        </mat-form-field>
        <mat-form-field class="span-all">
          <mat-label i18n="@@measures.publicNotes.text">Neuigkeit für die Öffentlichkeit</mat-label>
          <textarea matInput formControlName="text" rows="3" required data-testid="public-note-text"></textarea>
          <mat-hint i18n="@@measures.publicNotes.textHint">Kurz und allgemein verständlich, ohne interne Angaben.</mat-hint>
          <mat-error>{{ form.controls.text.errors | kscValidationMessage: texts.textRequired }}</mat-error>
        </mat-form-field>
        <div class="actions span-all">
          <button mat-stroked-button type="submit" [disabled]="saving()" data-testid="public-note-add" i18n="@@measures.publicNotes.add">
            Neuigkeit hinzufügen
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .public-notes {
      margin: 0 0 1rem;
      padding-left: 1.25rem;
    }
    .public-notes li {
      margin-bottom: 0.5rem;
    }
    .public-notes__text {
      display: block;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class MeasurePublicNotes {
  readonly measureId = input.required<string>();
  readonly canEdit = input(false);

  private readonly api = inject(MeasureApi);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly texts = {
    dateRequired: $localize`:@@measures.publicNotes.dateRequired:Bitte ein Datum angeben.`,
    textRequired: $localize`:@@measures.publicNotes.textRequired:Bitte einen Text eingeben.`,
  };
  protected readonly notes = signal<PublicNote[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    date: [todayIsoDate(), Validators.required],
    text: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  constructor() {
    effect(() => {
      const id = this.measureId();
      untracked(() => this.load(id));
    });
  }

  protected add(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { date, text } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    this.api.addPublicNote(this.measureId(), { date, text: text.trim() }).subscribe({
      next: () => {
        this.saving.set(false);
        this.form.reset({ date: todayIsoDate(), text: '' });
        void this.announcer.announce($localize`:@@measures.publicNotes.added:Die Neuigkeit wurde hinzugefügt.`);
        this.load(this.measureId());
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.problem.set(problem);
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  protected remove(note: PublicNote): void {
    confirmAction(this.dialog, {
      title: $localize`:@@measures.publicNotes.deleteConfirm.title:Neuigkeit löschen?`,
      message: $localize`:@@measures.publicNotes.deleteConfirm.message:Die Neuigkeit verschwindet sofort von der öffentlichen Seite.`,
      confirmLabel: $localize`:@@measures.publicNotes.deleteConfirm.confirm:Löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deletePublicNote(this.measureId(), note.id)),
      )
      .subscribe({
        next: () => {
          void this.announcer.announce($localize`:@@measures.publicNotes.deleted:Die Neuigkeit wurde gelöscht.`);
          this.load(this.measureId());
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
  }

  private load(id: string): void {
    this.api.publicNotes(id).subscribe({
      next: (notes) => this.notes.set(notes),
      error: (error: unknown) => this.problem.set(toProblem(error)),
    });
  }
}
