import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory.js';
import { QueueEventsListener } from '../../src/platform/realtime/queue-events.listener.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';
import { newThreadWithPost, openItems } from './support.js';

/** #19: the live queue, queue counts, a user's context and notes, targeted pre-moderation. */
describe('moderation in depth', () => {
  let t: TestApp;
  let appB: NestFastifyApplication;
  let port: number;
  let portB: number;
  let moderator: TestUser;
  let admin: TestUser;
  let editor: TestUser;
  let threadId: string;
  const open: SseClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000', PREMODERATE_LINKS: 'new_accounts' });
    moderator = await newUser(t, { role: 'moderator' });
    admin = await newUser(t, { role: 'admin' });
    editor = await newUser(t, { role: 'editor' });
    threadId = (await createArticle(t, editor)).threadId;
    port = await listeningPort(t.app);
    await t.app.get(QueueEventsListener).whenListening();
    appB = await createApp({ config: t.config, databaseUrl: t.databaseUrl });
    await appB.init();
    portB = await listeningPort(appB);
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.close();
  });
  afterAll(async () => {
    await appB?.close();
    await t.close();
  });

  const queueStream = async (who: TestUser): Promise<SseClient> => {
    const { body } = await t.http.post('/api/moderation/events/ticket').set(who.auth).expect(201);
    const client = await openSse(port, `/api/moderation/events?ticket=${body.ticket}`);
    open.push(client);
    expect(client.status).toBe(200);
    await client.waitForComment('connected');
    return client;
  };
  const old = () => newUser(t, { createdAt: new Date(Date.now() - 30 * 86_400_000) });
  /** Two articles, each with one post flagged once. */
  const twoFlaggedArticles = async () => {
    const articles = [await newThreadWithPost(t, await old()), await newThreadWithPost(t, await old())];
    for (const { postId } of articles) {
      await t.http
        .post(`/api/posts/${postId}/flags`)
        .set((await newUser(t)).auth)
        .send({ reason: 'spam' })
        .expect(201);
    }
    return articles;
  };

  describe('the live queue', () => {
    it('streams created, updated and resolved items, whichever instance wrote them', async () => {
      const stream = await queueStream(moderator);
      const author = await old();
      const { postId } = await newThreadWithPost(t, author);
      const flagger = await newUser(t);
      // The flag goes to instance B; the stream is on instance A.
      const flagged = await fetch(`http://127.0.0.1:${portB}/api/posts/${postId}/flags`, {
        method: 'POST',
        headers: { ...flagger.auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'spam' }),
      });
      expect(flagged.status).toBe(201);
      const created = await stream.waitFor((event) => event.event === 'queue.item.created');
      expect(created.data).toMatchObject({ kind: 'flagged', status: 'open', subjectType: 'post', subjectId: postId });
      const itemId = (created.data as { id: string }).id;
      await t.http.post(`/api/moderation/queue/${itemId}/claim`).set(moderator.auth).expect(200);
      await stream.waitFor(
        (event) => event.event === 'queue.item.updated' && (event.data as { id: string }).id === itemId,
      );
      await t.http
        .post(`/api/moderation/posts/${postId}/hide`)
        .set(moderator.auth)
        .send({ reason: 'Spam.' })
        .expect(200);
      const resolved = await stream.waitFor((event) => event.event === 'queue.item.resolved');
      expect(resolved.data).toMatchObject({ id: itemId, status: 'resolved', resolution: 'hidden' });
      expect(stream.events.map((event) => event.event)).toEqual([
        'queue.item.created',
        'queue.item.updated',
        'queue.item.resolved',
      ]);
    });

    it('opens only for staff, once per ticket', async () => {
      const reader = await newUser(t);
      const { body } = await t.http.post('/api/me/events/ticket').set(reader.auth).expect(201);
      const refused = await openSse(port, `/api/moderation/events?ticket=${body.ticket}`);
      open.push(refused);
      expect(refused.status).toBe(403);
      await t.http.post('/api/moderation/events/ticket').set(reader.auth).expect(403);
      const ticket = (await t.http.post('/api/moderation/events/ticket').set(moderator.auth).expect(201)).body.ticket;
      const first = await openSse(port, `/api/moderation/events?ticket=${ticket}`);
      const second = await openSse(port, `/api/moderation/events?ticket=${ticket}`);
      open.push(first, second);
      expect([first.status, second.status]).toEqual([200, 401]);
    });
  });

  it('counts open items per kind, every kind present', async () => {
    const before = (await t.http.get('/api/moderation/queue/counts').set(moderator.auth).expect(200)).body;
    expect(Object.keys(before).sort()).toEqual([
      'appeal',
      'dsa_notice',
      'error_report',
      'flagged',
      'ownAppeals',
      'pending',
    ]);
    const { postId } = await newThreadWithPost(t, await old());
    await t.http
      .post('/api/dsa/notices')
      .send({ postId, legalGround: 'Injure', explanation: 'x', email: 'a@example.fr', goodFaith: true })
      .expect(201);
    const after = (await t.http.get('/api/moderation/queue/counts').set(moderator.auth).expect(200)).body;
    expect(after).toEqual({ ...before, dsa_notice: before.dsa_notice + 1 });
  });

  it('counts only one article’s open items with ?article=, as the queue filters them', async () => {
    const [first, second] = await twoFlaggedArticles();
    await t.http
      .post(`/api/articles/${first.article.slug}/error-reports`)
      .send({ quote: 'Texte de l’article' })
      .expect(201);
    await t.http
      .post('/api/dsa/notices')
      .send({ postId: second.postId, legalGround: 'Injure', explanation: 'x', email: 'a@example.fr', goodFaith: true })
      .expect(201);

    const counts = await t.http
      .get(`/api/moderation/queue/counts?article=${first.article.slug}`)
      .set(moderator.auth)
      .expect(200);
    expect(counts.body).toEqual({ flagged: 1, pending: 0, error_report: 1, dsa_notice: 0, appeal: 0, ownAppeals: 0 });
    const listed = await t.http
      .get(`/api/moderation/queue?article=${first.article.slug}&kind=flagged`)
      .set(moderator.auth)
      .expect(200);
    expect(listed.body.items).toHaveLength(counts.body.flagged);
    const none = await t.http.get('/api/moderation/queue/counts?article=pas-un-article').set(moderator.auth);
    expect(none.body).toEqual({ flagged: 0, pending: 0, error_report: 0, dsa_notice: 0, appeal: 0, ownAppeals: 0 });
    await t.http
      .get(`/api/moderation/queue/counts?article=${'x'.repeat(201)}`)
      .set(moderator.auth)
      .expect(400);
  });

  it('filters the queue by article (its posts and its error reports)', async () => {
    const [first] = await twoFlaggedArticles();
    const page = await t.http
      .get(`/api/moderation/queue?article=${first.article.slug}`)
      .set(moderator.auth)
      .expect(200);
    expect(page.body.items.map((item: { subject: { post: { id: string } } }) => item.subject.post.id)).toEqual([
      first.postId,
    ]);
    const none = await t.http.get('/api/moderation/queue?article=pas-un-article').set(moderator.auth).expect(200);
    expect(none.body.items).toEqual([]);
  });

  describe("a user's context", () => {
    it('shows status, counts, last 20 posts, notes and sanctions', async () => {
      const reader = await old();
      for (let index = 0; index < 22; index += 1) await createPost(t, reader, threadId, `Avis n° ${index}`);
      const note = await t.http
        .post(`/api/moderation/users/${reader.id}/notes`)
        .set(moderator.auth)
        .send({ body: 'Averti le 12/11.' })
        .expect(201);
      expect(note.body).toEqual({
        id: expect.any(String),
        body: 'Averti le 12/11.',
        author: moderator.username,
        createdAt: expect.any(String),
      });
      await t.http
        .post(`/api/moderation/users/${reader.id}/notes`)
        .set(moderator.auth)
        .send({ body: 'x'.repeat(2001) })
        .expect(400);
      await t.http
        .post(`/api/moderation/users/${reader.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'Hors sujet répété.' })
        .expect(200);
      const context = await t.http.get(`/api/moderation/users/${reader.id}`).set(moderator.auth).expect(200);
      expect(context.body.user).toMatchObject({
        id: reader.id,
        username: reader.username,
        role: 'reader',
        status: 'active',
      });
      expect(context.body.counts).toEqual({
        posts: 22,
        visible: 22,
        pending: 0,
        hidden: 0,
        deleted: 0,
        rejected: 0,
        flagsReceived: 0,
      });
      expect(context.body.lastPosts).toHaveLength(20);
      expect(context.body.lastPosts[0].excerpt).toBe('Avis n° 21');
      expect(context.body.notes).toEqual([note.body]);
      expect(context.body.premoderation).toMatchObject({ until: null, reason: 'Hors sujet répété.' });
      expect(context.body.sanctions.map((s: { action: string }) => s.action)).toEqual(['user.premoderate']);
      const [audit] = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action = 'user.note'`, [
        reader.id,
      ]);
      expect(audit).toEqual({ action: 'user.note' });
      await t.http.get(`/api/moderation/users/00000000-0000-4000-8000-000000000000`).set(moderator.auth).expect(404);
    });
  });

  describe('targeted pre-moderation', () => {
    it('holds every post of a user until lifted, then publishes again', async () => {
      const reader = await old();
      await t.http
        .post(`/api/moderation/users/${reader.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'Trolls.' })
        .expect(200);
      const held = await t.http
        .post(`/api/threads/${threadId}/posts`)
        .set(reader.auth)
        .send({ body: 'Encore moi.' })
        .expect(202);
      expect(await openItems(t, held.body.id)).toEqual([
        expect.objectContaining({ kind: 'pending', reasons: { userPremoderation: true } }),
      ]);
      await t.http.delete(`/api/moderation/users/${reader.id}/premoderate`).set(moderator.auth).expect(204);
      await t.http.delete(`/api/moderation/users/${reader.id}/premoderate`).set(moderator.auth).expect(409);
      await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Libre.' }).expect(201);
    });

    it('ends by itself at `until`, refuses a past `until`, and follows the sanction rules', async () => {
      const reader = await old();
      await t.http
        .post(`/api/moderation/users/${reader.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'x', until: new Date(Date.now() - 1000).toISOString() })
        .expect(400);
      await t.http
        .post(`/api/moderation/users/${reader.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'Une heure.', until: new Date(Date.now() + 3_600_000).toISOString() })
        .expect(200);
      await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Tenu.' }).expect(202);
      await t.db.query(`UPDATE user_premoderations SET until = now() - interval '1 second' WHERE user_id = $1`, [
        reader.id,
      ]);
      await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Libre.' }).expect(201);
      await t.http
        .post(`/api/moderation/users/${admin.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'x' })
        .expect(403);
      await t.http
        .post(`/api/moderation/users/${moderator.id}/premoderate`)
        .set(moderator.auth)
        .send({ reason: 'x' })
        .expect(403);
    });

    it('holds the links of new accounts only (PREMODERATE_LINKS=new_accounts), never staff', async () => {
      const newcomer = await newUser(t);
      const veteran = await old();
      const link = 'Source : https://www.legifrance.gouv.fr/loi';
      const held = await t.http
        .post(`/api/threads/${threadId}/posts`)
        .set(newcomer.auth)
        .send({ body: link })
        .expect(202);
      expect(await openItems(t, held.body.id)).toEqual([
        expect.objectContaining({ kind: 'pending', reasons: { links: 1 } }),
      ]);
      await t.http.post(`/api/threads/${threadId}/posts`).set(newcomer.auth).send({ body: 'Sans lien.' }).expect(201);
      await t.http.post(`/api/threads/${threadId}/posts`).set(veteran.auth).send({ body: link }).expect(201);
      const freshModerator = await newUser(t, { role: 'moderator' });
      await t.http.post(`/api/threads/${threadId}/posts`).set(freshModerator.auth).send({ body: link }).expect(201);
    });
  });
});
