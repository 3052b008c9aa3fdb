import { QueryRunner, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';

/**
 * Column builders for migrations, so that one migration file runs on SQLite and PostgreSQL alike.
 * The few types that differ between the engines (UUIDs, timestamps) are decided here and nowhere else.
 */
export class Columns {
  private readonly postgres: boolean;

  constructor(queryRunner: QueryRunner) {
    this.postgres = queryRunner.connection.options.type === 'postgres';
  }

  id(): TableColumnOptions {
    return this.postgres
      ? { name: 'id', type: 'uuid', isPrimary: true, default: 'gen_random_uuid()' }
      : { name: 'id', type: 'varchar', length: '36', isPrimary: true };
  }

  ref(name: string, nullable = false): TableColumnOptions {
    return this.postgres ? { name, type: 'uuid', isNullable: nullable } : { name, type: 'varchar', length: '36', isNullable: nullable };
  }

  timestamp(name: string, options: { nullable?: boolean; defaultNow?: boolean } = {}): TableColumnOptions {
    return {
      name,
      type: this.postgres ? 'timestamptz' : 'datetime',
      isNullable: options.nullable ?? false,
      ...(options.defaultNow ? { default: this.postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" } : {}),
    };
  }

  varchar(name: string, length: number, nullable = false, defaultValue?: string): TableColumnOptions {
    return {
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
      ...(defaultValue !== undefined ? { default: `'${defaultValue}'` } : {}),
    };
  }

  text(name: string, nullable = true): TableColumnOptions {
    return { name, type: 'text', isNullable: nullable };
  }

  int(name: string, defaultValue?: number, nullable = false): TableColumnOptions {
    return { name, type: 'integer', isNullable: nullable, ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
  }

  /** Milliseconds since the epoch and other counts beyond 2^31 (number in JS up to 2^53). */
  bigint(name: string, defaultValue?: number): TableColumnOptions {
    return { name, type: 'bigint', isNullable: false, ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
  }

  double(name: string, nullable = true): TableColumnOptions {
    return { name, type: 'double precision', isNullable: nullable };
  }

  bool(name: string, defaultValue: boolean): TableColumnOptions {
    return { name, type: 'boolean', default: this.postgres ? String(defaultValue) : defaultValue ? 1 : 0 };
  }

  date(name: string, nullable = true): TableColumnOptions {
    return { name, type: 'date', isNullable: nullable };
  }

  version(): TableColumnOptions {
    return this.int('version', 1);
  }

  timestamps(): TableColumnOptions[] {
    return [this.timestamp('createdAt', { defaultNow: true }), this.timestamp('updatedAt', { defaultNow: true })];
  }
}

export const fk = (column: string, table: string, onDelete: TableForeignKeyOptions['onDelete'] = 'RESTRICT'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});
