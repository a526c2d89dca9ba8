import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { declaredRoutes } from '../support/routes.js';
import { routeKey } from '../security/access-matrix.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * Every route that reaches a thread, a post or a poll has the visibility of the
 * thread's article: before `publishedAt` it is 404 to anonymous callers and
 * readers (even a reader who wrote a post there before the article was
 * rescheduled), and editors and admins keep access. The route list is read from
 * the app, so a new route under /threads/:id, /posts/:id or /polls/:id without a
 * case here fails the test.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Case {
  method: Method;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => object;
  /** Whether an anonymous caller is refused for want of an account first (401), before any lookup. */
  signedIn: boolean;
  /** What an editor gets (the newsroom keeps access); omitted for the event stream, which stays open. */
  editor?: number;
}
interface Ids {
  threadId: string;
  readerPostId: string;
  editorPostId: string;
  pollId: string;
  optionId: string;
}

const CASES: Record<string, Case> = {
  'GET /api/threads/:id': { method: 'get', path: (i) => `/api/threads/${i.threadId}`, signedIn: false, editor: 200 },
  'GET /api/threads/:id/posts': {
    method: 'get',
    path: (i) => `/api/threads/${i.threadId}/posts`,
    signedIn: false,
    editor: 200,
  },
  'POST /api/threads/:id/posts': {
    method: 'post',
    path: (i) => `/api/threads/${i.threadId}/posts`,
    body: () => ({ body: 'Avant tout le monde' }),
    signedIn: true,
    editor: 201,
  },
  'GET /api/threads/:id/events': { method: 'get', path: (i) => `/api/threads/${i.threadId}/events`, signedIn: false },
  'GET /api/threads/:id/featured': {
    method: 'get',
    path: (i) => `/api/threads/${i.threadId}/featured`,
    signedIn: false,
    editor: 200,
  },
  'GET /api/posts/:id': { method: 'get', path: (i) => `/api/posts/${i.readerPostId}`, signedIn: false, editor: 200 },
  'PATCH /api/posts/:id': {
    method: 'patch',
    path: (i) => `/api/posts/${i.readerPostId}`,
    body: () => ({ body: 'Corrigé avant publication' }),
    signedIn: true,
  },
  'GET /api/posts/:id/revisions': {
    method: 'get',
    path: (i) => `/api/posts/${i.readerPostId}/revisions`,
    signedIn: true,
  },
  'DELETE /api/posts/:id': { method: 'delete', path: (i) => `/api/posts/${i.readerPostId}`, signedIn: true },
  'PUT /api/posts/:id/vote': {
    method: 'put',
    path: (i) => `/api/posts/${i.editorPostId}/vote`,
    body: () => ({ value: 1 }),
    signedIn: true,
  },
  'DELETE /api/posts/:id/vote': {
    method: 'delete',
    path: (i) => `/api/posts/${i.editorPostId}/vote`,
    signedIn: true,
  },
  'POST /api/posts/:id/flags': {
    method: 'post',
    path: (i) => `/api/posts/${i.editorPostId}/flags`,
    body: () => ({ reason: 'spam' }),
    signedIn: true,
  },
  'GET /api/polls/:id': { method: 'get', path: (i) => `/api/polls/${i.pollId}`, signedIn: false, editor: 200 },
  'PUT /api/polls/:id/vote': {
    method: 'put',
    path: (i) => `/api/polls/${i.pollId}/vote`,
    body: (i) => ({ optionIds: [i.optionId] }),
    signedIn: true,
    editor: 200,
  },
  'DELETE /api/polls/:id/vote': { method: 'delete', path: (i) => `/api/polls/${i.pollId}/vote`, signedIn: true },
  'POST /api/dsa/notices': {
    method: 'post',
    path: () => `/api/dsa/notices`,
    body: (i) => ({
      postId: i.editorPostId,
      legalGround: 'defamation',
      explanation: 'Ce message diffame une personne nommée.',
      email: 'notifiant@example.test',
      goodFaith: true,
    }),
    signedIn: false,
  },
};

/** Routes of those families that readers never reach (editors' and admins' own), so they need no case. */
const STAFF_ONLY = new Set(['POST /api/polls/:id/close']);

