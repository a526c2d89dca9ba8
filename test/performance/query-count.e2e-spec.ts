import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { recordQueries } from '../support/sql-counter.js';
import { insertArticle } from '../support/sql-fixtures.js';

/*
 * No N+1: a page costs a fixed number of SQL statements whatever its size.
 * Each page is requested with limit=1 and limit=50 over more than 50 rows
 * (with authors, replies, flags and reports to join) and must issue exactly
 * the same statements. Statements that depend on cache timing rather than on
 * the request are left out: the live-settings cache (refreshed at most once a
 * second) and the fire-and-forget last_seen_at stamp (once per five minutes).
 */
const CACHE_TIMING = [/FROM settings/, /SET last_seen_at/, /FROM watched_words/];

async function statementsOf(t: TestApp, request: () => Promise<{ status: number; body: unknown }>) {
  const { result, queries } = await recordQueries(t.db, request);
  expect(result.status).toBe(200);
  return {
    body: result.body as { items: unknown[] },
    queries: queries.filter((q) => !CACHE_TIMING.some((re) => re.test(q))),
  };
}

describe('query count per page (no N+1)', () => {
  let t: TestApp;
  let reader: TestUser;
  let moderator: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const editor = await newUser(t, { role: 'editor' });
    reader = await newUser(t);
    moderator = await newUser(t, { role: 'moderator' });
    const authors = await Promise.all([1, 2, 3, 4].map(() => newUser(t)));
    const authorIds = authors.map((author) => author.id);

    // A thread of 60 posts by four authors, every other one replying to post 1, some voted on by the reader.
    ({ threadId } = await insertArticle(t, { authorId: editor.id }));
    await t.db.query(
      `INSERT INTO posts (thread_id, number, author_id, body, html)
       SELECT $1, g, ($2::uuid[])[1 + g % 4], 'Avis ' || g, '<p>Avis ' || g || '</p>' FROM generate_series(1, 60) g`,
      [threadId, authorIds],
    );
    await t.db.query(
      `UPDATE posts SET reply_to_id = (SELECT id FROM posts WHERE thread_id = $1 AND number = 1)
        WHERE thread_id = $1 AND number > 1 AND number % 2 = 0`,
      [threadId],
    );
    await t.db.query(`UPDATE threads SET post_count = 60 WHERE id = $1`, [threadId]);
    await t.db.query(
      `INSERT INTO post_votes (post_id, user_id, value)
       SELECT id, $2, 1 FROM posts WHERE thread_id = $1 AND number % 3 = 0`,
      [threadId, reader.id],
    );

    // 60 more published articles for the article list.
    for (let i = 0; i < 60; i += 1) await insertArticle(t, { authorId: editor.id });

    // A queue of 60 open items: 20 flagged posts (two flags each), 20 pending posts, 20 error reports.
    await t.db.query(
      `WITH p AS (SELECT id, number FROM posts WHERE thread_id = $1 AND number <= 40)
       INSERT INTO moderation_items (kind, subject_type, subject_id, reasons, created_at)
       SELECT CASE WHEN number <= 20 THEN 'flagged' ELSE 'pending' END, 'post', id, '{}'::jsonb,
              now() - make_interval(secs => 100 - number)
         FROM p`,
      [threadId],
    );
    await t.db.query(
      `INSERT INTO post_flags (post_id, user_id, reason)
       SELECT p.id, u.id, 'spam' FROM posts p, unnest($2::uuid[]) u(id) WHERE p.thread_id = $1 AND p.number <= 20`,
      [threadId, authorIds.slice(0, 2)],
    );
    await t.db.query(
      `WITH a AS (SELECT id FROM articles ORDER BY created_at LIMIT 1),
            r AS (
              INSERT INTO error_reports (article_id, article_revision, quote, quote_offset, quote_hash, reporter_key, reported_on)
              SELECT a.id, 1, 'Texte', 0, lpad(to_hex(g), 64, '0'), 'key-' || g, current_date
                FROM a, generate_series(1, 20) g
              RETURNING id)
       INSERT INTO moderation_items (kind, subject_type, subject_id, reasons)
       SELECT 'error_report', 'error_report', id, '{}'::jsonb FROM r`,
    );

    // Warm the caches (settings, access rules) so both sizes run the same way.
    await t.http.get(`/api/threads/${threadId}/posts?limit=1`).set(reader.auth).expect(200);
    await t.http.get('/api/moderation/queue?limit=1').set(moderator.auth).expect(200);
  });
  afterAll(async () => t.close());

  it('a thread page (anonymous) is one statement, for 1 post or 50', async () => {
    const one = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?limit=1`));
    const fifty = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?limit=50`));
    expect(one.body.items).toHaveLength(1);
    expect(fifty.body.items).toHaveLength(50);
    expect(fifty.queries).toHaveLength(1);
    expect(fifty.queries).toEqual(one.queries);
  });

  it("a thread page for a signed-in reader (votes, replies) is the user lookup, the public page, the reader's part", async () => {
    // limit=2: the warm-up above already put the public page of limit=1 in the read cache.
    const one = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?limit=2`).set(reader.auth));
    const fifty = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?limit=50`).set(reader.auth));
    expect(fifty.body.items).toHaveLength(50);
    expect(fifty.queries).toHaveLength(3);
    expect(fifty.queries).toEqual(one.queries);
    // Read again: the public page comes from the read cache, only the reader's part is queried.
    const again = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?limit=50`).set(reader.auth));
    expect(again.body).toEqual(fifty.body);
    expect(again.queries).toEqual([fifty.queries[0], fifty.queries[2]]);
  });

  it('a top-sorted thread page, first and next, is one statement whatever the size', async () => {
    const one = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?sort=top&limit=1`));
    const fifty = await statementsOf(t, () => t.http.get(`/api/threads/${threadId}/posts?sort=top&limit=50`));
    expect(fifty.body.items).toHaveLength(50);
    expect(fifty.queries).toEqual(one.queries);
    const cursor = (one.body as unknown as { nextCursor: string }).nextCursor;
    const next = await statementsOf(t, () =>
      t.http.get(`/api/threads/${threadId}/posts?sort=top&limit=50&cursor=${encodeURIComponent(cursor)}`),
    );
    expect(next.body.items).toHaveLength(50);
    expect(next.queries).toHaveLength(1);
  });

  it('a reply is three statements: the user lookup, the thread pre-check and one write', async () => {
    const { result, queries } = await recordQueries(t.db, () =>
      t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Une réponse **simple**.' }),
    );
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ number: 61, body: 'Une réponse **simple**.' });
    const statements = queries.filter((q) => !CACHE_TIMING.some((re) => re.test(q)));
    expect(statements).toHaveLength(3);
    expect(statements[2]).toMatch(/^WITH counter AS \( UPDATE threads/);
  });

  it('an article list page is one statement, for 1 article or 50', async () => {
    const one = await statementsOf(t, () => t.http.get('/api/articles?limit=1'));
    const fifty = await statementsOf(t, () => t.http.get('/api/articles?limit=50'));
    expect(one.body.items).toHaveLength(1);
    expect(fifty.body.items).toHaveLength(50);
    expect(fifty.queries).toHaveLength(1);
    expect(fifty.queries).toEqual(one.queries);
  });

  it('an article page costs the same statements with no poll or correction as with 3 polls and 5 corrections', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const bare = await insertArticle(t, { authorId: editor.id });
    const rich = await insertArticle(t, { authorId: editor.id });
    await t.db.query(
      `WITH p AS (
         INSERT INTO polls (article_id, question, mode) SELECT $1, 'Question ' || g, 'single' FROM generate_series(1, 3) g
         RETURNING id)
       INSERT INTO poll_options (poll_id, position, label) SELECT p.id, g, 'Option ' || g FROM p, generate_series(1, 4) g`,
      [rich.id],
    );
    await t.db.query(
      `INSERT INTO article_corrections (article_id, note) SELECT $1, 'Correction ' || g FROM generate_series(1, 5) g`,
      [rich.id],
    );
    const plain = await statementsOf(t, () => t.http.get(`/api/articles/${bare.slug}`).set(reader.auth));
    const full = await statementsOf(t, () => t.http.get(`/api/articles/${rich.slug}`).set(reader.auth));
    const body = full.body as unknown as { polls: unknown[]; corrections: unknown[] };
    expect(body.polls).toHaveLength(3);
    expect(body.corrections).toHaveLength(5);
    expect(full.queries).toEqual(plain.queries);
  });

  it('a moderation queue page is the same statements for 1 item or 50 (posts, flags, reports batched)', async () => {
    const one = await statementsOf(t, () => t.http.get('/api/moderation/queue?limit=1').set(moderator.auth));
    const fifty = await statementsOf(t, () => t.http.get('/api/moderation/queue?limit=50').set(moderator.auth));
    expect(one.body.items).toHaveLength(1);
    expect(fifty.body.items).toHaveLength(50);
    const kinds = new Set((fifty.body.items as Array<{ kind: string }>).map((item) => item.kind));
    expect(kinds).toEqual(new Set(['flagged', 'pending', 'error_report']));
    expect(fifty.queries).toEqual(one.queries);
    expect(fifty.queries).toHaveLength(5); // user lookup, items, posts, flags, reports
  });
});
