import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { FieldOfAction, FieldOfActionInput } from '@klimaschutz/contracts';
import { EditConflict } from '../shared/edit-conflict';
import { DIALOG_FORM } from '../shared/dialog-form';
import { RecordSaving } from '../shared/record-saving';
import { colourValidator, integerValidator } from '../shared/validation-messages';
import { AdminApi } from './admin-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

export interface FieldOfActionDialogData {
  /** `null` creates a new field of action. */
  field: FieldOfAction | null;
  nextSortOrder: number;
}

const DEFAULT_COLOUR = '#1f5b3a';

@Component({
  selector: 'ksc-field-of-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM, ...GERMAN_INPUTS],
  templateUrl: './field-of-action-dialog.html',
  styles: `
    .colour-row {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
    }
    .colour-picker {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font: var(--mat-sys-body-small);
    }
    .colour-picker input {
      width: 3.5rem;
      height: 2.5rem;
      padding: 0;
      border: 1px solid var(--ksc-border);
      border-radius: 4px;
      cursor: pointer;
    }
  `,
})
export class FieldOfActionDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<FieldOfActionDialog, FieldOfAction>>(MatDialogRef);
  protected readonly data = inject<FieldOfActionDialogData>(MAT_DIALOG_DATA);

  protected readonly isEdit = this.data.field !== null;
  protected readonly messages = {
    code: $localize`:@@admin.fieldDialog.codeRequired:Bitte eine Kennung angeben.`,
    name: $localize`:@@admin.fieldDialog.nameRequired:Bitte einen Namen angeben.`,
    sortOrder: $localize`:@@admin.fieldDialog.sortOrderRequired:Bitte eine Zahl angeben.`,
    colour: $localize`:@@admin.fieldDialog.colourRequired:Bitte eine Farbe angeben.`,
  };
  protected readonly conflict = new EditConflict<FieldOfAction, FieldFormValue>({
    labels: {
      code: $localize`:@@admin.fieldDialog.field.code:Kennung`,
      name: $localize`:@@admin.fieldDialog.field.name:Name`,
      description: $localize`:@@admin.fieldDialog.field.description:Beschreibung`,
      sortOrder: $localize`:@@admin.fieldDialog.field.sortOrder:Reihenfolge`,
      colour: $localize`:@@admin.fieldDialog.field.colour:Farbe`,
    },
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [this.data.field?.code ?? '', [Validators.required, Validators.maxLength(10)]],
    name: [this.data.field?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.data.field?.description ?? ''],
    sortOrder: [this.data.field?.sortOrder ?? this.data.nextSortOrder, [Validators.required, Validators.min(0), integerValidator]],
    colour: [this.data.field?.colour ?? DEFAULT_COLOUR, [Validators.required, colourValidator]],
  });
  protected readonly editing = new RecordSaving(
    {
      form: this.form,
      conflict: this.conflict,
      toFormValue: (field: FieldOfAction | null) => fieldValue(field, this.data.nextSortOrder),
      reload: (field) => this.api.getFieldOfAction(field.id),
    },
    this.data.field,
  );
  protected readonly colour = toSignal(this.form.controls.colour.valueChanges, {
    initialValue: this.form.controls.colour.value,
  });

  /** The native picker and the text field edit the same value; the text field is the control. */
  protected pickColour(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.form.controls.colour.setValue(value);
    this.form.controls.colour.markAsDirty();
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const body: FieldOfActionInput = {
      code: value.code.trim(),
      name: value.name.trim(),
      description: value.description.trim() || null,
      sortOrder: value.sortOrder,
      colour: value.colour,
    };
    this.editing.save(
      (field) => (field ? this.api.updateFieldOfAction(field.id, { ...body, version: field.version }) : this.api.createFieldOfAction(body)),
      (saved) => this.dialogRef.close(saved),
    );
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}

type FieldFormValue = ReturnType<typeof fieldValue>;

function fieldValue(field: FieldOfAction | null, nextSortOrder: number) {
  return {
    code: field?.code ?? '',
    name: field?.name ?? '',
    description: field?.description ?? '',
    sortOrder: field?.sortOrder ?? nextSortOrder,
    colour: field?.colour ?? DEFAULT_COLOUR,
  };
}