describe('embargo: every route reaching a thread, post or poll of an unpublished article', () => {
  let t: TestApp;
  let ids: Ids;
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
    // The reader wrote before the article was moved to a later date: being the author opens nothing.
    const readerPost = await insertPost(t, { threadId: article.threadId, authorId: reader.id, body: 'Premier !' });
    const editorPost = await insertPost(t, { threadId: article.threadId, authorId: editor.id, body: 'Note' });
    const [poll]: Array<{ id: string }> = await t.db.query(
      `INSERT INTO polls (article_id, question, mode, max_choices, results_visibility, allow_vote_change)
       VALUES ($1, 'Sous embargo ?', 'single', 1, 'always', true) RETURNING id`,
      [article.id],
    );
    const [option]: Array<{ id: string }> = await t.db.query(
      `INSERT INTO poll_options (poll_id, position, label) VALUES ($1, 0, 'Oui'), ($1, 1, 'Non') RETURNING id`,
      [poll!.id],
    );
    ids = {
      threadId: article.threadId,
      readerPostId: readerPost.id,
      editorPostId: editorPost.id,
      pollId: poll!.id,
      optionId: option!.id,
    };
  });
  afterAll(async () => t.close());

  const send = (key: string, who: TestUser | null) => {
    const c = CASES[key]!;
    const request = t.http[c.method](c.path(ids));
    const authed = who ? request.set(who.auth) : request;
    return c.body ? authed.send(c.body(ids)) : authed;
  };

  it('has a case for every such route the app declares', () => {
    const declared = declaredRoutes(t.app)
      .map(routeKey)
      .filter((key) => /^\w+ \/api\/(threads|posts|polls)\/:id(\/|$)/.test(key) || key === 'POST /api/dsa/notices')
      .filter((key) => !STAFF_ONLY.has(key));
    expect([...new Set(declared)].sort()).toEqual(Object.keys(CASES).sort());
  });

  it('is 404 to a reader on every route, and writes nothing', async () => {
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM post_votes)::int AS votes,
              (SELECT count(*) FROM post_flags)::int AS flags, (SELECT count(*) FROM poll_ballots)::int AS ballots,
              (SELECT count(*) FROM dsa_notices)::int AS notices, (SELECT count(*) FROM post_revisions)::int AS revisions`,
    );
    const seen: string[] = [];
    for (const key of Object.keys(CASES)) {
      const response = await send(key, reader);
      expect([key, response.status]).toEqual([key, 404]);
      expect(JSON.stringify(response.body)).not.toContain('Sous embargo');
      seen.push(key);
    }
    expect(seen).toHaveLength(Object.keys(CASES).length);
    const [post] = await t.db.query(`SELECT status, body FROM posts WHERE id = $1`, [ids.readerPostId]);
    expect(post).toEqual({ status: 'visible', body: 'Premier !' });
    expect(
      await t.db.query(
        `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM post_votes)::int AS votes,
                (SELECT count(*) FROM post_flags)::int AS flags, (SELECT count(*) FROM poll_ballots)::int AS ballots,
                (SELECT count(*) FROM dsa_notices)::int AS notices, (SELECT count(*) FROM post_revisions)::int AS revisions`,
      ),
    ).toEqual(before);
  });

  it('is 404 to anonymous callers (401 first where an account is needed)', async () => {
    let exercised = 0;
    for (const [key, c] of Object.entries(CASES)) {
      const response = await send(key, null);
      expect([key, response.status]).toEqual([key, c.signedIn ? 401 : 404]);
      expect(JSON.stringify(response.body)).not.toContain('Sous embargo');
      exercised += 1;
    }
    expect(exercised).toBe(Object.keys(CASES).length);
  });

  it('stays open to the newsroom before publication', async () => {
    const withEditorAnswer = Object.entries(CASES).filter(([, c]) => c.editor !== undefined);
    expect(withEditorAnswer.length).toBeGreaterThanOrEqual(7);
    for (const [key, c] of withEditorAnswer) {
      const response = await send(key, editor);
      expect([key, response.status]).toEqual([key, c.editor]);
    }
  });

  it('opens every route to readers at publication', async () => {
    await t.db.query(
      `UPDATE articles SET published_at = now() - interval '1 second'
        WHERE id = (SELECT article_id FROM threads WHERE id = $1)`,
      [ids.threadId],
    );
    await send('GET /api/posts/:id', reader).expect(200);
    await send('PUT /api/posts/:id/vote', reader).expect(200);
    await send('POST /api/posts/:id/flags', reader).expect(201);
    await send('GET /api/polls/:id', null).expect(200);
    await send('PUT /api/polls/:id/vote', reader).expect(200);
    await send('GET /api/posts/:id/revisions', reader).expect(200);
  });
});
