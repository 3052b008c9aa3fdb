import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns, fk } from '../columns';

export class Public1764700000000 implements MigrationInterface {
  name = 'Public1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'public_notes',
        columns: [
          c.id(),
          c.ref('measureId'),
          c.date('date', false),
          c.text('text', false),
          c.ref('authorId', true),
          c.timestamp('createdAt', { defaultNow: true }),
        ],
        foreignKeys: [fk('measureId', 'measures', 'CASCADE'), fk('authorId', 'users', 'SET NULL')],
        indices: [{ name: 'IDX_public_notes_measure', columnNames: ['measureId', 'date'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'site_pages',
        columns: [
          { ...c.varchar('key', 40), isPrimary: true },
          c.varchar('title', 200),
          c.text('body', false),
          c.version(),
          c.timestamp('updatedAt', { defaultNow: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feedback',
        columns: [
          c.id(),
          c.text('message', false),
          c.varchar('page', 500, true),
          c.varchar('name', 200, true),
          c.varchar('email', 254, true),
          c.bool('handled', false),
          c.version(),
          c.timestamp('createdAt', { defaultNow: true }),
        ],
        indices: [{ name: 'IDX_feedback_created', columnNames: ['createdAt'] }],
      }),
    );
    // Published measures are what the public list reads; keep that query on an index.
    await queryRunner.query(`CREATE INDEX "IDX_measures_published" ON "measures" ("published", "archivedAt")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_measures_published"`);
    await queryRunner.dropTable('feedback');
    await queryRunner.dropTable('site_pages');
    await queryRunner.dropTable('public_notes');
  }
}
