import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readers who hear back (#18): what each notification's mail gathers it with
 * (mail_key: its thread, or its error report) and when it was mailed; e-mail
 * verification (users.email_verified_at and one-time tokens). Accounts that
 * existed before count as verified: they were never asked.
 */
export class ReaderMail1796032767558 implements MigrationInterface {
  name = 'ReaderMail1796032767558';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_verification_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_c20ed35f3d31d486aabcd0564da" UNIQUE ("token_hash"), CONSTRAINT "PK_417a095bbed21c2369a6a01ab9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdcb77f72f529bf65c95d72a14" ON "email_verification_tokens"  ("user_id")`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "mail_key" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "mailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "notifications_mail_idx" ON "notifications"  ("user_id", "mail_key", "mailed_at") WHERE mail_key IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "FK_fdcb77f72f529bf65c95d72a147" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_verification_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_mail_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "mailed_at"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "mail_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
