import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replayable log of thread events (SSE `id:` and `Last-Event-ID`): one row per
 * event, written with its NOTIFY, pruned after 10 minutes by every instance.
 */
export class ThreadEvents1796032073757 implements MigrationInterface {
  name = 'ThreadEvents1796032073757';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "thread_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "thread_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dfc179cc7020eaf23f075d2a0a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "thread_events_created_idx" ON "thread_events"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "thread_events_thread_idx" ON "thread_events"  ("thread_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."thread_events_thread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."thread_events_created_idx"`);
    await queryRunner.query(`DROP TABLE "thread_events"`);
  }
}
