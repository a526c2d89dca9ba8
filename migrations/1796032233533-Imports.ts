import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports of old discussions: the posts made (by source and external id) and the placeholder authors. */
export class Imports1796032233533 implements MigrationInterface {
  name = 'Imports1796032233533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "imported_posts" ("source" character varying(32) NOT NULL, "external_id" character varying(200) NOT NULL, "post_id" uuid NOT NULL, CONSTRAINT "PK_ae9bc2ba06b972f05b20aae3415" PRIMARY KEY ("source", "external_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_authors" ("source" character varying(32) NOT NULL, "author_key" character varying(400) NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7a4f04eea78fe3d3f198539ac37" PRIMARY KEY ("source", "author_key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "imported_posts" ADD CONSTRAINT "FK_04c13536d54e87cfffb34d5f4dc" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_authors" ADD CONSTRAINT "FK_aae96de1858e0361fe95df37e6f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_authors" DROP CONSTRAINT "FK_aae96de1858e0361fe95df37e6f"`);
    await queryRunner.query(`ALTER TABLE "imported_posts" DROP CONSTRAINT "FK_04c13536d54e87cfffb34d5f4dc"`);
    await queryRunner.query(`DROP TABLE "import_authors"`);
    await queryRunner.query(`DROP TABLE "imported_posts"`);
  }
}
