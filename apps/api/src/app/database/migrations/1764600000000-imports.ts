import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns, fk } from '../columns';

/** Uploaded import files (kept until they expire) and generated documents such as the council report. */
export class Imports1764600000000 implements MigrationInterface {
  name = 'Imports1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'imports',
        columns: [
          c.id(),
          c.varchar('fileName', 255),
          c.varchar('format', 10),
          c.text('content', false),
          c.text('mapping', false),
          c.varchar('state', 20, false, 'UPLOADED'),
          c.text('result'),
          c.text('error'),
          c.ref('createdById', true),
          c.timestamp('createdAt', { defaultNow: true }),
          c.timestamp('expiresAt'),
        ],
        foreignKeys: [fk('createdById', 'users', 'SET NULL')],
        indices: [{ name: 'IDX_imports_expires', columnNames: ['expiresAt'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_jobs',
        columns: [
          c.id(),
          c.varchar('kind', 30),
          c.ref('periodId'),
          c.varchar('state', 20, false, 'RUNNING'),
          c.int('progress', 0),
          c.varchar('fileName', 255, true),
          c.text('content'),
          c.text('error'),
          c.ref('createdById', true),
          c.timestamp('createdAt', { defaultNow: true }),
          c.timestamp('expiresAt'),
        ],
        foreignKeys: [fk('periodId', 'reporting_periods', 'CASCADE'), fk('createdById', 'users', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_jobs');
    await queryRunner.dropTable('imports');
  }
}
