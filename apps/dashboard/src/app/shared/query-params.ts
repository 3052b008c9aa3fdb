/** Small readers for list state kept in the URL: anything unknown or malformed is dropped. */

export type QueryValues = Record<string, string | null | undefined>;

/** `status=A,B` → the allowed values among them, in their canonical order. */
export function listParam<T extends string>(value: string | null | undefined, allowed: readonly T[]): T[] {
  if (!value) {
    return [];
  }
  const wanted = value.split(',');
  return allowed.filter((item) => wanted.includes(item));
}

export function oneOfParam<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | '' {
  return allowed.find((item) => item === value) ?? '';
}

export function positiveIntParam(value: string | null | undefined): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : null;
}

/** A filter change starts again at page 1; a page change keeps the filters. */
export function withFilterChange<S extends { page: number }>(state: S, change: Partial<S>): S {
  const pageOnly = Object.keys(change).every((key) => key === 'page' || key === 'pageSize');
  return { ...state, ...change, page: pageOnly ? (change.page ?? state.page) : 1 };
}
