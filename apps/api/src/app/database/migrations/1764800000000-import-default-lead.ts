import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { Columns } from '../columns';

/** The import wizard remembers which org unit leads new measures whose row names none. */
export class ImportDefaultLead1764800000000 implements MigrationInterface {
  name = 'ImportDefaultLead1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('imports', new TableColumn(new Columns(queryRunner).varchar('defaultLeadOrgUnit', 20, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('imports', 'defaultLeadOrgUnit');
  }
}
