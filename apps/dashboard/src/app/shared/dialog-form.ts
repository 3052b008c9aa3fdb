import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ProblemAlert } from './problem-alert';
import { SaveConflict } from './save-conflict';
import { ValidationMessagePipe } from './validation-messages';

/**
 * The footer of an edit dialog whose form saves through RecordSaving: cancel closes the dialog,
 * save submits the form (disabled while a save runs).
 */
@Component({
  selector: 'ksc-dialog-save-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel" i18n="@@shared.dialog.cancel">Abbrechen</button>
      <button mat-flat-button type="submit" [disabled]="saving()" data-testid="save" i18n="@@shared.dialog.save">Speichern</button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class DialogSaveActions {
  readonly saving = input(false);
}

/** What every edit dialog's template uses: the form, the dialog frame, fields, the messages and the footer. */
export const DIALOG_FORM = [
  ReactiveFormsModule,
  MatDialogModule,
  MatFormFieldModule,
  MatInputModule,
  MatButtonModule,
  ProblemAlert,
  SaveConflict,
  ValidationMessagePipe,
  DialogSaveActions,
] as const;
