import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Columns } from '../columns';

/**
 * Sign-language videos with their captions for the public page „Gebärdensprache“ (BITV 2.0 § 4). The
 * two new page types (leichte-sprache, gebaerdensprache) need no change: site_pages.key is free text.
 */
export class SitePageVideos1765800000000 implements MigrationInterface {
  name = 'SitePageVideos1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new Columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'site_page_videos',
        columns: [
          c.id(),
          c.varchar('pageKey', 40),
          c.varchar('title', 200),
          c.varchar('contentType', 20),
          c.int('sizeBytes'),
          c.text('content', false),
          c.text('captions'),
          c.bool('hasCaptions', false),
          c.timestamp('createdAt', { defaultNow: true }),
        ],
        indices: [{ name: 'IDX_site_page_videos_page', columnNames: ['pageKey', 'createdAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('site_page_videos');
  }
}
