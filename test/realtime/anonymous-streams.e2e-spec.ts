import type { IncomingHttpHeaders } from 'node:http';
import { AnonymousThreadStreams } from '../../src/modules/realtime/anonymous-thread-streams.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, type ArticleFixture } from '../support/sql-fixtures.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';
import { whileTableLocked } from '../support/table-lock.js';

const SITE = 'https://www.journal.example';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every header but those that differ per answer (date, request id). */
const comparable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => name !== 'date' && name !== 'x-request-id')
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * Anonymous readers' thread streams are answered before Fastify
 * (AnonymousThreadStreams): same headers, same events, same refusals as the route,
 * which still answers everything else.
 */
describe('GET /api/threads/:id/events for anonymous readers (the path in front of Fastify)', () => {
  let t: TestApp;
  let port: number;
  let editor: TestUser;
  let article: ArticleFixture;
  let fast: AnonymousThreadStreams;
  const clients: SseClient[] = [];
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const client = await openSse(port, path, headers);
    clients.push(client);
    return client;
  };
  const eventsOf = (threadId: string) => `/api/threads/${threadId}/events`;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: SITE });
    port = await listeningPort(t.app);
    editor = await newUser(t, { role: 'editor' });
    article = await insertArticle(t, { authorId: editor.id });
    fast = t.app.get(AnonymousThreadStreams);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => t.close());

  it('serves an anonymous reader; an editor goes through the route; both answers carry the same headers and events', async () => {
    const before = fast.served;
    const anonymous = await open(eventsOf(article.threadId));
    expect(fast.served).toBe(before + 1);
    const staff = await open(eventsOf(article.threadId), editor.auth);
    expect(fast.served).toBe(before + 1);

    expect([anonymous.status, staff.status]).toEqual([200, 200]);
    expect(comparable(anonymous.headers)).toEqual(comparable(staff.headers));
    expect(anonymous.headers['content-type']).toBe('text/event-stream');
    expect(anonymous.headers['x-content-type-options']).toBe('nosniff');
    expect(anonymous.headers['x-request-id']).toMatch(UUID);
    expect(anonymous.headers['x-request-id']).not.toBe(staff.headers['x-request-id']);

    await Promise.all([anonymous.waitForComment('connected'), staff.waitForComment('connected')]);
    const reader = await newUser(t);
    const posted = await t.http
      .post(`/api/threads/${article.threadId}/posts`)
      .set(reader.auth)
      .send({ body: 'Un message en direct.' })
      .expect(201);
    const isMine = (event: { event: string; data: unknown }) =>
      event.event === 'post.created' && (event.data as { id?: string }).id === posted.body.id;
    const [a, b] = await Promise.all([anonymous.waitFor(isMine), staff.waitFor(isMine)]);
    expect(a).toEqual(b);
  });

  it('from an allowed origin: the same CORS headers as the route', async () => {
    const before = fast.served;
    const anonymous = await open(eventsOf(article.threadId), { Origin: SITE });
    const staff = await open(eventsOf(article.threadId), { Origin: SITE, ...editor.auth });
    expect(fast.served).toBe(before + 1);
    expect(anonymous.headers['access-control-allow-origin']).toBe(SITE);
    expect(comparable(anonymous.headers)).toEqual(comparable(staff.headers));
  });

  it('from an origin not allowed: served like the route, without Access-Control-Allow-Origin', async () => {
    const before = fast.served;
    const anonymous = await open(eventsOf(article.threadId), { Origin: 'https://evil.example' });
    const staff = await open(eventsOf(article.threadId), { Origin: 'https://evil.example', ...editor.auth });
    expect(fast.served).toBe(before + 1);
    expect(anonymous.headers['access-control-allow-origin']).toBeUndefined();
    expect(comparable(anonymous.headers)).toEqual(comparable(staff.headers));
  });

  it("keeps an upstream proxy's request id", async () => {
    const stream = await open(eventsOf(article.threadId), { 'X-Request-Id': 'lb-1234.abc' });
    expect(stream.headers['x-request-id']).toBe('lb-1234.abc');
  });

  it('leaves unknown and embargoed threads to the route: 404 problem+json, as before', async () => {
    const embargoed = await insertArticle(t, { authorId: editor.id, publishedAt: new Date(Date.now() + 3_600_000) });
    const before = fast.served;
    const paths = [eventsOf('00000000-0000-4000-8000-000000000000'), eventsOf(embargoed.threadId)];
    for (const path of paths) {
      const stream = await open(path);
      expect(stream.status).toBe(404);
      expect(stream.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(fast.served).toBe(before);
    // The editor who sees the embargo follows its thread through the route.
    expect((await open(eventsOf(embargoed.threadId), editor.auth)).status).toBe(200);
  });

  it('is counted in the metrics and logged when it ends', async () => {
    const metric = async () => {
      const text = (await t.http.get('/metrics').expect(200)).text;
      const line = text
        .split('\n')
        .find(
          (l) =>
            l.startsWith('http_requests_total{') &&
            l.includes('route="/api/threads/:id/events"') &&
            l.includes('status="200"'),
        );
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await metric();
    const stream = await open(eventsOf(article.threadId));
    await stream.waitForComment('connected');
    stream.close();
    const deadline = Date.now() + 5000;
    while ((await metric()) !== before + 1) {
      if (Date.now() > deadline) throw new Error(`the closed stream was not counted (still ${await metric()})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});

describe('GET /api/threads/:id/events for anonymous readers, the database failing', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A short statement timeout turns "the threads table is locked" into a real database
    // error (57014) in the stream's thread lookup, on the fast path and on the route alike.
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
  });
  afterAll(async () => t.close());

  it('is the route’s 503 problem+json, never a hung or half-open stream', async () => {
    const port = await listeningPort(t.app);
    const editor = await newUser(t, { role: 'editor' });
    const article = await insertArticle(t, { authorId: editor.id });
    const fast = t.app.get(AnonymousThreadStreams);
    await whileTableLocked(t.databaseUrl, 'threads', async () => {
      const before = fast.served;
      const stream = await openSse(port, `/api/threads/${article.threadId}/events`);
      expect(stream.status).toBe(503);
      expect(stream.headers['content-type']).toMatch(/application\/problem\+json/);
      await stream.ended;
      expect(JSON.parse(stream.raw()).code).toBe('http.unavailable');
      expect(fast.served).toBe(before);
    });
    const after = await openSse(port, `/api/threads/${article.threadId}/events`);
    expect(after.status).toBe(200);
    after.close();
  });
});
