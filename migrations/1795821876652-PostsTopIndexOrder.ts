import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The "top" order of a thread is `score DESC, number ASC`. The index was
 * (thread_id, score, number): read backwards it gives `score DESC, number
 * DESC`, so every top page needed an (incremental) sort, and a deep top page
 * filtered its way through every better-scored post. With the directions of
 * the query, a top page is a plain index range scan. TypeORM cannot express
 * column directions, so the entity marks this index `synchronize: false`.
 */
export class PostsTopIndexOrder1795821876652 implements MigrationInterface {
  name = 'PostsTopIndexOrder1795821876652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."posts_thread_top_idx"`);
    await queryRunner.query(`CREATE INDEX "posts_thread_top_idx" ON "posts" ("thread_id", "score" DESC, "number" ASC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."posts_thread_top_idx"`);
    await queryRunner.query(`CREATE INDEX "posts_thread_top_idx" ON "posts" ("thread_id", "score", "number")`);
  }
}
