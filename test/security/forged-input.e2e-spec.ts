import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/**
 * Cursors are opaque, but a client can forge one: every element that is not what the
 * server itself would have written (a safe integer in range, a timestamp, an id) is a
 * 400 naming `cursor`, never a SQL error (500).
 */
const FORGED: Array<[string, unknown]> = [
  ['1e308', [1e308]],
  ['1.5', [1.5]],
  ['a huge integer', [2 ** 60]],
  ['an int4 overflow', [2 ** 31]],
  ['-1e308', [-1e308]],
  ['two huge numbers', [1e308, 1e308]],
  ['huge and an id', [1e308, UUID]],
  ['two fractions', [0.5, 0.25]],
  ['a bad timestamp and id', ['not a date', UUID]],
  ['a timestamp and a bad id', ['2026-01-01T00:00:00.000Z', 'not-a-uuid']],
  ['a year 300000 timestamp', ['300000-01-01T00:00:00Z', UUID]],
  ['a string where a number goes', ['1', '2']],
  ['nested arrays', [[1], [2]]],
  ['an object', { a: 1 }],
  ['null elements', [null, null]],
];

describe('forged cursors and hostile JSON', () => {
  let t: TestApp;
  let reader: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    [reader, moderator, admin] = await Promise.all([
      newUser(t),
      newUser(t, { role: 'moderator' }),
      newUser(t, { role: 'admin' }),
    ]);
    ({ threadId } = await createArticle(t, await newUser(t, { role: 'editor' })));
  });
  afterAll(async () => t.close());

  const listRoutes = (): Array<[string, TestUser | null]> => [
    [`/api/threads/${threadId}/posts`, null],
    [`/api/threads/${threadId}/posts?sort=top`, null],
    ['/api/articles', null],
    ['/api/search?q=retraites', null],
    ['/api/me/notifications', reader],
    ['/api/admin/users', admin],
    ['/api/moderation/queue', moderator],
    ['/api/moderation/log', moderator],
    ['/api/moderation/watched-words', moderator],
    ['/api/error-reports', admin],
  ];

  it('answers every forged cursor on every list route with 400 naming the cursor', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [route, caller] of listRoutes()) {
      for (const [name, value] of FORGED) {
        const separator = route.includes('?') ? '&' : '?';
        let request = t.http.get(`${route}${separator}cursor=${cursorOf(value)}`);
        if (caller) request = request.set(caller.auth);
        const response = await request;
        sent += 1;
        const field = response.body?.errors?.[0]?.field;
        if (response.status !== 400 || field !== 'cursor') {
          failures.push(`${route} with ${name} → ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBe(listRoutes().length * FORGED.length);
  });

  it('still accepts a fractional search rank: ranks are floats', async () => {
    const response = await t.http.get(`/api/search?q=retraites&cursor=${cursorOf([0.05, UUID])}`).expect(200);
    expect(response.body.items).toEqual(expect.any(Array));
  });

  it.each([
    ['objects', (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`],
    ['arrays', (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`],
  ])('refuses JSON nested 2,000 levels deep (%s) with 400 at parse time', async (_, nested) => {
    for (const route of ['/api/auth/login', `/api/threads/${threadId}/posts`]) {
      const response = await t.http
        .post(route)
        .set(reader.auth)
        .set('Content-Type', 'application/json')
        .send(`{"body":${nested(2000)}}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.code).toBe('http.json_too_deep');
    }
  });

  it('accepts JSON nested as deep as a real body goes', async () => {
    const response = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(reader.auth)
      .send({ body: 'Un avis.' })
      .expect(201);
    expect(response.body.body).toBe('Un avis.');
    // 20 levels is still parsed (and then refused by validation as an unknown shape, naming the field).
    const deep = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(reader.auth)
      .set('Content-Type', 'application/json')
      .send(`{"body":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`)
      .expect(400);
    expect(deep.body.errors[0].field).toBe('body');
  });
});
