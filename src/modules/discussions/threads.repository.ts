import type { Queryable } from '../../database/sql.js';
import type { ThreadStatus } from './entities/thread.entity.js';

/**
 * Writes of the `threads` table made on behalf of other modules, inside their
 * transaction: an article's thread is born with it; moderators lock and unlock.
 * (A new post's counter is part of the reply's one statement: posts.sql.ts.)
 */
/**
 * When an article's discussion closes: its own `discussion_closes_at`, else
 * THREAD_AUTO_CLOSE_DAYS after publication, else never (NULL). `days` is a
 * validated integer from the configuration, inlined as a literal.
 */
export function closesAtSql(article: string, days: number): string {
  const fallback = days > 0 ? `${article}.published_at + interval '${Math.trunc(days)} days'` : 'NULL::timestamptz';
  return `coalesce(${article}.discussion_closes_at, ${fallback})`;
}

/** A thread's status as readers see it: locked once its closing time has passed, even before the scheduled job. */
export function threadStatusSql(thread: string, article: string, days: number): string {
  return `CASE WHEN ${thread}.status = 'open' AND ${closesAtSql(article, days)} <= now() THEN 'locked' ELSE ${thread}.status END`;
}

export class ThreadsRepository {
  /** The one thread of a new article. */
  static async create(db: Queryable, articleId: string): Promise<void> {
    await db.query(`INSERT INTO threads (article_id) VALUES ($1)`, [articleId]);
  }

  /**
   * Locks every open thread whose discussion closing time has passed (the
   * scheduled auto-close); returns their ids, for the `thread.locked` events.
   */
  static async lockDue(db: Queryable, autoCloseDays: number): Promise<string[]> {
    const rows = (await db.query(
      `UPDATE threads t SET status = 'locked' FROM articles a
        WHERE a.id = t.article_id AND t.status = 'open' AND ${closesAtSql('a', autoCloseDays)} <= now()
        RETURNING t.id`,
    )) as [Array<{ id: string }>, number];
    return rows[0].map((row) => row.id);
  }

  static async setStatus(db: Queryable, threadId: string, status: ThreadStatus): Promise<void> {
    await db.query(`UPDATE threads SET status = $2 WHERE id = $1`, [threadId, status]);
  }
}
