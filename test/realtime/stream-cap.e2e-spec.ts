import { EventStreams } from '../../src/platform/realtime/event-streams.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle, type ArticleFixture } from '../support/sql-fixtures.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';

/** Polls until `check` holds (slots are freed when the socket close is processed). */
async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('GET /api/threads/:id/events: open streams per client IP (SSE_MAX_STREAMS_PER_IP=2)', () => {
  let t: TestApp;
  let port: number;
  let article: ArticleFixture;
  let streams: EventStreams;
  const clients: SseClient[] = [];
  const connect = async (ip: string) => {
    const client = await openSse(port, `/api/threads/${article.threadId}/events`, { 'X-Forwarded-For': ip });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ SSE_MAX_STREAMS_PER_IP: '2' });
    port = await listeningPort(t.app);
    const editor = await newUser(t, { role: 'editor' });
    article = await insertArticle(t, { authorId: editor.id });
    streams = t.app.get(EventStreams);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => t.close());

  it('refuses a third stream from one IP with 429 problem+json and Retry-After: 5; closing one frees its slot', async () => {
    const ip = '198.18.7.1';
    const first = await connect(ip);
    const second = await connect(ip);
    expect([first.status, second.status]).toEqual([200, 200]);
    await Promise.all([first.waitForComment('connected'), second.waitForComment('connected')]);

    const third = await connect(ip);
    expect(third.status).toBe(429);
    expect(third.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(third.headers['retry-after']).toBe('5');
    await third.ended;
    expect(JSON.parse(third.raw())).toMatchObject({ status: 429 });
    expect(streams.openCountFor(ip)).toBe(2);

    first.close();
    await eventually(() => streams.openCountFor(ip) === 1);
    const fourth = await connect(ip);
    expect(fourth.status).toBe(200);
    await fourth.waitForComment('connected');
    expect(streams.openCountFor(ip)).toBe(2);
  });

  it('counts each IP separately', async () => {
    const busy = '198.18.7.2';
    await Promise.all([connect(busy), connect(busy)]);
    expect((await connect(busy)).status).toBe(429);
    const other = await connect('198.18.7.3');
    expect(other.status).toBe(200);
  });

  it('never lets parallel requests exceed the cap', async () => {
    const ip = '198.18.7.4';
    const responses = await Promise.all(Array.from({ length: 10 }, () => connect(ip)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, ...Array(8).fill(429)]);
    expect(streams.openCountFor(ip)).toBe(2);
  });
});
