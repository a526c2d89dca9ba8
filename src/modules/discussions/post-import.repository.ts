import { sqlRows, type Queryable } from '../../database/sql.js';
import { UsersRepository } from '../users/users.repository.js';

/**
 * New posts of one thread ($1 staged id, $2 source, $3 thread): numbered after
 * the thread's counter in date order, counted in the thread and on each
 * author, recorded in imported_posts. The counter UPDATE locks the thread row,
 * so live posts meanwhile take the numbers after.
 */
const MERGE_SQL = `
  WITH fresh AS MATERIALIZED (
         SELECT p.*, gen_random_uuid() AS post_id,
                row_number() OVER (ORDER BY p.created_at, p.external_id) AS n
           FROM import_posts p
          WHERE p.thread_external_id = $1 AND p.skip IS NULL
            AND NOT EXISTS (SELECT 1 FROM imported_posts i WHERE i.source = $2 AND i.external_id = p.external_id)),
       counter AS (
         UPDATE threads SET post_count = post_count + (SELECT count(*) FROM fresh),
                visible_post_count = visible_post_count + (SELECT count(*) FROM fresh),
                last_post_at = greatest(last_post_at, (SELECT max(created_at) FROM fresh))
          WHERE id = $3 RETURNING post_count - (SELECT count(*) FROM fresh) AS base),
       inserted AS (
         INSERT INTO posts (id, thread_id, number, author_id, body, html, status, published_at, created_at)
         SELECT f.post_id, $3, counter.base + f.n, a.user_id, f.body, f.html, 'visible', f.created_at, f.created_at
           FROM fresh f CROSS JOIN counter
           LEFT JOIN import_authors a ON a.source = $2 AND a.author_key = f.author_key
         RETURNING author_id),
       recorded AS (
         INSERT INTO imported_posts (source, external_id, post_id) SELECT $2, f.external_id, f.post_id FROM fresh f),
       authors AS (${UsersRepository.postCountsStep('inserted')})
  SELECT count(*)::int AS inserted FROM inserted`;

/** Replies of this thread's imported posts point at their parents, when the parent was imported in the same thread. */
const LINK_REPLIES_SQL = `
  UPDATE posts child SET reply_to_id = parent.id
    FROM import_posts s
    JOIN imported_posts ic ON ic.source = $2 AND ic.external_id = s.external_id
    JOIN imported_posts ip ON ip.source = $2 AND ip.external_id = s.parent_external_id
    JOIN posts parent ON parent.id = ip.post_id AND parent.thread_id = $3
   WHERE s.thread_external_id = $1 AND s.parent_external_id IS NOT NULL
     AND child.id = ic.post_id AND child.reply_to_id IS NULL`;

/**
 * Bulk writes of an import (modules/imports): it stages the export in the
 * temporary table `import_posts` on the connection it passes here, and maps
 * authors in `import_authors`; the posts and threads stay this module's to write.
 */
export class PostImportRepository {
  /** Merges one staged thread into `threadId`; returns how many posts it added. Run it in a transaction. */
  static async mergeThread(db: Queryable, source: string, stagedThreadId: string, threadId: string): Promise<number> {
    const parameters = [stagedThreadId, source, threadId];
    const [{ inserted }] = await sqlRows<{ inserted: number }>(db, MERGE_SQL, parameters);
    await db.query(LINK_REPLIES_SQL, parameters);
    return inserted;
  }
}
