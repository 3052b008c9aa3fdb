import { signal } from '@angular/core';
import type { Problem } from '@klimaschutz/contracts';
import { formatYesNo } from './format';
import { formatGermanDate, formatGermanNumber } from './german-input';

/** How an empty value reads in the list of the other person's changes. */
const EMPTY_TEXT = $localize`:@@shared.conflict.empty:(leer)`;

/*
 * One way for every edit form to handle a stale `version` (409): the form keeps the user's input,
 * loads the stored record, and shows beside its save button what the other person changed, with two
 * choices – save my input over the new version, or take the other version. See docs/features.md, "Forms".
 */

/** One field the other person changed since the user opened the form. */
export interface ConflictChange {
  field: string;
  label: string;
  /** The other person's value, as text. */
  theirs: string;
  /** The user's own differing input for the same field, when the user changed it too. */
  mine: string | null;
}

export interface ConflictState {
  changes: ConflictChange[];
  /** ISO timestamp of the other change, when the API tells it. */
  changedAt: string | null;
  /** Who made it, when the API tells it. */
  changedBy: string | null;
}

/** How a form names its fields and shows their values (ids → names, enums → labels). */
export interface ConflictDescription<V> {
  labels: Partial<Record<keyof V & string, string>>;
  /** Text for a field's value; `undefined` falls back to the generic display. */
  display?: (field: keyof V & string, value: unknown) => string | undefined;
}

type Named = { id: string; code?: string; name?: string; title?: string; displayName?: string };

/**
 * A `display` for the usual cases: enum fields shown by their German labels, id fields by the
 * code and name of the referenced record (`{ leadOrgUnitId: () => orgUnits() }`).
 */
export function displayNames<V>(
  enums: Partial<Record<keyof V & string, Record<string, string>>>,
  references: Partial<Record<keyof V & string, () => readonly Named[]>> = {},
): (field: keyof V & string, value: unknown) => string | undefined {
  return (field, value) => {
    const labels = enums[field];
    if (labels) return labels[String(value)];
    const list = references[field];
    if (!list) return undefined;
    const name = (id: unknown) => {
      const item = list().find((i) => i.id === id);
      return item ? [item.code, item.name ?? item.title ?? item.displayName].filter(Boolean).join(' – ') : String(id);
    };
    if (Array.isArray(value)) return value.length ? value.map(name).join(', ') : EMPTY_TEXT;
    return value ? name(value) : EMPTY_TEXT;
  };
}

/** A 409 without field errors is a stale version; with them (a duplicate code) it belongs to a field. */
export function isStaleVersion(problem: Problem): boolean {
  return problem.status === 409 && !problem.errors?.length;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].map(String).sort().join('\u0000') === [...b].map(String).sort().join('\u0000');
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return (a ?? '') === (b ?? '');
}

/** The fields of `after` that differ from `before` (for a PATCH that sends only real changes). */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

/** The fields the other person changed (stored now ≠ what the user started from), with both sides as text. */
export function otherChanges<V extends object>(started: V, mine: V, current: V, description: ConflictDescription<V>): ConflictChange[] {
  const changes: ConflictChange[] = [];
  for (const field of Object.keys(current) as (keyof V & string)[]) {
    const theirs = current[field];
    if (sameValue(started[field], theirs)) continue;
    const own = mine[field];
    const userChangedIt = !sameValue(started[field], own) && !sameValue(own, theirs);
    changes.push({
      field,
      label: description.labels[field] ?? field,
      theirs: displayValue(description, field, theirs),
      mine: userChangedIt ? displayValue(description, field, own) : null,
    });
  }
  return changes;
}

/**
 * The user's input laid over the stored record: where the user changed a field, their value stays;
 * everywhere else the other person's value comes in (saving then keeps both people's work, and the
 * user's value wins where both changed the same field).
 */
export function mergeInput<V extends object>(started: V, mine: V, current: V): V {
  const merged = { ...current };
  for (const field of Object.keys(mine) as (keyof V)[]) {
    if (!sameValue(started[field], mine[field])) merged[field] = mine[field];
  }
  return merged;
}

function displayValue<V>(description: ConflictDescription<V>, field: keyof V & string, value: unknown): string {
  const own = description.display?.(field, value);
  if (own !== undefined) return own;
  return genericDisplay(value);
}

function genericDisplay(value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY_TEXT;
  if (typeof value === 'boolean') return formatYesNo(value);
  if (typeof value === 'number') return formatGermanNumber(value);
  if (Array.isArray(value)) return value.map(genericDisplay).join(', ');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatGermanDate(value);
    return value.length > 300 ? `${value.slice(0, 300)} …` : value;
  }
  return JSON.stringify(value);
}

/**
 * The conflict state of one edit form. On a stale save the form calls `show` with the stored
 * record; the user's choice (`resolve`, with the input as it is then) says what the form continues
 * with: the record (its new `version`), the new starting point, and the form value (the input laid
 * over the stored record, or the stored record itself).
 */
export class EditConflict<R, V extends object> {
  readonly state = signal<ConflictState | null>(null);
  private pending: { record: R; stored: V; started: V } | null = null;

  constructor(private readonly description: ConflictDescription<V>) {}

  show(record: R, stored: V, started: V, mine: V, meta: { changedAt?: string | null; changedBy?: string | null } = {}): void {
    this.pending = { record, stored, started };
    this.state.set({
      changes: otherChanges(started, mine, stored, this.description),
      changedAt: meta.changedAt ?? null,
      changedBy: meta.changedBy ?? null,
    });
  }

  /** `mine` is read at the moment of the choice, so input typed while the message was shown counts too. */
  resolve(keepMine: boolean, mine: V): { record: R; started: V; value: V } | null {
    const pending = this.pending;
    this.clear();
    if (!pending) return null;
    return {
      record: pending.record,
      started: pending.stored,
      value: keepMine ? mergeInput(pending.started, mine, pending.stored) : pending.stored,
    };
  }

  clear(): void {
    this.pending = null;
    this.state.set(null);
  }
}
