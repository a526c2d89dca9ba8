import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook secrets are stored encrypted (`v1:<iv>:<tag>:<ciphertext>`, longer
 * than the plain `whsec_…`). The app encrypts rows still in plain text at boot
 * (it holds the key; a migration does not).
 */
export class WebhookSecretLength1796033400000 implements MigrationInterface {
  name = 'WebhookSecretLength1796033400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhooks" ALTER COLUMN "secret" TYPE character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhooks" ALTER COLUMN "secret" TYPE character varying(100)`);
  }
}
