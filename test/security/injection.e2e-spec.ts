import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, type Cast } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * SQL injection probes on every text field and every filter, then prototype
 * pollution: each probe is answered with a 4xx problem+json or a correct
 * (usually empty) result, stored text comes back byte for byte, and the
 * schema and its rows are intact afterwards.
 */

const SQL_PAYLOADS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "admin'--",
  "'; DROP TABLE posts; --",
  '"; DROP TABLE users; --',
  '1) UNION SELECT id, email, password_hash FROM users --',
  "1' UNION SELECT NULL, NULL, NULL --",
  '$$; DROP TABLE users; $$',
  '$tag$ x $tag$',
  '\\',
  "\\'",
  "\\'; DROP TABLE posts; --",
  '%',
  '_',
  "%' OR '%'='",
  "' || pg_sleep(3) || '",
  "'; SELECT pg_sleep(3); --",
  '& | ! ( ) :* <->',
  '\'"`;',
  '0x27',
  "E'\\x27'",
  '-- comment',
  '/* comment */',
];

describe('security: SQL injection and prototype pollution', () => {
  let t: TestApp;
  let cast: Cast;
  let article: { id: string; slug: string; threadId: string };
  let tablesBefore: string[];
  let countsBefore: Record<string, number>;

  const tables = async (): Promise<string[]> =>
    (await t.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
      (r: { tablename: string }) => r.tablename,
    );
  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM articles)::int AS articles,
              (SELECT count(*) FROM threads)::int AS threads`,
    );
    return row;
  };

  /** Never a 5xx; a 4xx is problem+json. */
  const sane = (response: Response, label: string): string[] => {
    if (response.status >= 500) return [`${label} → ${response.status}`];
    if (response.status >= 400 && !String(response.headers['content-type']).includes('problem+json'))
      return [`${label} → ${response.status} without problem+json`];
    return [];
  };

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000', FLAG_HIDE_THRESHOLD: '100' });
    cast = await newCast(t);
    article = await insertArticle(t, {
      authorId: cast.editor.id,
      title: 'Le budget adopté',
      body: 'Le budget a été adopté par l’Assemblée nationale.',
    });
    await insertPost(t, {
      threadId: article.threadId,
      authorId: cast.otherReader.id,
      body: 'Le budget est trop lourd.',
    });
    tablesBefore = await tables();
    countsBefore = await counts();
  });
  afterAll(async () => t.close());

  it('filters and query strings: 200 with a correct (empty) result or a 4xx, never more rows than exist', async () => {
    const problems: string[] = [];
    for (const payload of SQL_PAYLOADS) {
      const q = encodeURIComponent(payload);
      const gets: Array<[string, Record<string, string> | null]> = [
        [`/api/search?q=${q}`, null],
        [`/api/search?q=budget&article=${q}`, null],
        [`/api/articles?cursor=${q}`, null],
        [`/api/articles/${q}`, null],
        [`/api/users/${q}`, null],
        [`/api/threads/${article.threadId}/posts?after=${q}`, null],
        [`/api/threads/${article.threadId}/posts?cursor=${q}`, null],
        [`/api/threads/${article.threadId}/posts?sort=${q}`, null],
        [`/api/threads/${q}/posts`, null],
        [`/api/posts/${q}`, null],
        [`/api/polls/${q}`, null],
        [`/api/error-reports?status=${q}`, cast.editor.auth],
        [`/api/error-reports?article=${q}`, cast.editor.auth],
        [`/api/error-reports?cursor=${q}`, cast.editor.auth],
        [`/api/moderation/queue?kind=${q}&status=${q}`, cast.moderator.auth],
        [`/api/moderation/queue?cursor=${q}`, cast.moderator.auth],
        [`/api/moderation/log?actor=${q}`, cast.moderator.auth],
        [`/api/moderation/log?action=${q}`, cast.moderator.auth],
        [`/api/moderation/log?targetType=${q}&targetId=${q}`, cast.moderator.auth],
        [`/api/moderation/log?cursor=${q}`, cast.moderator.auth],
        [`/api/admin/users?q=${q}`, cast.admin.auth],
        [`/api/admin/users?role=${q}&status=${q}`, cast.admin.auth],
        [`/api/admin/users?cursor=${q}`, cast.admin.auth],
        [`/api/me/notifications?cursor=${q}`, cast.reader.auth],
      ];
      for (const [url, auth] of gets) {
        const request = t.http.get(url);
        const response = auth ? await request.set(auth) : await request;
        problems.push(...sane(response, `GET ${url}`));
        if (response.status === 200 && Array.isArray(response.body.items) && url.startsWith('/api/search')) {
          // No payload is a word of the corpus: a hit would mean the query escaped its parameter.
          if (response.body.items.length > 0 && !/budget/.test(url))
            problems.push(`GET ${url} → ${response.body.items.length} hits`);
        }
        if (response.status === 200 && url.startsWith('/api/admin/users?q=')) {
          // `%` and `_` match literally: only users whose name or email holds the payload itself.
          const needle = payload.toLowerCase();
          for (const user of response.body.items as Array<{ username: string; email: string; displayName: string }>) {
            const haystack = `${user.username} ${user.email} ${user.displayName}`.toLowerCase();
            if (!haystack.includes(needle)) problems.push(`GET ${url} matched ${user.username}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('login names and passwords are data, not SQL: 401 for every payload', async () => {
    const problems: string[] = [];
    for (const payload of SQL_PAYLOADS) {
      for (const body of [
        { login: payload, password: payload },
        { login: cast.reader.username, password: payload },
        { login: `${cast.reader.username}${payload}`, password: 'whatever-it-is' },
      ]) {
        const response = await t.http.post('/api/auth/login').send(body);
        if (response.status !== 401 && response.status !== 400)
          problems.push(`login ${JSON.stringify(body)} → ${response.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('text fields store every payload verbatim (posts, profiles, reports, polls, articles, watched words)', async () => {
    const problems: string[] = [];
    for (const payload of SQL_PAYLOADS) {
      const post = await t.http
        .post(`/api/threads/${article.threadId}/posts`)
        .set(cast.reader.auth)
        .send({ body: `avis ${payload}` });
      problems.push(...sane(post, `post ${payload}`));
      if (post.status === 201) {
        const [row] = await t.db.query(`SELECT body FROM posts WHERE id = $1`, [post.body.id]);
        if (row.body !== `avis ${payload}`) problems.push(`post stored as ${row.body}`);
        const edit = await t.http
          .patch(`/api/posts/${post.body.id}`)
          .set(cast.reader.auth)
          .send({ body: `modifié ${payload}`, reason: payload });
        problems.push(...sane(edit, `edit ${payload}`));
        const flag = await t.http
          .post(`/api/posts/${post.body.id}/flags`)
          .set(cast.otherReader.auth)
          .send({ reason: 'other', comment: payload });
        problems.push(...sane(flag, `flag ${payload}`));
      } else {
        problems.push(`post ${payload} → ${post.status}`);
      }

      const me = await t.http
        .patch('/api/me')
        .set(cast.reader.auth)
        .send({ displayName: `R ${payload}`, bio: payload });
      problems.push(...sane(me, `me ${payload}`));
      if (me.status === 200) {
        const [row] = await t.db.query(`SELECT display_name, bio FROM users WHERE id = $1`, [cast.reader.id]);
        if (row.bio !== payload) problems.push(`bio stored as ${row.bio}`);
      }

      const report = await t.http
        .post(`/api/articles/${article.slug}/error-reports`)
        .set('X-Forwarded-For', `198.18.0.${SQL_PAYLOADS.indexOf(payload) + 1}`)
        .send({ quote: payload, comment: payload, suggestion: payload });
      problems.push(...sane(report, `report ${payload}`));
      if (report.status !== 422 && report.status !== 400) problems.push(`report quote ${payload} → ${report.status}`);
      const quoted = await t.http
        .post(`/api/articles/${article.slug}/error-reports`)
        .set('X-Forwarded-For', `198.18.1.${SQL_PAYLOADS.indexOf(payload) + 1}`)
        .send({ quote: 'le budget', comment: payload, suggestion: payload });
      problems.push(...sane(quoted, `report comment ${payload}`));

      const poll = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.editor.auth)
        .send({
          question: `Q ${payload}`,
          options: [`A ${payload}`, `B ${payload}`],
          mode: 'single',
          resultsVisibility: 'always',
          allowVoteChange: true,
        });
      problems.push(...sane(poll, `poll ${payload}`));

      const created = await t.http
        .post('/api/articles')
        .set(cast.editor.auth)
        .send({ title: `Titre ${payload}`, summary: payload, body: payload });
      problems.push(...sane(created, `article ${payload}`));

      const word = await t.http
        .post('/api/moderation/watched-words')
        .set(cast.moderator.auth)
        .send({ pattern: payload, action: 'flag' });
      problems.push(...sane(word, `watched word ${payload}`));

      const register = await t.http
        .post('/api/auth/register')
        .set('X-Forwarded-For', `198.18.2.${SQL_PAYLOADS.indexOf(payload) + 1}`)
        .send({ username: payload, email: `${payload}@example.test`, password: 'correct-horse-battery' });
      problems.push(...sane(register, `register ${payload}`));
      if (register.status === 201) {
        // Only names of [A-Za-z0-9_.-] get through, stored as given.
        const [row] = await t.db.query(`SELECT username::text FROM users WHERE id = $1`, [register.body.user.id]);
        if (row.username !== payload) problems.push(`username stored as ${row.username}`);
      }
    }
    expect(problems).toEqual([]);
  }, 90_000);

  it('leaves every table in place, and no row gone', async () => {
    expect(await tables()).toEqual(tablesBefore);
    const after = await counts();
    expect(after.users).toBeGreaterThanOrEqual(countsBefore.users);
    expect(after.threads).toBeGreaterThanOrEqual(countsBefore.threads);
    expect(after.articles).toBeGreaterThanOrEqual(countsBefore.articles);
  });

  describe('prototype pollution', () => {
    const POLLUTERS = [
      '{"__proto__": {"isAdmin": true, "role": "admin", "status": "active"}}',
      '{"constructor": {"prototype": {"isAdmin": true, "role": "admin"}}}',
      '{"body": "x", "__proto__": {"isAdmin": true}}',
      '{"a": {"__proto__": {"isAdmin": true}}, "b": [{"__proto__": {"isAdmin": true}}]}',
      '{"__proto__": {"__proto__": {"isAdmin": true}}}',
    ];

    it('no body, query string or header pollutes Object.prototype, and requests after it behave normally', async () => {
      const targets = [
        ['post', '/api/auth/register', null],
        ['post', '/api/auth/login', null],
        ['patch', '/api/me', cast.reader.auth],
        ['post', `/api/threads/${article.threadId}/posts`, cast.reader.auth],
        ['patch', '/api/admin/settings', cast.admin.auth],
        ['post', `/api/articles/${article.slug}/error-reports`, null],
      ] as const;
      const problems: string[] = [];
      for (const [method, url, auth] of targets) {
        for (const json of POLLUTERS) {
          let request = t.http[method](url).set('Content-Type', 'application/json');
          if (auth) request = request.set(auth);
          const response = await request.send(json);
          problems.push(...sane(response, `${method} ${url} ${json}`));
          if (response.status < 400) problems.push(`${method} ${url} ${json} accepted: ${response.status}`);
        }
      }
      for (const query of [
        '__proto__[isAdmin]=true',
        'constructor[prototype][isAdmin]=true',
        '__proto__.isAdmin=true',
        'q=x&__proto__=1',
      ]) {
        const response = await t.http.get(`/api/admin/users?${query}`).set(cast.reader.auth);
        problems.push(...sane(response, query));
        if (response.status !== 403) problems.push(`${query} as a reader → ${response.status}`);
        const search = await t.http.get(`/api/search?q=budget&${query}`);
        problems.push(...sane(search, `search ${query}`));
      }
      expect(problems).toEqual([]);

      // In the server process (the app runs in this one): Object.prototype is clean.
      const probe: Record<string, unknown> = {};
      expect(probe.isAdmin).toBeUndefined();
      expect(probe.role).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toEqual(expect.arrayContaining(['isAdmin']));
      // And the app still tells a reader from an admin.
      await t.http.get('/api/admin/users').set(cast.reader.auth).expect(403);
      const me = await t.http.get('/api/me').set(cast.reader.auth).expect(200);
      expect(me.body.role).toBe('reader');
      await t.http.get('/api/admin/users').set(cast.admin.auth).expect(200);
    });
  });
});
