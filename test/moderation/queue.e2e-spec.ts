import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { recordQueries } from '../support/sql-counter.js';
import { insertArticle } from '../support/sql-fixtures.js';
import { addPost, newThreadWithPost } from './support.js';

describe('moderation: the queue', () => {
  let t: TestApp;
  let author: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FLAGS_PER_HOUR: '1000', FLAG_HIDE_THRESHOLD: '100' });
    author = await newUser(t);
    moderator = await newUser(t, { role: 'moderator' });
  });
  afterAll(async () => t.close());

  const queue = (query = '') => t.http.get(`/api/moderation/queue${query}`).set(moderator.auth).expect(200);

  it('gives each flagged item the context to decide: post, author, thread, article, flags with comments', async () => {
    const { postId, threadId, article } = await newThreadWithPost(t, author, { body: 'Du **gras**' });
    // The author's history: one resolved item on an earlier post.
    const earlier = await addPost(t, threadId, author);
    await t.db.query(
      `INSERT INTO moderation_items (kind, subject_type, subject_id, status, resolution) VALUES ('flagged', 'post', $1, 'resolved', 'dismissed')`,
      [earlier],
    );
    await t.db.query(`UPDATE users SET post_count = 7 WHERE id = $1`, [author.id]);
    const flagger = await newUser(t);
    await t.http
      .post(`/api/posts/${postId}/flags`)
      .set(flagger.auth)
      .send({ reason: 'abuse', comment: 'Attaque personnelle' })
      .expect(201);

    const page = await queue('?kind=flagged');
    const item = page.body.items.find((i: { subject: { post: { id: string } } }) => i.subject.post?.id === postId);
    expect(item).toMatchObject({
      kind: 'flagged',
      status: 'open',
      reasons: { flags: { abuse: 1 } },
      claimedBy: null,
      version: 1,
      subject: {
        type: 'post',
        post: { id: postId, number: 1, body: 'Du **gras**', status: 'visible' },
        author: { id: author.id, username: author.username, postCount: 7, previousModeration: 1 },
        thread: { id: threadId, status: 'open' },
        article: { slug: article.slug, title: 'Réforme des retraites : ce qui change' },
        flags: [{ reason: 'abuse', comment: 'Attaque personnelle', by: { username: flagger.username } }],
      },
    });
    expect(item.subject.post.html).toContain('gras');
    expect(item.subject.author.createdAt).toEqual(expect.any(String));
  });

  it('shows claims with the claimer', async () => {
    const { postId } = await newThreadWithPost(t, author);
    await t.http
      .post(`/api/posts/${postId}/flags`)
      .set((await newUser(t)).auth)
      .send({ reason: 'spam' })
      .expect(201);
    const [{ id }] = await t.db.query(`SELECT id FROM moderation_items WHERE subject_id = $1`, [postId]);
    await t.http.post(`/api/moderation/queue/${id}/claim`).set(moderator.auth).expect(200);
    const page = await queue('?kind=flagged&limit=100');
    const item = page.body.items.find((i: { id: string }) => i.id === id);
    expect(item.claimedBy).toEqual({ id: moderator.id, username: moderator.username });
    expect(item.claimedAt).toEqual(expect.any(String));
    expect(item.version).toBe(2);
  });

  it('lists error reports with their article', async () => {
    const article = await insertArticle(t, {
      authorId: author.id,
      title: 'Le budget',
      body: 'Le budget a été adopté par 289 voix.',
    });
    const created = await t.http
      .post(`/api/articles/${article.slug}/error-reports`)
      .send({ quote: 'adopté par 289 voix', suggestion: '298 voix', comment: 'Voir le compte rendu' });
    expect(created.status).toBe(201);
    const page = await queue('?kind=error_report');
    const item = page.body.items.find(
      (i: { subject: { report: { id: string } } }) => i.subject.report?.id === created.body.id,
    );
    expect(item).toMatchObject({
      kind: 'error_report',
      subject: {
        type: 'error_report',
        report: {
          id: created.body.id,
          quote: 'adopté par 289 voix',
          suggestion: '298 voix',
          comment: 'Voir le compte rendu',
          status: 'open',
        },
        article: { slug: article.slug, title: 'Le budget' },
      },
    });
  });

  it('is oldest first and keyset-paginated without gaps or repeats', async () => {
    const { threadId } = await newThreadWithPost(t, author);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const postId = await addPost(t, threadId, author, 'pending');
      const [row] = await t.db.query(
        // Equal timestamps on purpose: the id breaks ties.
        `INSERT INTO moderation_items (kind, subject_type, subject_id, created_at) VALUES ('pending', 'post', $1, '2020-01-01T00:00:00.123456Z') RETURNING id`,
        [postId],
      );
      ids.push(row.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await queue(`?kind=pending&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...response.body.items.map((i: { id: string }) => i.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].sort());
  });

  it('with order=newest lists resolved items by resolution time, latest first, keyset-paginated without gaps or repeats', async () => {
    const { threadId } = await newThreadWithPost(t, author);
    const expected: Array<{ id: string; resolvedAt: string }> = [];
    const created: string[] = [];
    for (let i = 0; i < 8; i++) {
      const postId = await addPost(t, threadId, author, 'hidden');
      // Created in one order, resolved in another; pairs resolved at the same instant (the id breaks ties).
      const resolvedAt = `2021-03-0${1 + Math.floor(((i * 5) % 8) / 2)}T10:00:00.654321Z`;
      const [row] = await t.db.query(
        `INSERT INTO moderation_items (kind, subject_type, subject_id, status, resolution, created_at, resolved_at)
         VALUES ('dsa_notice', 'post', $1, 'resolved', 'hidden', $2, $3) RETURNING id`,
        [postId, `2020-01-01T00:00:0${i}Z`, resolvedAt],
      );
      expected.push({ id: row.id, resolvedAt });
      created.push(row.id);
    }
    expected.sort((a, b) => b.resolvedAt.localeCompare(a.resolvedAt) || b.id.localeCompare(a.id));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await queue(
        `?kind=dsa_notice&status=resolved&order=newest&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...response.body.items.map((i: { id: string }) => i.id));
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected.map((item) => item.id));
    // Without it, the contract's order stands: by creation, oldest first.
    const oldestFirst = await queue('?kind=dsa_notice&status=resolved&limit=100');
    expect(oldestFirst.body.items.map((i: { id: string }) => i.id)).toEqual(created);
    await t.http.get('/api/moderation/queue?order=random').set(moderator.auth).expect(400);
  });

  it('pages the resolved items latest first from an index, without sorting them all', async () => {
    // The page statement's shape (QueueService.loadItems with order=newest, second page, no kind):
    // with sorting and sequential scans priced out, only an index in that order can answer it.
    const plan = await t.db.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_sort = off');
      return manager.query(
        `EXPLAIN SELECT mi.id FROM moderation_items mi
          WHERE mi.status = 'resolved'
            AND (NULL::text IS NULL OR mi.kind = NULL::text)
            AND ('2021-03-02T10:00:00Z'::timestamptz IS NULL
                 OR (coalesce(mi.resolved_at, mi.created_at), mi.id) < ('2021-03-02T10:00:00Z'::timestamptz, '00000000-0000-4000-8000-000000000000'::uuid))
          ORDER BY coalesce(mi.resolved_at, mi.created_at) DESC, mi.id DESC
          LIMIT 51`,
      );
    });
    const text = plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index (Only )?Scan Backward using moderation_items_resolved_idx/);
    expect(text).not.toMatch(/\bSort\b/);
  });

  it('filters by status: resolved items only when asked', async () => {
    const { postId } = await newThreadWithPost(t, author, { status: 'pending' });
    await t.db.query(`INSERT INTO moderation_items (kind, subject_type, subject_id) VALUES ('pending', 'post', $1)`, [
      postId,
    ]);
    await t.http.post(`/api/moderation/posts/${postId}/approve`).set(moderator.auth).send({}).expect(200);
    const open = await queue('?kind=pending&limit=100');
    expect(open.body.items.some((i: { subject: { post: { id: string } } }) => i.subject.post?.id === postId)).toBe(
      false,
    );
    const resolved = await queue('?kind=pending&status=resolved&limit=100');
    expect(
      resolved.body.items.find((i: { subject: { post: { id: string } } }) => i.subject.post?.id === postId),
    ).toMatchObject({
      status: 'resolved',
      resolution: 'approved',
    });
    await t.http.get('/api/moderation/queue?status=closed').set(moderator.auth).expect(400);
    await t.http.get('/api/moderation/queue?kind=nope').set(moderator.auth).expect(400);
    await t.http.get('/api/moderation/queue?limit=101').set(moderator.auth).expect(400);
  });

  it('a page costs the same number of SQL statements for 1 item as for 20', async () => {
    // A kind of its own so the page sizes are exact: 20 flagged posts by 20 authors, each with 2 flags.
    const { threadId } = await insertArticle(t, { authorId: author.id }).then((a) => ({ threadId: a.threadId }));
    const flaggers = await Promise.all([newUser(t), newUser(t)]);
    for (let i = 0; i < 20; i++) {
      const postAuthor = await newUser(t);
      const postId = await addPost(t, threadId, postAuthor);
      for (const flagger of flaggers)
        await t.http
          .post(`/api/posts/${postId}/flags`)
          .set(flagger.auth)
          .send({ reason: 'spam', comment: `c${i}` })
          .expect(201);
    }
    await t.db.query(
      `UPDATE moderation_items SET status = 'resolved' WHERE kind = 'flagged' AND status = 'open' AND subject_id NOT IN (SELECT id FROM posts WHERE thread_id = $1)`,
      [threadId],
    );
    await queue('?kind=flagged&limit=1'); // warm-up: the guard's occasional last-seen write happens here, not below

    const one = await recordQueries(t.db, () => queue('?kind=flagged&limit=1'));
    const twenty = await recordQueries(t.db, () => queue('?kind=flagged&limit=20'));
    expect(one.result.body.items).toHaveLength(1);
    expect(twenty.result.body.items).toHaveLength(20);
    expect(twenty.result.body.items.every((i: { subject: { flags: unknown[] } }) => i.subject.flags.length === 2)).toBe(
      true,
    );
    // The live settings cache (1 s) may refill during either run on a slow machine: time-based, not per page.
    const perPage = (queries: string[]) => queries.filter((query) => !/FROM settings\b/.test(query));
    expect(perPage(twenty.queries).length).toBe(perPage(one.queries).length);
    // The guard's user lookup + items + posts-with-context + flags + error reports.
    expect(perPage(twenty.queries).length).toBeLessThanOrEqual(5);
  });
});
