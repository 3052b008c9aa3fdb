import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { ORG_UNIT_KINDS, type OrgUnit, type OrgUnitInput, type OrgUnitKind } from '@klimaschutz/contracts';
import { ORG_UNIT_KIND_LABELS } from '../shared/labels';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { DIALOG_FORM } from '../shared/dialog-form';
import { RecordSaving } from '../shared/record-saving';
import { AdminApi } from './admin-api';
import { selfAndDescendantIds } from './org-unit-tree';

export interface OrgUnitDialogData {
  /** `null` creates a new unit. */
  unit: OrgUnit | null;
  /** Preselected parent for "Untereinheit anlegen". */
  parentId: string | null;
  units: readonly OrgUnit[];
}

@Component({
  selector: 'ksc-org-unit-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM, MatSelectModule, MatCheckboxModule],
  templateUrl: './org-unit-dialog.html',
})
export class OrgUnitDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<OrgUnitDialog, OrgUnit>>(MatDialogRef);
  protected readonly data = inject<OrgUnitDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly kindLabels = ORG_UNIT_KIND_LABELS;
  protected readonly isEdit = this.data.unit !== null;
  protected readonly messages = {
    code: $localize`:@@admin.orgUnitDialog.codeRequired:Bitte eine Kennung angeben.`,
    name: $localize`:@@admin.orgUnitDialog.nameRequired:Bitte einen Namen angeben.`,
    kind: $localize`:@@admin.orgUnitDialog.kindRequired:Bitte die Art auswählen.`,
  };
  /** A unit cannot be moved below itself or one of its own sub-units. */
  protected readonly parentOptions = (() => {
    const excluded = this.data.unit ? selfAndDescendantIds(this.data.units, this.data.unit.id) : new Set<string>();
    return this.data.units.filter((u) => !excluded.has(u.id));
  })();
  protected readonly conflict = new EditConflict<OrgUnit, OrgUnitFormValue>({
    labels: {
      code: $localize`:@@admin.orgUnitDialog.field.code:Kennung`,
      name: $localize`:@@admin.orgUnitDialog.field.name:Name`,
      kind: $localize`:@@admin.orgUnitDialog.field.kind:Art`,
      parentId: $localize`:@@admin.orgUnitDialog.field.parent:Übergeordnete Einheit`,
      email: $localize`:@@admin.orgUnitDialog.field.email:E-Mail-Adresse`,
      active: $localize`:@@admin.orgUnitDialog.field.active:Aktiv`,
    },
    display: displayNames<OrgUnitFormValue>({ kind: ORG_UNIT_KIND_LABELS }, { parentId: () => this.data.units }),
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [this.data.unit?.code ?? '', [Validators.required, Validators.maxLength(20)]],
    name: [this.data.unit?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    kind: [this.data.unit?.kind ?? ('FACHBEREICH' as OrgUnitKind), Validators.required],
    parentId: [this.data.unit?.parentId ?? this.data.parentId ?? ''],
    email: [this.data.unit?.email ?? '', [Validators.email, Validators.maxLength(254)]],
    active: [this.data.unit?.active ?? true],
  });
  protected readonly editing = new RecordSaving(
    {
      form: this.form,
      conflict: this.conflict,
      toFormValue: (unit: OrgUnit | null) => orgUnitValue(unit),
      reload: (unit) => this.api.getOrgUnit(unit.id),
    },
    this.data.unit,
  );

  protected submit(): void {
    const value = this.form.getRawValue();
    const body: OrgUnitInput = {
      code: value.code.trim(),
      name: value.name.trim(),
      kind: value.kind,
      parentId: value.parentId || null,
      email: value.email.trim() || null,
      active: value.active,
    };
    this.editing.save(
      (unit) => (unit ? this.api.updateOrgUnit(unit.id, { ...body, version: unit.version }) : this.api.createOrgUnit(body)),
      (saved) => this.dialogRef.close(saved),
    );
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}

type OrgUnitFormValue = ReturnType<typeof orgUnitValue>;

function orgUnitValue(unit: OrgUnit | null, parentId?: string | null) {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? ('FACHBEREICH' as OrgUnitKind),
    parentId: unit?.parentId ?? parentId ?? '',
    email: unit?.email ?? '',
    active: unit?.active ?? true,
  };
}
