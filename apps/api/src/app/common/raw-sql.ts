import type { DataSource } from 'typeorm';

/**
 * Bound parameters for a hand-written statement that runs on both databases: `$1, $2…` on
 * PostgreSQL, `?` on SQLite, booleans as 0/1 for SQLite (better-sqlite3 refuses to bind them).
 * For the few hot reads where building the query and hydrating entities cost more than the SQL.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly postgres: boolean) {}

  static for(dataSource: DataSource): SqlParams {
    return new SqlParams(dataSource.options.type === 'postgres');
  }

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(!this.postgres && typeof value === 'boolean' ? Number(value) : value);
    return this.postgres ? `$${this.values.length}` : '?';
  }

  /** A comma-separated placeholder list for `IN (…)`. */
  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
}

/** A boolean column as read raw: `true`/`false` from PostgreSQL, 1/0 from SQLite. */
export const rawBoolean = (value: unknown): boolean => value === true || value === 1 || value === '1';

/**
 * A timestamp column as read raw: pg hands a Date; SQLite stores TypeORM's UTC text
 * `YYYY-MM-DD HH:MM:SS.SSS` (the same reading TypeORM's own hydration applies).
 */
export function rawTimestamp(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
}
