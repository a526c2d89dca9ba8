import { xssPayloads } from '../fixtures/xss-payloads.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { recordQueries } from '../support/sql-counter.js';

interface PostBody {
  id: string;
  number: number;
  status: string;
  body: string | null;
  html: string | null;
  score: number;
  author: { username: string | null; displayName: string };
  replyTo: { id: string; number: number; author: { username: string | null } } | null;
  permissions: { canEdit: boolean; canDelete: boolean };
}
const ALLOWED_TAGS = /^(p|br|strong|em|del|s|code|pre|blockquote|ul|ol|li|a|hr|h3|h4|h5|h6)$/;
type PageBody = { items: PostBody[]; nextCursor: string | null };

describe('threads and posts', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    cast = await newCast(t);
  });
  afterAll(async () => t.close());

  const newThread = async () => (await createArticle(t, cast.editor, { title: `Fil ${Math.random()}` })).threadId;

  it('returns the Post shape with rendered html, and 404 for an absent thread', async () => {
    const threadId = await newThread();
    const response = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({ body: 'Un **avis** argumenté' })
      .expect(201);
    expect(response.body).toMatchObject({
      threadId,
      number: 1,
      author: { username: cast.reader.username, displayName: cast.reader.username },
      body: 'Un **avis** argumenté',
      html: '<p>Un <strong>avis</strong> argumenté</p>\n',
      replyTo: null,
      status: 'visible',
      score: 0,
      myVote: null,
      editedAt: null,
      permissions: { canEdit: true, canDelete: true },
    });
    await t.http
      .post(`/api/threads/00000000-0000-4000-8000-000000000000/posts`)
      .set(cast.reader.auth)
      .send({ body: 'x' })
      .expect(404);
    await t.http.get(`/api/threads/00000000-0000-4000-8000-000000000000/posts`).expect(404);
  });

  it('numbers 50 concurrent posts 1..50 with no gap or duplicate; post_count and users.post_count follow', async () => {
    const threadId = await newThread();
    const writers = await Promise.all(Array.from({ length: 10 }, () => newUser(t)));
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.http
          .post(`/api/threads/${threadId}/posts`)
          .set(writers[i % 10].auth)
          .send({ body: `Post ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = (await t.db.query(`SELECT number FROM posts WHERE thread_id = $1 ORDER BY number`, [threadId])).map(
      (r: { number: number }) => r.number,
    );
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const [thread] = await t.db.query(`SELECT post_count, last_post_at FROM threads WHERE id = $1`, [threadId]);
    expect(thread.post_count).toBe(50);
    expect(thread.last_post_at).not.toBeNull();
    const counts = await t.db.query(`SELECT post_count FROM users WHERE id = ANY($1::uuid[])`, [
      writers.map((w) => w.id),
    ]);
    expect(counts.map((c: { post_count: number }) => c.post_count)).toEqual(Array(10).fill(5));
  });

  describe('keyset pages', () => {
    let threadId: string;
    let ids: string[];
    beforeAll(async () => {
      threadId = await newThread();
      ids = [];
      for (let i = 0; i < 23; i += 1)
        ids.push((await createPost(t, i % 2 ? cast.reader : cast.otherReader, threadId, `n°${i + 1}`)).id);
      // Scores for sort=top, ties included: set by SQL to keep the test about ordering.
      await t.db.query(`UPDATE posts SET score = (number * 7) % 5 WHERE thread_id = $1`, [threadId]);
    });

    const walk = async (query: Record<string, string | number>) => {
      const seen: PostBody[] = [];
      let cursor: string | null = null;
      do {
        const response: { body: PageBody } = await t.http
          .get(`/api/threads/${threadId}/posts`)
          .query({ ...query, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...response.body.items);
        cursor = response.body.nextCursor;
      } while (cursor);
      return seen;
    };

    it('cursor pages in number order cover every post exactly once', async () => {
      const seen = await walk({ limit: 5 });
      expect(seen.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    });

    it('after=<number> starts after that number', async () => {
      const response = await t.http.get(`/api/threads/${threadId}/posts`).query({ after: 20, limit: 10 }).expect(200);
      expect(response.body.items.map((p: PostBody) => p.number)).toEqual([21, 22, 23]);
      expect(response.body.nextCursor).toBeNull();
    });

    it('sort=top pages by score desc then number, covering every post exactly once', async () => {
      const seen = await walk({ sort: 'top', limit: 4 });
      const expected = Array.from({ length: 23 }, (_, i) => i + 1).sort(
        (a, b) => ((b * 7) % 5) - ((a * 7) % 5) || a - b,
      );
      expect(seen.map((p) => p.number)).toEqual(expected);
    });

    it('a page is one SQL query (authors, replies and votes joined)', async () => {
      // A moderator's page is read whole from the database; a reader's is the cached public
      // page plus their own part (test/performance/query-count and reader-page).
      const { queries } = await recordQueries(t.db, () =>
        t.http.get(`/api/threads/${threadId}/posts`).set(cast.moderator.auth).query({ limit: 20 }).expect(200),
      );
      expect(queries.filter((q) => /FROM posts p/.test(q))).toHaveLength(1);
      // Besides the guard loading the caller and the cached settings, nothing else runs per page.
      expect(
        queries.filter((q) => /^SELECT/i.test(q) && !/FROM settings|FROM users WHERE id = \$1/.test(q)),
      ).toHaveLength(1);
    });

    it('bad limit, after, sort or cursor are 400', async () => {
      for (const query of [
        { limit: 0 },
        { limit: 101 },
        { after: -1 },
        { sort: 'new' },
        { cursor: 'xx' },
        { sort: 'top', after: 3 },
      ]) {
        await t.http.get(`/api/threads/${threadId}/posts`).query(query).expect(400);
      }
    });
  });

  it('hidden, pending and deleted posts are placeholders, except to staff and (pending) to the author', async () => {
    const threadId = await newThread();
    const hidden = await createPost(t, cast.reader, threadId, 'caché');
    const pending = await createPost(t, cast.reader, threadId, 'en attente');
    const deleted = await createPost(t, cast.reader, threadId, 'supprimé');
    await t.db.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [hidden.id]);
    await t.db.query(`UPDATE posts SET status = 'pending' WHERE id = $1`, [pending.id]);
    await t.http.delete(`/api/posts/${deleted.id}`).set(cast.reader.auth).expect(204);

    const page = async (auth?: { Authorization: string }) => {
      const request = t.http.get(`/api/threads/${threadId}/posts`);
      const response = await (auth ? request.set(auth) : request).expect(200);
      return Object.fromEntries(response.body.items.map((p: PostBody) => [p.number, p.body]));
    };
    expect(await page()).toEqual({ 1: null, 2: null, 3: null });
    expect(await page(cast.otherReader.auth)).toEqual({ 1: null, 2: null, 3: null });
    expect(await page(cast.reader.auth)).toEqual({ 1: null, 2: 'en attente', 3: null });
    expect(await page(cast.moderator.auth)).toEqual({ 1: 'caché', 2: 'en attente', 3: 'supprimé' });
    expect(await page(cast.admin.auth)).toEqual({ 1: 'caché', 2: 'en attente', 3: 'supprimé' });
    const single = await t.http.get(`/api/posts/${hidden.id}`).expect(200);
    expect(single.body).toMatchObject({ number: 1, status: 'hidden', body: null, html: null });
  });

  it('sanitizes every XSS payload of the corpus posted through the API', async () => {
    const threadId = await newThread();
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
    for (const payload of xssPayloads) {
      const response = await t.http
        .post(`/api/threads/${threadId}/posts`)
        .set(cast.reader.auth)
        .send({ body: payload });
      if (response.status === 400) continue; // e.g. a payload that is blank once trimmed
      expect(response.status).toBe(201);
      const html: string = response.body.html;
      // Real tags only: escaped text such as "&lt;script&gt;" is harmless and stays visible.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      for (const tag of tags) {
        const name = /^<([a-z0-9]+)/i.exec(tag)![1].toLowerCase();
        expect({ payload, name }).toEqual({ payload, name: expect.stringMatching(ALLOWED_TAGS) });
        // Attribute names (values are quoted by the serializer, so their text cannot open a new attribute).
        const attributes = [...tag.matchAll(/\s([^\s="]+)="[^"]*"/g)].map((m) => m[1].toLowerCase());
        expect({ payload, attributes }).toEqual({
          payload,
          attributes: attributes.filter((n) => ['href', 'title', 'rel', 'class', 'start'].includes(n)),
        });
        for (const [, href] of tag.matchAll(/\bhref="([^"]*)"/gi)) {
          expect({ payload, href }).toEqual({ payload, href: expect.stringMatching(/^(https?:\/\/|mailto:|\/u\/)/i) });
        }
        if (name === 'a') expect(tag).toContain('rel="nofollow ugc noopener"');
      }
    }
  });

  it('replyTo must be a post of the same thread (422 naming replyTo); a reply and a mention notify', async () => {
    const threadId = await newThread();
    const other = await newThread();
    const foreign = await createPost(t, cast.otherReader, other);
    const bad = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({ body: 'x', replyTo: foreign.id })
      .expect(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'replyTo' })]);

    const mentioned = await newUser(t);
    const original = await createPost(t, cast.otherReader, threadId, 'Premier');
    const reply = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({
        body: `D'accord, et @${mentioned.username} aussi ; @${cast.reader.username} moi-même`,
        replyTo: original.id,
      })
      .expect(201);
    expect(reply.body.replyTo).toEqual({
      id: original.id,
      number: 1,
      author: { username: cast.otherReader.username, displayName: cast.otherReader.username },
    });
    expect(reply.body.html).toContain(`class="mention"`);

    const inbox = await t.http.get('/api/me/notifications').set(cast.otherReader.auth).expect(200);
    expect(inbox.body.items[0]).toMatchObject({
      kind: 'post.reply',
      readAt: null,
      data: { postId: reply.body.id, threadId, number: 2 },
    });
    const mentions = await t.http.get('/api/me/notifications').set(mentioned.auth).expect(200);
    expect(mentions.body).toMatchObject({
      unreadCount: 1,
      items: [{ kind: 'post.mention', data: { postId: reply.body.id } }],
    });
    const own = await t.http.get('/api/me/notifications').set(cast.reader.auth).expect(200);
    expect(own.body.items.filter((n: { data: { postId: string } }) => n.data.postId === reply.body.id)).toEqual([]);
  });

  it('notifications: newest first, paged, marked read by ids (own only) or all', async () => {
    const user = await newUser(t);
    const stranger = await newUser(t);
    for (let i = 0; i < 5; i += 1) {
      await t.db.query(`INSERT INTO notifications (user_id, kind, data) VALUES ($1, 'post.reply', $2)`, [
        user.id,
        JSON.stringify({ i }),
      ]);
    }
    const first = await t.http.get('/api/me/notifications').set(user.auth).query({ limit: 2 }).expect(200);
    const second = await t.http
      .get('/api/me/notifications')
      .set(user.auth)
      .query({ limit: 2, cursor: first.body.nextCursor })
      .expect(200);
    const third = await t.http
      .get('/api/me/notifications')
      .set(user.auth)
      .query({ limit: 2, cursor: second.body.nextCursor })
      .expect(200);
    const all = [...first.body.items, ...second.body.items, ...third.body.items];
    expect(all.map((n: { data: { i: number } }) => n.data.i).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(third.body.nextCursor).toBeNull();
    expect(first.body.unreadCount).toBe(5);

    const foreign = await t.http
      .post('/api/me/notifications/read')
      .set(stranger.auth)
      .send({ ids: [all[0].id] })
      .expect(200);
    expect(foreign.body.updated).toBe(0);
    const some = await t.http
      .post('/api/me/notifications/read')
      .set(user.auth)
      .send({ ids: [all[0].id, all[1].id] })
      .expect(200);
    expect(some.body).toEqual({ updated: 2, unreadCount: 3 });
    await t.http
      .post('/api/me/notifications/read')
      .set(user.auth)
      .send({ all: true })
      .expect(200, { updated: 3, unreadCount: 0 });
    await t.http.post('/api/me/notifications/read').set(user.auth).send({}).expect(400);
    await t.http
      .post('/api/me/notifications/read')
      .set(user.auth)
      .send({ all: true, ids: [all[0].id] })
      .expect(400);
  });

  it('edits keep revisions (oldest first) with editor and reason; edited_at is set', async () => {
    const threadId = await newThread();
    const post = await createPost(t, cast.reader, threadId, 'v1');
    await t.http
      .patch(`/api/posts/${post.id}`)
      .set(cast.reader.auth)
      .send({ body: 'v2', reason: 'coquille' })
      .expect(200);
    const edited = await t.http
      .patch(`/api/posts/${post.id}`)
      .set(cast.moderator.auth)
      .send({ body: 'v3' })
      .expect(200);
    expect(edited.body).toMatchObject({ body: 'v3', html: '<p>v3</p>\n' });
    expect(edited.body.editedAt).not.toBeNull();
    const revisions = await t.http.get(`/api/posts/${post.id}/revisions`).set(cast.reader.auth).expect(200);
    expect(revisions.body).toEqual([
      expect.objectContaining({
        revision: 1,
        previousBody: 'v1',
        body: 'v2',
        reason: 'coquille',
        editor: { username: cast.reader.username, displayName: cast.reader.username },
      }),
      expect.objectContaining({
        revision: 2,
        previousBody: 'v2',
        body: 'v3',
        reason: null,
        editor: { username: cast.moderator.username, displayName: cast.moderator.username },
      }),
    ]);
  });

  it('soft delete keeps the number and removes the body from public view', async () => {
    const threadId = await newThread();
    await createPost(t, cast.otherReader, threadId);
    const post = await createPost(t, cast.reader, threadId, 'à supprimer');
    await createPost(t, cast.otherReader, threadId);
    await t.http.delete(`/api/posts/${post.id}`).set(cast.reader.auth).expect(204);
    await t.http.delete(`/api/posts/${post.id}`).set(cast.reader.auth).expect(204);
    const [row] = await t.db.query(`SELECT number, status, deleted_at, body FROM posts WHERE id = $1`, [post.id]);
    expect(row).toMatchObject({ number: 2, status: 'deleted', body: 'à supprimer' });
    expect(row.deleted_at).not.toBeNull();
    const page = await t.http.get(`/api/threads/${threadId}/posts`).expect(200);
    expect(page.body.items.map((p: PostBody) => [p.number, p.status, p.body === null])).toEqual([
      [1, 'visible', false],
      [2, 'deleted', true],
      [3, 'visible', false],
    ]);
    await t.http.patch(`/api/posts/${post.id}`).set(cast.reader.auth).send({ body: 'retour' }).expect(409);
  });

  it('votes: 50 concurrent identical votes by one user count once; change, withdraw; 422 on own post', async () => {
    const threadId = await newThread();
    const post = await createPost(t, cast.reader, threadId);
    const voter = await newUser(t);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => t.http.put(`/api/posts/${post.id}/vote`).set(voter.auth).send({ value: 1 })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const counters = async () =>
      (await t.db.query(`SELECT score, upvotes, downvotes FROM posts WHERE id = $1`, [post.id]))[0];
    expect(await counters()).toEqual({ score: 1, upvotes: 1, downvotes: 0 });
    await t.http
      .put(`/api/posts/${post.id}/vote`)
      .set(voter.auth)
      .send({ value: -1 })
      .expect(200, { score: -1, myVote: -1 });
    expect(await counters()).toEqual({ score: -1, upvotes: 0, downvotes: 1 });
    await t.http
      .put(`/api/posts/${post.id}/vote`)
      .set(cast.otherReader.auth)
      .send({ value: 1 })
      .expect(200, { score: 0, myVote: 1 });
    const seen = await t.http.get(`/api/posts/${post.id}`).set(voter.auth).expect(200);
    expect(seen.body.myVote).toBe(-1);
    await t.http.delete(`/api/posts/${post.id}/vote`).set(voter.auth).expect(200, { score: 1, myVote: null });
    await t.http.delete(`/api/posts/${post.id}/vote`).set(voter.auth).expect(200, { score: 1, myVote: null });
    expect(await counters()).toEqual({ score: 1, upvotes: 1, downvotes: 0 });
    await t.http.put(`/api/posts/${post.id}/vote`).set(cast.reader.auth).send({ value: 1 }).expect(422);
    await t.http.put(`/api/posts/${post.id}/vote`).set(voter.auth).send({ value: 2 }).expect(400);
  });

  it('a locked thread refuses posts (409) and author edits (409), but moderators may still edit', async () => {
    const threadId = await newThread();
    const post = await createPost(t, cast.reader, threadId);
    await t.db.query(`UPDATE threads SET status = 'locked' WHERE id = $1`, [threadId]);
    await t.http.post(`/api/threads/${threadId}/posts`).set(cast.reader.auth).send({ body: 'encore' }).expect(409);
    await t.http.patch(`/api/posts/${post.id}`).set(cast.reader.auth).send({ body: 'encore' }).expect(409);
    await t.http.patch(`/api/posts/${post.id}`).set(cast.moderator.auth).send({ body: 'modéré' }).expect(200);
    const [thread] = await t.db.query(`SELECT post_count FROM threads WHERE id = $1`, [threadId]);
    expect(thread.post_count).toBe(1);
  });

  it('an erased author shows as "Utilisateur supprimé" in French, "Deleted user" in English', async () => {
    const threadId = await newThread();
    const gone = await newUser(t);
    const post = await createPost(t, gone, threadId);
    await t.db.query(
      `UPDATE users SET username = NULL, email = NULL, display_name = NULL, anonymized_at = now() WHERE id = $1`,
      [gone.id],
    );
    const fr = await t.http.get(`/api/posts/${post.id}`).set('Accept-Language', 'fr-FR,fr;q=0.9').expect(200);
    expect(fr.body.author).toEqual({ username: null, displayName: 'Utilisateur supprimé', badge: null });
    const en = await t.http.get(`/api/posts/${post.id}`).expect(200);
    expect(en.body.author).toEqual({ username: null, displayName: 'Deleted user', badge: null });
  });

  it('bodies over 20,000 characters or blank are 400 naming body', async () => {
    const threadId = await newThread();
    const long = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({ body: 'a'.repeat(20_001) })
      .expect(400);
    expect(long.body.errors[0].field).toBe('body');
    const blank = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({ body: '   ' })
      .expect(400);
    expect(blank.body.errors[0].field).toBe('body');
    await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(cast.reader.auth)
      .send({ body: 'a'.repeat(20_000) })
      .expect(201);
  });
});
