import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a refresh token was revoked (sign-out, password reset or change, ban, reuse of
 * a token of its family), so that presenting it later says what happened instead of
 * "already used". Tokens revoked before this migration have no reason.
 */
export class RefreshTokenRevokedReason1796028185442 implements MigrationInterface {
  name = 'RefreshTokenRevokedReason1796028185442';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "revoked_reason" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_revoked_reason_check" CHECK (revoked_reason IN ('logout', 'password_reset', 'password_change', 'ban', 'reuse'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_revoked_reason_check"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "revoked_reason"`);
  }
}
