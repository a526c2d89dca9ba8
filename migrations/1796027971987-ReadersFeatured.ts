import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readers who hear back (#18), first part: featured posts ("choix de la
 * rédaction"), an index for a user's posts newest first, and each user's mail
 * preferences (one row per user who changed something or sent a language).
 */
export class ReadersFeatured1796027971987 implements MigrationInterface {
  name = 'ReadersFeatured1796027971987';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" ADD "featured_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "featured_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_da0e705cb6058cea508787b92ce" FOREIGN KEY ("featured_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "posts_thread_featured_idx" ON "posts" ("thread_id", "featured_at") WHERE featured_at IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "posts_author_recent_idx" ON "posts" ("author_id", "created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "email_on_reply" boolean NOT NULL DEFAULT true, "email_on_mention" boolean NOT NULL DEFAULT true, "email_on_report_resolved" boolean NOT NULL DEFAULT true, "email_on_moderation" boolean NOT NULL DEFAULT true, "language" character varying(2), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."posts_author_recent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."posts_thread_featured_idx"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_da0e705cb6058cea508787b92ce"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "featured_by_id"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "featured_at"`);
  }
}
