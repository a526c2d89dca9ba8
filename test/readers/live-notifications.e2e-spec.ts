import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory.js';
import { UserEventsListener } from '../../src/platform/realtime/user-events.listener.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, newUser, type Cast, type TestUser } from '../support/factories.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';

/** #18: a reader's own live stream, opened with a one-time ticket. */
describe('readers: live notifications (GET /api/me/events)', () => {
  let t: TestApp;
  let cast: Cast;
  let threadId: string;
  let port: number;
  let appB: NestFastifyApplication;
  let portB: number;
  const open: SseClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    cast = await newCast(t);
    threadId = (await createArticle(t, cast.editor)).threadId;
    port = await listeningPort(t.app);
    await t.app.get(UserEventsListener).whenListening();
    appB = await createApp({ config: t.config, databaseUrl: t.databaseUrl });
    await appB.init();
    portB = await listeningPort(appB);
    await appB.get(UserEventsListener).whenListening();
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.close();
  });
  afterAll(async () => {
    await appB?.close();
    await t.close();
  });

  const ticketFor = async (user: TestUser): Promise<string> => {
    const response = await t.http.post('/api/me/events/ticket').set(user.auth).expect(201);
    expect(response.body.expiresIn).toBe(60);
    return response.body.ticket as string;
  };
  const stream = async (user: TestUser, onPort = port): Promise<SseClient> => {
    const client = await openSse(onPort, `/api/me/events?ticket=${await ticketFor(user)}`);
    open.push(client);
    expect(client.status).toBe(200);
    await client.waitForComment('connected');
    return client;
  };

  it('a reply produces exactly one notification.created on the recipient stream, none on others', async () => {
    const author = await newUser(t);
    const bystander = await newUser(t);
    const original = await createPost(t, author, threadId, 'Mon avis');
    const mine = await stream(author);
    const theirs = await stream(bystander);
    const reply = await createPost(t, cast.otherReader, threadId, 'Je ne suis pas d’accord', original.id);
    const event = await mine.waitFor((message) => message.event === 'notification.created');
    const inbox = await t.http.get('/api/me/notifications').set(author.auth).expect(200);
    expect(inbox.body.items).toHaveLength(1);
    expect(event.data).toMatchObject({ id: inbox.body.items[0].id, type: 'post.reply' });
    expect((event.data as { data: { postId: string } }).data.postId).toBe(reply.id);
    // Another write afterwards proves the stream is still flowing, and that nothing else came.
    await createPost(t, cast.otherReader, threadId, 'Encore', original.id);
    await mine.waitFor((message) => message.event === 'notification.created' && message !== event);
    expect(mine.events.filter((message) => message.event === 'notification.created')).toHaveLength(2);
    expect(theirs.events).toEqual([]);
  });

  it('delivers a notification written on instance B to a stream on instance A, and the reverse', async () => {
    const author = await newUser(t);
    const original = await createPost(t, author, threadId, 'Sur A');
    const onA = await stream(author, port);
    const onB = await stream(author, portB);
    const writer = await newUser(t);
    const responseOnB = await fetch(`http://127.0.0.1:${portB}/api/threads/${threadId}/posts`, {
      method: 'POST',
      headers: { ...writer.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'Écrit sur B', replyTo: original.id }),
    });
    expect(responseOnB.status).toBe(201);
    const [fromA, fromB] = await Promise.all([
      onA.waitFor((message) => message.event === 'notification.created'),
      onB.waitFor((message) => message.event === 'notification.created'),
    ]);
    expect(fromA.data).toEqual(fromB.data);
    expect(onA.events).toHaveLength(1);
  });

  it('a ticket opens one stream only: used, expired, forged or missing tickets are 401 and change nothing', async () => {
    const user = await newUser(t);
    const ticket = await ticketFor(user);
    const first = await openSse(port, `/api/me/events?ticket=${ticket}`);
    open.push(first);
    expect(first.status).toBe(200);
    const again = await t.http.get(`/api/me/events?ticket=${ticket}`).expect(401);
    expect(again.body.type).toBe('https://tribune.dev/problems/notifications-ticket-invalid');

    const expiring = await ticketFor(user);
    await t.db.query(`UPDATE event_tickets SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const [{ count: before }] = await t.db.query(
      `SELECT count(*)::int AS count FROM event_tickets WHERE user_id = $1`,
      [user.id],
    );
    await t.http.get(`/api/me/events?ticket=${expiring}`).expect(401);
    const [{ count: after }] = await t.db.query(`SELECT count(*)::int AS count FROM event_tickets WHERE user_id = $1`, [
      user.id,
    ]);
    expect({ before, after }).toEqual({ before: 1, after: 1 });

    await t.http.get('/api/me/events').expect(401);
    await t.http.get('/api/me/events?ticket=not-a-ticket').expect(401);
    await t.http.get(`/api/me/events?ticket=${'A'.repeat(43)}`).expect(401);
    await t.http.post('/api/me/events/ticket').expect(401);
  });

  it('two concurrent uses of one ticket: exactly one stream opens', async () => {
    const user = await newUser(t);
    const ticket = await ticketFor(user);
    const attempts = await Promise.all([
      openSse(port, `/api/me/events?ticket=${ticket}`),
      openSse(portB, `/api/me/events?ticket=${ticket}`),
    ]);
    open.push(...attempts);
    expect(attempts.map((client) => client.status).sort()).toEqual([200, 401]);
  });
});
