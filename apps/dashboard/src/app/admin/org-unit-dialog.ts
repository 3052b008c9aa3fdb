import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ORG_UNIT_KINDS,
  ORG_UNIT_KIND_LABELS,
  type OrgUnit,
  type OrgUnitInput,
  type OrgUnitKind,
  type Problem,
} from '@klimaschutz/contracts';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
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
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    ProblemAlert,
    ValidationMessagePipe,
  ],
  templateUrl: './org-unit-dialog.html',
})
export class OrgUnitDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<OrgUnitDialog, OrgUnit>>(MatDialogRef);
  protected readonly data = inject<OrgUnitDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly kindLabels = ORG_UNIT_KIND_LABELS;
  protected readonly isEdit = this.data.unit !== null;
  /** A unit cannot be moved below itself or one of its own sub-units. */
  protected readonly parentOptions = (() => {
    const excluded = this.data.unit ? selfAndDescendantIds(this.data.units, this.data.unit.id) : new Set<string>();
    return this.data.units.filter((u) => !excluded.has(u.id));
  })();
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: [this.data.unit?.code ?? '', [Validators.required, Validators.maxLength(20)]],
    name: [this.data.unit?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    kind: [this.data.unit?.kind ?? ('FACHBEREICH' as OrgUnitKind), Validators.required],
    parentId: [this.data.unit?.parentId ?? this.data.parentId ?? ''],
    email: [this.data.unit?.email ?? '', [Validators.email, Validators.maxLength(254)]],
    active: [this.data.unit?.active ?? true],
  });

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: OrgUnitInput = {
      code: value.code.trim(),
      name: value.name.trim(),
      kind: value.kind,
      parentId: value.parentId || null,
      email: value.email.trim() || null,
      active: value.active,
    };
    const unit = this.data.unit;
    const request = unit ? this.api.updateOrgUnit(unit.id, { ...body, version: unit.version }) : this.api.createOrgUnit(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.problem.set(
          problem.status === 409 && unit && !problem.errors?.length
            ? {
                ...problem,
                detail:
                  problem.detail ??
                  'Diese Organisationseinheit wurde inzwischen geändert. Bitte schließen Sie den Dialog und öffnen Sie ihn erneut.',
              }
            : problem,
        );
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }
}
