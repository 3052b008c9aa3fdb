import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The measure list is filtered by field of action and status together (the cockpit's drill-down
 * from a field's bar, the list's two main filters). With an index on the field alone, SQLite read
 * every measure of the field to test its status; the pair narrows it first. It also serves every
 * lookup by field alone, so it replaces that index.
 */
export class MeasureFilterIndex1765000000000 implements MigrationInterface {
  name = 'MeasureFilterIndex1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_measures_field_status" ON "measures" ("fieldOfActionId", "status")`);
    await queryRunner.query(`DROP INDEX "IDX_measures_field"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_measures_field" ON "measures" ("fieldOfActionId")`);
    await queryRunner.query(`DROP INDEX "IDX_measures_field_status"`);
  }
}
