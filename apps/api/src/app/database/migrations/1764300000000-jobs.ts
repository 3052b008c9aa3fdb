import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns } from '../columns';

export class Jobs1764300000000 implements MigrationInterface {
  name = 'Jobs1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'job_runs',
        columns: [
          c.id(),
          c.varchar('jobName', 60),
          c.varchar('slot', 60),
          c.varchar('status', 20),
          c.varchar('trigger', 20),
          c.varchar('triggeredBy', 200, true),
          c.timestamp('startedAt'),
          c.timestamp('finishedAt', { nullable: true }),
          c.text('summary'),
          c.text('error'),
        ],
        uniques: [{ name: 'UQ_job_runs_slot', columnNames: ['jobName', 'slot'] }],
        indices: [{ name: 'IDX_job_runs_started', columnNames: ['jobName', 'startedAt'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'status_snapshots',
        columns: [c.id(), c.date('day', false), c.text('counts', false), c.timestamp('createdAt', { defaultNow: true })],
        uniques: [{ name: 'UQ_status_snapshots_day', columnNames: ['day'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('status_snapshots');
    await queryRunner.dropTable('job_runs');
  }
}
