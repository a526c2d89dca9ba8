import { ThreadAutoCloseService } from '../../src/modules/discussions/thread-auto-close.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

const DAY = 86_400_000;

describe('threads close by themselves (THREAD_AUTO_CLOSE_DAYS, discussionClosesAt)', () => {
  let t: TestApp;
  let reader: TestUser;
  let editor: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ THREAD_AUTO_CLOSE_DAYS: '3', RATE_LIMIT_FACTOR: '1000' });
    reader = await newUser(t);
    editor = await newUser(t, { role: 'editor' });
  });
  afterAll(async () => t.close());

  const post = (threadId: string) =>
    t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Un avis.' });

  it('refuses a post (409) and reads locked once the article is older than the setting', async () => {
    const old = await insertArticle(t, { authorId: editor.id, publishedAt: new Date(Date.now() - 4 * DAY) });
    const recent = await insertArticle(t, { authorId: editor.id, publishedAt: new Date(Date.now() - 2 * DAY) });
    const refused = await post(old.threadId);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('discussions.thread_locked');
    expect((await t.http.get(`/api/threads/${old.threadId}`)).body.status).toBe('locked');
    expect((await post(recent.threadId)).status).toBe(201);
    expect((await t.http.get(`/api/threads/${recent.threadId}`)).body.status).toBe('open');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [old.threadId]);
    expect(n).toBe(0);
  });

  it("an article's own discussionClosesAt wins over the setting, both ways", async () => {
    const article = await insertArticle(t, { authorId: editor.id, publishedAt: new Date(Date.now() - 10 * DAY) });
    const extend = await t.http
      .patch(`/api/articles/${article.slug}`)
      .set(editor.auth)
      .send({ discussionClosesAt: new Date(Date.now() + DAY).toISOString() });
    expect(extend.status).toBe(200);
    expect((await post(article.threadId)).status).toBe(201);
    await t.http
      .patch(`/api/articles/${article.slug}`)
      .set(editor.auth)
      .send({ discussionClosesAt: new Date(Date.now() - 1000).toISOString() });
    expect((await post(article.threadId)).status).toBe(409);
    // The article page says so at once, before the minute job persisted the lock.
    const [stored] = await t.db.query(`SELECT status FROM threads WHERE id = $1`, [article.threadId]);
    expect(stored.status).toBe('open');
    const page = await t.http.get(`/api/articles/${article.slug}`).set(editor.auth).expect(200);
    expect(page.body.thread.status).toBe('locked');
  });

  it('the scheduled job locks due threads (and only those), once, and is scheduled every minute', async () => {
    const due = await insertArticle(t, { authorId: editor.id, publishedAt: new Date(Date.now() - 5 * DAY) });
    const open = await insertArticle(t, { authorId: editor.id });
    const closed = await t.app.get(ThreadAutoCloseService).closeDue();
    expect(closed).toContain(due.threadId);
    expect(closed).not.toContain(open.threadId);
    const [row] = await t.db.query(`SELECT status FROM threads WHERE id = $1`, [due.threadId]);
    expect(row.status).toBe('locked');
    expect(await t.app.get(ThreadAutoCloseService).closeDue()).toEqual([]);
    const schedules = await t.db.query(`SELECT name, cron FROM pgboss.schedule WHERE name = 'threads.auto-close'`);
    expect(schedules).toEqual([{ name: 'threads.auto-close', cron: '* * * * *' }]);
  });
});
