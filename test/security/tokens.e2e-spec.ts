import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { signJwt } from '../support/jwt.js';

const now = () => Math.floor(Date.now() / 1000);

describe('access tokens: exp and iat are required, iat not in the future', () => {
  let t: TestApp;
  let reader: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    reader = await newUser(t);
  });
  afterAll(async () => t.close());

  const me = (claims: object) =>
    t.http.get('/api/me').set('Authorization', `Bearer ${signJwt(claims, t.config.JWT_SECRET)}`);

  it('accepts a token with iat now and exp in the future', async () => {
    await me({ sub: reader.id, typ: 'access', iat: now(), exp: now() + 600 }).expect(200);
  });

  it('accepts an iat a few seconds ahead (clock skew between instances)', async () => {
    await me({ sub: reader.id, typ: 'access', iat: now() + 5, exp: now() + 600 }).expect(200);
  });

  it.each([
    ['no exp', { iat: now() }],
    ['no iat', { exp: now() + 600 }],
    ['neither', {}],
    ['iat an hour ahead', { iat: now() + 3600, exp: now() + 7200 }],
    ['iat two minutes ahead', { iat: now() + 120, exp: now() + 600 }],
    ['exp not a number', { iat: now(), exp: 'tomorrow' }],
    ['iat not a number', { iat: 'now', exp: now() + 600 }],
    ['expired', { iat: now() - 1000, exp: now() - 100 }],
  ])('refuses a token with %s (401 auth.invalid_token)', async (_, claims) => {
    const response = await me({ sub: reader.id, typ: 'access', ...claims }).expect(401);
    expect(response.body.code).toBe('auth.invalid_token');
  });

  it('reads a public page as anonymous with such a token (not as the user)', async () => {
    const response = await t.http
      .get('/api/articles')
      .set('Authorization', `Bearer ${signJwt({ sub: reader.id, typ: 'access' }, t.config.JWT_SECRET)}`)
      .expect(200);
    expect(response.body.items).toEqual(expect.any(Array));
    await t.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${signJwt({ sub: reader.id, typ: 'access' }, t.config.JWT_SECRET)}`)
      .send({ refreshToken: 'x' })
      .expect(204);
  });
});

describe('a refresh token that no longer works says why', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const signIn = async (user: TestUser): Promise<string> =>
    (await t.http.post('/api/auth/login').send({ login: user.username, password: user.password }).expect(200)).body
      .refreshToken;
  const refresh = (refreshToken: string) => t.http.post('/api/auth/refresh').send({ refreshToken });

  it('after a logout: 401 auth.session_logged_out', async () => {
    const session = await signIn(await newUser(t));
    await t.http.post('/api/auth/logout').send({ refreshToken: session }).expect(204);
    const response = await refresh(session).expect(401);
    expect(response.body.code).toBe('auth.session_logged_out');
  });

  it('after a password reset: 401 auth.session_password_reset', async () => {
    const user = await newUser(t);
    const session = await signIn(user);
    const resetToken = 'a-reset-token-for-this-test-only-0123456789';
    await t.db.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, encode(sha256($2::bytea), 'hex'), now() + interval '1 hour')`,
      [user.id, resetToken],
    );
    await t.http
      .post('/api/auth/password/reset')
      .send({ token: resetToken, password: 'un tout nouveau secret' })
      .expect(204);
    const response = await refresh(session).expect(401);
    expect(response.body.code).toBe('auth.session_password_reset');
  });

  it('after a password change elsewhere: 401 auth.session_password_changed', async () => {
    const user = await newUser(t);
    const session = await signIn(user);
    await t.http
      .put('/api/me/password')
      .set(user.auth)
      .send({ currentPassword: user.password, newPassword: 'un tout nouveau secret' })
      .expect(204);
    const response = await refresh(session).expect(401);
    expect(response.body.code).toBe('auth.session_password_changed');
  });

  it('after a ban: 403 auth.account_banned with the reason', async () => {
    const user = await newUser(t);
    const session = await signIn(user);
    await t.http.post(`/api/admin/users/${user.id}/ban`).set(admin.auth).send({ reason: 'Spam' }).expect(200);
    const response = await refresh(session).set('Accept-Language', 'en').expect(403);
    expect(response.body.code).toBe('auth.account_banned');
    expect(response.body.detail).toBe('This account is banned: Spam');
  });

  it('used twice: 401 auth.refresh_reused, and the family then says it was revoked for that', async () => {
    const first = await signIn(await newUser(t));
    const second = (await refresh(first).expect(200)).body.refreshToken;
    expect((await refresh(first).expect(401)).body.code).toBe('auth.refresh_reused');
    expect((await refresh(second).expect(401)).body.code).toBe('auth.session_revoked_reuse');
  });

  it('unknown or expired: 401 auth.invalid_token', async () => {
    expect((await refresh('never-issued').expect(401)).body.code).toBe('auth.invalid_token');
    const user = await newUser(t);
    const session = await signIn(user);
    await t.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await refresh(session).expect(401)).body.code).toBe('auth.invalid_token');
  });
});
