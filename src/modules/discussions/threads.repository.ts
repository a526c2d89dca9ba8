import type { Queryable } from '../../database/sql.js';
import type { ThreadStatus } from './entities/thread.entity.js';

/**
 * Writes of the `threads` table made on behalf of other modules, inside their
 * transaction: an article's thread is born with it; moderators lock and unlock.
 * (A new post's counter is part of the reply's one statement: posts.sql.ts.)
 */
export class ThreadsRepository {
  /** The one thread of a new article. */
  static async create(db: Queryable, articleId: string): Promise<void> {
    await db.query(`INSERT INTO threads (article_id) VALUES ($1)`, [articleId]);
  }

  static async setStatus(db: Queryable, threadId: string, status: ThreadStatus): Promise<void> {
    await db.query(`UPDATE threads SET status = $2 WHERE id = $1`, [threadId, status]);
  }
}
