import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation in depth: staff notes about a user, pre-moderation aimed at one
 * user, and the live queue. Every write to moderation_items — whichever module
 * and code path makes it — NOTIFYs `tribune_moderation_events` from a trigger,
 * inside the writing transaction, so the moderators' stream hears exactly the
 * committed changes and nothing else.
 */
export class ModerationInDepth1796029649359 implements MigrationInterface {
  name = 'ModerationInDepth1796029649359';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "author_id" uuid, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6cd579b582af97475256da96fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_notes_user_idx" ON "user_notes" ("user_id", "created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "user_premoderations" ("user_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE, "reason" character varying(500) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fda70d93d815790ed779c33479" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_notes" ADD CONSTRAINT "FK_d2a9cb672e3701a1f2692c034a4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_notes" ADD CONSTRAINT "FK_64797819d58610898254375f806" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_premoderations" ADD CONSTRAINT "FK_3fda70d93d815790ed779c33479" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_premoderations" ADD CONSTRAINT "FK_84554fe4707d2fa320fcfad7c17" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION tribune_notify_moderation_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tribune_moderation_events', json_build_object(
          'type', CASE
            WHEN TG_OP = 'INSERT' THEN 'queue.item.created'
            WHEN NEW.status = 'resolved' AND OLD.status = 'open' THEN 'queue.item.resolved'
            ELSE 'queue.item.updated' END,
          'data', json_build_object('id', NEW.id, 'kind', NEW.kind, 'status', NEW.status,
                                    'subjectType', NEW.subject_type, 'subjectId', NEW.subject_id,
                                    'version', NEW.version, 'resolution', NEW.resolution,
                                    'claimedById', NEW.claimed_by_id))::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER moderation_items_notify AFTER INSERT OR UPDATE ON moderation_items
       FOR EACH ROW EXECUTE FUNCTION tribune_notify_moderation_item()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER moderation_items_notify ON moderation_items`);
    await queryRunner.query(`DROP FUNCTION tribune_notify_moderation_item()`);
    await queryRunner.query(`DROP TABLE "user_premoderations"`);
    await queryRunner.query(`DROP TABLE "user_notes"`);
  }
}
