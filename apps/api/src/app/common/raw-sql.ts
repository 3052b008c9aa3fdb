import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { noteWrite } from './write-generation';

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

/**
 * Runs a hand-written statement on this manager (and its transaction): `build` gets the parameter
 * list and returns the SQL, so placeholders and values cannot drift apart.
 */
export function queryRows(manager: EntityManager, build: (params: SqlParams) => string): Promise<Record<string, unknown>[]> {
  const params = SqlParams.for(manager.connection);
  const sql = build(params);
  return manager.query(sql, params.values);
}

/** Makes concurrent writers of one record wait for each other on PostgreSQL; SQLite has a single writer anyway. */
export async function lockRow(manager: EntityManager, table: string, id: string): Promise<void> {
  if (manager.connection.options.type === 'postgres') await manager.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
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

/**
 * An entity's columns for hand-written statements: the SELECT list under an alias, rows turned back
 * into entities and a prepared INSERT, each value passed through the driver's own conversions
 * (dates, booleans, JSON, column transformers) — what TypeORM would read and write, without
 * building the statement anew on every call. For the write path a department uses most.
 */
export class EntityColumns<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly selectable: ColumnMetadata[];
  private readonly insertable: ColumnMetadata[];
  private readonly insertSql: string;
  private readonly selectLists = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(target);
    this.selectable = this.metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
    this.insertable = this.metadata.columns.filter((c) => c.isInsert && !c.isVirtual);
    const params = SqlParams.for(dataSource);
    this.insertSql =
      `INSERT INTO "${this.metadata.tableName}" (${this.insertable.map((c) => `"${c.databaseName}"`).join(', ')}) ` +
      `VALUES (${this.insertable.map(() => params.add(null)).join(', ')})`;
  }

  /** `alias."column" AS "alias_column"` for every column TypeORM would select. */
  select(alias: string): string {
    let list = this.selectLists.get(alias);
    if (!list)
      this.selectLists.set(
        alias,
        (list = this.selectable.map((c) => `${alias}."${c.databaseName}" AS "${alias}_${c.databaseName}"`).join(', ')),
      );
    return list;
  }

  /** The entity in a row selected with `select(alias)`; null where a LEFT JOIN found none. */
  hydrate(row: Record<string, unknown>, alias: string): T | null {
    const [primary] = this.metadata.primaryColumns;
    if (row[`${alias}_${primary.databaseName}`] === null || row[`${alias}_${primary.databaseName}`] === undefined) return null;
    const entity = this.metadata.create() as T;
    for (const column of this.selectable) {
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(row[`${alias}_${column.databaseName}`], column));
    }
    return entity;
  }

  /** One plain INSERT of every column; the caller sets them all (no database defaults, no read-back). */
  async insert(manager: EntityManager, entity: T): Promise<void> {
    const values = this.insertable.map((column) => {
      const value = column.getEntityValue(entity);
      return value === undefined || value === null ? null : this.dataSource.driver.preparePersistentValue(value, column);
    });
    await manager.query(this.insertSql, values);
    noteWrite();
  }
}

const prepared = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, EntityColumns<ObjectLiteral>>>();

/** The EntityColumns of an entity for this data source, prepared once. */
export function entityColumns<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>): EntityColumns<T> {
  let byTarget = prepared.get(dataSource);
  if (!byTarget) prepared.set(dataSource, (byTarget = new Map()));
  let columns = byTarget.get(target);
  if (!columns) byTarget.set(target, (columns = new EntityColumns<ObjectLiteral>(dataSource, target)));
  return columns as unknown as EntityColumns<T>;
}
