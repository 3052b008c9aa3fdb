import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns, fk } from '../columns';

export class Notifications1764500000000 implements MigrationInterface {
  name = 'Notifications1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.ref('userId'),
          c.varchar('kind', 40),
          c.varchar('subjectKey', 200),
          c.varchar('title', 300),
          c.text('body', false),
          c.varchar('link', 500, true),
          c.timestamp('createdAt', { defaultNow: true }),
          c.timestamp('readAt', { nullable: true }),
          c.varchar('emailState', 20),
          c.int('emailAttempts', 0),
          c.text('emailError'),
          c.timestamp('emailSentAt', { nullable: true }),
          c.timestamp('emailUpdatedAt', { nullable: true }),
        ],
        // The dedupe key: a job that runs again (or on a second instance) adds nothing twice.
        uniques: [{ name: 'UQ_notifications_subject', columnNames: ['userId', 'kind', 'subjectKey'] }],
        foreignKeys: [fk('userId', 'users', 'CASCADE')],
        indices: [
          { name: 'IDX_notifications_user_read', columnNames: ['userId', 'readAt'] },
          { name: 'IDX_notifications_user_created', columnNames: ['userId', 'createdAt'] },
          { name: 'IDX_notifications_email_state', columnNames: ['emailState'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
  }
}
