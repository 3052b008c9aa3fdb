import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { Columns } from '../columns';

/**
 * Imports and council reports run in the background of one instance; the row's lease says until when
 * that instance vouches for it (renewed while it works). A lease that ran out means the instance
 * stopped mid-way: the job is then reported as interrupted at once, not after half an hour or never.
 */
export class BackgroundLeases1765500000000 implements MigrationInterface {
  name = 'BackgroundLeases1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.addColumn('imports', new TableColumn(c.timestamp('leaseUntil', { nullable: true })));
    await queryRunner.addColumn('document_jobs', new TableColumn(c.timestamp('leaseUntil', { nullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('document_jobs', 'leaseUntil');
    await queryRunner.dropColumn('imports', 'leaseUntil');
  }
}
