import { Injectable } from '@nestjs/common';
import { sqlRows, type Queryable } from '../../database/sql.js';
import { articleSubjectFilter } from './moderation-queue.repository.js';

export interface ContextUserRow {
  id: string;
  username: string | null;
  display_name: string | null;
  role: string;
  status: string;
  suspended_until: Date | null;
  sanction_reason: string | null;
  created_at: Date;
}

export interface ContextCountsRow {
  posts: number;
  visible: number;
  pending: number;
  hidden: number;
  deleted: number;
  rejected: number;
  flags_received: number;
}

export interface ContextPostRow {
  id: string;
  thread_id: string;
  number: number;
  status: string;
  body: string;
  created_at: Date;
  slug: string;
  title: string;
}

export interface NoteRow {
  id: string;
  body: string;
  created_at: Date;
  author_username: string | null;
}

export interface SanctionRow {
  action: string;
  reason: string | null;
  created_at: Date;
  actor_username: string | null;
  after: Record<string, unknown> | null;
}

export interface PremoderationRow {
  until: Date | null;
  reason: string;
  created_at: Date;
}

export interface UserSearchRow {
  id: string;
  username: string;
  display_name: string | null;
  role: string;
  status: string;
}

/** SQL of a user's moderation context, staff notes and targeted pre-moderation (tables owned here). */
@Injectable()
export class UserContextRepository {
  async user(db: Queryable, id: string): Promise<ContextUserRow | null> {
    const [row] = await sqlRows<ContextUserRow>(
      db,
      `SELECT id, username::text AS username, display_name, role, status, suspended_until, sanction_reason, created_at
         FROM users WHERE id = $1 AND anonymized_at IS NULL`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Accounts whose username or display name contains `pattern` (a LIKE pattern, lower case),
   * by username (ignoring case); erased accounts never match. The expressions are those of the trigram
   * indexes (migration AdminUserSearchTrigram). One row more than `limit` tells of a next page.
   */
  async search(db: Queryable, pattern: string, limit: number, after: string | null): Promise<UserSearchRow[]> {
    return sqlRows<UserSearchRow>(
      db,
      `SELECT u.id, u.username::text AS username, u.display_name, u.role,
              CASE WHEN u.status = 'suspended' AND u.suspended_until <= now() THEN 'active' ELSE u.status END AS status
         FROM users u
        WHERE u.anonymized_at IS NULL
          AND (lower(u.username::text) LIKE $1 OR lower(u.display_name) LIKE $1)
          AND ($3::text IS NULL OR lower(u.username::text) > $3)
        ORDER BY lower(u.username::text)
        LIMIT $2`,
      [pattern, limit + 1, after],
    );
  }

  async counts(db: Queryable, userId: string): Promise<ContextCountsRow> {
    const [row] = await sqlRows<ContextCountsRow>(
      db,
      `SELECT count(*)::int AS posts,
              count(*) FILTER (WHERE p.status = 'visible')::int AS visible,
              count(*) FILTER (WHERE p.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE p.status = 'hidden')::int AS hidden,
              count(*) FILTER (WHERE p.status = 'deleted')::int AS deleted,
              (SELECT count(*)::int FROM moderation_items mi JOIN posts rp ON rp.id = mi.subject_id
                WHERE mi.subject_type = 'post' AND mi.resolution = 'rejected' AND rp.author_id = $1) AS rejected,
              (SELECT count(*)::int FROM post_flags f JOIN posts fp ON fp.id = f.post_id WHERE fp.author_id = $1) AS flags_received
         FROM posts p WHERE p.author_id = $1`,
      [userId],
    );
    return row;
  }

  lastPosts(db: Queryable, userId: string, limit: number): Promise<ContextPostRow[]> {
    return sqlRows<ContextPostRow>(
      db,
      `SELECT p.id, p.thread_id, p.number, p.status, p.body, p.created_at, a.slug, a.title
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN articles a ON a.id = t.article_id
        WHERE p.author_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  notes(db: Queryable, userId: string): Promise<NoteRow[]> {
    return sqlRows<NoteRow>(
      db,
      `SELECT n.id, n.body, n.created_at, u.username::text AS author_username
         FROM user_notes n LEFT JOIN users u ON u.id = n.author_id
        WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 100`,
      [userId],
    );
  }

  /** Suspensions, bans and pre-moderations from the audit log, newest first. */
  sanctions(db: Queryable, userId: string): Promise<SanctionRow[]> {
    return sqlRows<SanctionRow>(
      db,
      `SELECT l.action, l.reason, l.created_at, u.username::text AS actor_username, l.after
         FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
        WHERE l.target_type = 'user' AND l.target_id = $1::text
          AND l.action IN ('user.suspend', 'user.unsuspend', 'user.ban', 'user.unban', 'user.premoderate', 'user.unpremoderate')
        ORDER BY l.created_at DESC LIMIT 50`,
      [userId],
    );
  }

  async premoderation(db: Queryable, userId: string): Promise<PremoderationRow | null> {
    const [row] = await sqlRows<PremoderationRow>(
      db,
      `SELECT until, reason, created_at FROM user_premoderations
        WHERE user_id = $1 AND (until IS NULL OR until > now())`,
      [userId],
    );
    return row ?? null;
  }

  async insertNote(
    db: Queryable,
    userId: string,
    authorId: string,
    body: string,
  ): Promise<{ id: string; created_at: Date }> {
    const [row] = await sqlRows<{ id: string; created_at: Date }>(
      db,
      `INSERT INTO user_notes (user_id, author_id, body) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [userId, authorId, body],
    );
    return row;
  }

  /** Sets (or replaces) a user's pre-moderation; one row per user. */
  async upsertPremoderation(
    db: Queryable,
    userId: string,
    until: Date | null,
    reason: string,
    by: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO user_premoderations (user_id, until, reason, created_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET until = EXCLUDED.until, reason = EXCLUDED.reason,
         created_by_id = EXCLUDED.created_by_id, created_at = now()`,
      [userId, until, reason, by],
    );
  }

  /** Lifts it; false when none was in force. */
  async deletePremoderation(db: Queryable, userId: string): Promise<boolean> {
    const rows = await sqlRows<{ user_id: string }>(
      db,
      `DELETE FROM user_premoderations WHERE user_id = $1 AND (until IS NULL OR until > now()) RETURNING user_id`,
      [userId],
    );
    return rows.length > 0;
  }

  /**
   * Open queue items per kind; only those about one article when `article` (a slug) is given.
   * `own`: of those, the appeals against a decision `viewerId` took (0 for other kinds, and without a viewer).
   */
  openCounts(
    db: Queryable,
    article: string | null,
    viewerId: string | null,
  ): Promise<Array<{ kind: string; n: number; own: number }>> {
    return sqlRows<{ kind: string; n: number; own: number }>(
      db,
      `SELECT mi.kind, count(*)::int AS n,
              count(*) FILTER (WHERE mi.kind = 'appeal' AND mi.reasons -> 'appeal' ->> 'decidedById' = $2)::int AS own
         FROM moderation_items mi
        WHERE mi.status = 'open' AND ${articleSubjectFilter('$1')}
        GROUP BY mi.kind`,
      [article, viewerId],
    );
  }
}
