import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admin user search matches anywhere in the username, email and display name
 * (`LIKE '%…%'`, lower-cased): one trigram GIN index per field, on exactly the
 * expressions the query uses. TypeORM cannot express operator classes, so the
 * entity marks these indexes `synchronize: false`.
 */
export class AdminUserSearchTrigram1796028185443 implements MigrationInterface {
  name = 'AdminUserSearchTrigram1796028185443';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "users_username_trgm_idx" ON "users" USING gin (lower(username::text) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_email_trgm_idx" ON "users" USING gin (lower(email::text) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_display_name_trgm_idx" ON "users" USING gin (lower(display_name) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_display_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_username_trgm_idx"`);
  }
}
