import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { WebhookSecretBox } from '../../src/platform/webhooks/webhook-secret-box.js';
import { WebhooksService } from '../../src/platform/webhooks/webhooks.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const FAST = { JOBS_POLL_INTERVAL_MS: '500', WEBHOOK_RETRY_BASE_MS: '20', RATE_LIMIT_FACTOR: '1000' };
const KEY = 'a-webhook-secret-key-of-at-least-32-characters';
const OLD_KEY = 'the-webhook-secret-key-before-the-current-one';

describe('webhook secrets are encrypted at rest', () => {
  let t: TestApp;
  let admin: TestUser;
  let reader: TestUser;
  const receivers: WebhookReceiver[] = [];

  const register = async () => {
    const receiver = await new WebhookReceiver().start();
    receivers.push(receiver);
    const response = await t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url: receiver.url, events: ['post.created'] });
    expect(response.status).toBe(201);
    receiver.secret = response.body.secret;
    return { receiver, id: response.body.id as string, secret: response.body.secret as string };
  };
  const storedSecret = async (id: string) =>
    ((await t.db.query(`SELECT secret FROM webhooks WHERE id = $1`, [id])) as { secret: string }[])[0]!.secret;
  const post = async () => {
    const article = await insertArticle(t, { authorId: admin.id });
    const posted = await t.http
      .post(`/api/threads/${article.threadId}/posts`)
      .set(reader.auth)
      .send({ body: 'Un avis.' });
    expect(posted.status).toBe(201);
  };
  const settled = async (webhookId: string) => {
    for (let waited = 0; waited < 15_000; waited += 100) {
      const rows = (await t.db.query(
        `SELECT status, last_error FROM webhook_deliveries WHERE webhook_id = $1 AND status <> 'pending'`,
        [webhookId],
      )) as { status: string; last_error: string | null }[];
      if (rows.length > 0) return rows;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no settled delivery for ${webhookId}`);
  };

  beforeAll(async () => {
    t = await startTestApp({
      ...FAST,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_SECRET_KEY: KEY,
      WEBHOOK_SECRET_KEY_PREVIOUS: OLD_KEY,
    });
    admin = await newUser(t, { role: 'admin' });
    reader = await newUser(t);
  });
  afterAll(async () => {
    await t.close();
    for (const receiver of receivers) await receiver.stop();
  });
  afterEach(async () => {
    // Each test's webhooks end with it, so the next test's event reaches only its own.
    await t.db.query(`UPDATE webhooks SET deleted_at = now() WHERE deleted_at IS NULL`);
  });

  it('stores v1:<iv>:<tag>:<ciphertext>, never the secret, and still signs with the plain secret', async () => {
    const { receiver, id, secret } = await register();
    const stored = await storedSecret(id);
    expect(stored).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(6));
    expect(new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: 'unused' }).decrypt(stored)).toBe(secret);

    await post();
    await receiver.waitFor(() => receiver.accepted('post.created').length === 1);
    expect(receiver.received.map((entry) => entry.verified)).toEqual([true]);
    expect(await settled(id)).toEqual([{ status: 'succeeded', last_error: null }]);
  });

  it('a secret encrypted with another key fails the delivery (logged), no request is sent', async () => {
    const { receiver, id, secret } = await register();
    const other = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: `${KEY}-other`, JWT_SECRET: 'unused' });
    await t.db.query(`UPDATE webhooks SET secret = $2 WHERE id = $1`, [id, other.encrypt(secret)]);
    const logged = jest.spyOn(Logger.prototype, 'error');
    try {
      await post();
      expect(await settled(id)).toEqual([{ status: 'failed', last_error: 'webhook secret unreadable' }]);
      const messages = logged.mock.calls.map((call) => String(call[0]));
      expect(messages.filter((message) => message.includes('webhook secret cannot be decrypted'))).toHaveLength(1);
    } finally {
      logged.mockRestore();
    }
    expect(receiver.received).toEqual([]);
    const log = await t.http.get(`/api/admin/webhooks/${id}/deliveries`).set(admin.auth);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1, lastError: 'webhook secret unreadable' }),
    ]);
  });

  it('a legacy plain secret still signs, and is encrypted once at boot (idempotent)', async () => {
    const { receiver, id, secret } = await register();
    await t.db.query(`UPDATE webhooks SET secret = $2 WHERE id = $1`, [id, secret]);

    await post();
    await receiver.waitFor(() => receiver.accepted('post.created').length === 1);
    expect(receiver.received.map((entry) => entry.verified)).toEqual([true]);

    const service = t.app.get(WebhooksService);
    expect(await service.upgradeStoredSecrets()).toBe(1);
    expect(await service.upgradeStoredSecrets()).toBe(0);
    const stored = await storedSecret(id);
    expect(stored.startsWith('v1:')).toBe(true);
    expect(stored).not.toContain(secret.slice(6));
    expect(new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: 'unused' }).decrypt(stored)).toBe(secret);
  });

  it('rotating keys: secrets of the previous key and of the JWT_SECRET key still sign, and are encrypted again with the current key', async () => {
    const current = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: 'unused' });
    const earlierBoxes = [
      new WebhookSecretBox({ WEBHOOK_SECRET_KEY: OLD_KEY, JWT_SECRET: 'unused' }),
      new WebhookSecretBox({ JWT_SECRET: t.config.JWT_SECRET }),
    ];
    const hooks = [];
    for (const box of earlierBoxes) {
      const hook = await register();
      await t.db.query(`UPDATE webhooks SET secret = $2 WHERE id = $1`, [hook.id, box.encrypt(hook.secret)]);
      expect(() => current.open(box.encrypt(hook.secret))).toThrow('webhook secret cannot be decrypted');
      hooks.push(hook);
    }

    await post();
    for (const { receiver } of hooks) {
      await receiver.waitFor(() => receiver.accepted('post.created').length === 1);
      expect(receiver.received.map((entry) => entry.verified)).toEqual([true]);
    }

    const service = t.app.get(WebhooksService);
    expect(await service.upgradeStoredSecrets()).toBe(2);
    expect(await service.upgradeStoredSecrets()).toBe(0);
    for (const { id, secret } of hooks) {
      const onlyCurrentKey = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: `${KEY}-not-this-one` });
      expect(onlyCurrentKey.open(await storedSecret(id))).toEqual({ plain: secret, current: true });
    }
  });
});

describe('webhook secret key derivation', () => {
  it('derives from JWT_SECRET under its own info string when WEBHOOK_SECRET_KEY is unset', () => {
    const secret = 'whsec_c2VjcmV0';
    const fromJwt = new WebhookSecretBox({ JWT_SECRET: KEY });
    const configured = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: KEY });
    const sealed = fromJwt.encrypt(secret);
    expect(fromJwt.decrypt(sealed)).toBe(secret);
    // The same secret string, yet another subkey: the configured box opens it only through its JWT_SECRET fallback.
    expect(configured.open(sealed)).toEqual({ plain: secret, current: false });
    const elsewhere = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: KEY, JWT_SECRET: `${KEY}-elsewhere` });
    expect(() => elsewhere.decrypt(sealed)).toThrow('webhook secret cannot be decrypted (wrong key or altered value)');
    expect(() => fromJwt.decrypt('v1:abc')).toThrow('webhook secret cannot be decrypted (malformed)');
  });

  it('opens what the previous key and the JWT_SECRET key encrypted, and says they are not current', () => {
    const secret = 'whsec_c2VjcmV0';
    const previous = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: `${KEY}-old`, JWT_SECRET: 'unused' });
    const fromJwt = new WebhookSecretBox({ JWT_SECRET: `${KEY}-jwt` });
    const rotating = new WebhookSecretBox({
      WEBHOOK_SECRET_KEY: KEY,
      WEBHOOK_SECRET_KEY_PREVIOUS: `${KEY}-old`,
      JWT_SECRET: `${KEY}-jwt`,
    });
    expect(rotating.open(previous.encrypt(secret))).toEqual({ plain: secret, current: false });
    expect(rotating.open(fromJwt.encrypt(secret))).toEqual({ plain: secret, current: false });
    expect(rotating.open(rotating.encrypt(secret))).toEqual({ plain: secret, current: true });
    expect(rotating.open(secret)).toEqual({ plain: secret, current: false });
    const stranger = new WebhookSecretBox({ WEBHOOK_SECRET_KEY: `${KEY}-stranger`, JWT_SECRET: 'unused' });
    expect(() => rotating.open(stranger.encrypt(secret))).toThrow('wrong key or altered value');
  });
});
