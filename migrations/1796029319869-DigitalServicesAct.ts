import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Digital Services Act chain: notices of illegal content (art. 16),
 * statements of reasons for every restriction of a post (art. 17), internal
 * appeals, one per decision (art. 20, a unique index), and the two queue kinds
 * that bring notices and appeals to the moderators.
 */
export class DigitalServicesAct1796029319869 implements MigrationInterface {
  name = 'DigitalServicesAct1796029319869';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "moderation_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "author_id" uuid, "action" character varying(16) NOT NULL, "ground" character varying(200) NOT NULL, "explanation" character varying(2000) NOT NULL, "source" character varying(16) NOT NULL, "automated" boolean NOT NULL DEFAULT false, "decided_by_id" uuid, "review_opened_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_decisions_source_check" CHECK (source IN ('flag', 'notice', 'watched_word', 'premoderation', 'automated', 'moderator')), CONSTRAINT "moderation_decisions_action_check" CHECK (action IN ('hide', 'reject')), CONSTRAINT "PK_2e82d086a52c4233bcb60bc5b67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "moderation_decisions_created_idx" ON "moderation_decisions" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "moderation_decisions_post_idx" ON "moderation_decisions" ("post_id")`);
    await queryRunner.query(
      `CREATE INDEX "moderation_decisions_author_idx" ON "moderation_decisions" ("author_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "author_id" uuid NOT NULL, "explanation" character varying(5000) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "decided_by_id" uuid, "note" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "appeals_status_check" CHECK (status IN ('open', 'upheld', 'reversed')), CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "appeals_created_idx" ON "appeals" ("created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "appeals_decision_key" ON "appeals" ("decision_id")`);
    await queryRunner.query(
      `CREATE TABLE "dsa_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "legal_ground" character varying(200) NOT NULL, "explanation" character varying(5000) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(100), "notifier_id" uuid, "locale" character varying(2) NOT NULL DEFAULT 'fr', "status" character varying(16) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "dsa_notices_status_check" CHECK (status IN ('open', 'actioned', 'dismissed')), CONSTRAINT "PK_3f3238f0a727fcf4bdcf81aae51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "dsa_notices_created_idx" ON "dsa_notices" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "dsa_notices_post_idx" ON "dsa_notices" ("post_id", "status")`);
    const foreignKeys: Array<[string, string, string, string, string]> = [
      ['moderation_decisions', 'FK_25dc76a7fd323c8a452cffc7de0', 'post_id', 'posts', 'CASCADE'],
      ['moderation_decisions', 'FK_8619772aacc72bc8250d08afd28', 'author_id', 'users', 'SET NULL'],
      ['moderation_decisions', 'FK_992a0ddbb74060b9e222c21ae91', 'decided_by_id', 'users', 'SET NULL'],
      ['appeals', 'FK_b36e9e2da1ff38fd52fb625bb03', 'decision_id', 'moderation_decisions', 'CASCADE'],
      ['appeals', 'FK_f57fd2d346f81bea1995b351969', 'author_id', 'users', 'CASCADE'],
      ['appeals', 'FK_f36954fb798e20e38a12edb108b', 'decided_by_id', 'users', 'SET NULL'],
      ['dsa_notices', 'FK_9e8f97c38a7a338b06eb1284cca', 'post_id', 'posts', 'CASCADE'],
      ['dsa_notices', 'FK_66f8f3b61eb047d1061489a683f', 'notifier_id', 'users', 'SET NULL'],
    ];
    for (const [table, name, column, target, onDelete] of foreignKeys) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "moderation_items_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_kind_check" CHECK (kind IN ('flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "moderation_items" WHERE kind IN ('dsa_notice', 'appeal')`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "moderation_items_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_kind_check" CHECK (kind IN ('flagged', 'pending', 'error_report'))`,
    );
    await queryRunner.query(`DROP TABLE "appeals"`);
    await queryRunner.query(`DROP TABLE "moderation_decisions"`);
    await queryRunner.query(`DROP TABLE "dsa_notices"`);
  }
}
