import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';
import { listenToThreadEvents, openItems, sleep } from './support.js';

describe('moderation: pre-moderation of new accounts (PREMODERATE_FIRST_POSTS=1)', () => {
  let t: TestApp;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ PREMODERATE_FIRST_POSTS: '1' });
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

  it('staff are not pre-moderated', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(moderator.auth)
      .send({ body: 'Rappel de la charte' })
      .expect(201);
  });
});
