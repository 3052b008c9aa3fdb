import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';
import { EditConflict } from './edit-conflict';
import { RecordEditing } from './record-editing';
import { SaveConflict } from './save-conflict';

interface Note {
  id: string;
  version: number;
  title: string;
  body: string;
  updatedAt: string;
  /** Handed in meanwhile: may no longer be edited. */
  locked?: boolean;
}

/** The store the form talks to: each save answers with what the test pushes. */
const stored: { note: Note; saves: Subject<Note> } = {
  note: { id: 'n-1', version: 1, title: 'Alt', body: 'Text', updatedAt: '2026-12-07T10:00:00Z' },
  saves: new Subject<Note>(),
};

@Component({
  selector: 'ksc-note-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, SaveConflict],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <input formControlName="title" data-testid="title" />
      <input formControlName="body" data-testid="body" />
      <button type="submit" data-testid="save">Speichern</button>
      <ksc-save-conflict
        [conflict]="conflict.state()"
        what="diese Notiz"
        (keepMine)="resolveConflict(true)"
        (takeTheirs)="resolveConflict(false)"
      />
    </form>
  `,
})
class NoteForm {
  readonly id = input<string>();
  readonly form = inject(NonNullableFormBuilder).group({ title: ['', Validators.required], body: [''] });
  readonly conflict = new EditConflict<Note, { title: string; body: string }>({ labels: { title: 'Titel', body: 'Text' } });
  readonly editing = new RecordEditing<Note, { title: string; body: string }>({
    id: this.id,
    form: this.form,
    get: () => of(stored.note),
    toFormValue: (n) => ({ title: n.title, body: n.body }),
    pageTitle: (n) => `${n.title} bearbeiten`,
    conflict: this.conflict,
    stillEditable: (n) => !n.locked,
  });
  saves = 0;

  submit(): void {
    if (!this.editing.begin()) return;
    this.saves++;
    stored.saves.subscribe({
      next: (saved) => this.editing.done(['/notizen', saved.id], 'Gespeichert.'),
      error: (error: unknown) => this.editing.failed(error),
    });
  }

  resolveConflict(keepMine: boolean): void {
    if (this.editing.resolve(keepMine)) this.submit();
  }
}

describe('RecordEditing (the edit forms’ shared flow)', () => {
  beforeEach(() => {
    stored.note = { id: 'n-1', version: 1, title: 'Alt', body: 'Text', updatedAt: '2026-12-07T10:00:00Z' };
    stored.saves = new Subject<Note>();
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', children: [] }])] });
  });

  async function open() {
    const fixture = TestBed.createComponent(NoteForm);
    fixture.componentRef.setInput('id', 'n-1');
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement, form: fixture.componentInstance };
  }

  it('loads the record into the form and names it in the tab title', async () => {
    const { form } = await open();
    expect(form.form.getRawValue()).toEqual({ title: 'Alt', body: 'Text' });
    expect(TestBed.inject(Title).getTitle()).toContain('Alt bearbeiten');
  });

  it('refuses invalid input without a request, marks the field and says why', async () => {
    const { fixture, form } = await open();
    form.form.controls.title.setValue('');
    form.submit();
    await fixture.whenStable();
    expect(form.saves).toBe(0);
    expect(form.editing.problem()?.detail).toBe('Bitte prüfen Sie die markierten Felder.');
    expect(form.form.controls.title.touched).toBe(true);
  });

  it('shows a field error from the server at the field and keeps the input', async () => {
    const { fixture, form } = await open();
    form.form.controls.title.setValue('Neu');
    form.submit();
    stored.saves.error(
      new HttpErrorResponse({
        status: 400,
        error: { status: 400, title: 'Ungültig', detail: 'Titel zu lang.', errors: [{ field: 'title', message: 'Titel zu lang.' }] },
      }),
    );
    await fixture.whenStable();
    expect(form.form.controls.title.errors?.['server']).toBe('Titel zu lang.');
    expect(form.form.controls.title.value).toBe('Neu');
    expect(form.editing.saving()).toBe(false);
  });

  it('on a stale version shows what the other person changed beside the button; keeping mine saves again over the new version', async () => {
    const { fixture, host, form } = await open();
    form.form.controls.body.setValue('Mein Text');
    // Meanwhile someone else changed the title.
    stored.note = { ...stored.note, version: 2, title: 'Von jemand anderem', updatedAt: '2026-12-07T11:00:00Z' };
    form.submit();
    stored.saves.error(new HttpErrorResponse({ status: 409, error: { status: 409, title: 'Konflikt', detail: 'Veraltet.' } }));
    await fixture.whenStable();
    const box = host.querySelector('[data-testid="save-conflict"]');
    expect(box?.textContent).toContain('Titel: jetzt „Von jemand anderem“');
    expect(form.editing.problem()).toBeNull();

    stored.saves = new Subject<Note>();
    (host.querySelector('[data-testid="conflict-keep-mine"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(form.saves).toBe(2);
    expect(form.editing.record()?.version).toBe(2);
    // Both people's work: their title, my text.
    expect(form.form.getRawValue()).toEqual({ title: 'Von jemand anderem', body: 'Mein Text' });

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    stored.saves.next({ ...stored.note, version: 3 });
    expect(navigate).toHaveBeenCalledWith(['/notizen', 'n-1'], { state: { notice: 'Gespeichert.' } });
    expect(form.form.pristine).toBe(true);
  });

  it('a record that may no longer be edited shows why the save was refused instead of the changes', async () => {
    const { fixture, host, form } = await open();
    form.form.controls.body.setValue('Mein Text');
    stored.note = { ...stored.note, version: 2, locked: true };
    form.submit();
    stored.saves.error(
      new HttpErrorResponse({ status: 409, error: { status: 409, title: 'Konflikt', detail: 'Inzwischen eingereicht.' } }),
    );
    await fixture.whenStable();
    expect(form.editing.problem()?.detail).toBe('Inzwischen eingereicht.');
    expect(host.querySelector('[data-testid="save-conflict"]')).toBeNull();
    expect(form.form.controls.body.value).toBe('Mein Text');
  });

  it('taking the other version replaces the input and saves nothing', async () => {
    const { fixture, host, form } = await open();
    form.form.controls.body.setValue('Mein Text');
    stored.note = { ...stored.note, version: 2, body: 'Ihr Text' };
    form.submit();
    stored.saves.error(new HttpErrorResponse({ status: 409, error: { status: 409, title: 'Konflikt' } }));
    await fixture.whenStable();
    (host.querySelector('[data-testid="conflict-take-theirs"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(form.saves).toBe(1);
    expect(form.form.getRawValue()).toEqual({ title: 'Alt', body: 'Ihr Text' });
    expect(host.querySelector('[data-testid="save-conflict"]')).toBeNull();
  });
});
