import { RealtimeService } from '../../src/platform/realtime/realtime.service.js';
import { ThreadEventsListener } from '../../src/platform/realtime/thread-events.listener.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, type ArticleFixture } from '../support/sql-fixtures.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';

/**
 * Thread events carry an SSE id; a client reconnecting with Last-Event-ID gets
 * what it missed in the last 10 minutes (from the stored log, so from any
 * instance), else `resync`. Unlocking is announced like locking.
 */
describe('thread events: ids, Last-Event-ID replay, resync, unlock', () => {
  let t: TestApp;
  let port: number;
  let moderator: TestUser;
  let reader: TestUser;
  let article: ArticleFixture;
  let realtime: RealtimeService;
  const clients: SseClient[] = [];
  const connect = async (threadId: string, headers?: Record<string, string>, query = '') => {
    const client = await openSse(port, `/api/threads/${threadId}/events${query}`, headers);
    clients.push(client);
    await client.waitForComment('connected');
    return client;
  };
  const post = (body: string, threadId = article.threadId) =>
    t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body }).expect(201);

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    port = await listeningPort(t.app);
    [moderator, reader] = await Promise.all([newUser(t, { role: 'moderator' }), newUser(t)]);
    article = await insertArticle(t, { authorId: moderator.id });
    realtime = t.app.get(RealtimeService);
    await t.app.get(ThreadEventsListener).whenListening();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => t.close());

  it('announces thread.unlocked as it announces thread.locked, each with an id', async () => {
    const client = await connect(article.threadId);
    await t.http.post(`/api/moderation/threads/${article.threadId}/lock`).set(moderator.auth).send({}).expect(200);
    await t.http.post(`/api/moderation/threads/${article.threadId}/unlock`).set(moderator.auth).send({}).expect(200);
    const unlocked = await client.waitFor((e) => e.event === 'thread.unlocked');
    expect(client.events.map((e) => e.event)).toEqual(['thread.locked', 'thread.unlocked']);
    expect(unlocked.data).toMatchObject({ threadId: article.threadId, status: 'open' });
    const ids = client.events.map((e) => Number(e.id));
    expect(ids.every((id) => Number.isSafeInteger(id) && id > 0)).toBe(true);
    expect(ids[1]).toBeGreaterThan(ids[0]);
  });

  it('replays exactly the events missed since Last-Event-ID, in order, then goes on live', async () => {
    const first = await connect(article.threadId);
    const seen = await post('Vu en direct');
    const last = await first.waitFor(
      (e) => e.event === 'post.created' && (e.data as { id: string }).id === seen.body.id,
    );
    first.close();

    const missed = [await post('Manqué 1'), await post('Manqué 2')];
    await t.http
      .post(`/api/moderation/posts/${missed[0].body.id}/hide`)
      .set(moderator.auth)
      .send({ reason: 'hors sujet' })
      .expect(200);

    const again = await connect(article.threadId, { 'Last-Event-ID': last.id! });
    await again.waitFor((e) => e.event === 'post.hidden');
    const live = await post('Après la reconnexion');
    await again.waitFor((e) => e.event === 'post.created' && (e.data as { id: string }).id === live.body.id);
    // Everything after the client's last event, in order, once each...
    const after = again.events.filter((e) => Number(e.id) > Number(last.id));
    expect(after.map((e) => [e.event, (e.data as { id: string }).id])).toEqual([
      ['post.created', missed[0].body.id],
      ['post.created', missed[1].body.id],
      ['post.hidden', missed[0].body.id],
      ['post.created', live.body.id],
    ]);
    const ids = again.events.map((e) => Number(e.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // ...and, first, only events written in the 5 s before it (numbered before, maybe committed after it).
    const overlap = again.events.filter((e) => Number(e.id) < Number(last.id)).map((e) => e.id);
    const [{ window }] = await t.db.query(
      `SELECT coalesce(array_agg(id::text ORDER BY id), '{}') AS window FROM thread_events
        WHERE thread_id = $1 AND id < $2
          AND created_at > (SELECT created_at FROM thread_events WHERE id = $2) - interval '5 seconds'`,
      [article.threadId, last.id],
    );
    expect(overlap).toEqual(window);
  });

  it('accepts the id as ?lastEventId= too (a page that opens a new EventSource)', async () => {
    const client = await connect(article.threadId);
    await post('Repère');
    const mark = await client.waitFor((e) => e.event === 'post.created');
    client.close();
    const missed = await post('Entre deux');
    const again = await connect(article.threadId, {}, `?lastEventId=${mark.id}`);
    await again.waitFor((e) => e.event === 'post.created' && (e.data as { id: string }).id === missed.body.id);
    expect(again.events.filter((e) => Number(e.id) > Number(mark.id))).toHaveLength(1);
  });

  it.each([
    ['an id never issued', () => '999999999999'],
    ['garbage', () => 'abc; DROP TABLE x'],
    ['an id of another thread', async () => (await otherThreadEventId()).toString()],
    ['an id older than 10 minutes', async () => (await agedEventId()).toString()],
  ])('sends resync (without id) for %s, then goes on live', async (_name, makeId) => {
    const lastEventId = await makeId();
    const client = await connect(article.threadId, { 'Last-Event-ID': lastEventId });
    const resync = await client.waitFor((e) => e.event === 'resync');
    expect(resync).toEqual({ event: 'resync', id: null, data: { threadId: article.threadId } });
    await post('Toujours en direct');
    await client.waitFor((e) => e.event === 'post.created');
    expect(client.events[0].event).toBe('resync');
  });

  async function otherThreadEventId(): Promise<number> {
    const other = await insertArticle(t, { authorId: moderator.id });
    await post('Ailleurs', other.threadId);
    const [row] = await t.db.query(`SELECT max(id)::bigint AS id FROM thread_events WHERE thread_id = $1`, [
      other.threadId,
    ]);
    return Number(row.id);
  }

  async function agedEventId(): Promise<number> {
    await post('Il y a longtemps');
    const [row] = await t.db.query(
      `UPDATE thread_events SET created_at = now() - interval '11 minutes'
        WHERE id = (SELECT max(id) FROM thread_events WHERE thread_id = $1) RETURNING id`,
      [article.threadId],
    );
    return Number(row.id);
  }

  it('stores an event only if its change commits, and prunes events past 10 minutes', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM thread_events`);
    await expect(
      t.db.transaction(async (manager) => {
        await realtime.publish({ threadId: article.threadId, type: 'post.updated', data: { number: 1 } }, manager);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM thread_events`)).toEqual(before);

    await t.db.query(`UPDATE thread_events SET created_at = now() - interval '11 minutes'`);
    await post('Récent');
    expect(await realtime.prune()).toBe(before[0].n);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM thread_events`);
    expect(n).toBe(1);
  });
});
