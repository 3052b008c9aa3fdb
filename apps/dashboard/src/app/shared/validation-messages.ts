import { Pipe, PipeTransform } from '@angular/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { formatGermanNumber } from './german-input';

/** The sentence (in the interface language) for the first error of a control; server messages win. */
export function validationMessage(errors: ValidationErrors | null | undefined, requiredMessage?: string): string {
  if (!errors) {
    return '';
  }
  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }
  // Unreadable text leaves the control empty, so it is also "required": the reading problem is the news.
  if (errors['germanNumber']) {
    return $localize`:@@shared.validation.germanNumber:Diese Zahl ist nicht lesbar. Bitte so eingeben: 1.250.000,50 oder 320,5.`;
  }
  if (errors['germanDate']) {
    return $localize`:@@shared.validation.germanDate:Dieses Datum ist nicht lesbar. Bitte so eingeben: 31.12.2026.`;
  }
  if (errors['germanTime']) {
    return $localize`:@@shared.validation.germanTime:Diese Uhrzeit ist nicht lesbar. Bitte so eingeben: 09:30 oder 14:00.`;
  }
  if (errors['required']) {
    return requiredMessage ?? $localize`:@@shared.validation.required:Bitte füllen Sie dieses Feld aus.`;
  }
  if (errors['email']) {
    return $localize`:@@shared.validation.email:Bitte eine gültige E-Mail-Adresse eingeben.`;
  }
  if (errors['maxlength']) {
    return $localize`:@@shared.validation.maxlength:Bitte höchstens ${String(errors['maxlength'].requiredLength)}:max: Zeichen eingeben.`;
  }
  if (errors['minlength']) {
    return $localize`:@@shared.validation.minlength:Bitte mindestens ${String(errors['minlength'].requiredLength)}:min: Zeichen eingeben.`;
  }
  if (errors['min']) {
    return $localize`:@@shared.validation.min:Der Wert darf nicht kleiner als ${formatGermanNumber(errors['min'].min)}:min: sein.`;
  }
  if (errors['max']) {
    return $localize`:@@shared.validation.max:Der Wert darf nicht größer als ${formatGermanNumber(errors['max'].max)}:max: sein.`;
  }
  if (errors['integer']) {
    return $localize`:@@shared.validation.integer:Bitte eine ganze Zahl eingeben.`;
  }
  if (errors['endBeforeStart']) {
    return $localize`:@@shared.validation.endBeforeStart:Das Ende darf nicht vor dem Beginn liegen.`;
  }
  if (errors['https']) {
    return $localize`:@@shared.validation.https:Bitte eine vollständige https-Adresse angeben, z. B. https://meet.example.de/raum.`;
  }
  if (errors['dueBeforeStart']) {
    return $localize`:@@shared.validation.dueBeforeStart:Die Abgabefrist darf nicht vor dem Beginn liegen.`;
  }
  if (errors['colour']) {
    return $localize`:@@shared.validation.colour:Bitte eine Farbe im Format #RRGGBB angeben, z. B. #1f5b3a.`;
  }
  if (errors['pattern']) {
    return $localize`:@@shared.validation.pattern:Das Format ist ungültig.`;
  }
  return $localize`:@@shared.validation.invalid:Die Eingabe ist ungültig.`;
}

/** `<mat-error>{{ form.controls.title.errors | kscValidationMessage: 'Bitte einen Titel angeben.' }}</mat-error>` */
@Pipe({ name: 'kscValidationMessage' })
export class ValidationMessagePipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined, requiredMessage?: string): string {
    return validationMessage(errors, requiredMessage);
  }
}

export const integerValidator: ValidatorFn = (control: AbstractControl<number | null>) => {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
};

export const colourValidator: ValidatorFn = (control: AbstractControl<string>) =>
  !control.value || /^#[0-9a-fA-F]{6}$/.test(control.value) ? null : { colour: true };

/**
 * An end date that must not lie before the sibling start date (`YYYY-MM-DD` strings compare
 * correctly as text). Re-run it when the start changes. `errorKey` names the message.
 */
export function notBefore(startControlName: string, errorKey: 'endBeforeStart' | 'dueBeforeStart' = 'endBeforeStart'): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const start: unknown = control.parent?.get(startControlName)?.value;
    const end = control.value;
    return typeof start === 'string' && start && end && end < start ? { [errorKey]: true } : null;
  };
}
