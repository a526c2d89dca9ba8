import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { findFreePort } from '../../src/database/embedded-postgres.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { spawnNode, stopServers, waitForStatus, type Spawned } from '../support/process.js';
import { openSse, type SseClient } from '../support/sse-client.js';

/*
 * The anonymous read cache across two instances (A and B) on one database:
 * every write taken by A reaches B's cached pages within the delivery of its
 * NOTIFY. For posts, exactly: once B's SSE stream has the `post.created` event,
 * B's very next anonymous read shows the post (the cache is invalidated before
 * the event is handed to the streams). For writes without a live event (votes,
 * edits, poll ballots, an article's title), B is read in a loop and must show
 * the change within 2 s; a page it served before the write proves the cache was
 * in play. A signed-in reader's vote and permissions never reach B's cache.
 */
const JWT_SECRET = `read-cache-${randomBytes(16).toString('hex')}`;
const EVENT_DELAY_BOUND_MS = 2000;

/** A JSON answer, read field by field by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Post {
  id: string;
  number: number;
  score: number;
  body: string | null;
  myVote?: number | null;
  permissions: { canEdit: boolean; canDelete: boolean };
}

describe('read cache across two instances', () => {
  let database: { name: string; url: string };
  let db: pg.Client;
  let a: Spawned | undefined;
  let b: Spawned | undefined;
  let portA: number;
  let portB: number;
  let threadId: string;
  let slug: string;
  let pollId: string;
  let authorAuth: Record<string, string>;
  let editorAuth: Record<string, string>;
  const readers: Array<Record<string, string>> = [];

  const start = async (port: number): Promise<Spawned> => {
    const server = spawnNode('dist/src/main.js', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: database.url,
      JWT_SECRET,
      JOBS_WORKER: 'false',
      RATE_LIMIT_FACTOR: '100',
      MAIL_DIR: `/tmp/tribune-test-mail/${database.name}`,
    });
    await waitForStatus(`http://127.0.0.1:${port}/api/health/ready`, 200, server);
    return server;
  };
  const url = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;
  const get = async (port: number, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url(port, path), { headers });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
  };
  const send = async (port: number, method: string, path: string, auth: Record<string, string>, body?: unknown) => {
    const response = await fetch(url(port, path), {
      method,
      headers: { 'content-type': 'application/json', ...auth },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A 204 has no body; any other answer must be JSON (a parse error fails the test).
    const text = await response.text();
    return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as Json };
  };
  /** Reads B until `accept` holds; returns how long it took, failing past the bound. */
  const staleFor = async (path: string, accept: (body: Json) => boolean): Promise<number> => {
    const started = Date.now();
    for (;;) {
      const response = await get(portB, path);
      if (accept(response.body)) return Date.now() - started;
      if (Date.now() - started > EVENT_DELAY_BOUND_MS)
        throw new Error(`B still stale after ${EVENT_DELAY_BOUND_MS} ms: ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  /** Reads `path` on B twice: the second answer must come from B's cache (so a write could make it stale). */
  const primeB = async (path: string) => {
    await get(portB, path);
    const again = await get(portB, path);
    expect(again.headers.get('x-cache')).toBe('HIT');
    return again.body;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { expiresIn: 3600 } });
    const users = await db.query<{ id: string; role: string }>(
      `INSERT INTO users (username, email, password_hash, role)
       SELECT 'cache_' || g, 'cache_' || g || '@example.test', 'x', CASE WHEN g = 1 THEN 'editor' ELSE 'reader' END
         FROM generate_series(1, 6) g RETURNING id, role`,
    );
    const auths = await Promise.all(
      users.rows.map(async (user) => ({
        Authorization: `Bearer ${await jwt.signAsync({ sub: user.id, typ: 'access' })}`,
      })),
    );
    [editorAuth, authorAuth] = auths;
    readers.push(...auths.slice(2));
    slug = `cache-deux-instances-${randomBytes(3).toString('hex')}`;
    const [article] = (
      await db.query<{ id: string }>(
        `INSERT INTO articles (slug, title, summary, body, body_html, author_id)
         VALUES ($1, 'Deux instances, un cache', '', 'Texte', '<p>Texte</p>', $2) RETURNING id`,
        [slug, users.rows[0].id],
      )
    ).rows;
    threadId = (
      await db.query<{ id: string }>(`INSERT INTO threads (article_id) VALUES ($1) RETURNING id`, [article.id])
    ).rows[0].id;
    portA = await findFreePort();
    portB = await findFreePort();
    // One after the other: two instances creating the job queues at once can deadlock in pg-boss.
    a = await start(portA);
    b = await start(portB);
    const poll = await send(portA, 'POST', `/api/articles/${slug}/polls`, editorAuth, {
      question: 'Le cache est-il exact ?',
      options: ['Oui', 'Non'],
      mode: 'single',
      resultsVisibility: 'always',
    });
    expect(poll.status).toBe(201);
    pollId = poll.body.id;
  }, 150_000);

  afterAll(async () => {
    await stopServers(a, b);
    await db.end();
    await dropTestDatabase(database.name);
  });

  it('20 posts on A: each is on B the moment B streamed its event, never a stale cached page', async () => {
    const path = `/api/threads/${threadId}/posts?limit=100`;
    let stream: SseClient | undefined;
    try {
      stream = await openSse(portB, `/api/threads/${threadId}/events`);
      await stream.waitForComment('connected');
      let hits = 0;
      for (let i = 1; i <= 20; i += 1) {
        const before = await get(portB, path);
        if ((await get(portB, path)).headers.get('x-cache') === 'HIT') hits += 1;
        expect(before.body.items).toHaveLength(i - 1);
        const created = await send(portA, 'POST', `/api/threads/${threadId}/posts`, authorAuth, { body: `Avis ${i}` });
        expect(created.status).toBe(201);
        await stream.waitFor((event) => event.event === 'post.created' && (event.data as Post).number === i);
        const after = await get(portB, path);
        expect(after.body.items.map((post: Post) => post.id)).toContain(created.body.id);
        expect(after.body.items).toHaveLength(i);
      }
      // The page B served between writes did come from its cache (else this test proves nothing).
      expect(hits).toBe(20);
    } finally {
      stream?.close();
    }
  });

  it('votes, an edit, a poll ballot and an article title written on A reach B within the event delay', async () => {
    const path = `/api/threads/${threadId}/posts?limit=100`;
    const target = ((await primeB(path)).items as Post[])[0];
    const delays: number[] = [];
    for (const [i, reader] of readers.entries()) {
      expect((await send(portA, 'PUT', `/api/posts/${target.id}/vote`, reader, { value: 1 })).status).toBe(200);
      delays.push(await staleFor(path, (body) => body.items[0].score === target.score + i + 1));
      await primeB(path);
    }
    expect((await send(portA, 'PATCH', `/api/posts/${target.id}`, authorAuth, { body: 'Avis révisé' })).status).toBe(
      200,
    );
    delays.push(await staleFor(path, (body) => body.items[0].body === 'Avis révisé'));

    const pollPath = `/api/polls/${pollId}`;
    const options = (await primeB(pollPath)).options as Array<{ id: string }>;
    expect((await send(portA, 'PUT', `${pollPath}/vote`, readers[0], { optionIds: [options[1].id] })).status).toBe(200);
    delays.push(await staleFor(pollPath, (body) => body.totalVoters === 1));
    const articlePath = `/api/articles/${slug}`;
    await primeB(articlePath);
    expect((await send(portA, 'PUT', `${pollPath}/vote`, readers[1], { optionIds: [options[0].id] })).status).toBe(200);
    delays.push(await staleFor(articlePath, (body) => body.polls[0].totalVoters === 2));
    await primeB(articlePath);
    await primeB(`/api/threads/${threadId}`);
    expect((await send(portA, 'PATCH', articlePath, editorAuth, { title: 'Un cache exact' })).status).toBe(200);
    delays.push(await staleFor(articlePath, (body) => body.title === 'Un cache exact'));
    delays.push(await staleFor(`/api/threads/${threadId}`, (body) => body.title === 'Un cache exact'));
    process.stderr.write(`read cache, A → B staleness (ms): ${delays.join(', ')}\n`);
  });

  it("a signed-in reader's vote and permissions never reach an anonymous reader on either instance", async () => {
    const path = `/api/threads/${threadId}/posts?limit=100`;
    for (const port of [portA, portB, portB, portA]) {
      const mine = await get(port, path, readers[0]);
      expect(mine.headers.get('cache-control')).toBe('private, no-cache');
      expect(mine.body.items[0].myVote).toBe(1);
      const authored = await get(port, path, authorAuth);
      expect(authored.body.items[0].permissions.canEdit).toBe(true);
      for (const anonymousPort of [portA, portB]) {
        const anonymous = await get(anonymousPort, path);
        for (const post of anonymous.body.items as Post[]) {
          expect('myVote' in post).toBe(false);
          expect(post.permissions).toEqual({ canEdit: false, canDelete: false });
        }
      }
    }
  });
});
