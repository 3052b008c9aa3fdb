import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { Columns, fk } from '../columns';

/**
 * Sign-in at ASVS level 2: sessions know their kind (full, second-factor challenge, enrolment only)
 * and when their user last did something (idle timeout); users may have a TOTP second factor (its
 * secret encrypted, the last time step used so that a code cannot be replayed) with hashed one-time
 * recovery codes; admins decide which roles must use it.
 */
export class SignInSecurity1765300000000 implements MigrationInterface {
  name = 'SignInSecurity1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumns('sessions', [
      new TableColumn(c.varchar('kind', 20, false, 'FULL')),
      // Sessions open at the upgrade count as active now, rather than as idle since forever.
      new TableColumn(c.timestamp('lastSeenAt', { defaultNow: true })),
    ]);
    await queryRunner.addColumns('users', [
      new TableColumn(c.varchar('totpSecret', 300, true)),
      new TableColumn(c.varchar('totpPendingSecret', 300, true)),
      new TableColumn(c.timestamp('totpEnabledAt', { nullable: true })),
      new TableColumn(c.int('totpLastStep', undefined, true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'totp_recovery_codes',
        columns: [c.id(), c.ref('userId'), c.varchar('codeHash', 64), c.timestamp('createdAt', { defaultNow: true })],
        foreignKeys: [fk('userId', 'users', 'CASCADE')],
        indices: [{ name: 'IDX_totp_recovery_codes_user', columnNames: ['userId', 'codeHash'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_policy',
        columns: [
          { ...c.varchar('id', 20), isPrimary: true },
          c.varchar('totpRequiredRoles', 200, false, ''),
          c.version(),
          c.timestamp('updatedAt', { defaultNow: true }),
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO "sign_in_policy" ("id", "totpRequiredRoles", "version") VALUES ('default', '', 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sign_in_policy');
    await queryRunner.dropTable('totp_recovery_codes');
    for (const column of ['totpLastStep', 'totpEnabledAt', 'totpPendingSecret', 'totpSecret'])
      await queryRunner.dropColumn('users', column);
    await queryRunner.dropColumn('sessions', 'lastSeenAt');
    await queryRunner.dropColumn('sessions', 'kind');
  }
}
