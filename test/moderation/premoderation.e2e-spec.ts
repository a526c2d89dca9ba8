import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';
import { openItems } from './support.js';

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

  it('staff are not pre-moderated', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(moderator.auth)
      .send({ body: 'Rappel de la charte' })
      .expect(201);
  });
});
