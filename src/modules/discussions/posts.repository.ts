import { sqlRows, type Queryable } from '../../database/sql.js';
import type { PostStatus } from './entities/post.entity.js';

/** +1 when a post becomes visible, -1 when it stops being visible, else 0. */
export function visibleDelta(from: PostStatus | null, to: PostStatus): number {
  return (to === 'visible' ? 1 : 0) - (from === 'visible' ? 1 : 0);
}

/**
 * The writes that change a post's status. The thread's public comment count
 * (`threads.visible_post_count`) changes in the SAME statement as the post row,
 * and `published_at` is set the first time a post becomes visible. Callers
 * hold the post row's lock (`FOR UPDATE`, or an earlier UPDATE in their
 * transaction), so `from` is exact and concurrent changes never double-count.
 */
export class PostsRepository {
  /**
   * A column expression: the publication time of the article of the post row
   * `alias` (its thread's article). Every route reaching a post checks it with
   * `canSeePublication`, so an embargoed article's posts are 404 like the article.
   */
  static articlePublishedAtSql(alias: string): string {
    return `(SELECT a.published_at FROM threads th JOIN articles a ON a.id = th.article_id WHERE th.id = ${alias}.thread_id)`;
  }

  /**
   * `UPDATE posts SET status = to, <assignments> WHERE id = postId`, plus the
   * thread's count. `assignments` use parameters from $3 on (`extra`).
   */
  static async changeStatus(
    db: Queryable,
    postId: string,
    from: PostStatus,
    to: PostStatus,
    assignments = '',
    extra: unknown[] = [],
  ): Promise<void> {
    const delta = visibleDelta(from, to);
    const published = to === 'visible' ? `, published_at = coalesce(published_at, now())` : '';
    const set = `status = $2${published}${assignments ? `, ${assignments}` : ''}`;
    const deltaParam = `$${extra.length + 3}`;
    await db.query(
      `WITH changed AS (UPDATE posts SET ${set} WHERE id = $1 RETURNING thread_id)
       UPDATE threads t SET visible_post_count = t.visible_post_count + ${deltaParam}::int
         FROM changed WHERE t.id = changed.thread_id AND ${deltaParam}::int <> 0`,
      [postId, to, ...extra, delta],
    );
  }

  /**
   * Counts one more flag (`UPDATE … RETURNING`, which takes the row lock that
   * serialises concurrent flaggers); null when the post is gone.
   */
  static async countFlag(
    db: Queryable,
    postId: string,
  ): Promise<{ flag_count: number; status: string; thread_id: string; number: number } | null> {
    const [counted] = await sqlRows<{ flag_count: number; status: string; thread_id: string; number: number }>(
      db,
      `UPDATE posts SET flag_count = flag_count + 1 WHERE id = $1 RETURNING flag_count, status, thread_id, number`,
      [postId],
    );
    return counted ?? null;
  }

  /** How many of an author's posts were ever published, counting up to `cap` (pre-moderation). */
  static async publishedCount(db: Queryable, authorId: string, cap: number): Promise<number> {
    const rows = (await db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM posts WHERE author_id = $1 AND published_at IS NOT NULL LIMIT $2) p`,
      [authorId, cap],
    )) as Array<{ n: number }>;
    return rows[0]?.n ?? 0;
  }
}
