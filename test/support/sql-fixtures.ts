import { randomBytes } from 'node:crypto';
import type { TestApp } from './app.js';

/*
 * Articles, threads and posts inserted with plain SQL, for modules that read
 * them (search, realtime) without going through the articles/discussions routes.
 */

export interface ArticleFixture {
  id: string;
  slug: string;
  threadId: string;
}

export async function insertArticle(
  t: TestApp,
  options: { authorId: string; title?: string; summary?: string; body?: string; slug?: string; publishedAt?: Date },
): Promise<ArticleFixture> {
  const slug = options.slug ?? `article-${randomBytes(5).toString('hex')}`;
  const body = options.body ?? 'Texte de l’article.';
  const [article]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO articles (slug, title, summary, body, body_html, author_id, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now())) RETURNING id`,
    [
      slug,
      options.title ?? `Article ${slug}`,
      options.summary ?? '',
      body,
      escapeForFixture(body),
      options.authorId,
      options.publishedAt ?? null,
    ],
  );
  const [thread]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO threads (article_id) VALUES ($1) RETURNING id`,
    [article.id],
  );
  return { id: article.id, slug, threadId: thread.id };
}

export interface PostFixture {
  id: string;
  number: number;
}

/** Appends a post to a thread, numbered from the thread's counter (and counted when visible) as the app does. */
export async function insertPost(
  t: TestApp,
  options: {
    threadId: string;
    authorId: string | null;
    body: string;
    status?: 'visible' | 'pending' | 'hidden' | 'deleted';
  },
): Promise<PostFixture> {
  const [post]: Array<{ id: string; number: number }> = await t.db.query(
    `WITH counter AS (
       UPDATE threads SET post_count = post_count + 1, last_post_at = now(),
              visible_post_count = visible_post_count + CASE WHEN $5::varchar = 'visible' THEN 1 ELSE 0 END
        WHERE id = $1 RETURNING post_count
     )
     INSERT INTO posts (thread_id, number, author_id, body, html, status, published_at)
     SELECT $1, counter.post_count, $2, $3, $4, $5, CASE WHEN $5::varchar = 'visible' THEN now() END FROM counter
     RETURNING id, number`,
    [
      options.threadId,
      options.authorId,
      options.body,
      `<p>${escapeForFixture(options.body)}</p>`,
      options.status ?? 'visible',
    ],
  );
  return post;
}

function escapeForFixture(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The id of the thread under the article `slug` (one thread per article). */
export async function threadIdOf(t: TestApp, slug: string): Promise<string> {
  const [row]: Array<{ id: string }> = await t.db.query(
    `SELECT t.id FROM threads t JOIN articles a ON a.id = t.article_id WHERE a.slug = $1`,
    [slug],
  );
  if (!row) throw new Error(`no thread for the article ${slug}`);
  return row.id;
}
