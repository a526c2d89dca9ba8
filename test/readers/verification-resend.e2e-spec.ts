import { startTestApp, type TestApp } from '../support/app.js';
import { DEFAULT_PASSWORD, newUser } from '../support/factories.js';
import { readMailDir, waitForMails, type ReadMail } from '../support/mailbox.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RESEND = '/api/auth/email/verify/resend';
const SUBJECT = /confirm/;

/** A new verification link on request: one mail per request, through the outbox; limited per account and per IP. */
describe('readers: a new e-mail verification link', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      PUBLIC_URL: 'http://tribune.test',
      RATE_LIMIT_VERIFY_EMAIL_PER_HOUR: '2',
      JOBS_POLL_INTERVAL_MS: '500',
    });
  });
  afterAll(async () => t.close());

  const verificationMailsTo = async (email: string): Promise<ReadMail[]> =>
    (await readMailDir(t.config.MAIL_DIR)).filter((mail) => mail.to.includes(email) && SUBJECT.test(mail.subject));

  /** Waits for the n-th verification mail to `email`, then a little more to see that no other follows. */
  async function exactlyMails(email: string, n: number): Promise<ReadMail[]> {
    await waitForMails(
      t.config.MAIL_DIR,
      (all) => all.filter((mail) => mail.to.includes(email) && SUBJECT.test(mail.subject)).length >= n,
    );
    await settle(1_500); // three poll intervals of the mail job worker
    return verificationMailsTo(email);
  }

  const tokenIn = (mail: ReadMail) =>
    /http:\/\/tribune\.test\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];

  async function register(username: string, ip: string) {
    const registered = await t.http
      .post('/api/auth/register')
      .set('X-Forwarded-For', ip)
      .set('Accept-Language', 'fr')
      .send({ username, email: `${username}@example.test`, password: DEFAULT_PASSWORD })
      .expect(201);
    return {
      email: `${username}@example.test`,
      auth: { Authorization: `Bearer ${registered.body.accessToken}` },
    };
  }

  it('mails one new link per request (in the reader’s language); the last one verifies; then 409', async () => {
    const reader = await register('relance_lien', '192.0.2.1');
    await expect(exactlyMails(reader.email, 1)).resolves.toHaveLength(1); // the registration's

    await t.http
      .post(RESEND)
      .set(reader.auth)
      .set('X-Forwarded-For', '192.0.2.2')
      .set('Accept-Language', 'en')
      .expect(204);
    const mails = await exactlyMails(reader.email, 2);
    expect(mails).toHaveLength(2);
    const fresh = mails.find((mail) => /Tribune: confirm your e-mail address/.test(mail.subject))!;
    expect(fresh.text).toContain('To confirm your address, open this link (valid for 48 hours, once)');
    const token = tokenIn(fresh);
    expect(token).not.toBe(tokenIn(mails.find((mail) => mail !== fresh)!));

    await t.http.post('/api/auth/email/verify').send({ token }).expect(204);
    await expect(t.http.get('/api/me').set(reader.auth).expect(200)).resolves.toMatchObject({
      body: { emailVerified: true },
    });

    const already = await t.http
      .post(RESEND)
      .set(reader.auth)
      .set('X-Forwarded-For', '192.0.2.3')
      .set('Accept-Language', 'fr')
      .expect(409);
    expect(already.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(already.body).toMatchObject({
      status: 409,
      code: 'auth.email_already_verified',
      detail: 'Votre adresse e-mail est déjà confirmée.',
    });
    await expect(exactlyMails(reader.email, 2)).resolves.toHaveLength(2);
  });

  it('limits requests per account, whatever the IP: the third in an hour is 429 and mails nothing', async () => {
    const reader = await register('relance_compte', '192.0.2.10');
    const resend = (ip: string) => t.http.post(RESEND).set(reader.auth).set('X-Forwarded-For', ip);
    await resend('198.51.100.1').expect(204);
    await resend('198.51.100.2').expect(204);
    const limited = await resend('198.51.100.3').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    await expect(exactlyMails(reader.email, 3)).resolves.toHaveLength(3); // registration + 2
  });

  it('limits requests per IP, whatever the account: the third from one address is 429', async () => {
    const readers = [
      await register('relance_ip_a', '192.0.2.20'),
      await register('relance_ip_b', '192.0.2.21'),
      await register('relance_ip_c', '192.0.2.22'),
    ];
    const resend = (auth: Record<string, string>) =>
      t.http.post(RESEND).set(auth).set('X-Forwarded-For', '203.0.113.50');
    await resend(readers[0].auth).expect(204);
    await resend(readers[1].auth).expect(204);
    await resend(readers[2].auth).expect(429);
    await expect(exactlyMails(readers[2].email, 1)).resolves.toHaveLength(1); // the registration's only
  });

  it('needs a signed-in account', async () => {
    await t.http.post(RESEND).set('X-Forwarded-For', '192.0.2.30').expect(401);
    const user = await newUser(t); // no verification mail was ever sent to it: it may ask for one
    await t.http.post(RESEND).set(user.auth).set('X-Forwarded-For', '192.0.2.31').expect(204);
    await expect(exactlyMails(user.email, 1)).resolves.toHaveLength(1);
  });
});
