import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { CALLERS, checkMatrix, type Caller, type MatrixRoute } from '../support/permission-matrix.js';
import { declaredRoutes } from '../support/routes.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/** Hands out one fresh fixture per call, so a success never makes the next caller conflict. */
function pool(ids: string[]): () => string {
  return () => {
    const id = ids.shift();
    if (!id) throw new Error('fixture pool exhausted');
    return id;
  };
}

const STAFF: Partial<Record<Caller, number>> = {
  anonymous: 401,
  reader: 403,
  otherReader: 403,
  editor: 403,
  suspended: 403,
  banned: 403,
};
const staffOnly = (success: number): Partial<Record<Caller, number>> => ({
  ...STAFF,
  moderator: success,
  admin: success,
});

describe('moderation: permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let threadId: string;
  const routes: MatrixRoute[] = [];

  beforeAll(async () => {
    t = await startTestApp({ FLAG_HIDE_THRESHOLD: '100' });
    cast = await newCast(t);
    const author = await newUser(t);
    const article = await insertArticle(t, { authorId: author.id });
    threadId = article.threadId;
    const posts = async (status: 'visible' | 'pending' | 'hidden', count = CALLERS.length) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++)
        ids.push((await insertPost(t, { threadId, authorId: author.id, body: `post ${i}`, status })).id);
      return ids;
    };
    const threads = async (status: 'open' | 'locked') => {
      const ids: string[] = [];
      for (let i = 0; i < CALLERS.length; i++) {
        const { threadId: id } = await insertArticle(t, { authorId: author.id });
        await t.db.query(`UPDATE threads SET status = $2 WHERE id = $1`, [id, status]);
        ids.push(id);
      }
      return ids;
    };
    const users = async (status: 'active' | 'suspended') =>
      Promise.all(CALLERS.map(async () => (await newUser(t, { status })).id));
    const items = async () => {
      const ids: string[] = [];
      for (const postId of await posts('visible')) {
        const [row] = await t.db.query(
          `INSERT INTO moderation_items (kind, subject_type, subject_id) VALUES ('flagged', 'post', $1) RETURNING id`,
          [postId],
        );
        ids.push(row.id);
      }
      return ids;
    };
    const words = async () => {
      const ids: string[] = [];
      for (let i = 0; i < CALLERS.length; i++) {
        const [row] = await t.db.query(`INSERT INTO watched_words (pattern, action) VALUES ($1, 'flag') RETURNING id`, [
          `mot${i}`,
        ]);
        ids.push(row.id);
      }
      return ids;
    };

    const flagTarget = (await posts('visible', 1))[0];
    const claimItems = pool(await items());
    const releaseItems = pool(await items());
    const approvePosts = pool(await posts('pending'));
    const rejectPosts = pool(await posts('pending'));
    const hidePosts = pool(await posts('visible'));
    const restorePosts = pool(await posts('hidden'));
    const lockThreads = pool(await threads('open'));
    const unlockThreads = pool(await threads('locked'));
    const suspendUsers = pool(await users('active'));
    const unsuspendUsers = pool(await users('suspended'));
    const deleteWords = pool(await words());
    let patternCounter = 0;

    routes.push(
      {
        method: 'post',
        route: '/api/posts/:id/flags',
        path: () => `/api/posts/${flagTarget}/flags`,
        body: () => ({ reason: 'spam' }),
        expect: {
          anonymous: 401,
          reader: 201,
          otherReader: 201,
          editor: 201,
          moderator: 201,
          admin: 201,
          suspended: 403,
          banned: 403,
        },
      },
      { method: 'get', route: '/api/moderation/queue', path: () => '/api/moderation/queue', expect: staffOnly(200) },
      {
        method: 'post',
        route: '/api/moderation/queue/:id/claim',
        path: () => `/api/moderation/queue/${claimItems()}/claim`,
        expect: staffOnly(200),
      },
      {
        method: 'delete',
        route: '/api/moderation/queue/:id/claim',
        path: () => `/api/moderation/queue/${releaseItems()}/claim`,
        expect: staffOnly(204),
      },
      {
        method: 'post',
        route: '/api/moderation/posts/:id/approve',
        path: () => `/api/moderation/posts/${approvePosts()}/approve`,
        body: () => ({}),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/posts/:id/reject',
        path: () => `/api/moderation/posts/${rejectPosts()}/reject`,
        body: () => ({}),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/posts/:id/hide',
        path: () => `/api/moderation/posts/${hidePosts()}/hide`,
        body: () => ({ reason: 'Insultes' }),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/posts/:id/restore',
        path: () => `/api/moderation/posts/${restorePosts()}/restore`,
        body: () => ({ reason: 'Erreur' }),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/threads/:id/lock',
        path: () => `/api/moderation/threads/${lockThreads()}/lock`,
        body: () => ({}),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/threads/:id/unlock',
        path: () => `/api/moderation/threads/${unlockThreads()}/unlock`,
        body: () => ({}),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/users/:id/suspend',
        path: () => `/api/moderation/users/${suspendUsers()}/suspend`,
        body: () => ({ until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'Trolling' }),
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/users/:id/unsuspend',
        path: () => `/api/moderation/users/${unsuspendUsers()}/unsuspend`,
        body: () => ({}),
        expect: staffOnly(200),
      },
      { method: 'get', route: '/api/moderation/log', path: () => '/api/moderation/log', expect: staffOnly(200) },
      {
        method: 'get',
        route: '/api/moderation/watched-words',
        path: () => '/api/moderation/watched-words',
        expect: staffOnly(200),
      },
      {
        method: 'post',
        route: '/api/moderation/watched-words',
        path: () => '/api/moderation/watched-words',
        body: () => ({ pattern: `terme${(patternCounter += 1)}`, action: 'flag' }),
        expect: staffOnly(201),
      },
      {
        method: 'delete',
        route: '/api/moderation/watched-words/:id',
        path: () => `/api/moderation/watched-words/${deleteWords()}`,
        expect: staffOnly(204),
      },
    );
  });
  afterAll(async () => t.close());

  it('covers every route of the moderation module', () => {
    const declared = declaredRoutes(t.app)
      .filter((route) => route.controller === 'ModerationController' || route.controller === 'FlagsController')
      .map((route) => `${route.method.toLowerCase()} /api${route.path}`)
      .sort();
    expect(declared).toEqual(routes.map((route) => `${route.method} ${route.route}`).sort());
  });

  it('every route answers each caller as the contract says', async () => {
    const mismatches: string[] = [];
    for (const route of routes) mismatches.push(...(await checkMatrix(t, cast, route)));
    expect(mismatches).toEqual([]);
  });

  it('a suspended moderator can still read the queue but not act', async () => {
    const moderator = await newUser(t, { role: 'moderator', status: 'suspended' });
    const postId = (await insertPost(t, { threadId, authorId: cast.reader.id, body: 'x' })).id;
    await t.http.get('/api/moderation/queue').set(moderator.auth).expect(200);
    await t.http.post(`/api/moderation/posts/${postId}/hide`).set(moderator.auth).send({ reason: 'x' }).expect(403);
  });

  it('malformed ids are 404, never 500', async () => {
    const { moderator } = cast;
    await t.http.post('/api/moderation/posts/not-a-uuid/hide').set(moderator.auth).send({ reason: 'x' }).expect(404);
    await t.http.post('/api/posts/123/flags').set(cast.reader.auth).send({ reason: 'spam' }).expect(404);
    await t.http.delete('/api/moderation/watched-words/zzz').set(moderator.auth).expect(404);
    await t.http.get('/api/moderation/queue?cursor=garbage').set(moderator.auth).expect(400);
    await t.http.get('/api/moderation/log?cursor=garbage').set(moderator.auth).expect(400);
    await t.http.get('/api/moderation/log?actor=nope').set(moderator.auth).expect(400);
  });
});
