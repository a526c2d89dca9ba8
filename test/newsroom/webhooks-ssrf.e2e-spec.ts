import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

describe('webhooks: only public http(s) targets (SSRF guard)', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const create = (url: string) =>
    t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url, events: ['post.created'] });

  it.each([
    ['ftp://example.com/hook', 'webhooks.url_scheme'],
    ['file:///etc/passwd', 'webhooks.url_scheme'],
    ['http://127.0.0.1:8080/hook', 'webhooks.url_private'],
    ['http://localhost:8080/hook', 'webhooks.url_private'],
    ['http://[::1]/hook', 'webhooks.url_private'],
    ['http://[::ffff:10.0.0.1]/hook', 'webhooks.url_private'],
    ['http://10.1.2.3/hook', 'webhooks.url_private'],
    ['http://192.168.1.1/hook', 'webhooks.url_private'],
    ['http://169.254.169.254/latest/meta-data', 'webhooks.url_private'],
    ['http://0.0.0.0/hook', 'webhooks.url_private'],
  ])('%s is refused with 422 (%s), and nothing is stored', async (url, code) => {
    const response = await create(url);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect(response.body.errors[0].field).toBe('url');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n).toBe(0);
  });
});

describe('webhooks: redirects to a private address', () => {
  let t: TestApp;
  let admin: TestUser;
  let allowed: WebhookReceiver;
  let forbidden: WebhookReceiver;

  beforeAll(async () => {
    // 127.0.0.1 stands for "a permitted receiver"; 127.0.0.2 for the private target it points at.
    t = await startTestApp({
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
      JOBS_POLL_INTERVAL_MS: '500',
      WEBHOOK_RETRY_BASE_MS: '20',
    });
    admin = await newUser(t, { role: 'admin' });
    allowed = await new WebhookReceiver('127.0.0.1').start();
    forbidden = await new WebhookReceiver('127.0.0.2').start();
  });
  afterAll(async () => {
    await t.close();
    await allowed.stop();
    await forbidden.stop();
  });

  it('refuses (422) a URL that redirects to a private address, checked on the resolved address', async () => {
    allowed.redirect = { status: 302, location: forbidden.url };
    const response = await t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url: allowed.url, events: ['post.created'] });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('webhooks.url_private');
    expect(forbidden.received).toEqual([]);
  });

  it('does not follow a redirect to a private address at delivery time either', async () => {
    allowed.redirect = null;
    const created = await t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url: allowed.url, events: ['post.created'] });
    expect(created.status).toBe(201);
    allowed.secret = created.body.secret;
    allowed.redirect = { status: 307, location: forbidden.url };
    const reader = await newUser(t);
    const { threadId } = await insertArticle(t, { authorId: admin.id });
    await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Avis.' });

    const log = async () =>
      (await t.http.get(`/api/admin/webhooks/${created.body.id}/deliveries`).set(admin.auth)).body.items[0];
    const started = Date.now();
    while ((await log())?.status !== 'failed' && Date.now() - started < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await log()).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect((await log()).lastError).toMatch(/not a public address/);
    expect(allowed.received.length).toBeGreaterThan(0);
    expect(forbidden.received).toEqual([]);
  });
});
