import type { AccountStatus, Role } from '../../common/auth/decorators.js';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRows, type Queryable } from '../../database/sql.js';
import { User } from './entities/user.entity.js';

/** An account's sanction: status, end of a suspension, and the reason shown to the user. */
export interface Sanction {
  status: AccountStatus;
  suspendedUntil: Date | null;
  sanctionReason: string | null;
}

/**
 * The writes of the `users` table (its owner: one table, one module). Other
 * modules call these with their transaction's manager, so the change commits
 * with their audit entry; the policy (who may) stays with the caller.
 */
export class UsersRepository {
  static async setRole(db: Queryable, userId: string, role: Role): Promise<void> {
    await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [userId, role]);
  }

  static async setSanction(db: Queryable, userId: string, sanction: Sanction): Promise<void> {
    await db.query(`UPDATE users SET status = $2, suspended_until = $3, sanction_reason = $4 WHERE id = $1`, [
      userId,
      sanction.status,
      sanction.suspendedUntil,
      sanction.sanctionReason,
    ]);
  }

  /** Sets the password of a live (not erased) account. */
  /** The address was proven (the verification link); the first proof's time is kept. */
  static async markEmailVerified(db: Queryable, userId: string): Promise<void> {
    await db.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1 AND anonymized_at IS NULL`,
      [userId],
    );
  }

  static async setPasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
    await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1 AND anonymized_at IS NULL`, [
      userId,
      passwordHash,
    ]);
  }

  /** Usernames and display names of the live staff accounts (whose names readers may not take), but `exceptId`'s. */
  static async staffNames(
    db: Queryable,
    exceptId: string | null,
  ): Promise<Array<{ username: string | null; displayName: string | null }>> {
    return sqlRows(
      db,
      `SELECT username::text AS "username", display_name AS "displayName" FROM users
        WHERE role <> 'reader' AND anonymized_at IS NULL AND id IS DISTINCT FROM $1::uuid`,
      [exceptId],
    );
  }

  /** Display name and bio (only the fields given). */
  static async updateProfile(
    manager: EntityManager,
    userId: string,
    changes: { displayName?: string; bio?: string },
  ): Promise<void> {
    if (Object.keys(changes).length > 0) await manager.update(User, { id: userId }, changes);
  }

  /**
   * Last seen, at most once per call site's resolution. SKIP LOCKED: when a
   * transaction holds the user's row (an admin changing roles, say), last-seen
   * waits for the next request rather than parking a pool connection on the lock.
   */
  static async touchLastSeen(db: Queryable, userId: string): Promise<void> {
    await db.query(
      `UPDATE users SET last_seen_at = now()
        WHERE id = (SELECT id FROM users WHERE id = $1 FOR UPDATE SKIP LOCKED)`,
      [userId],
    );
  }

  /** Wipes what identifies the account; 0 when it was already erased. */
  static anonymize(db: Queryable, userId: string): Promise<number> {
    return sqlAffected(
      db,
      `UPDATE users SET username = NULL, email = NULL, display_name = NULL, bio = '', password_hash = NULL,
              status = 'banned', sanction_reason = NULL, anonymized_at = now()
        WHERE id = $1 AND anonymized_at IS NULL`,
      [userId],
    );
  }

  /**
   * The step of a one-statement write (a CTE member) that counts one more post
   * for the author `$author` when `condition` holds: the reply's single
   * statement (discussions/posts.sql.ts) composes it.
   */
  static postCountStep(author: string, condition: string): string {
    return `UPDATE users SET post_count = post_count + 1 WHERE id = ${author} AND ${condition}`;
  }

  /**
   * The CTE step of a bulk write (an import) that counts, for each author of the
   * rows of `rows` (a CTE with an `author_id` column), as many more posts.
   */
  static postCountsStep(rows: string): string {
    return `UPDATE users u SET post_count = u.post_count + c.n
              FROM (SELECT author_id, count(*) AS n FROM ${rows} WHERE author_id IS NOT NULL GROUP BY author_id) c
             WHERE u.id = c.author_id`;
  }
}
