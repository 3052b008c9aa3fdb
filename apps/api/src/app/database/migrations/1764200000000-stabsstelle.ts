import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { Columns, fk } from '../columns';

/** Trainings, consultations and climate checks of the Stabsstelle Klimaschutz, each linkable to measures. */
export class Stabsstelle1764200000000 implements MigrationInterface {
  name = 'Stabsstelle1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    const link = (name: string, owner: string, ownerTable: string, other: string, otherTable: string) =>
      new Table({
        name,
        columns: [
          { ...c.ref(owner), isPrimary: true },
          { ...c.ref(other), isPrimary: true },
        ],
        foreignKeys: [fk(owner, ownerTable, 'CASCADE'), fk(other, otherTable, 'CASCADE')],
        indices: [{ name: `IDX_${name}_${other}`, columnNames: [other] }],
      });

    await queryRunner.createTable(
      new Table({
        name: 'trainings',
        columns: [
          c.id(),
          c.varchar('title', 300),
          c.varchar('topic', 30),
          c.text('description'),
          c.timestamp('startsAt'),
          c.int('durationMinutes'),
          c.varchar('trainer', 200),
          c.varchar('format', 20),
          c.varchar('location', 300, true),
          c.varchar('onlineUrl', 500, true),
          c.int('capacity', undefined, true),
          c.varchar('status', 20, false, 'PLANNED'),
          c.text('cancellationReason'),
          c.text('searchText', false),
          c.version(),
          ...c.timestamps(),
        ],
        indices: [
          { name: 'IDX_trainings_starts', columnNames: ['startsAt'] },
          { name: 'IDX_trainings_status', columnNames: ['status'] },
        ],
      }),
    );
    await queryRunner.createTable(link('training_target_org_units', 'trainingId', 'trainings', 'orgUnitId', 'org_units'));
    await queryRunner.createTable(link('training_measures', 'trainingId', 'trainings', 'measureId', 'measures'));

    await queryRunner.createTable(
      new Table({
        name: 'training_registrations',
        columns: [c.id(), c.ref('trainingId'), c.ref('orgUnitId'), c.int('count', 0), c.version(), ...c.timestamps()],
        uniques: [{ name: 'UQ_training_registrations_org', columnNames: ['trainingId', 'orgUnitId'] }],
        foreignKeys: [fk('trainingId', 'trainings', 'CASCADE'), fk('orgUnitId', 'org_units', 'CASCADE')],
        indices: [{ name: 'IDX_training_registrations_org', columnNames: ['orgUnitId'] }],
      }),
    );
    // Names are personal data kept apart from the counts, so deleting one (GDPR) never changes a statistic.
    await queryRunner.createTable(
      new Table({
        name: 'training_participants',
        columns: [c.id(), c.ref('registrationId'), c.varchar('name', 200), c.timestamp('createdAt', { defaultNow: true })],
        foreignKeys: [fk('registrationId', 'training_registrations', 'CASCADE')],
        indices: [{ name: 'IDX_training_participants_registration', columnNames: ['registrationId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_feedback',
        columns: [
          c.id(),
          c.ref('trainingId'),
          c.int('score'),
          c.text('comment'),
          c.ref('recordedById', true),
          c.timestamp('createdAt', { defaultNow: true }),
        ],
        foreignKeys: [fk('trainingId', 'trainings', 'CASCADE'), fk('recordedById', 'users', 'SET NULL')],
        indices: [{ name: 'IDX_training_feedback_training', columnNames: ['trainingId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'consultations',
        columns: [
          c.id(),
          c.ref('requestingOrgUnitId'),
          c.ref('requestedById', true),
          c.varchar('topic', 300),
          c.varchar('category', 30),
          c.text('description', false),
          c.date('desiredDate'),
          c.varchar('procedureReference', 300, true),
          c.varchar('status', 20, false, 'REQUESTED'),
          c.ref('consultantId', true),
          c.timestamp('scheduledAt', { nullable: true }),
          c.text('outcome'),
          c.text('recommendation'),
          c.double('effortHours'),
          c.text('declineReason'),
          c.timestamp('requestedAt', { defaultNow: true }),
          c.timestamp('closedAt', { nullable: true }),
          c.text('searchText', false),
          c.version(),
          ...c.timestamps(),
        ],
        foreignKeys: [
          fk('requestingOrgUnitId', 'org_units'),
          fk('requestedById', 'users', 'SET NULL'),
          fk('consultantId', 'users', 'SET NULL'),
        ],
        indices: [
          { name: 'IDX_consultations_org', columnNames: ['requestingOrgUnitId'] },
          { name: 'IDX_consultations_status', columnNames: ['status', 'requestedAt'] },
          { name: 'IDX_consultations_category', columnNames: ['category'] },
        ],
      }),
    );
    await queryRunner.createTable(link('consultation_measures', 'consultationId', 'consultations', 'measureId', 'measures'));

    const criterion = (prefix: string): TableColumnOptions[] => [c.varchar(`${prefix}Impact`, 20, true), c.text(`${prefix}Reason`)];
    await queryRunner.createTable(
      new Table({
        name: 'climate_checks',
        columns: [
          c.id(),
          c.varchar('subjectType', 30),
          c.varchar('reference', 50, true),
          c.varchar('title', 300),
          c.text('description'),
          c.ref('orgUnitId'),
          c.ref('createdById', true),
          // null = the quick check is not answered yet.
          { name: 'climateRelevant', type: 'boolean', isNullable: true },
          c.text('relevanceReason'),
          ...criterion('ghgEmissions'),
          ...criterion('energyUse'),
          ...criterion('mobility'),
          ...criterion('landUse'),
          ...criterion('climateAdaptation'),
          c.double('estimatedGhgEffectT'),
          c.text('alternatives'),
          c.text('statement'),
          c.varchar('status', 20, false, 'DRAFT'),
          c.timestamp('submittedAt', { nullable: true }),
          c.ref('submittedById', true),
          c.timestamp('reviewedAt', { nullable: true }),
          c.ref('reviewedById', true),
          c.text('searchText', false),
          c.version(),
          ...c.timestamps(),
        ],
        foreignKeys: [
          fk('orgUnitId', 'org_units'),
          fk('createdById', 'users', 'SET NULL'),
          fk('submittedById', 'users', 'SET NULL'),
          fk('reviewedById', 'users', 'SET NULL'),
        ],
        indices: [
          { name: 'IDX_climate_checks_org', columnNames: ['orgUnitId'] },
          { name: 'IDX_climate_checks_status', columnNames: ['status'] },
          { name: 'IDX_climate_checks_subject', columnNames: ['subjectType'] },
        ],
      }),
    );
    await queryRunner.createTable(link('climate_check_measures', 'climateCheckId', 'climate_checks', 'measureId', 'measures'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'climate_check_measures',
      'climate_checks',
      'consultation_measures',
      'consultations',
      'training_feedback',
      'training_participants',
      'training_registrations',
      'training_measures',
      'training_target_org_units',
      'trainings',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
