import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time tickets for the per-user event stream (GET /api/me/events?ticket=), stored hashed. */
export class EventTickets1796029303969 implements MigrationInterface {
  name = 'EventTickets1796029303969';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_tickets" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45b8ae171f78962c172f0d9cae3" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_02036ff551a0424e0deedcd36a" ON "event_tickets" ("expires_at")`);
    await queryRunner.query(
      `ALTER TABLE "event_tickets" ADD CONSTRAINT "FK_24b12f15b4968a29e145ab3518b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_tickets"`);
  }
}
