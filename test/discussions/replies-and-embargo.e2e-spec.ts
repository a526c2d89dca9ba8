import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

describe('discussions: replies to posts one cannot see', () => {
  let t: TestApp;
  let threadId: string;
  let author: TestUser;
  let other: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    [author, other, moderator] = await Promise.all([newUser(t), newUser(t), newUser(t, { role: 'moderator' })]);
    threadId = (await insertArticle(t, { authorId: (await newUser(t, { role: 'editor' })).id })).threadId;
  });
  afterAll(async () => t.close());

  const reply = (user: TestUser, replyTo: string) =>
    t.http.post(`/api/threads/${threadId}/posts`).set(user.auth).send({ body: 'Je réponds.', replyTo });
  const notificationsOf = async (userId: string) =>
    (await t.db.query(`SELECT kind FROM notifications WHERE user_id = $1`, [userId])) as Array<{ kind: string }>;

  it.each(['pending', 'hidden', 'deleted'] as const)(
    'another user’s %s post: 404 naming replyTo, nothing stored, nobody notified',
    async (status) => {
      const target = await insertPost(t, { threadId, authorId: author.id, body: `Texte ${status}`, status });
      const before = await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [threadId]);
      const response = await reply(other, target.id).expect(404);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'replyTo' })]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [threadId])).toEqual(before);
      expect(await notificationsOf(author.id)).toEqual([]);
    },
  );

  it('an absent post is the same 404 as an invisible one', async () => {
    const absent = await reply(other, '00000000-0000-4000-8000-000000000000').expect(404);
    const [pending] = await t.db.query(`SELECT id FROM posts WHERE status = 'pending' AND author_id = $1`, [author.id]);
    const invisible = await reply(other, pending.id).expect(404);
    expect({ ...invisible.body, requestId: null }).toEqual({ ...absent.body, requestId: null });
  });

  it('its author may reply to their own pending post, and staff to any', async () => {
    const target = await insertPost(t, { threadId, authorId: author.id, body: 'À moi', status: 'pending' });
    await reply(author, target.id).expect(201);
    await reply(moderator, target.id).expect(201);
  });

  it('a visible post of another thread is still 422', async () => {
    const elsewhere = await insertArticle(t, { authorId: moderator.id });
    const foreign = await insertPost(t, { threadId: elsewhere.threadId, authorId: author.id, body: 'Ailleurs' });
    const response = await reply(other, foreign.id).expect(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'replyTo' })]);
  });
});

describe('discussions: the thread of an embargoed article', () => {
  let t: TestApp;
  let threadId: string;
  let postId: string;
  let reader: TestUser;
  let editor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    [reader, editor] = await Promise.all([newUser(t), newUser(t, { role: 'editor' })]);
    const article = await insertArticle(t, {
      authorId: editor.id,
      title: 'Sous embargo',
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    threadId = article.threadId;
    postId = (await insertPost(t, { threadId, authorId: editor.id, body: 'Note de la rédaction' })).id;
  });
  afterAll(async () => t.close());

  it.each([
    ['anonymous', null],
    ['a reader', 'reader'],
  ] as const)('is 404 to %s: thread, posts, one post, events and posting', async (_name, who) => {
    const as = <T extends { set(header: Record<string, string>): T }>(request: T): T =>
      who ? request.set(reader.auth) : request;
    for (const path of [
      `/api/threads/${threadId}`,
      `/api/threads/${threadId}/posts`,
      `/api/posts/${postId}`,
      `/api/threads/${threadId}/events`,
    ]) {
      const response = await as(t.http.get(path));
      expect([path, response.status]).toEqual([path, 404]);
      expect(JSON.stringify(response.body)).not.toContain('Sous embargo');
    }
    const write = await as(t.http.post(`/api/threads/${threadId}/posts`)).send({ body: 'Avant tout le monde' });
    expect(write.status).toBe(who ? 404 : 401);
  });

  it('is readable by the newsroom before publication', async () => {
    const thread = await t.http.get(`/api/threads/${threadId}`).set(editor.auth).expect(200);
    expect(thread.body).toMatchObject({ title: 'Sous embargo', postCount: 1 });
    await t.http.get(`/api/threads/${threadId}/posts`).set(editor.auth).expect(200);
    await t.http.get(`/api/posts/${postId}`).set(editor.auth).expect(200);
  });

  it('opens to everyone at publication', async () => {
    await t.db.query(`UPDATE articles SET published_at = now() - interval '1 second' WHERE title = 'Sous embargo'`);
    await t.http.get(`/api/threads/${threadId}`).expect(200);
    await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Enfin' }).expect(201);
  });
});
