import { HttpErrorResponse } from '@angular/common/http';
import { FormBuilder, Validators } from '@angular/forms';
import { of, throwError, type Observable } from 'rxjs';
import { EditConflict } from './edit-conflict';
import { RecordSaving } from './record-saving';

interface Unit {
  id: string;
  version: number;
  code: string;
  name: string;
}

const problem = (status: number, errors?: { field: string; message: string }[]) =>
  new HttpErrorResponse({ status, error: { status, title: 'Abgelehnt', detail: 'Abgelehnt', errors } });

function setUp(initial: Unit | null, reload: (unit: Unit) => Observable<Unit | undefined> = () => of(undefined)) {
  const form = new FormBuilder().nonNullable.group({ code: ['', Validators.required], name: [''] });
  const conflict = new EditConflict<Unit, { code: string; name: string }>({ labels: { code: 'Kennung', name: 'Name' } });
  let invalid = 0;
  const editing = new RecordSaving(
    {
      form,
      conflict,
      toFormValue: (u: Unit | null) => ({ code: u?.code ?? '', name: u?.name ?? '' }),
      reload,
      gone: { status: 404, title: 'Nicht gefunden', detail: 'Gelöscht.' },
      invalid: () => invalid++,
    },
    initial,
  );
  if (initial) form.reset({ code: initial.code, name: initial.name });
  return { form, conflict, editing, invalidCalls: () => invalid };
}

describe('RecordSaving (the save flow of dialogs and inline forms)', () => {
  const stored: Unit = { id: 'u-1', version: 1, code: '61', name: 'Stadtplanung' };

  it('refuses invalid input before anything is sent and marks the fields', () => {
    const { form, editing, invalidCalls } = setUp(null);
    const sent: unknown[] = [];
    editing.save(
      (existing) => {
        sent.push(existing);
        return of(stored);
      },
      () => undefined,
    );
    expect(sent).toEqual([]);
    expect(form.controls.code.touched).toBe(true);
    expect(invalidCalls()).toBe(1);
    expect(editing.saving()).toBe(false);
  });

  it('creates when there is no record, edits the record it was given, and hands on the answer', () => {
    const created = setUp(null);
    created.form.setValue({ code: '62', name: 'Neu' });
    const answers: [Unit, Unit | null][] = [];
    created.editing.save(
      () => of(stored),
      (saved, existing) => answers.push([saved, existing]),
    );
    const edited = setUp(stored);
    edited.editing.save(
      () => of({ ...stored, version: 2 }),
      (saved, existing) => answers.push([saved, existing]),
    );
    expect(answers).toEqual([
      [stored, null],
      [{ ...stored, version: 2 }, stored],
    ]);
  });

  it('shows a refused save at its fields and lists messages for fields the form does not have', () => {
    const { form, editing } = setUp(null);
    form.setValue({ code: '61', name: 'Doppelt' });
    editing.save(
      () =>
        throwError(() =>
          problem(409, [
            { field: 'code', message: 'Die Kennung ist schon vergeben.' },
            { field: 'parentId', message: 'Unbekannte Einheit.' },
          ]),
        ),
      () => undefined,
    );
    expect(form.controls.code.errors).toEqual({ server: 'Die Kennung ist schon vergeben.' });
    expect(editing.unmatched()).toEqual(['Unbekannte Einheit.']);
    expect(editing.problem()?.status).toBe(409);
    expect(editing.saving()).toBe(false);
  });

  it('after a stale save lists the other change, keeps the input and saves it over the new version', () => {
    const newer: Unit = { ...stored, version: 2, name: 'Amt für Stadtplanung' };
    const { form, conflict, editing } = setUp(stored, () => of(newer));
    form.controls.code.setValue('61.1');
    const versions: number[] = [];
    const save = () =>
      editing.save(
        (existing) => {
          versions.push(existing?.version ?? 0);
          return existing?.version === 1 ? throwError(() => problem(409)) : of(existing as Unit);
        },
        () => undefined,
      );
    save();
    expect(conflict.state()?.changes).toEqual([{ field: 'name', label: 'Name', theirs: 'Amt für Stadtplanung', mine: null }]);
    expect(form.getRawValue()).toEqual({ code: '61.1', name: 'Stadtplanung' });
    expect(editing.problem()).toBeNull();

    expect(editing.resolve(true)).toBe(true);
    expect(form.getRawValue()).toEqual({ code: '61.1', name: 'Amt für Stadtplanung' });
    save();
    expect(versions).toEqual([1, 2]);
    expect(conflict.state()).toBeNull();
  });

  it('taking the other version resets the form to it and does not save again', () => {
    const newer: Unit = { ...stored, version: 2, name: 'Amt für Stadtplanung' };
    const { form, editing } = setUp(stored, () => of(newer));
    form.controls.code.setValue('61.1');
    editing.save(
      () => throwError(() => problem(409)),
      () => undefined,
    );
    expect(editing.resolve(false)).toBe(false);
    expect(form.getRawValue()).toEqual({ code: '61', name: 'Amt für Stadtplanung' });
    expect(editing.record()).toEqual(newer);
  });

  it('says so when the record was deleted meanwhile', () => {
    const { editing, conflict } = setUp(stored, () => of(undefined));
    editing.save(
      () => throwError(() => problem(409)),
      () => undefined,
    );
    expect(editing.problem()).toEqual({ status: 404, title: 'Nicht gefunden', detail: 'Gelöscht.' });
    expect(conflict.state()).toBeNull();
  });

  it('a form filled with another record starts afresh', () => {
    const { form, editing } = setUp(null);
    form.setValue({ code: '70', name: 'x' });
    editing.save(
      () => throwError(() => problem(400)),
      () => undefined,
    );
    expect(editing.problem()?.status).toBe(400);
    editing.fill(stored);
    expect(editing.problem()).toBeNull();
    expect(form.getRawValue()).toEqual({ code: '61', name: 'Stadtplanung' });
    expect(editing.record()).toEqual(stored);
  });
});
