import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PASSWORD_MIN_LENGTH, PASSWORD_RULE_TEXT, ROLES, ROLE_LABELS, type OrgUnit, type Problem, type Role, type User, type UserInput } from '@klimaschutz/contracts';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { AdminApi } from './admin-api';

export interface UserDialogData {
  /** `null` creates a new account. */
  user: User | null;
  orgUnits: readonly OrgUnit[];
}


@Component({
  selector: 'ksc-user-dialog',
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
  templateUrl: './user-dialog.html',
})
export class UserDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, User>>(MatDialogRef);
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = ROLES;
  protected readonly passwordRule = PASSWORD_RULE_TEXT;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly isEdit = this.data.user !== null;
  protected readonly orgUnits = this.data.orgUnits.filter((u) => u.active || u.id === this.data.user?.orgUnit?.id);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.data.user?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: [this.data.user?.displayName ?? '', [Validators.required, Validators.maxLength(200)]],
    role: [this.data.user?.role ?? ('DEPARTMENT' as Role), Validators.required],
    orgUnitId: [this.data.user?.orgUnit?.id ?? ''],
    active: [this.data.user?.active ?? true],
    // Required only for a new account; on edit, empty means "keep the current password".
    password: [
      '',
      this.isEdit
        ? [Validators.minLength(PASSWORD_MIN_LENGTH)]
        : [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });

  constructor() {
    this.requireOrgUnitFor(this.form.controls.role.value);
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => this.requireOrgUnitFor(role));
  }

  protected submit(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: UserInput = {
      email: value.email.trim(),
      displayName: value.displayName.trim(),
      role: value.role,
      orgUnitId: value.orgUnitId || null,
      active: value.active,
      ...(value.password ? { password: value.password } : {}),
    };
    const user = this.data.user;
    const request = user
      ? this.api.updateUser(user.id, { ...body, version: user.version })
      : this.api.createUser(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.problem.set(
          problem.status === 409 && user && !problem.errors?.length
            ? {
                ...problem,
                detail:
                  'Dieses Benutzerkonto wurde inzwischen von jemand anderem geändert. Bitte schließen Sie den Dialog und öffnen Sie ihn erneut.',
              }
            : problem,
        );
        this.unmatched.set(applyServerErrors(this.form, problem));
      },
    });
  }

  /** A department account acts for its org unit, so it needs one. */
  private requireOrgUnitFor(role: Role): void {
    const orgUnit = this.form.controls.orgUnitId;
    orgUnit.setValidators(role === 'DEPARTMENT' ? Validators.required : null);
    orgUnit.updateValueAndValidity({ emitEvent: false });
  }
}
