import { readdir, readFile } from 'node:fs/promises';
import { hashToken } from '../../src/modules/auth/tokens.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle } from '../support/discussions.js';
import { DEFAULT_PASSWORD, newUser } from '../support/factories.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** #18: e-mail verification at registration, and REQUIRE_VERIFIED_EMAIL. */
describe('readers: e-mail verification', () => {
  let t: TestApp;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({
      REQUIRE_VERIFIED_EMAIL: 'true',
      PUBLIC_URL: 'http://tribune.test',
      RATE_LIMIT_FACTOR: '1000',
    });
    threadId = (await createArticle(t, await newUser(t, { role: 'editor' }))).threadId;
  });
  afterAll(async () => t.close());

  async function verificationMailTo(email: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const name of await readdir(t.config.MAIL_DIR).catch(() => [] as string[])) {
        // Quoted-printable: undo soft line breaks and =XX escapes.
        const text = (await readFile(`${t.config.MAIL_DIR}/${name}`, 'utf8'))
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        if (text.includes(`To: ${email}`)) return text;
      }
      await settle(100);
    }
    throw new Error(`no mail to ${email}`);
  }

  it('registration mails a link (in the reader’s language); the token verifies once; then the account may post', async () => {
    const registered = await t.http
      .post('/api/auth/register')
      .set('Accept-Language', 'fr')
      .send({ username: 'verif_lecteur', email: 'verif@example.test', password: DEFAULT_PASSWORD })
      .expect(201);
    expect(registered.body.user.emailVerified).toBe(false);
    const auth = { Authorization: `Bearer ${registered.body.accessToken}` };

    const refused = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(auth)
      .send({ body: 'Trop tôt' })
      .expect(403);
    expect(refused.body.type).toBe('https://tribune.dev/problems/discussions-email-unverified');

    const mail = await verificationMailTo('verif@example.test');
    expect(mail).toContain('confirmez votre adresse');
    const token = /http:\/\/tribune\.test\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail)![1];
    await t.http.post('/api/auth/email/verify').send({ token }).expect(204);
    const me = await t.http.get('/api/me').set(auth).expect(200);
    expect(me.body.emailVerified).toBe(true);
    await t.http.post(`/api/threads/${threadId}/posts`).set(auth).send({ body: 'Maintenant oui' }).expect(201);

    const used = await t.http.post('/api/auth/email/verify').send({ token }).expect(422);
    expect(used.body.errors[0].field).toBe('token');
  });

  it('an expired or unknown token is 422 and changes nothing; a missing one is 400', async () => {
    const user = await newUser(t);
    const token = 'expired-verification-token-0123456789';
    await t.db.query(
      `INSERT INTO email_verification_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() - interval '1 minute')`,
      [user.id, hashToken(token)],
    );
    await t.http.post('/api/auth/email/verify').send({ token }).expect(422);
    await t.http.post('/api/auth/email/verify').send({ token: 'never-issued' }).expect(422);
    await t.http.post('/api/auth/email/verify').send({}).expect(400);
    const [row] = await t.db.query(
      `SELECT u.email_verified_at, t.used_at FROM users u JOIN email_verification_tokens t ON t.user_id = u.id WHERE u.id = $1`,
      [user.id],
    );
    expect(row).toEqual({ email_verified_at: null, used_at: null });
    const me = await t.http.get('/api/me').set(user.auth).expect(200);
    expect(me.body.emailVerified).toBe(false);
  });
});
