import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

describe("moderating a post follows its author's rank", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('a moderator cannot hide a post by another moderator or an admin, nor their own (403); an admin can', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    const otherModerator = await newUser(t, { role: 'moderator' });
    const admin = await newUser(t, { role: 'admin' });
    const { threadId } = await insertArticle(t, { authorId: admin.id });
    const byModerator = (await insertPost(t, { threadId, authorId: otherModerator.id, body: 'Avis de modérateur' })).id;
    const byAdmin = (await insertPost(t, { threadId, authorId: admin.id, body: 'Avis d’admin' })).id;
    const own = (await insertPost(t, { threadId, authorId: moderator.id, body: 'Mon avis' })).id;
    const hide = (postId: string, actor: { auth: { Authorization: string } }) =>
      t.http.post(`/api/moderation/posts/${postId}/hide`).set(actor.auth).send({ reason: 'Hors charte' });

    for (const postId of [byModerator, byAdmin, own]) {
      const response = await hide(postId, moderator).expect(403);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM posts WHERE status = 'hidden'`);
    expect(count).toBe(0);
    await hide(byModerator, admin).expect(200);
  });
});
