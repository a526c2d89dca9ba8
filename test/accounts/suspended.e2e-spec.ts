import { startTestApp, type TestApp } from '../support/app.js';
import { DEFAULT_PASSWORD, newUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

/**
 * A suspended reader can still sign in and read (the contract); login and
 * GET /api/me say until when and why; a write is 403 with a message giving the
 * date in words (and `suspendedUntil` for the page to show in local time); an
 * open session goes on (its refresh token still works) instead of being dropped.
 */
describe('accounts: a suspended reader', () => {
  let t: TestApp;
  let threadId: string;
  const until = new Date('2031-12-01T06:49:28.882Z');

  beforeAll(async () => {
    t = await startTestApp();
    threadId = (await insertArticle(t, { authorId: (await newUser(t, { role: 'editor' })).id })).threadId;
  });
  afterAll(async () => t.close());

  const suspendedReader = async () => {
    const user = await newUser(t, { status: 'suspended', suspendedUntil: until });
    await t.db.query(`UPDATE users SET sanction_reason = 'Insultes répétées' WHERE id = $1`, [user.id]);
    return user;
  };

  it('signs in, and login and /api/me say until when and why', async () => {
    const user = await suspendedReader();
    const login = await t.http
      .post('/api/auth/login')
      .send({ login: user.username, password: DEFAULT_PASSWORD })
      .expect(200);
    expect(login.body.user).toMatchObject({
      status: 'suspended',
      suspendedUntil: until.toISOString(),
      suspensionReason: 'Insultes répétées',
    });
    const me = await t.http
      .get('/api/me')
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
    expect(me.body).toMatchObject({
      status: 'suspended',
      suspendedUntil: until.toISOString(),
      suspensionReason: 'Insultes répétées',
    });
  });

  it('reads threads with its session', async () => {
    const user = await suspendedReader();
    await t.http.get(`/api/threads/${threadId}`).set(user.auth).expect(200);
    await t.http.get(`/api/threads/${threadId}/posts`).set(user.auth).expect(200);
  });

  it('is refused writes with a 403 giving the date in words, the reason, and suspendedUntil', async () => {
    const user = await suspendedReader();
    const fr = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(user.auth)
      .set('Accept-Language', 'fr-FR')
      .send({ body: 'Je reviens.' })
      .expect(403);
    expect(fr.body).toMatchObject({
      code: 'auth.account_suspended',
      detail: "Ce compte est suspendu jusqu'au 1 décembre 2031 à 06:49 UTC : Insultes répétées",
      suspendedUntil: until.toISOString(),
      reason: 'Insultes répétées',
    });
    const en = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(user.auth)
      .set('Accept-Language', 'en')
      .send({ body: 'Back.' })
      .expect(403);
    expect(en.body.detail).toBe('This account is suspended until 1 December 2031 at 06:49 UTC: Insultes répétées');
  });

  it('keeps an open session when suspended: the refresh token still works, writes are refused', async () => {
    const user = await newUser(t);
    const session = (
      await t.http.post('/api/auth/login').send({ login: user.username, password: DEFAULT_PASSWORD }).expect(200)
    ).body;
    await t.db.query(
      `UPDATE users SET status = 'suspended', suspended_until = $2, sanction_reason = 'Spam' WHERE id = $1`,
      [user.id, until],
    );
    const refreshed = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    expect(refreshed.body.user).toMatchObject({ status: 'suspended', suspensionReason: 'Spam' });
    const write = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set({ Authorization: `Bearer ${refreshed.body.accessToken}` })
      .send({ body: 'Encore moi.' })
      .expect(403);
    expect(write.body.suspendedUntil).toBe(until.toISOString());
  });
});
