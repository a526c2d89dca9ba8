import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newsroom's systems (#17): an article's CMS id (unique: two simultaneous syncs
 * make one article) and URL, its own discussion closing time, the text of every
 * revision, whether an error report's quote is still in the text, and articles
 * without a Tribune author (created by the CMS through a service key).
 */
export class NewsroomArticles1796026387868 implements MigrationInterface {
  name = 'NewsroomArticles1796026387868';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article_revisions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "article_id" uuid NOT NULL, "revision" integer NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(2000) NOT NULL, "body" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5a3375569c46d93baa9fe4bfe4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3773578625fcc929140e5a361b" ON "article_revisions"  ("article_id", "revision") `,
    );
    await queryRunner.query(`ALTER TABLE "articles" ADD "external_id" character varying(200)`);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "UQ_9c1ca42c1305cb6444a9c2acc45" UNIQUE ("external_id")`,
    );
    await queryRunner.query(`ALTER TABLE "articles" ADD "url" character varying(2000)`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "discussion_closes_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "error_reports" ADD "quote_found" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_6515da4dff8db423ce4eb841490"`);
    await queryRunner.query(`ALTER TABLE "articles" ALTER COLUMN "author_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_143e4ae40220e82a7829dee20e" ON "articles"  ("url") `);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_6515da4dff8db423ce4eb841490" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_revisions" ADD CONSTRAINT "FK_d710c0a22d74814285c06f8994d" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article_revisions" DROP CONSTRAINT "FK_d710c0a22d74814285c06f8994d"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_6515da4dff8db423ce4eb841490"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_143e4ae40220e82a7829dee20e"`);
    await queryRunner.query(`ALTER TABLE "articles" ALTER COLUMN "author_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_6515da4dff8db423ce4eb841490" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "error_reports" DROP COLUMN "quote_found"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "discussion_closes_at"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "url"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "UQ_9c1ca42c1305cb6444a9c2acc45"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3773578625fcc929140e5a361b"`);
    await queryRunner.query(`DROP TABLE "article_revisions"`);
  }
}
