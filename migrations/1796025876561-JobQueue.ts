import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Installs pg-boss's tables in their own schema `pgboss` (pg-boss's construction
 * plan, schema version 24 for pg-boss 10.4), so that the job queue exists before
 * the first instance starts and every test database cloned from the template has
 * it. Later pg-boss versions migrate their schema themselves at boot.
 *
 * The plan carries its own BEGIN/COMMIT and advisory lock: it runs outside the
 * migration's transaction, and is skipped where pg-boss is already installed.
 */
export class JobQueue1796025876561 implements MigrationInterface {
  name = 'JobQueue1796025876561';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ installed }] = (await queryRunner.query(
      `SELECT to_regclass('pgboss.version') IS NOT NULL AS installed`,
    )) as Array<{ installed: boolean }>;
    if (!installed) await queryRunner.query(PgBoss.getConstructionPlans('pgboss'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  }
}
