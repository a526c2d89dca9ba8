import pg from 'pg';
import type { TestApp } from '../support/app.js';
import type { TestUser } from '../support/factories.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';
import { THREAD_EVENTS_CHANNEL, type ThreadEvent } from '../../src/platform/realtime/realtime.service.js';

export interface ThreadWithPost {
  article: ArticleFixture;
  threadId: string;
  postId: string;
}

/** An article, its thread and one post by `author` (plain SQL; the discussions routes are not under test here). */
export async function newThreadWithPost(
  t: TestApp,
  author: TestUser,
  options: { body?: string; status?: 'visible' | 'pending' | 'hidden' | 'deleted' } = {},
): Promise<ThreadWithPost> {
  const article = await insertArticle(t, { authorId: author.id, title: 'Réforme des retraites : ce qui change' });
  const post = await insertPost(t, {
    threadId: article.threadId,
    authorId: author.id,
    body: options.body ?? 'Un avis tranché.',
    status: options.status,
  });
  return { article, threadId: article.threadId, postId: post.id };
}

export async function addPost(
  t: TestApp,
  threadId: string,
  author: TestUser,
  status: 'visible' | 'pending' | 'hidden' | 'deleted' = 'visible',
): Promise<string> {
  return (await insertPost(t, { threadId, authorId: author.id, body: 'Encore un avis.', status })).id;
}

export async function postRow(
  t: TestApp,
  postId: string,
): Promise<{ status: string; flag_count: number; moderation_reason: string | null }> {
  const [row] = await t.db.query(`SELECT status, flag_count, moderation_reason FROM posts WHERE id = $1`, [postId]);
  return row;
}

export async function openItems(
  t: TestApp,
  postId: string,
): Promise<Array<{ id: string; kind: string; reasons: Record<string, unknown>; version: number }>> {
  return t.db.query(
    `SELECT id, kind, reasons, version FROM moderation_items WHERE subject_type = 'post' AND subject_id = $1 AND status = 'open'`,
    [postId],
  );
}

/** LISTENs to thread events on the test database, as another app instance would. */
export async function listenToThreadEvents(t: TestApp): Promise<{ events: ThreadEvent[]; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  const events: ThreadEvent[] = [];
  client.on('notification', (message) => {
    if (message.channel === THREAD_EVENTS_CHANNEL && message.payload) {
      // The stored event's id (its SSE id) is left out: these tests compare what happened.
      const { id: _id, ...event } = JSON.parse(message.payload) as ThreadEvent & { id: number };
      events.push(event);
    }
  });
  await client.query(`LISTEN ${THREAD_EVENTS_CHANNEL}`);
  return { events, close: () => client.end() };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
