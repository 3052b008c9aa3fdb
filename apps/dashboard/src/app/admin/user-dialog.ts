import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { PASSWORD_MIN_LENGTH, ROLES, type OrgUnit, type Role, type User, type UserInput } from '@klimaschutz/contracts';
import { ROLE_LABELS } from '../shared/labels';
import { PASSWORD_RULE } from '../shared/password-rule';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { DIALOG_FORM } from '../shared/dialog-form';
import { RecordSaving } from '../shared/record-saving';
import { AdminApi } from './admin-api';

export interface UserDialogData {
  /** `null` creates a new account. */
  user: User | null;
  orgUnits: readonly OrgUnit[];
}

@Component({
  selector: 'ksc-user-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM, MatSelectModule, MatCheckboxModule],
  templateUrl: './user-dialog.html',
})
export class UserDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, User>>(MatDialogRef);
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = ROLES;
  protected readonly passwordRule = PASSWORD_RULE;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly keepPassword = $localize`:@@admin.userDialog.keepPassword:Leer lassen, um das bisherige Passwort zu behalten.`;
  protected readonly messages = {
    displayName: $localize`:@@admin.userDialog.nameRequired:Bitte einen Namen angeben.`,
    email: $localize`:@@admin.userDialog.emailRequired:Bitte E-Mail-Adresse eingeben`,
    role: $localize`:@@admin.userDialog.roleRequired:Bitte eine Rolle auswählen.`,
    orgUnitId: $localize`:@@admin.userDialog.orgUnitRequired:Für die Rolle Fachbereich bitte eine Organisationseinheit auswählen.`,
    password: $localize`:@@admin.userDialog.passwordRequired:Bitte ein Passwort vergeben.`,
  };
  protected readonly isEdit = this.data.user !== null;
  protected readonly orgUnits = this.data.orgUnits.filter((u) => u.active || u.id === this.data.user?.orgUnit?.id);
  protected readonly conflict = new EditConflict<User, UserFormValue>({
    labels: {
      email: $localize`:@@admin.userDialog.field.email:E-Mail-Adresse`,
      displayName: $localize`:@@admin.userDialog.field.name:Name`,
      role: $localize`:@@admin.userDialog.field.role:Rolle`,
      orgUnitId: $localize`:@@admin.userDialog.field.orgUnit:Organisationseinheit`,
      active: $localize`:@@admin.userDialog.field.activeShort:Konto aktiv`,
      password: $localize`:@@admin.userDialog.field.password:Passwort`,
    },
    display: displayNames<UserFormValue>({ role: ROLE_LABELS }, { orgUnitId: () => this.data.orgUnits }),
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.data.user?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: [this.data.user?.displayName ?? '', [Validators.required, Validators.maxLength(200)]],
    role: [this.data.user?.role ?? ('DEPARTMENT' as Role), Validators.required],
    orgUnitId: [this.data.user?.orgUnit?.id ?? ''],
    active: [this.data.user?.active ?? true],
    // Required only for a new account; on edit, empty means "keep the current password".
    password: [
      '',
      this.isEdit ? [Validators.minLength(PASSWORD_MIN_LENGTH)] : [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });
  protected readonly editing = new RecordSaving(
    { form: this.form, conflict: this.conflict, toFormValue: userValue, reload: (user) => this.api.getUser(user.id) },
    this.data.user,
  );

  constructor() {
    this.requireOrgUnitFor(this.form.controls.role.value);
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => this.requireOrgUnitFor(role));
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const body: UserInput = {
      email: value.email.trim(),
      displayName: value.displayName.trim(),
      role: value.role,
      orgUnitId: value.orgUnitId || null,
      active: value.active,
      ...(value.password ? { password: value.password } : {}),
    };
    this.editing.save(
      (user) => (user ? this.api.updateUser(user.id, { ...body, version: user.version }) : this.api.createUser(body)),
      (saved) => this.dialogRef.close(saved),
    );
  }

  /** A department account acts for its org unit, so it needs one. */
  private requireOrgUnitFor(role: Role): void {
    const orgUnit = this.form.controls.orgUnitId;
    orgUnit.setValidators(role === 'DEPARTMENT' ? Validators.required : null);
    orgUnit.updateValueAndValidity({ emitEvent: false });
  }

  /** After a stale save: save the user's input over the new version, or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}

type UserFormValue = ReturnType<typeof userValue>;

/** The form's value for an account; the password field starts empty (it is never read back). */
function userValue(user: User | null) {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? ('DEPARTMENT' as Role),
    orgUnitId: user?.orgUnit?.id ?? '',
    active: user?.active ?? true,
    password: '',
  };
}
