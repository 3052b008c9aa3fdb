import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cockpit's caches ask once a second whether measures or reports changed (row count, sum of
 * versions, last update). Over the big city's 43,000 reports that was a 30–50 ms table scan that
 * held the event loop; a covering index answers the same from a narrow index in a few ms.
 */
export class FingerprintIndexes1764900000000 implements MigrationInterface {
  name = 'FingerprintIndexes1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_progress_reports_fingerprint" ON "progress_reports" ("updatedAt", "version")`);
    await queryRunner.query(`CREATE INDEX "IDX_measures_fingerprint" ON "measures" ("updatedAt", "version")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_measures_fingerprint"`);
    await queryRunner.query(`DROP INDEX "IDX_progress_reports_fingerprint"`);
  }
}
