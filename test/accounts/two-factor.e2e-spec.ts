import { generate } from 'otplib';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEFAULT_PASSWORD, newUser, type TestUser } from '../support/factories.js';

/** The code an authenticator app shows `offsetSeconds` from now (RFC 6238, SHA-1, 6 digits, 30 s). */
const totp = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

describe('two-factor authentication', () => {
  let t: TestApp;
  let clientNumber = 0;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
  });
  afterAll(async () => t.close());

  const login = (user: TestUser, extra: Record<string, unknown> = {}) =>
    t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', `10.9.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`)
      .send({ login: user.username, password: DEFAULT_PASSWORD, ...extra });

  /** Setup and enable with the current code: returns the secret and the recovery codes. */
  async function enroll(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await t.http.post('/api/me/2fa/setup').set(user.auth).expect(200);
    const enabled = await t.http
      .post('/api/me/2fa/enable')
      .set(user.auth)
      .send({ code: await totp(setup.body.secret) })
      .expect(200);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  it('setup gives a base32 secret and an otpauth URL; the secret is stored encrypted', async () => {
    const user = await newUser(t);
    const response = await t.http.post('/api/me/2fa/setup').set(user.auth).expect(200);
    expect(response.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(response.body.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(url.searchParams.get('secret')).toBe(response.body.secret);
    expect(decodeURIComponent(url.pathname)).toContain(user.username);
    const [row] = await t.db.query(`SELECT secret_sealed, enabled_at FROM user_two_factor WHERE user_id = $1`, [
      user.id,
    ]);
    expect(row.enabled_at).toBeNull();
    expect(row.secret_sealed).not.toContain(response.body.secret);
    // Until enabled, login is unchanged.
    await login(user).expect(200);
  });

  it('enable refuses a wrong code (422 naming code) and accepts the current one, with 10 hashed recovery codes', async () => {
    const user = await newUser(t);
    const setup = await t.http.post('/api/me/2fa/setup').set(user.auth).expect(200);
    const wrong = await t.http.post('/api/me/2fa/enable').set(user.auth).send({ code: '000000' }).expect(422);
    expect(wrong.body.errors).toEqual([
      { field: 'code', message: 'The two-factor code is wrong, expired or already used.' },
    ]);
    const enabled = await t.http
      .post('/api/me/2fa/enable')
      .set(user.auth)
      .send({ code: await totp(setup.body.secret) })
      .expect(200);
    const codes: string[] = enabled.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored: Array<{ code_hash: string }> = await t.db.query(
      `SELECT code_hash FROM two_factor_recovery_codes WHERE user_id = $1`,
      [user.id],
    );
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => codes.some((code) => row.code_hash.includes(code.replace(/-/g, ''))))).toBe(false);
    // The secret is never shown again.
    const again = await t.http.post('/api/me/2fa/setup').set(user.auth).expect(409);
    expect(again.body.code).toBe('auth.two_factor_already_enabled');
  });

  it('enable before setup is 409', async () => {
    const user = await newUser(t);
    const response = await t.http.post('/api/me/2fa/enable').set(user.auth).send({ code: '123456' }).expect(409);
    expect(response.body.code).toBe('auth.two_factor_not_set_up');
  });

  describe('login', () => {
    let user: TestUser;
    let secret: string;
    let recoveryCodes: string[];
    beforeAll(async () => {
      user = await newUser(t);
      ({ secret, recoveryCodes } = await enroll(user));
    });

    it('without otp: 401 auth.otp_required, but only once the password was right', async () => {
      const missing = await login(user).expect(401);
      expect(missing.body.code).toBe('auth.otp_required');
      const wrongPassword = await login(user, { password: 'not the password at all' }).expect(401);
      expect(wrongPassword.body.code).toBe('auth.invalid_credentials');
    });

    it('a wrong code is 401 auth.otp_invalid', async () => {
      const response = await login(user, {
        otp: (Number(await totp(secret)) + 1).toString().padStart(6, '0').slice(-6),
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('auth.otp_invalid');
    });

    it('a current code signs in, and the same code cannot be used again', async () => {
      // Enrolment used this period's code; the next period's is valid too (one step of tolerance).
      const code = await totp(secret, 30);
      const first = await login(user, { otp: code }).expect(200);
      expect(first.body.accessToken).toEqual(expect.any(String));
      const replay = await login(user, { otp: code }).expect(401);
      expect(replay.body.code).toBe('auth.otp_invalid');
      // Nor an older one, once a later one was accepted.
      expect((await login(user, { otp: await totp(secret) })).status).toBe(401);
    });

    it('a recovery code signs in once, typed in any case and without dashes', async () => {
      const typed = recoveryCodes[0].replace(/-/g, '').toUpperCase();
      await login(user, { otp: typed }).expect(200);
      const again = await login(user, { otp: recoveryCodes[0] }).expect(401);
      expect(again.body.code).toBe('auth.otp_invalid');
      const [row] = await t.db.query(
        `SELECT count(*)::int AS used FROM two_factor_recovery_codes WHERE user_id = $1 AND used_at IS NOT NULL`,
        [user.id],
      );
      expect(row.used).toBe(1);
    });

    it('one recovery code sent 8 times at once signs in exactly once', async () => {
      const responses = await Promise.all(Array.from({ length: 8 }, () => login(user, { otp: recoveryCodes[1] })));
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(7).fill(401)]);
    });
  });

  it('DELETE /api/me/2fa takes a code: wrong 422, a recovery code 204, then login needs no otp', async () => {
    const user = await newUser(t);
    const { recoveryCodes } = await enroll(user);
    const wrong = await t.http.delete('/api/me/2fa').set(user.auth).send({ code: 'aaaa-bbbb-cccc-dddd' }).expect(422);
    expect(wrong.body.errors[0].field).toBe('code');
    await t.http.delete('/api/me/2fa').set(user.auth).send({ code: recoveryCodes[3] }).expect(204);
    await login(user).expect(200);
    const [row] = await t.db.query(
      `SELECT (SELECT count(*) FROM user_two_factor WHERE user_id = $1)::int AS secrets,
              (SELECT count(*) FROM two_factor_recovery_codes WHERE user_id = $1)::int AS codes`,
      [user.id],
    );
    expect(row).toEqual({ secrets: 0, codes: 0 });
    const notOn = await t.http.delete('/api/me/2fa').set(user.auth).send({ code: '123456' }).expect(409);
    expect(notOn.body.code).toBe('auth.two_factor_not_enabled');
  });

  it('DELETE /api/me/2fa with a current TOTP code', async () => {
    const user = await newUser(t);
    const { secret } = await enroll(user);
    await t.http
      .delete('/api/me/2fa')
      .set(user.auth)
      .send({ code: await totp(secret, 30) })
      .expect(204);
  });

  it('needs a signed-in caller', async () => {
    await t.http.post('/api/me/2fa/setup').expect(401);
    await t.http.post('/api/me/2fa/enable').send({ code: '123456' }).expect(401);
    await t.http.delete('/api/me/2fa').send({ code: '123456' }).expect(401);
  });

  describe('requireStaffTwoFactor (live setting)', () => {
    it('refuses staff routes to staff without 2FA (403 auth.two_factor_required), not their own account', async () => {
      const admin = await newUser(t, { role: 'admin' });
      const moderator = await newUser(t, { role: 'moderator' });
      const editor = await newUser(t, { role: 'editor' });
      const reader = await newUser(t);

      // The admin cannot lock themself out: 2FA first.
      const first = await t.http
        .patch('/api/admin/settings')
        .set(admin.auth)
        .send({ requireStaffTwoFactor: true })
        .expect(422);
      expect(first.body.errors[0].field).toBe('requireStaffTwoFactor');
      await enroll(admin);
      const on = await t.http.patch('/api/admin/settings').set(admin.auth).send({ requireStaffTwoFactor: true });
      expect(on.status).toBe(200);
      expect(on.body.requireStaffTwoFactor).toBe(true);

      const queue = await t.http.get('/api/moderation/queue').set(moderator.auth).expect(403);
      expect(queue.body.code).toBe('auth.two_factor_required');
      expect((await t.http.get('/api/error-reports').set(editor.auth)).body.code).toBe('auth.two_factor_required');
      // Their own account, and turning 2FA on, stay open.
      await t.http.get('/api/me').set(moderator.auth).expect(200);
      await enroll(moderator);
      await t.http.get('/api/moderation/queue').set(moderator.auth).expect(200);
      // An admin with 2FA goes on; readers are not concerned.
      await t.http.get('/api/admin/users').set(admin.auth).expect(200);
      await t.http.get('/api/me').set(reader.auth).expect(200);

      await t.http.patch('/api/admin/settings').set(admin.auth).send({ requireStaffTwoFactor: false }).expect(200);
      await t.http.get('/api/error-reports').set(editor.auth).expect(200);
    });
  });
});
