import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { checkMatrix, everyCaller, type MatrixRoute } from '../support/permission-matrix.js';
import { listeningPort, openSse } from '../support/sse-client.js';

/** #18, reading: newest first, featured posts, author badges, a user's posts, mail preferences. */
describe('readers: reading and preferences', () => {
  let t: TestApp;
  let cast: Cast;
  let threadId: string;
  let slug: string;
  let title: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    cast = await newCast(t);
    const article = await createArticle(t, cast.editor, { title: 'Budget : les arbitrages' });
    threadId = article.threadId;
    slug = article.slug;
    title = 'Budget : les arbitrages';
  });
  afterAll(async () => t.close());

  it('sort=newest pages through the thread newest first, without gap or repeat', async () => {
    const article = await createArticle(t, cast.editor);
    for (let index = 0; index < 7; index += 1) await createPost(t, cast.reader, article.threadId, `Avis ${index}`);
    const numbers: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await t.http.get(`/api/threads/${article.threadId}/posts?sort=newest&limit=3${query}`).expect(200);
      numbers.push(...page.body.items.map((post: { number: number }) => post.number));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(numbers).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(pages).toBe(3);
    const refused = await t.http.get(`/api/threads/${article.threadId}/posts?sort=newest&after=2`).expect(400);
    expect(refused.body.errors[0].field).toBe('after');
    await t.http.get(`/api/threads/${article.threadId}/posts?sort=oldest`).expect(400);
  });

  it('every post carries author.badge (journalist, staff or null) and featured', async () => {
    const article = await createArticle(t, cast.editor);
    await createPost(t, cast.reader, article.threadId, 'Lecteur');
    await createPost(t, cast.editor, article.threadId, 'Journaliste');
    await createPost(t, cast.moderator, article.threadId, 'Modération');
    await createPost(t, cast.admin, article.threadId, 'Administration');
    const page = await t.http.get(`/api/threads/${article.threadId}/posts`).expect(200);
    expect(page.body.items.map((post: { author: { badge: string | null } }) => post.author.badge)).toEqual([
      null,
      'journalist',
      'staff',
      'staff',
    ]);
    expect(page.body.items.every((post: { featured: boolean }) => post.featured === false)).toBe(true);
  });

  it('featuring: audited, live post.featured event, listed newest featuring first, taken back', async () => {
    const first = await createPost(t, cast.reader, threadId, 'Premier avis');
    const second = await createPost(t, cast.otherReader, threadId, 'Second avis');
    const sse = await openSse(await listeningPort(t.app), `/api/threads/${threadId}/events`);
    try {
      const featured = await t.http.post(`/api/moderation/posts/${first.id}/feature`).set(cast.editor.auth).expect(200);
      expect(featured.body.featured).toBe(true);
      const event = await sse.waitFor((message) => message.event === 'post.featured');
      expect(event.data).toEqual({ threadId, id: first.id, number: first.number, featured: true });
    } finally {
      sse.close();
    }
    await t.http.post(`/api/moderation/posts/${second.id}/feature`).set(cast.moderator.auth).expect(200);
    // Featuring again changes nothing and records nothing.
    await t.http.post(`/api/moderation/posts/${second.id}/feature`).set(cast.moderator.auth).expect(200);
    const list = await t.http.get(`/api/threads/${threadId}/featured`).expect(200);
    expect(list.body.items.map((post: { id: string }) => post.id)).toEqual([second.id, first.id]);
    expect(list.body.nextCursor).toBeNull();

    const audit: Array<{ action: string; actor_id: string }> = await t.db.query(
      `SELECT action, actor_id FROM audit_log WHERE target_id = ANY($1) ORDER BY id`,
      [[first.id, second.id]],
    );
    expect(audit).toEqual([
      { action: 'post.feature', actor_id: cast.editor.id },
      { action: 'post.feature', actor_id: cast.moderator.id },
    ]);

    const taken = await t.http.delete(`/api/moderation/posts/${first.id}/feature`).set(cast.admin.auth).expect(200);
    expect(taken.body.featured).toBe(false);
    const after = await t.http.get(`/api/threads/${threadId}/featured`).expect(200);
    expect(after.body.items.map((post: { id: string }) => post.id)).toEqual([second.id]);
  });

  it('a post that is not visible cannot be featured (409), an unknown one is 404', async () => {
    const post = await createPost(t, cast.reader, threadId, 'À masquer');
    await t.http
      .post(`/api/moderation/posts/${post.id}/hide`)
      .set(cast.moderator.auth)
      .send({ reason: 'Hors sujet' })
      .expect(200);
    const refused = await t.http.post(`/api/moderation/posts/${post.id}/feature`).set(cast.editor.auth).expect(409);
    expect(refused.body.type).toBe('https://tribune.dev/problems/discussions-feature-not-visible');
    await t.http
      .post(`/api/moderation/posts/00000000-0000-4000-8000-000000000000/feature`)
      .set(cast.editor.auth)
      .expect(404);
  });

  it("GET /api/users/:username/posts: visible posts, newest first, with the article's title and slug", async () => {
    const author = await newUser(t);
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await createPost(t, author, threadId, `Message ${index}`)).id);
    await t.http.delete(`/api/posts/${ids[2]}`).set(author.auth).expect(204);
    const seen: Array<{ id: string; article: { title: string; slug: string }; status: string }> = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await t.http.get(`/api/users/${author.username}/posts?limit=2${query}`).expect(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((post) => post.id)).toEqual([ids[4], ids[3], ids[1], ids[0]]);
    expect(seen.every((post) => post.status === 'visible')).toBe(true);
    expect(seen[0].article).toEqual({ title, slug });
    await t.http.get(`/api/users/nobody_here/posts`).expect(404);
    await t.http.get(`/api/users/${author.username}/posts?cursor=abc`).expect(400);
  });

  it('preferences default to true, change one by one, refuse unknown keys and non-booleans', async () => {
    const user = await newUser(t);
    const defaults = await t.http.get('/api/me/preferences').set(user.auth).expect(200);
    expect(defaults.body).toEqual({
      emailOnReply: true,
      emailOnMention: true,
      emailOnReportResolved: true,
      emailOnModeration: true,
    });
    const changed = await t.http.put('/api/me/preferences').set(user.auth).send({ emailOnMention: false }).expect(200);
    expect(changed.body).toEqual({ ...defaults.body, emailOnMention: false });
    await t.http.put('/api/me/preferences').set(user.auth).send({ emailOnReply: false }).expect(200);
    const now = await t.http.get('/api/me/preferences').set(user.auth).expect(200);
    expect(now.body).toEqual({ ...defaults.body, emailOnMention: false, emailOnReply: false });

    const unknown = await t.http.put('/api/me/preferences').set(user.auth).send({ emailOnEverything: false });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('emailOnEverything');
    const wrongType = await t.http.put('/api/me/preferences').set(user.auth).send({ emailOnReply: 'no' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].field).toBe('emailOnReply');
  });

  it('permission matrix of the new reading routes', async () => {
    const everyone = everyCaller(200);
    const newsroomAndStaff = {
      ...everyone,
      anonymous: 401,
      reader: 403,
      otherReader: 403,
      suspended: 403,
      banned: 403,
    };
    const post = async () => (await createPost(t, cast.reader, threadId, 'Pour la matrice')).id;
    let current = await post();
    const routes: MatrixRoute[] = [
      {
        method: 'get',
        route: '/api/threads/:id/featured',
        path: () => `/api/threads/${threadId}/featured`,
        expect: everyone,
      },
      {
        method: 'get',
        route: '/api/users/:username/posts',
        path: () => `/api/users/${cast.reader.username}/posts`,
        expect: everyone,
      },
      {
        method: 'get',
        route: '/api/me/preferences',
        path: () => '/api/me/preferences',
        expect: { ...everyone, anonymous: 401 },
      },
      {
        method: 'put',
        route: '/api/me/preferences',
        path: () => '/api/me/preferences',
        body: () => ({ emailOnModeration: true }),
        expect: { ...everyone, anonymous: 401 },
      },
      {
        method: 'post',
        route: '/api/moderation/posts/:id/feature',
        path: () => `/api/moderation/posts/${current}/feature`,
        expect: newsroomAndStaff,
      },
      {
        method: 'delete',
        route: '/api/moderation/posts/:id/feature',
        path: () => `/api/moderation/posts/${current}/feature`,
        expect: newsroomAndStaff,
      },
    ];
    const mismatches: string[] = [];
    for (const route of routes) {
      current = await post();
      mismatches.push(...(await checkMatrix(t, cast, route)));
    }
    expect(mismatches).toEqual([]);
    expect(routes).toHaveLength(6);
  });
});
