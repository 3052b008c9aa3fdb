import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';
import { Columns, fk } from '../columns';

/**
 * GHG balance, targets and path (issue #17).
 *
 * - `emission_sectors`: the city's sector list; BISKO's five consumer sectors are written here as the
 *   default list (a city's own cut is added by the import or the API).
 * - `emission_years` + `emission_values`: the balance in t CO2e; a value with `sectorId` null is the
 *   reported total, kept apart from the sectors.
 * - `emission_targets`: one row, the target set (interim targets and path points as JSON text).
 * - `measures.emissionSectorId` / `measures.lifetimeYears`: the sector a measure acts on and how long
 *   its reduction lasts (both nullable: existing measures stay as they are).
 */
export class Emissions1765900000000 implements MigrationInterface {
  name = 'Emissions1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'emission_sectors',
        columns: [
          c.id(),
          c.varchar('code', 40),
          c.varchar('name', 200),
          c.int('sortOrder', 0),
          c.bool('bisko', false),
          c.version(),
          ...c.timestamps(),
        ],
        uniques: [{ name: 'UQ_emission_sectors_code', columnNames: ['code'] }],
      }),
    );
    const bisko = [
      ['PHH', 'Private Haushalte'],
      ['GHD', 'Gewerbe/Handel/Dienstleistungen'],
      ['IND', 'Industrie'],
      ['VERKEHR', 'Verkehr'],
      ['KOMMUNE', 'Kommunale Einrichtungen'],
    ];
    // The DataSource knows the table's entity, so the boolean is written in each engine's form (1 or true).
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into('emission_sectors', ['id', 'code', 'name', 'sortOrder', 'bisko'])
      .values(bisko.map(([code, name], i) => ({ id: randomUUID(), code, name, sortOrder: (i + 1) * 10, bisko: true })))
      .execute();
    await queryRunner.createTable(
      new Table({
        name: 'emission_years',
        columns: [c.id(), c.int('year'), c.int('population', undefined, true), c.text('note'), c.version(), ...c.timestamps()],
        uniques: [{ name: 'UQ_emission_years_year', columnNames: ['year'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'emission_values',
        columns: [
          c.id(),
          c.ref('yearId'),
          c.ref('sectorId', true),
          c.varchar('energyCarrier', 100, true),
          c.double('tCo2e', false),
          c.varchar('dataQuality', 1, true),
          c.varchar('source', 500, true),
        ],
        foreignKeys: [fk('yearId', 'emission_years', 'CASCADE'), fk('sectorId', 'emission_sectors', 'RESTRICT')],
        indices: [
          { name: 'IDX_emission_values_year', columnNames: ['yearId'] },
          { name: 'IDX_emission_values_sector', columnNames: ['sectorId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'emission_targets',
        columns: [
          c.id(),
          c.int('baseYear', undefined, true),
          c.int('neutralityYear', undefined, true),
          c.double('residualT'),
          c.varchar('pathMode', 10, false, 'LINEAR'),
          c.text('interimTargets', false),
          c.text('pathPoints', false),
          c.double('budgetT'),
          c.int('budgetStartYear', undefined, true),
          c.bool('published', false),
          c.version(),
          ...c.timestamps(),
        ],
      }),
    );
    await queryRunner.addColumns('measures', [
      new TableColumn(c.ref('emissionSectorId', true)),
      new TableColumn(c.int('lifetimeYears', undefined, true)),
    ]);
    await queryRunner.createForeignKey('measures', new TableForeignKey(fk('emissionSectorId', 'emission_sectors', 'SET NULL')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const measures = await queryRunner.getTable('measures');
    const key = measures?.foreignKeys.find((k) => k.columnNames.includes('emissionSectorId'));
    if (key) await queryRunner.dropForeignKey('measures', key);
    await queryRunner.dropColumn('measures', 'lifetimeYears');
    await queryRunner.dropColumn('measures', 'emissionSectorId');
    await queryRunner.dropTable('emission_targets');
    await queryRunner.dropTable('emission_values');
    await queryRunner.dropTable('emission_years');
    await queryRunner.dropTable('emission_sectors');
  }
}
