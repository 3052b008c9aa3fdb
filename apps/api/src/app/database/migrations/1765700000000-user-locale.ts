import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { Columns } from '../columns';

/**
 * The English UI (issue #16 item 14).
 *
 * - `users.locale`: the language a user reads the interface, e-mails and council report in
 *   (`de` | `en`); everyone starts German.
 * - `notifications.titleEn` / `bodyEn`: the English wording, written beside the German one, so the
 *   inbox and the e-mail follow the reader's language at the time they are read or sent. Null for
 *   notifications written before this migration (they stay German).
 * - `document_jobs.locale`: the council report is written in its requester's language.
 */
export class UserLocale1765700000000 implements MigrationInterface {
  name = 'UserLocale1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumn('users', new TableColumn(c.varchar('locale', 2, false, 'de')));
    await queryRunner.addColumns('notifications', [new TableColumn(c.varchar('titleEn', 300, true)), new TableColumn(c.text('bodyEn'))]);
    await queryRunner.addColumn('document_jobs', new TableColumn(c.varchar('locale', 2, false, 'de')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('document_jobs', 'locale');
    await queryRunner.dropColumn('notifications', 'bodyEn');
    await queryRunner.dropColumn('notifications', 'titleEn');
    await queryRunner.dropColumn('users', 'locale');
  }
}
