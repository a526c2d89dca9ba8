import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';
import { listenToThreadEvents, openItems, sleep } from './support.js';

describe('moderation: pre-moderation of new accounts (PREMODERATE_FIRST_POSTS=1)', () => {
  let t: TestApp;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ PREMODERATE_FIRST_POSTS: '1', RATE_LIMIT_FACTOR: '100' });
    threadId = (await insertArticle(t, { authorId: (await newUser(t, { role: 'editor' })).id })).threadId;
  });
  afterAll(async () => t.close());

  it('a new account’s first post waits (202, queued with newAccount); once approved, the next one is published', async () => {
    const newcomer = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    const first = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(newcomer.auth)
      .send({ body: 'Bonjour à tous' })
      .expect(202);
    expect(first.body.status).toBe('pending');
    expect(await openItems(t, first.body.id)).toEqual([
      expect.objectContaining({ kind: 'pending', reasons: { newAccount: true } }),
    ]);

    await t.http.post(`/api/moderation/posts/${first.body.id}/approve`).set(moderator.auth).send({}).expect(200);
    const second = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(newcomer.auth)
      .send({ body: 'Me revoilà' })
      .expect(201);
    expect(second.body.status).toBe('visible');
    expect(await openItems(t, second.body.id)).toEqual([]);
  });

  it('a pending reply with a mention notifies nobody; its approval notifies the replied-to author and the mentioned user once each, and announces the post', async () => {
    const [newcomer, repliedTo, mentioned, moderator] = await Promise.all([
      newUser(t),
      newUser(t),
      newUser(t),
      newUser(t, { role: 'moderator' }),
    ]);
    const parent = await insertPost(t, { threadId, authorId: repliedTo.id, body: 'Premier avis.' });
    const notificationsOf = (userId: string) =>
      t.db.query(`SELECT kind, data FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId]);
    const listener = await listenToThreadEvents(t);
    try {
      const reply = await t.http
        .post(`/api/threads/${threadId}/posts`)
        .set(newcomer.auth)
        .send({
          body: `D'accord avec vous, et @${mentioned.username} aussi. Et moi, @${newcomer.username}.`,
          replyTo: parent.id,
        })
        .expect(202);
      expect(reply.body.status).toBe('pending');
      await sleep(200);
      expect(listener.events).toEqual([]);
      for (const user of [repliedTo, mentioned, newcomer]) expect(await notificationsOf(user.id)).toEqual([]);

      await t.http.post(`/api/moderation/posts/${reply.body.id}/approve`).set(moderator.auth).send({}).expect(200);
      const data = {
        postId: reply.body.id,
        threadId,
        number: reply.body.number,
        by: newcomer.username,
        excerpt: expect.stringContaining("D'accord avec vous"),
      };
      expect(await notificationsOf(repliedTo.id)).toEqual([{ kind: 'post.reply', data }]);
      expect(await notificationsOf(mentioned.id)).toEqual([{ kind: 'post.mention', data }]);
      // The author hears of the approval only, never of their own reply or mention.
      expect((await notificationsOf(newcomer.id)).map((n: { kind: string }) => n.kind)).toEqual(['post.moderated']);

      await sleep(300);
      expect(listener.events).toEqual([
        {
          threadId,
          type: 'post.created',
          data: expect.objectContaining({ id: reply.body.id, number: reply.body.number, status: 'visible' }),
        },
      ]);
    } finally {
      await listener.close();
    }
  });

  it('counts APPROVED posts: while the first waits, the second waits too (202), however many are written', async () => {
    const newcomer = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    const statuses: number[] = [];
    const ids: string[] = [];
    for (const body of ['Un', 'Deux', 'Trois']) {
      const response = await t.http.post(`/api/threads/${threadId}/posts`).set(newcomer.auth).send({ body });
      statuses.push(response.status);
      ids.push(response.body.id);
    }
    expect(statuses).toEqual([202, 202, 202]);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM posts WHERE author_id = $1 AND status = 'visible'`,
      [newcomer.id],
    );
    expect(count).toBe(0);

    // A rejected post opens nothing; an approved one does.
    await t.http.post(`/api/moderation/posts/${ids[0]}/reject`).set(moderator.auth).send({}).expect(200);
    await t.http.post(`/api/threads/${threadId}/posts`).set(newcomer.auth).send({ body: 'Quatre' }).expect(202);
    await t.http.post(`/api/moderation/posts/${ids[1]}/approve`).set(moderator.auth).send({}).expect(200);
    await t.http.post(`/api/threads/${threadId}/posts`).set(newcomer.auth).send({ body: 'Cinq' }).expect(201);
  });

  it('concurrent first posts all wait for approval (none slips through)', async () => {
    const newcomer = await newUser(t);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.http
          .post(`/api/threads/${threadId}/posts`)
          .set(newcomer.auth)
          .send({ body: `Avis ${i}` }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(202));
  });

  it('deleting one’s own pending post resolves its queue item (no stuck item answering 409)', async () => {
    const newcomer = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    const pending = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(newcomer.auth)
      .send({ body: 'Finalement non' })
      .expect(202);
    const [item] = await openItems(t, pending.body.id);
    expect(item).toBeDefined();

    await t.http.delete(`/api/posts/${pending.body.id}`).set(newcomer.auth).expect(204);
    expect(await openItems(t, pending.body.id)).toEqual([]);
    const [resolved] = await t.db.query(
      `SELECT status, resolution, resolved_by_id FROM moderation_items WHERE id = $1`,
      [item.id],
    );
    expect(resolved).toEqual({ status: 'resolved', resolution: 'deleted_by_author', resolved_by_id: null });
    const history = await t.db.query(
      `SELECT actor_id FROM moderation_item_events WHERE item_id = $1 AND action = 'deleted_by_author'`,
      [item.id],
    );
    expect(history).toEqual([{ actor_id: newcomer.id }]);
    const queue = await t.http
      .get('/api/moderation/queue?kind=pending&status=open&limit=100')
      .set(moderator.auth)
      .expect(200);
    expect(queue.body.items.map((entry: { id: string }) => entry.id)).not.toContain(item.id);
  });

  it('staff are not pre-moderated', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(moderator.auth)
      .send({ body: 'Rappel de la charte' })
      .expect(201);
  });
});
