import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

/**
 * `thread.postCount` (GET /api/threads/:id and the article's `thread`) counts
 * visible posts only, exactly, whatever the concurrency; numbering is a separate counter.
 */
describe('discussions: the public comment count', () => {
  let t: TestApp;
  let moderator: TestUser;
  let editor: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ PREMODERATE_FIRST_POSTS: '1', RATE_LIMIT_FACTOR: '100' });
    [moderator, editor] = await Promise.all([newUser(t, { role: 'moderator' }), newUser(t, { role: 'editor' })]);
  });
  afterAll(async () => t.close());

  const counts = async (threadId: string, slug: string) => {
    const thread = await t.http.get(`/api/threads/${threadId}`).expect(200);
    const article = await t.http.get(`/api/articles/${slug}`).expect(200);
    const [{ visible }] = await t.db.query(
      `SELECT count(*)::int AS visible FROM posts WHERE thread_id = $1 AND status = 'visible'`,
      [threadId],
    );
    return { thread: thread.body.postCount, article: article.body.thread.postCount, visible };
  };

  it('pending, rejected, hidden and deleted posts are not counted; numbers keep running', async () => {
    const article = await insertArticle(t, { authorId: editor.id });
    const [newcomer, regular] = await Promise.all([newUser(t), newUser(t)]);
    const post = (user: TestUser, body: string) =>
      t.http.post(`/api/threads/${article.threadId}/posts`).set(user.auth).send({ body });

    const held = await post(newcomer, 'En attente').expect(202); // pre-moderated
    expect(await counts(article.threadId, article.slug)).toEqual({ thread: 0, article: 0, visible: 0 });
    await t.http.post(`/api/moderation/posts/${held.body.id}/approve`).set(moderator.auth).send({}).expect(200);
    const rejected = await post(regular, 'Refusé').expect(202);
    await t.http.post(`/api/moderation/posts/${rejected.body.id}/reject`).set(moderator.auth).send({}).expect(200);
    expect(await counts(article.threadId, article.slug)).toEqual({ thread: 1, article: 1, visible: 1 });

    const shown = await post(newcomer, 'Publié directement').expect(201);
    const deleted = await post(newcomer, 'Bientôt supprimé').expect(201);
    expect(deleted.body.number).toBe(4);
    await t.http.delete(`/api/posts/${deleted.body.id}`).set(newcomer.auth).expect(204);
    await t.http
      .post(`/api/moderation/posts/${shown.body.id}/hide`)
      .set(moderator.auth)
      .send({ reason: 'hors sujet' })
      .expect(200);
    expect(await counts(article.threadId, article.slug)).toEqual({ thread: 1, article: 1, visible: 1 });
    await t.http
      .post(`/api/moderation/posts/${shown.body.id}/restore`)
      .set(moderator.auth)
      .send({ reason: 'erreur' })
      .expect(200);
    expect(await counts(article.threadId, article.slug)).toEqual({ thread: 2, article: 2, visible: 2 });
    const next = await post(newcomer, 'Et un de plus').expect(201);
    expect(next.body.number).toBe(5);
    expect(await counts(article.threadId, article.slug)).toEqual({ thread: 3, article: 3, visible: 3 });
  });

  it('stays exact under concurrent creates, hides, restores, approvals, rejections and deletes', async () => {
    const article = await insertArticle(t, { authorId: editor.id });
    const authors = await Promise.all(Array.from({ length: 12 }, () => newUser(t)));
    // Half the authors are already approved (one published post each), half are pre-moderated.
    const warmed = authors.slice(0, 6);
    for (const author of warmed) {
      const first = await t.http
        .post(`/api/threads/${article.threadId}/posts`)
        .set(author.auth)
        .send({ body: 'Premier' })
        .expect(202);
      await t.http.post(`/api/moderation/posts/${first.body.id}/approve`).set(moderator.auth).send({}).expect(200);
    }
    const created = await Promise.all(
      authors.flatMap((author) =>
        [1, 2, 3].map((i) =>
          t.http
            .post(`/api/threads/${article.threadId}/posts`)
            .set(author.auth)
            .send({ body: `Avis ${i}` }),
        ),
      ),
    );
    const statuses = created.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(18);
    expect(statuses.filter((status) => status === 202)).toHaveLength(18);
    const visible = created.filter((response) => response.status === 201).map((response) => response.body);
    const pending = created.filter((response) => response.status === 202).map((response) => response.body);

    const moderate = (id: string, action: string) =>
      t.http.post(`/api/moderation/posts/${id}/${action}`).set(moderator.auth).send({ reason: 'test' });
    const ownerOf = (authorId: string) => authors.find((author) => author.id === authorId)!;
    const [{ author_id: firstAuthor }] = await t.db.query(`SELECT author_id FROM posts WHERE id = $1`, [visible[0].id]);
    expect(ownerOf(firstAuthor)).toBeDefined();
    const deleteOwn = async (id: string) => {
      const [{ author_id }] = await t.db.query(`SELECT author_id FROM posts WHERE id = $1`, [id]);
      return t.http.delete(`/api/posts/${id}`).set(ownerOf(author_id).auth);
    };
    // Every action twice at once: one of each pair wins, the other is a 409 (or a no-op delete).
    const actions = [
      ...visible.slice(0, 6).flatMap((post) => [moderate(post.id, 'hide'), moderate(post.id, 'hide')]),
      ...visible.slice(6, 12).flatMap((post) => [deleteOwn(post.id), deleteOwn(post.id)]),
      ...pending.slice(0, 6).flatMap((post) => [moderate(post.id, 'approve'), moderate(post.id, 'approve')]),
      ...pending.slice(6, 12).flatMap((post) => [moderate(post.id, 'reject'), moderate(post.id, 'reject')]),
      ...pending.slice(12, 18).flatMap((post) => [deleteOwn(post.id), moderate(post.id, 'approve')]),
    ];
    const results = await Promise.all(actions);
    for (const result of results) expect([200, 204, 409]).toContain(result.status);
    await Promise.all(visible.slice(0, 3).map((post) => moderate(post.id, 'restore').expect(200)));

    const { thread, article: shown, visible: actual } = await counts(article.threadId, article.slug);
    expect(thread).toBe(actual);
    expect(shown).toBe(actual);
    // 6 approved firsts + 18 visible − 6 hidden + 3 restored − 6 deleted + 6 approved + (the approvals that beat a delete)
    const [{ raced }] = await t.db.query(
      `SELECT count(*)::int AS raced FROM posts WHERE id = ANY($1::uuid[]) AND status = 'visible'`,
      [pending.slice(12, 18).map((post) => post.id)],
    );
    expect(actual).toBe(6 + 18 - 6 + 3 - 6 + 6 + raced);
  });
});
