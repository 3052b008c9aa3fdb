import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { Columns } from '../columns';

/**
 * Everything the import wizard polls lives in the import's row — progress, recognised columns and
 * the last preview (after the run: its result) — so that behind a load balancer any instance can
 * answer, not only the one that holds the upload in memory.
 */
export class ImportProgress1765200000000 implements MigrationInterface {
  name = 'ImportProgress1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumns('imports', [
      new TableColumn(c.int('progress', 0)),
      new TableColumn(c.text('detectedColumns')),
      new TableColumn(c.text('preview')),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('imports', ['preview', 'detectedColumns', 'progress']);
  }
}
