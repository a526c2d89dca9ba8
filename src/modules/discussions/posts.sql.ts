import { closesAtSql } from './threads.repository.js';
import { publishInStatement, THREAD_EVENTS_CHANNEL } from '../../platform/realtime/realtime.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { postSelect } from './posts.mapper.js';

/**
 * The SQL of a new post, in one file so that the benchmark's bare server
 * (bench/bare-server.ts) runs the very statements Tribune runs.
 */

/**
 * Before a new post: the thread's existence, lock state and article's publication
 * time, and the replied-to post ($2, or null) wherever it is (its thread and status
 * decide between 404, 422 and a reply).
 */
export const CREATE_POST_PRECHECK_SQL = `SELECT t.status, a.published_at AS article_published_at,
       r.id AS reply_id, r.thread_id AS reply_thread_id, r.status AS reply_status, r.author_id AS reply_author_id
  FROM threads t JOIN articles a ON a.id = t.article_id LEFT JOIN posts r ON r.id = $2::uuid
 WHERE t.id = $1`;

/**
 * The write of a new post as ONE statement: the thread's counter (`UPDATE …
 * RETURNING` under the thread row's lock, so concurrent posts get 1, 2, 3 … with
 * no gap and no duplicate; no row when the thread is not open) and, for a
 * visible post, its public comment count (`visible_post_count`), the post row,
 * the author's counter, and for a visible post the live event (stored for replay and
 * NOTIFYed, both transactional: delivered only on commit). Returns the post joined as for
 * responses (postSelect over the inserted row), or no row when the thread is locked.
 * Exported so the benchmark's bare server runs the very same SQL.
 */
export function createPostStatement(post: {
  threadId: string;
  authorId: string;
  body: string;
  html: string;
  replyToId: string | null;
  status: 'visible' | 'pending';
  /** THREAD_AUTO_CLOSE_DAYS: the numbering refuses a thread past its closing time, in the same statement. */
  autoCloseDays: number;
}): { sql: string; parameters: unknown[] } {
  // What RealtimeService.publish would store and send: {id, threadId, type, data: {id, number, status}}.
  const event =
    post.status === 'visible'
      ? publishInStatement(
          'inserted',
          'post.created',
          `jsonb_build_object('id', id, 'number', number, 'status', status)`,
          '$7',
        )
      : null;
  const sql = `
    WITH counter AS (
           UPDATE threads SET post_count = post_count + 1, last_post_at = now(),
                  visible_post_count = visible_post_count + CASE WHEN $6::varchar = 'visible' THEN 1 ELSE 0 END
            WHERE id = $1 AND status = 'open'
              AND NOT EXISTS (SELECT 1 FROM articles a
                               WHERE a.id = threads.article_id AND ${closesAtSql('a', post.autoCloseDays)} <= now())
            RETURNING id, post_count),
         inserted AS (
           INSERT INTO posts (thread_id, number, author_id, body, html, reply_to_id, status, published_at)
           SELECT counter.id, counter.post_count, $2::uuid, $3::text, $4::text, $5::uuid, $6::varchar,
                  CASE WHEN $6::varchar = 'visible' THEN now() END FROM counter
           RETURNING *),
         author AS (
           ${UsersRepository.postCountStep('$2::uuid', 'EXISTS (SELECT 1 FROM inserted)')})
         ${event ? `, ${event.cte}` : ''}
    ${postSelect('$2', 'inserted p', event ? `, ${event.column} AS notified` : '')}`;
  const parameters: unknown[] = [post.threadId, post.authorId, post.body, post.html, post.replyToId, post.status];
  if (event) parameters.push(THREAD_EVENTS_CHANNEL);
  return { sql, parameters };
}
