import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns, fk } from '../columns';

export class Indicators1764400000000 implements MigrationInterface {
  name = 'Indicators1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'indicators',
        columns: [
          c.id(),
          c.varchar('code', 20),
          c.varchar('name', 200),
          c.text('description'),
          c.varchar('unit', 40),
          c.varchar('direction', 4),
          c.int('baselineYear'),
          c.double('baselineValue', false),
          c.int('targetYear'),
          c.double('targetValue', false),
          c.ref('fieldOfActionId', true),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_indicators_code', columnNames: ['code'] }],
        foreignKeys: [fk('fieldOfActionId', 'fields_of_action', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_measures',
        columns: [
          { ...c.ref('indicatorId'), isPrimary: true },
          { ...c.ref('measureId'), isPrimary: true },
        ],
        foreignKeys: [fk('indicatorId', 'indicators', 'CASCADE'), fk('measureId', 'measures', 'CASCADE')],
        indices: [{ name: 'IDX_indicator_measures_measure', columnNames: ['measureId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_values',
        columns: [
          c.id(),
          c.ref('indicatorId'),
          c.date('date', false),
          c.double('value', false),
          c.varchar('source', 300, true),
          c.text('note'),
          c.ref('authorId', true),
          c.varchar('authorName', 200, true),
          c.timestamp('createdAt', { defaultNow: true }),
        ],
        uniques: [{ name: 'UQ_indicator_values_date', columnNames: ['indicatorId', 'date'] }],
        foreignKeys: [fk('indicatorId', 'indicators', 'CASCADE'), fk('authorId', 'users', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator_values');
    await queryRunner.dropTable('indicator_measures');
    await queryRunner.dropTable('indicators');
  }
}
