import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `threads.post_count` stays the post-numbering counter (pending, rejected and
 * deleted posts keep their numbers); the public comment count becomes its own
 * column, `visible_post_count`, maintained in the statements that change a
 * post's visibility. `posts.published_at` records when a post was first shown
 * (created visible, or approved): pre-moderation counts an account's published
 * posts, not the posts it wrote.
 */
export class VisiblePostCount1796027596644 implements MigrationInterface {
  name = 'VisiblePostCount1796027596644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "threads" ADD "visible_post_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "threads" t SET "visible_post_count" = c.n
         FROM (SELECT thread_id, count(*)::int AS n FROM "posts" WHERE status = 'visible' GROUP BY thread_id) c
        WHERE c.thread_id = t.id`,
    );
    await queryRunner.query(`ALTER TABLE "posts" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "posts" SET "published_at" = "created_at" WHERE status = 'visible'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "published_at"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "visible_post_count"`);
  }
}
