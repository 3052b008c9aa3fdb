import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { applyServerErrors, toProblem } from './problem';
import { validationMessage } from './validation-messages';

describe('toProblem', () => {
  it('keeps the German problem details the API sent', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        status: 400,
        title: 'Ungültige Eingaben',
        detail: 'Bitte prüfen Sie die Eingaben.',
        errors: [{ field: 'code', message: 'Die Kennung ist bereits vergeben.' }],
      },
    });
    expect(toProblem(error)).toEqual({
      status: 400,
      title: 'Ungültige Eingaben',
      detail: 'Bitte prüfen Sie die Eingaben.',
      errors: [{ field: 'code', message: 'Die Kennung ist bereits vergeben.' }],
    });
  });

  it('explains an unreachable server in German', () => {
    const problem = toProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(problem.detail).toContain('Server ist nicht erreichbar');
  });

  it('parses a problem body that arrived as text', () => {
    const error = new HttpErrorResponse({ status: 409, error: '{"status":409,"title":"Konflikt","detail":"Veraltet"}' });
    expect(toProblem(error).detail).toBe('Veraltet');
  });
});

describe('applyServerErrors', () => {
  it('puts each message on the control of the same name and returns the rest', () => {
    const form = new FormGroup({
      code: new FormControl('V-01', { nonNullable: true, validators: Validators.required }),
      participatingOrgUnitIds: new FormControl<string[]>([], { nonNullable: true }),
    });
    const rest = applyServerErrors(form, {
      status: 400,
      title: 'Ungültig',
      errors: [
        { field: 'code', message: 'Die Kennung ist bereits vergeben.' },
        { field: 'participatingOrgUnitIds.1', message: 'Unbekannte Organisationseinheit.' },
        { field: 'somethingElse', message: 'Allgemeiner Fehler.' },
      ],
    });
    expect(validationMessage(form.controls.code.errors)).toBe('Die Kennung ist bereits vergeben.');
    expect(validationMessage(form.controls.participatingOrgUnitIds.errors)).toBe('Unbekannte Organisationseinheit.');
    expect(form.controls.code.touched).toBe(true);
    expect(rest).toEqual(['Allgemeiner Fehler.']);
  });

  it('drops the server message once the user edits the field', () => {
    const control = new FormControl('x', { nonNullable: true });
    const form = new FormGroup({ title: control });
    applyServerErrors(form, { status: 400, title: 'x', errors: [{ field: 'title', message: 'Zu kurz.' }] });
    control.setValue('Ein besserer Titel');
    expect(control.errors).toBeNull();
  });
});

describe('validationMessage', () => {
  it('speaks German for the built-in validators', () => {
    expect(validationMessage({ required: true })).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(validationMessage({ required: true }, 'Bitte E-Mail-Adresse eingeben')).toBe('Bitte E-Mail-Adresse eingeben');
    expect(validationMessage({ maxlength: { requiredLength: 20, actualLength: 25 } })).toBe('Bitte höchstens 20 Zeichen eingeben.');
    expect(validationMessage({ max: { max: 100, actual: 120 } })).toBe('Der Wert darf nicht größer als 100 sein.');
    expect(validationMessage({ endBeforeStart: true })).toBe('Das Ende darf nicht vor dem Beginn liegen.');
  });
});
