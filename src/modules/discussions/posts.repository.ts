import type { Queryable } from '../../database/sql.js';
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

  /** How many of an author's posts were ever published, counting up to `cap` (pre-moderation). */
  static async publishedCount(db: Queryable, authorId: string, cap: number): Promise<number> {
    const rows = (await db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM posts WHERE author_id = $1 AND published_at IS NOT NULL LIMIT $2) p`,
      [authorId, cap],
    )) as Array<{ n: number }>;
    return rows[0]?.n ?? 0;
  }
}
