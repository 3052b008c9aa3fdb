import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ElementRef, Injector, afterNextRender, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { Problem } from '@klimaschutz/contracts';
import { Observable, catchError, filter, map, of, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { EditConflict, isStaleVersion } from './edit-conflict';
import { applyServerErrors, toProblem } from './problem';

/*
 * One way for every edit form to load its record, refuse invalid input, show a refused save at its
 * fields, handle a stale version (409) beside the save button, and go on to the record's page with a
 * notice. A form keeps what is its own (which request saves, what the notice says) and reads its
 * state from here; see docs/features.md, "Forms".
 */

/** What a form passes to the page it goes to after saving: the notice shown there, once. */
export interface DetailNotice {
  notice: string;
}

/** The notice a form left for the page being opened now, if any (read while the navigation runs). */
export function noticeFromNavigation(router: Router): string | null {
  return (router.currentNavigation()?.extras.state as DetailNotice | undefined)?.notice ?? null;
}

/** Who changed the stored record last, for the conflict box (when the record or its history tells). */
export interface LastChange {
  changedAt: string | null;
  changedBy?: string | null;
}

interface EditableForm<V> extends AbstractControl {
  getRawValue(): V;
  reset(value?: V): void;
}

export interface RecordEditingOptions<R extends { id: string }, V extends object> {
  /** The route's `:id`; absent when creating. */
  id: Signal<string | undefined>;
  form: EditableForm<V>;
  get: (id: string) => Observable<R>;
  toFormValue: (record: R) => V;
  /** The browser tab's title while the record is edited. */
  pageTitle: (record: R) => string;
  conflict: EditConflict<R, V>;
  /** Who changed the stored record last; by default its `updatedAt`, if it has one. */
  lastChange?: (stored: R) => Observable<LastChange>;
  /** Runs after a record is loaded into the form (e.g. to disable fields the user may not change). */
  loaded?: (record: R) => void;
  /** What is focused after invalid input; the first invalid control by default. */
  invalidSelector?: string;
  /**
   * Whether the stored record may still be edited after a stale save; when not (a report handed in
   * meanwhile), the refused save's reason is shown instead of the other person's changes.
   */
  stillEditable?: (stored: R) => boolean;
}

const FIRST_INVALID = '[formcontrolname].ng-invalid';

export class RecordEditing<R extends { id: string }, V extends object> {
  /** The record as last loaded or saved; null while creating or loading. */
  readonly record = signal<R | null>(null);
  readonly loading = signal(false);
  readonly saving = signal(false);
  readonly problem = signal<Problem | null>(null);
  /** Server messages for fields the form does not show. */
  readonly unmatched = signal<string[]>([]);
  /** The form value the user started from: it tells the user's changes from the other person's. */
  started: V | null = null;

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);

  /** Created in a component's field initialiser: it loads the record whenever the route's id changes. */
  constructor(private readonly options: RecordEditingOptions<R, V>) {
    toObservable(options.id)
      .pipe(
        filter((id): id is string => !!id),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  /** Starts a save: clears the last attempt's messages; false, with the fields marked and focus on the first, when the input is invalid. */
  begin(): boolean {
    this.problem.set(null);
    this.unmatched.set([]);
    this.options.conflict.clear();
    const form = this.options.form;
    if (!form.invalid) return true;
    form.markAllAsTouched();
    this.problem.set({
      status: 400,
      title: $localize`:@@shared.form.invalid.title:Ungültige Eingaben`,
      detail: $localize`:@@shared.form.invalid.detail:Bitte prüfen Sie die markierten Felder.`,
    });
    this.focusInvalid();
    return false;
  }

  /** The save went through: the form is no longer dirty, and the record's page opens with the notice. */
  done(commands: unknown[], notice: string, extras: { replaceUrl?: boolean } = {}): void {
    this.options.form.markAsPristine();
    const state: DetailNotice = { notice };
    void this.router.navigate(commands, { ...extras, state });
  }

  /**
   * A refused save. A stale version (when `stale` allows it) loads the stored record and shows what
   * the other person changed, keeping the input; anything else is shown at its fields.
   */
  failed(
    error: unknown,
    { stale = true, adapt = (p: Problem) => p }: { stale?: boolean; adapt?: (problem: Problem) => Problem } = {},
  ): void {
    this.saving.set(false);
    const problem = toProblem(error);
    const record = this.record();
    const started = this.started;
    if (stale && isStaleVersion(problem) && record && started) {
      this.showConflict(record, started, problem);
      return;
    }
    this.problem.set(adapt(problem));
    this.unmatched.set(applyServerErrors(this.options.form, adapt(problem)));
    this.focusInvalid();
  }

  /**
   * The user's choice after a stale save. True when the form should save again (the user's input laid
   * over the new version); taking the other version is announced and focus returns to the save button.
   */
  resolve(keepMine: boolean): boolean {
    const form = this.options.form;
    const resolved = this.options.conflict.resolve(keepMine, form.getRawValue());
    if (!resolved) return false;
    this.record.set(resolved.record);
    this.started = resolved.started;
    form.reset(resolved.value);
    if (keepMine) {
      form.markAsDirty();
      return true;
    }
    void this.announcer.announce($localize`:@@shared.form.tookTheirs:Die Fassung der anderen Person wurde übernommen.`);
    this.focus('[data-testid="save"]');
    return false;
  }

  focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  private focusInvalid(): void {
    this.focus(this.options.invalidSelector ?? FIRST_INVALID);
  }

  /** Puts a record into the form as loaded (also one a save answered with, when the form stays open). */
  take(record: R): void {
    const { toFormValue, form, conflict } = this.options;
    this.record.set(record);
    this.started = toFormValue(record);
    form.reset(this.started);
    this.options.loaded?.(record);
    this.problem.set(null);
    conflict.clear();
    this.loading.set(false);
    this.title.setTitle(pageTitle(this.options.pageTitle(record)));
  }

  private load(id: string): Observable<R | null> {
    this.loading.set(true);
    return this.options.get(id).pipe(
      tap((record) => this.take(record)),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private showConflict(record: R, started: V, refusal: Problem): void {
    const { get, toFormValue, form, conflict, stillEditable = () => true } = this.options;
    const lastChange =
      this.options.lastChange ?? ((stored: R) => of<LastChange>({ changedAt: (stored as { updatedAt?: string }).updatedAt ?? null }));
    get(record.id)
      .pipe(switchMap((stored) => lastChange(stored).pipe(map((last) => ({ stored, last })))))
      .subscribe({
        next: ({ stored, last }) => {
          if (stillEditable(stored)) conflict.show(stored, toFormValue(stored), started, form.getRawValue(), last);
          else this.problem.set(refusal);
        },
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
  }
}
