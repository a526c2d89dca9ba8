import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * French full-text search that ignores accents: "election presidentielle"
 * must find "élections présidentielles". unaccent runs before the French
 * stemmer in a dedicated text search configuration.
 */
export class SearchConfiguration1764280000000 implements MigrationInterface {
  name = 'SearchConfiguration1764280000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION tribune_french (COPY = french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION tribune_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS tribune_french`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
