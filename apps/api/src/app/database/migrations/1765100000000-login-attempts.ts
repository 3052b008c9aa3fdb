import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns } from '../columns';

/**
 * Login attempts are counted in the database, so that the limit holds across every API instance on
 * it. A counter's key is a keyed hash of the client address (the key lives in `app_secrets`), never
 * the address itself. Times are milliseconds since the epoch: one integer type on both engines,
 * compared inside the single upsert that counts an attempt.
 */
export class LoginAttempts1765100000000 implements MigrationInterface {
  name = 'LoginAttempts1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'throttle_counters',
        columns: [{ ...c.varchar('key', 64), isPrimary: true }, c.int('hits', 0), c.bigint('windowEndsAt'), c.bigint('blockedUntil', 0)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_secrets',
        columns: [{ ...c.varchar('name', 50), isPrimary: true }, c.varchar('value', 128), c.timestamp('createdAt', { defaultNow: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('app_secrets');
    await queryRunner.dropTable('throttle_counters');
  }
}
