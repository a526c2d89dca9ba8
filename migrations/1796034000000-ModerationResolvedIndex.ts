import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's "déjà traités" lists resolved items latest first
 * (`?status=resolved&order=newest`, keyset on the resolution time, then id). Without an
 * index on that expression every page sorted all resolved items, a number that only
 * grows. A partial index on exactly the query's key (resolved items only) serves each
 * page as an index scan; an optional kind filter is applied during the scan. TypeORM
 * cannot express an index on an expression, so the entity marks it `synchronize: false`.
 */
export class ModerationResolvedIndex1796034000000 implements MigrationInterface {
  name = 'ModerationResolvedIndex1796034000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "moderation_items_resolved_idx" ON "moderation_items" ((coalesce(resolved_at, created_at)), id) WHERE status = 'resolved'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."moderation_items_resolved_idx"`);
  }
}
