import type { Queryable } from '../../database/sql.js';
import type { RevokedReason } from './entities/refresh-token.entity.js';

/** Revokes the rows an UPDATE matches, recording the reason ($2) on those not revoked already. */
export const REVOKE = `revoked_reason = CASE WHEN revoked_at IS NULL THEN $2 ELSE revoked_reason END,
  revoked_at = coalesce(revoked_at, now())`;

/**
 * Writes on a user's sessions (refresh tokens), reset tokens, outside identities
 * and second factor made on behalf of other modules, in their transaction: a
 * ban revokes the sessions, an erasure deletes everything.
 */
export class SessionsRepository {
  /** Revokes every refresh token of the user (except one family: the session that changed the password). */
  static async revokeAll(
    db: Queryable,
    userId: string,
    reason: RevokedReason,
    exceptFamilyId: string | null = null,
  ): Promise<void> {
    await db.query(
      `UPDATE refresh_tokens SET ${REVOKE} WHERE user_id = $1 AND ($3::uuid IS NULL OR family_id <> $3::uuid)`,
      [userId, reason, exceptFamilyId],
    );
  }

  /**
   * Erasure: every refresh and password-reset token goes, and the outside
   * identities (SSO, OIDC) and the second factor too: the person may come back afresh.
   */
  static async deleteAll(db: Queryable, userId: string): Promise<void> {
    await db.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [userId]);
    await db.query(`DELETE FROM password_reset_tokens WHERE user_id = $1`, [userId]);
    await db.query(`DELETE FROM user_identities WHERE user_id = $1`, [userId]);
    await db.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    await db.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [userId]);
  }
}
