import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on: outside identities linked to accounts by (issuer, subject),
 * the SSO token ids already used (primary key = single use), and the mark of
 * accounts created by an import.
 */
export class SsoIdentities1796026043854 implements MigrationInterface {
  name = 'SsoIdentities1796026043854';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_token_uses" ("issuer" character varying(255) NOT NULL, "jti" character varying(255) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c68170e9119ac516b4ff3bebc1d" PRIMARY KEY ("issuer", "jti"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d6ac2f4495625c934f2ca4fc0a" ON "sso_token_uses"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "user_identities" ("issuer" character varying(255) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "email" citext, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_30e43d5623aba16f806fc50cb99" PRIMARY KEY ("issuer", "subject"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf5fe01eb8cad7114b4c371cdc" ON "user_identities"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "imported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "user_identities" ADD CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "imported"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf5fe01eb8cad7114b4c371cdc"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6ac2f4495625c934f2ca4fc0a"`);
    await queryRunner.query(`DROP TABLE "sso_token_uses"`);
  }
}
