import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { Columns } from '../columns';

/**
 * An import keeps the user's decisions about master data, the master data its preview showed, and
 * the log of what it wrote, so that it can be undone; and when and by whom it was undone.
 */
export class ImportUndo1765510000000 implements MigrationInterface {
  name = 'ImportUndo1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumns('imports', [
      new TableColumn(c.text('decisions')),
      new TableColumn(c.text('masterData')),
      new TableColumn(c.text('undoLog')),
      new TableColumn(c.timestamp('undoneAt', { nullable: true })),
      new TableColumn(c.varchar('undoneBy', 200, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('imports', ['undoneBy', 'undoneAt', 'undoLog', 'masterData', 'decisions']);
  }
}
