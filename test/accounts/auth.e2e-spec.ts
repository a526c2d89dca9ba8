import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, DEFAULT_PASSWORD } from '../support/factories.js';
import { signJwt } from '../support/jwt.js';

const PASSWORD = 'un mot de passe solide';

async function mailsTo(t: TestApp, address: string): Promise<string[]> {
  const directory = path.resolve(t.config.MAIL_DIR);
  const files = await readdir(directory).catch(() => [] as string[]);
  const contents = await Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')));
  // Bodies are quoted-printable (French accents): undo soft line breaks and =XX escapes.
  const decoded = contents.map((content) =>
    content
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
  return decoded.filter((content) => content.includes(`To: ${address}`));
}

describe('accounts and authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Limits are tested in their own describe below, with a factor of 1.
    t = await startTestApp({ PUBLIC_URL: 'https://news.example.fr', RATE_LIMIT_FACTOR: '100' });
  });
  afterAll(async () => t.close());

  // Each registration comes from its own address: the per-IP limit is tested below.
  let clientNumber = 0;
  const register = (username: string, email = `${username}@example.fr`, password = PASSWORD) =>
    t.http
      .post('/api/auth/register')
      .set('X-Forwarded-For', `10.1.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`)
      .send({ username, email, password });

  describe('register', () => {
    it('creates a reader and returns a session, never the password', async () => {
      const response = await register('Alice.B').expect(201);
      expect(response.body.user).toMatchObject({
        username: 'Alice.B',
        email: 'alice.b@example.fr',
        role: 'reader',
        status: 'active',
      });
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.body.refreshToken).toEqual(expect.any(String));
      expect(JSON.stringify(response.body)).not.toMatch(/password/i);
      const [row] = await t.db.query(`SELECT password_hash FROM users WHERE username = 'Alice.B'`);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('refuses a username taken in another case, naming the field', async () => {
      await register('casey').expect(201);
      const response = await register('CASEY', 'other@example.fr').expect(409);
      expect(response.body.errors).toEqual([{ field: 'username', message: 'This username is taken.' }]);
    });

    it('refuses an email taken in another case', async () => {
      await register('emily', 'emily@example.fr').expect(201);
      const response = await register('emily2', 'EMILY@example.fr').expect(409);
      expect(response.body.errors[0].field).toBe('email');
    });

    it('refuses short and common passwords', async () => {
      const short = await register('shorty', 'shorty@example.fr', 'court').expect(400);
      expect(short.body.errors[0].field).toBe('password');
      const common = await register('commoner', 'commoner@example.fr', 'azertyuiop')
        .set('Accept-Language', 'fr')
        .expect(400);
      expect(common.body.errors[0]).toEqual({
        field: 'password',
        message: 'Ce mot de passe fait partie des plus courants ; choisissez-en un autre.',
      });
    });

    it('ignores no mass assignment: role in the body is refused', async () => {
      const response = await t.http
        .post('/api/auth/register')
        .send({ username: 'sneaky', email: 's@example.fr', password: PASSWORD, role: 'admin' })
        .expect(400);
      expect(response.body.errors[0].field).toBe('role');
    });
  });

  describe('login', () => {
    beforeAll(async () => {
      await register('Loginner', 'loginner@example.fr').expect(201);
    });

    it('accepts the username or the email in any case', async () => {
      await t.http.post('/api/auth/login').send({ login: 'LOGINNER', password: PASSWORD }).expect(200);
      const byEmail = await t.http
        .post('/api/auth/login')
        .send({ login: 'Loginner@Example.FR', password: PASSWORD })
        .expect(200);
      expect(byEmail.body.user.username).toBe('Loginner');
    });

    it('gives one message for an unknown user and a wrong password', async () => {
      const wrong = await t.http
        .post('/api/auth/login')
        .send({ login: 'loginner', password: 'not the password' })
        .expect(401);
      const unknown = await t.http
        .post('/api/auth/login')
        .send({ login: 'nobody-here', password: 'not the password' })
        .expect(401);
      expect(wrong.body.detail).toBe(unknown.body.detail);
      expect(wrong.headers['content-type']).toMatch(/problem\+json/);
    });

    it('refuses a banned user with the reason', async () => {
      const banned = await newUser(t, { status: 'banned' });
      const bannedResponse = await t.http
        .post('/api/auth/login')
        .send({ login: banned.username, password: DEFAULT_PASSWORD })
        .expect(403);
      expect(bannedResponse.body.detail).toContain('test sanction');
    });

    it('lets a user whose suspension has ended log in', async () => {
      const user = await newUser(t, { status: 'suspended', suspendedUntil: new Date(Date.now() - 1000) });
      await t.http.post('/api/auth/login').send({ login: user.username, password: DEFAULT_PASSWORD }).expect(200);
    });
  });

  describe('refresh tokens', () => {
    it('rotates on every use; reusing an old token revokes the whole family', async () => {
      const session = (await register('rotator').expect(201)).body;
      const second = (await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200))
        .body;
      expect(second.refreshToken).not.toBe(session.refreshToken);
      const reuse = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('auth.refresh_reused');
      await t.http.post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    });

    it('two concurrent uses of one token: exactly one succeeds', async () => {
      const session = (await register('racer').expect(201)).body;
      const results = await Promise.all(
        Array.from({ length: 5 }, () => t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    });

    it('logout ends the session (204), and unknown tokens are 204 too', async () => {
      const session = (await register('leaver').expect(201)).body;
      await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await t.http.post('/api/auth/logout').send({ refreshToken: 'never-issued' }).expect(204);
    });
  });

  describe('password reset', () => {
    it('always answers 202 and mails a single-use link built from PUBLIC_URL, never the Host header', async () => {
      const session = (await register('forgetful', 'forgetful@example.fr').expect(201)).body;
      await t.http.post('/api/auth/password/forgot').send({ email: 'nobody@example.fr' }).expect(202);
      await t.http
        .post('/api/auth/password/forgot')
        .set('Host', 'evil.example.com')
        .set('X-Forwarded-Host', 'evil.example.com')
        .send({ email: 'Forgetful@example.fr' })
        .expect(202);
      // Registration mailed a verification link too (#18): the reset mail is the one with /reset-password.
      const mails = (await mailsTo(t, 'forgetful@example.fr')).filter((mail) => mail.includes('/reset-password?'));
      expect(mails).toHaveLength(1);
      expect(mails[0]).not.toContain('evil.example.com');
      const token = /https:\/\/news\.example\.fr\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mails[0])?.[1];
      expect(token).toBeDefined();

      await t.http.post('/api/auth/password/reset').send({ token, password: 'un tout nouveau secret' }).expect(204);
      await t.http.post('/api/auth/password/reset').send({ token, password: 'encore un autre secret' }).expect(422);
      await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await t.http.post('/api/auth/login').send({ login: 'forgetful', password: 'un tout nouveau secret' }).expect(200);
      await t.http.post('/api/auth/login').send({ login: 'forgetful', password: PASSWORD }).expect(401);
    });
  });

  describe('me', () => {
    it('reads and edits the private profile', async () => {
      const user = await newUser(t);
      const me = await t.http.get('/api/me').set(user.auth).expect(200);
      expect(me.body).toMatchObject({
        id: user.id,
        username: user.username,
        email: user.email,
        role: 'reader',
        status: 'active',
      });
      const edited = await t.http
        .patch('/api/me')
        .set(user.auth)
        .send({ displayName: 'Jeanne D.', bio: 'Lectrice assidue' })
        .expect(200);
      expect(edited.body).toMatchObject({ displayName: 'Jeanne D.', bio: 'Lectrice assidue' });
      await t.http.patch('/api/me').set(user.auth).send({ role: 'admin' }).expect(400);
    });

    it('changing the password revokes other sessions and needs the current one', async () => {
      const session = (await register('changer').expect(201)).body;
      const auth = { Authorization: `Bearer ${session.accessToken}` };
      await t.http
        .put('/api/me/password')
        .set(auth)
        .send({ currentPassword: 'wrong password', newPassword: 'un secret tout neuf' })
        .expect(422);
      await t.http
        .put('/api/me/password')
        .set(auth)
        .send({ currentPassword: PASSWORD, newPassword: 'un secret tout neuf' })
        .expect(204);
      await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await t.http.post('/api/auth/login').send({ login: 'changer', password: 'un secret tout neuf' }).expect(200);
    });

    it('exports every datum held, including the private email', async () => {
      const user = await newUser(t);
      const response = await t.http.get('/api/me/export').set(user.auth).expect(200);
      expect(response.body.account).toMatchObject({ id: user.id, email: user.email });
      expect(response.body).toHaveProperty('posts');
      expect(response.body).toHaveProperty('notifications');
    });

    it('deleting the account needs the password, anonymizes it and frees the name', async () => {
      const session = (await register('eraser', 'eraser@example.fr').expect(201)).body;
      const auth = { Authorization: `Bearer ${session.accessToken}` };
      await t.http.delete('/api/me').set(auth).send({ password: 'not it at all' }).expect(422);
      await t.http.delete('/api/me').set(auth).send({ password: PASSWORD }).expect(204);
      await t.http.get('/api/me').set(auth).expect(401);
      await t.http.post('/api/auth/login').send({ login: 'eraser', password: PASSWORD }).expect(401);
      await t.http.get('/api/users/eraser').expect(404);
      const [row] = await t.db.query(
        `SELECT username, email, display_name, password_hash, anonymized_at FROM users WHERE id = $1`,
        [session.user.id],
      );
      expect(row).toMatchObject({ username: null, email: null, display_name: null, password_hash: null });
      expect(row.anonymized_at).not.toBeNull();
      await register('eraser', 'eraser@example.fr').expect(201);
    });
  });

  describe('public profile', () => {
    it('shows the profile without the email; unknown is 404', async () => {
      const user = await newUser(t);
      const response = await t.http.get(`/api/users/${user.username.toUpperCase()}`).expect(200);
      expect(response.body).toMatchObject({ username: user.username, role: 'reader' });
      expect(JSON.stringify(response.body)).not.toContain(user.email);
      await t.http.get('/api/users/nobody-at-all').expect(404);
      await t.http.get('/api/users/%00bad').expect(404);
    });
  });

  describe('sanctions and roles bite at once', () => {
    it('a live token of a user banned a moment ago can read but not write', async () => {
      const user = await newUser(t);
      await t.http.patch('/api/me').set(user.auth).send({ bio: 'avant' }).expect(200);
      await t.db.query(`UPDATE users SET status = 'banned' WHERE id = $1`, [user.id]);
      await t.http.get('/api/me').set(user.auth).expect(200);
      const write = await t.http.patch('/api/me').set(user.auth).send({ bio: 'après' }).expect(403);
      expect(write.body.code).toBe('auth.account_banned');
    });

    it('a live token of a suspended user is refused on writes', async () => {
      const user = await newUser(t);
      await t.db.query(
        `UPDATE users SET status = 'suspended', suspended_until = now() + interval '1 day' WHERE id = $1`,
        [user.id],
      );
      const write = await t.http.patch('/api/me').set(user.auth).send({ bio: 'x' }).expect(403);
      expect(write.body.code).toBe('auth.account_suspended');
    });

    it('a role change shows on the next request of a live token', async () => {
      const user = await newUser(t, { role: 'moderator' });
      await t.db.query(`UPDATE users SET role = 'reader' WHERE id = $1`, [user.id]);
      const me = await t.http.get('/api/me').set(user.auth).expect(200);
      expect(me.body.role).toBe('reader');
    });
  });

  describe('hostile tokens', () => {
    it.each([
      [
        'alg none',
        () =>
          `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: '00000000-0000-0000-0000-000000000000', typ: 'access' })).toString('base64url')}.`,
      ],
      [
        'another key',
        () =>
          signJwt(
            { sub: '00000000-0000-0000-0000-000000000000', typ: 'access', exp: Math.floor(Date.now() / 1000) + 60 },
            'x'.repeat(40),
          ),
      ],
      [
        'HS512',
        () =>
          signJwt({ sub: '00000000-0000-0000-0000-000000000000', typ: 'access' }, t.config.JWT_SECRET, {
            alg: 'HS512',
            typ: 'JWT',
          }),
      ],
      ['constructor', () => 'constructor'],
      ['__proto__', () => '__proto__'],
      ['toString', () => 'toString'],
    ])('rejects a Bearer token that is %s with 401', async (_name, token) => {
      const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token()}`).expect(401);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    });

    it('rejects an expired token and a token of an erased user', async () => {
      const user = await newUser(t);
      const expired = signJwt({ sub: user.id, typ: 'access', iat: 1_000_000, exp: 1_000_100 }, t.config.JWT_SECRET);
      await t.http.get('/api/me').set('Authorization', `Bearer ${expired}`).expect(401);
      await t.db.query(`UPDATE users SET anonymized_at = now(), username = NULL, email = NULL WHERE id = $1`, [
        user.id,
      ]);
      await t.http.get('/api/me').set(user.auth).expect(401);
    });
  });
});

describe('rate limits on accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_LOGIN_PER_MINUTE: '3',
      RATE_LIMIT_REGISTER_PER_HOUR: '2',
      RATE_LIMIT_FORGOT_PER_HOUR: '2',
    });
  });
  afterAll(async () => t.close());

  it('limits login attempts per IP with 429 and Retry-After', async () => {
    const attempt = () =>
      t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ login: `x${Math.random()}`, password: 'whatever-it-is' });
    for (let i = 0; i < 3; i += 1) await attempt().expect(401);
    const limited = await attempt().expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
  });

  it('limits login attempts per login name, whatever the IP', async () => {
    const attempt = (ip: string) =>
      t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ login: 'target-user', password: 'whatever-it-is' });
    for (let i = 0; i < 3; i += 1) await attempt(`203.0.113.${i + 1}`).expect(401);
    await attempt('203.0.113.99').expect(429);
  });

  it('limits reset mails per address, whatever the IP: still 202, but no more mail', async () => {
    const user = await newUser(t);
    const forgot = (email: string, i: number) =>
      t.http
        .post('/api/auth/password/forgot')
        .set('X-Forwarded-For', `198.18.0.${i + 1}`)
        .send({ email });
    const statuses: number[] = [];
    // Five IPs, each under its own limit (2), ask for the same mailbox, in varying case.
    for (let i = 0; i < 5; i += 1)
      statuses.push((await forgot(i % 2 ? user.email.toUpperCase() : user.email, i)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    expect(await mailsTo(t, user.email)).toHaveLength(2);
    const [tokens] = await t.db.query(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE user_id = $1`, [
      user.id,
    ]);
    expect(tokens.n).toBe(2);
    // Another mailbox is not affected.
    const other = await newUser(t);
    await forgot(other.email, 10).expect(202);
    expect(await mailsTo(t, other.email)).toHaveLength(1);
  });

  it('limits registrations and reset requests per IP', async () => {
    const reg = (n: number) =>
      t.http
        .post('/api/auth/register')
        .set('X-Forwarded-For', '192.0.2.50')
        .send({ username: `reg${n}`, email: `reg${n}@example.fr`, password: PASSWORD });
    await reg(1).expect(201);
    await reg(2).expect(201);
    await reg(3).expect(429);
    const forgot = () =>
      t.http.post('/api/auth/password/forgot').set('X-Forwarded-For', '192.0.2.51').send({ email: 'a@example.fr' });
    await forgot().expect(202);
    await forgot().expect(202);
    const limited = await forgot().expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
