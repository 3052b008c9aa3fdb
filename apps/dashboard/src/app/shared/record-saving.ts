import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { Problem } from '@klimaschutz/contracts';
import type { Observable } from 'rxjs';
import { EditConflict, isStaleVersion } from './edit-conflict';
import { applyServerErrors, toProblem } from './problem';

/*
 * The save flow of a form that is not a page of its own (a dialog, a form inside a page): refuse
 * invalid input at the fields, show a refused save (4xx) at its fields, and on a stale version (409)
 * load the stored record and show beside the save button what the other person changed. Routed edit
 * pages use RecordEditing, which adds loading by the route's id and the notice on the next page.
 */

interface EditableForm<V> extends AbstractControl {
  getRawValue(): V;
  reset(value?: V): void;
}

export interface RecordSavingOptions<R, V extends object> {
  form: EditableForm<V>;
  conflict: EditConflict<R, V>;
  /** The form's value for a record, or for a new one (`null`). */
  toFormValue: (record: R | null) => V;
  /** Reads the stored record after a stale save; `undefined` when it is gone. */
  reload: (record: R) => Observable<R | undefined>;
  /** What is shown when `reload` finds the record gone. */
  gone?: Problem;
  /** Runs after invalid input was refused and its fields marked (e.g. to focus the first field). */
  invalid?: () => void;
}

export class RecordSaving<R, V extends object> {
  /** The record as last read; after a concurrent change, its newer version. Null while creating. */
  readonly record = signal<R | null>(null);
  readonly saving = signal(false);
  readonly problem = signal<Problem | null>(null);
  /** Server messages for fields the form does not show. */
  readonly unmatched = signal<string[]>([]);
  /** The form value the user started from: it tells the user's changes from the other person's. */
  private started: V;

  constructor(
    private readonly options: RecordSavingOptions<R, V>,
    record: R | null = null,
  ) {
    this.record.set(record);
    this.started = options.toFormValue(record);
  }

  /** A form reused for another record (or a new one): its values, messages and conflict start afresh. */
  fill(record: R | null): void {
    this.problem.set(null);
    this.options.conflict.clear();
    this.record.set(record);
    this.started = this.options.toFormValue(record);
    this.options.form.reset(this.started);
  }

  /**
   * Saves the form: `request` gets the record being edited (null when creating) and sends the input;
   * `saved` runs with the answer. Invalid input is refused before anything is sent.
   */
  save<T>(request: (existing: R | null) => Observable<T>, saved: (result: T, existing: R | null) => void): void {
    const { form, conflict } = this.options;
    this.problem.set(null);
    this.unmatched.set([]);
    conflict.clear();
    if (form.invalid) {
      form.markAllAsTouched();
      this.options.invalid?.();
      return;
    }
    const existing = this.record();
    this.saving.set(true);
    request(existing).subscribe({
      next: (result) => {
        this.saving.set(false);
        saved(result, existing);
      },
      error: (error: unknown) => this.failed(error, existing),
    });
  }

  /** After a stale save: true when the form should save again (the user's input laid over the new version). */
  resolve(keepMine: boolean): boolean {
    const form = this.options.form;
    const resolved = this.options.conflict.resolve(keepMine, form.getRawValue());
    if (!resolved) return false;
    this.record.set(resolved.record);
    this.started = resolved.started;
    form.reset(resolved.value);
    return keepMine;
  }

  private failed(error: unknown, existing: R | null): void {
    const { form, conflict, toFormValue, reload } = this.options;
    this.saving.set(false);
    const problem = toProblem(error);
    // A 409 with field errors (a duplicate code or name) belongs to its field, like any other 4xx.
    const started = this.started;
    if (isStaleVersion(problem) && existing !== null) {
      reload(existing).subscribe({
        next: (stored) => {
          if (stored === undefined) this.problem.set(this.options.gone ?? problem);
          else conflict.show(stored, toFormValue(stored), started, form.getRawValue());
        },
        error: (e: unknown) => this.problem.set(toProblem(e)),
      });
      return;
    }
    this.problem.set(problem);
    this.unmatched.set(applyServerErrors(form, problem));
  }
}
