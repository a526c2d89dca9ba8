import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';

describe('accounts smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('registers, logs in, reads /me, refreshes', async () => {
    const reg = await t.http
      .post('/api/auth/register')
      .send({ username: 'Marie_L', email: 'Marie@Example.fr', password: 'un mot de passe solide' })
      .expect(201);
    expect(reg.body.user).toMatchObject({ username: 'Marie_L', email: 'marie@example.fr', role: 'reader' });
    const login = await t.http
      .post('/api/auth/login')
      .send({ login: 'marie_l', password: 'un mot de passe solide' })
      .expect(200);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body.username).toBe('Marie_L');
    const refreshed = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
    await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
  });

  it('factory users are signed in', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const me = await t.http.get('/api/me').set(editor.auth).expect(200);
    expect(me.body.role).toBe('editor');
  });

  it('validation errors name the field, in French', async () => {
    const response = await t.http
      .post('/api/auth/register')
      .set('Accept-Language', 'fr')
      .send({ username: 'x', email: 'nope', password: 'short', extra: 1 })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'email', 'password', 'extra']));
    expect(response.body.errors.find((e: { field: string }) => e.field === 'extra').message).toBe(
      'le champ extra est inconnu',
    );
  });
});
