import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { Columns } from '../columns';

/**
 * Personal data: erasure, retention and a history that follows the visibility of its records.
 *
 * - `audit_events.draftOrgUnitId` / `draftAuthorId`: set on events written while a progress report
 *   was a draft; such events are shown only to those who may see the draft. Existing events are
 *   marked from their report (written before it was submitted, or it is still a draft).
 * - `users.erasedAt`: the account was anonymised on request.
 * - `feedback.handledAt`: when the feedback was closed; retention counts from there. Feedback closed
 *   before this migration counts from now (its closing time was not recorded).
 */
export class PersonalData1765400000000 implements MigrationInterface {
  name = 'PersonalData1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumns('audit_events', [
      new TableColumn(c.ref('draftOrgUnitId', true)),
      new TableColumn(c.ref('draftAuthorId', true)),
    ]);
    // Retention looks for old events by action (logins) and by actor.
    await queryRunner.createIndex('audit_events', new TableIndex({ name: 'IDX_audit_actor', columnNames: ['actorId'] }));
    await queryRunner.addColumn('users', new TableColumn(c.timestamp('erasedAt', { nullable: true })));
    await queryRunner.addColumn('feedback', new TableColumn(c.timestamp('handledAt', { nullable: true })));
    const postgres = queryRunner.connection.options.type === 'postgres';
    const now = postgres ? 'now()' : "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    await queryRunner.query(`UPDATE "feedback" SET "handledAt" = ${now} WHERE "handled" = TRUE`);

    // Events of reports written while they were drafts. The event's entityId is text, the report's id a uuid on PostgreSQL.
    if (postgres) {
      await queryRunner.query(
        `UPDATE "audit_events" e SET "draftOrgUnitId" = r."orgUnitId", "draftAuthorId" = r."authorId"
         FROM "progress_reports" r
         WHERE e."entityType" = 'progress_report' AND r."id"::text = e."entityId" AND (r."submittedAt" IS NULL OR e."at" < r."submittedAt")`,
      );
    } else {
      const draftReport = `FROM "progress_reports" r WHERE r."id" = "audit_events"."entityId" AND (r."submittedAt" IS NULL OR "audit_events"."at" < r."submittedAt")`;
      await queryRunner.query(
        `UPDATE "audit_events" SET "draftOrgUnitId" = (SELECT r."orgUnitId" ${draftReport}), "draftAuthorId" = (SELECT r."authorId" ${draftReport})
         WHERE "entityType" = 'progress_report' AND EXISTS (SELECT 1 ${draftReport})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('feedback', 'handledAt');
    await queryRunner.dropColumn('users', 'erasedAt');
    await queryRunner.dropIndex('audit_events', 'IDX_audit_actor');
    await queryRunner.dropColumns('audit_events', ['draftAuthorId', 'draftOrgUnitId']);
  }
}
