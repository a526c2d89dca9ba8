import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory.js';
import { RealtimeService, THREAD_EVENTS_CHANNEL } from '../../src/platform/realtime/realtime.service.js';
import { ThreadEventHub } from '../../src/platform/realtime/thread-event-hub.js';
import { EventStreams } from '../../src/platform/realtime/event-streams.js';
import { ThreadEventsListener } from '../../src/platform/realtime/thread-events.listener.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { CALLERS } from '../support/permission-matrix.js';
import { newCast, type Cast } from '../support/factories.js';
import { checkMatrix } from '../support/permission-matrix.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';

/** Polls until `check` holds (subscription counts settle when the socket close is processed). */
async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('GET /api/threads/:id/events (Server-Sent Events)', () => {
  let t: TestApp;
  let cast: Cast;
  let port: number;
  let article: ArticleFixture;
  let hub: ThreadEventHub;
  let realtime: RealtimeService;
  const clients: SseClient[] = [];
  const connect = async (threadId: string, headers?: Record<string, string>, onPort = port) => {
    const client = await openSse(onPort, `/api/threads/${threadId}/events`, headers);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    port = await listeningPort(t.app);
    cast = await newCast(t);
    article = await insertArticle(t, { authorId: cast.editor.id });
    hub = t.app.get(ThreadEventHub);
    realtime = t.app.get(RealtimeService);
    await t.app.get(ThreadEventsListener).whenListening();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => t.close());

  it('answers with an event stream and an immediate ": connected" comment', async () => {
    const client = await connect(article.threadId);
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toBe('text/event-stream');
    expect(client.headers['cache-control']).toBe('no-cache');
    expect(client.headers['x-accel-buffering']).toBe('no');
    await client.waitForComment('connected', 2000);
    expect(client.raw().startsWith(': connected\n')).toBe(true);
  });

  it('delivers post.created published by RealtimeService on the same instance', async () => {
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    const post = await insertPost(t, { threadId: article.threadId, authorId: cast.reader.id, body: 'Bonjour' });
    await realtime.publish({
      threadId: article.threadId,
      type: 'post.created',
      data: { postId: post.id, number: post.number, status: 'visible' },
    });
    const event = await client.waitFor((e) => e.event === 'post.created');
    expect(event.data).toEqual({ threadId: article.threadId, postId: post.id, number: post.number, status: 'visible' });
    expect(Number(event.id)).toBeGreaterThan(0);
    expect(client.raw()).toMatch(/event: post\.created\nid: \d+\ndata: \{.*\}\n\n/);
  });

  it('delivers events of its own thread only, with increasing ids', async () => {
    const other = await insertArticle(t, { authorId: cast.editor.id });
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    await realtime.publish({ threadId: other.threadId, type: 'post.created', data: { number: 1 } });
    await realtime.publish({ threadId: article.threadId, type: 'post.updated', data: { number: 1 } });
    await realtime.publish({ threadId: article.threadId, type: 'thread.locked', data: { status: 'locked' } });
    const locked = await client.waitFor((e) => e.event === 'thread.locked');
    expect(client.events.map((e) => e.event)).toEqual(['post.updated', 'thread.locked']);
    expect(Number(locked.id)).toBeGreaterThan(Number(client.events[0].id));
  });

  it('sends nothing for a transaction that rolls back (NOTIFY is transactional)', async () => {
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    await expect(
      t.db.transaction(async (manager) => {
        await realtime.publish({ threadId: article.threadId, type: 'post.hidden', data: { number: 9 } }, manager);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await realtime.publish({ threadId: article.threadId, type: 'post.updated', data: { number: 10 } });
    await client.waitFor((e) => e.event === 'post.updated');
    expect(client.events.map((e) => e.event)).toEqual(['post.updated']);
  });

  it('never relays post text, even if a publisher sends it', async () => {
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    await realtime.publish({
      threadId: article.threadId,
      type: 'post.hidden',
      data: { postId: 'p', number: 3, status: 'hidden', body: 'secret', html: '<p>secret</p>' },
    });
    const event = await client.waitFor((e) => e.event === 'post.hidden');
    expect(event.data).toEqual({ threadId: article.threadId, postId: 'p', number: 3, status: 'hidden' });
    expect(client.raw()).not.toContain('secret');
  });

  it('drops malformed notifications without breaking the stream', async () => {
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    await t.db.query(`SELECT pg_notify($1, $2)`, [THREAD_EVENTS_CHANNEL, 'not json']);
    await t.db.query(`SELECT pg_notify($1, $2)`, [
      THREAD_EVENTS_CHANNEL,
      JSON.stringify({ threadId: article.threadId, type: 'evil', data: {} }),
    ]);
    await realtime.publish({ threadId: article.threadId, type: 'post.created', data: { number: 4 } });
    await client.waitFor((e) => e.event === 'post.created');
    expect(client.events.map((e) => e.event)).toEqual(['post.created']);
  });

  it('sends heartbeat comments at the configured interval', async () => {
    const streams = t.app.get(EventStreams);
    streams.heartbeatMs = 50;
    try {
      const client = await connect(article.threadId);
      await client.waitForComment('heartbeat', 2000);
    } finally {
      streams.heartbeatMs = 15_000;
    }
  });

  it('removes the subscription when the client disconnects (no leak)', async () => {
    const quiet = await insertArticle(t, { authorId: cast.editor.id });
    const a = await connect(quiet.threadId);
    const b = await connect(quiet.threadId);
    await Promise.all([a.waitForComment('connected'), b.waitForComment('connected')]);
    expect(hub.subscriberCount(quiet.threadId)).toBe(2);
    a.close();
    await eventually(() => hub.subscriberCount(quiet.threadId) === 1);
    b.close();
    await eventually(() => hub.subscriberCount(quiet.threadId) === 0);
    await eventually(() => t.app.get(EventStreams).openCount === 0);
  });

  it('survives the loss of its LISTEN connection: reconnects, tells clients to resync, keeps delivering', async () => {
    const listener = t.app.get(ThreadEventsListener);
    const client = await connect(article.threadId);
    await client.waitForComment('connected');
    const pid = listener.backendPid;
    expect(pid).toEqual(expect.any(Number));
    await t.db.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await client.waitFor((e) => e.event === 'resync', 10_000);
    expect(listener.isListening).toBe(true);
    expect(listener.backendPid).not.toBe(pid);
    await realtime.publish({ threadId: article.threadId, type: 'post.created', data: { number: 5 } });
    await client.waitFor((e) => e.event === 'post.created');
  });

  it('404s (problem+json) for an unknown or malformed thread id', async () => {
    const unknown = await openSse(port, '/api/threads/7b4a1f9e-0000-4000-8000-000000000000/events');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    await unknown.ended;
    expect(JSON.parse(unknown.raw())).toMatchObject({ status: 404 });
    const malformed = await openSse(port, '/api/threads/not-a-uuid/events');
    expect(malformed.status).toBe(404);
    await malformed.ended;
  });

  it('is public: every caller may subscribe (permission matrix)', async () => {
    for (const caller of CALLERS) {
      const headers = caller === 'anonymous' ? {} : cast[caller as keyof Cast].auth;
      const client = await connect(article.threadId, headers);
      expect([caller, client.status]).toEqual([caller, 200]);
      client.close();
    }
    const all = 404;
    await expect(
      checkMatrix(t, cast, {
        method: 'get',
        route: '/api/threads/:id/events',
        path: () => '/api/threads/7b4a1f9e-0000-4000-8000-000000000000/events',
        expect: {
          anonymous: all,
          reader: all,
          otherReader: all,
          editor: all,
          moderator: all,
          admin: all,
          suspended: all,
          banned: all,
        },
      }),
    ).resolves.toEqual([]);
  });

  describe('with a second instance on the same database', () => {
    let appB: NestFastifyApplication;
    let portB: number;

    beforeAll(async () => {
      appB = await createApp({ config: t.config, databaseUrl: t.databaseUrl });
      await appB.init();
      portB = await listeningPort(appB);
      await appB.get(ThreadEventsListener).whenListening();
    });
    afterAll(async () => appB?.close());

    it('delivers an event published on instance A to a client of instance B', async () => {
      const onB = await connect(article.threadId, {}, portB);
      await onB.waitForComment('connected');
      await realtime.publish({ threadId: article.threadId, type: 'post.created', data: { number: 42 } });
      const event = await onB.waitFor((e) => e.event === 'post.created');
      expect(event.data).toMatchObject({ number: 42 });
      expect(appB.get(RealtimeService)).not.toBe(realtime);
    });

    it('ends open streams and closes its LISTEN connection on shutdown, so close() returns', async () => {
      const appC = await createApp({ config: t.config, databaseUrl: t.databaseUrl });
      await appC.init();
      const portC = await listeningPort(appC);
      const listener = appC.get(ThreadEventsListener);
      await listener.whenListening();
      const pid = listener.backendPid;
      const client = await connect(article.threadId, {}, portC);
      await client.waitForComment('connected');
      const started = Date.now();
      await appC.close();
      expect(Date.now() - started).toBeLessThan(5000);
      await client.ended;
      expect(listener.isListening).toBe(false);
      let alive = 1;
      for (let i = 0; i < 50 && alive > 0; i += 1) {
        const [row]: Array<{ count: number }> = await t.db.query(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE pid = $1`,
          [pid],
        );
        alive = row.count;
        if (alive > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(alive).toBe(0);
    });
  });
});
