import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns, fk } from '../columns';

/** Reporting periods and Sachstandsmeldungen (progress reports) with their review. */
export class Reporting1764100000000 implements MigrationInterface {
  name = 'Reporting1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'reporting_periods',
        columns: [
          c.id(),
          c.varchar('name', 100),
          c.date('startDate', false),
          c.date('endDate', false),
          c.date('dueDate', false),
          c.bool('closed', false),
          c.timestamp('closedAt', { nullable: true }),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_reporting_periods_name', columnNames: ['name'] }],
        indices: [{ name: 'IDX_reporting_periods_start', columnNames: ['startDate'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'progress_reports',
        columns: [
          c.id(),
          c.ref('measureId'),
          c.ref('periodId', true),
          c.ref('orgUnitId'),
          c.ref('authorId', true),
          c.varchar('authorName', 200),
          c.varchar('state', 20, false, 'DRAFT'),
          c.int('revision', 1),
          c.ref('supersedesId', true),
          c.varchar('status', 20),
          c.varchar('assessment', 20),
          c.int('progressPercent'),
          c.text('text'),
          c.text('obstacles'),
          c.text('nextSteps'),
          c.text('milestonesReached'),
          c.double('actualCostsEur'),
          c.double('staffEffortHours'),
          c.double('ghgReductionAchievedT'),
          c.timestamp('submittedAt', { nullable: true }),
          c.varchar('reviewDecision', 20, true),
          c.text('reviewComment'),
          c.timestamp('reviewedAt', { nullable: true }),
          c.ref('reviewerId', true),
          c.varchar('reviewerName', 200, true),
          c.bool('appliedToMeasure', false),
          c.version(),
          ...c.timestamps(),
        ],
        // Reports are history: a measure, period or org unit that has reports cannot vanish under them.
        foreignKeys: [
          fk('measureId', 'measures'),
          fk('periodId', 'reporting_periods'),
          fk('orgUnitId', 'org_units'),
          fk('authorId', 'users', 'SET NULL'),
          fk('reviewerId', 'users', 'SET NULL'),
          fk('supersedesId', 'progress_reports'),
        ],
        indices: [
          // A measure's timeline, newest first.
          { name: 'IDX_progress_reports_measure', columnNames: ['measureId', 'createdAt'] },
          // Period status and the review queue filtered by period.
          { name: 'IDX_progress_reports_period_state', columnNames: ['periodId', 'state'] },
          // A department's inbox and drafts.
          { name: 'IDX_progress_reports_org_state', columnNames: ['orgUnitId', 'state'] },
          // The review queue, oldest submission first.
          { name: 'IDX_progress_reports_state_submitted', columnNames: ['state', 'submittedAt'] },
          // A report is superseded by at most one revision, even when two are sent at once.
          { name: 'UQ_progress_reports_supersedes', columnNames: ['supersedesId'], isUnique: true },
          // At most one open (draft or submitted) report per measure, unit and period, even under a race.
          {
            name: 'UQ_progress_reports_open',
            columnNames: ['measureId', 'orgUnitId', 'periodId'],
            isUnique: true,
            where: `"state" IN ('DRAFT', 'SUBMITTED')`,
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('progress_reports');
    await queryRunner.dropTable('reporting_periods');
  }
}
