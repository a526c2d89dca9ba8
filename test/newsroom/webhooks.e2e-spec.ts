import { startAppOn, startTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const FAST = { JOBS_POLL_INTERVAL_MS: '500', WEBHOOK_RETRY_BASE_MS: '20', RATE_LIMIT_FACTOR: '1000' };
const ALL_EVENTS = [
  'post.created',
  'post.flagged',
  'moderation.action',
  'error_report.created',
  'error_report.updated',
  'article.corrected',
];

async function register(t: TestApp, admin: TestUser, receiver: WebhookReceiver, events: string[]) {
  const response = await t.http.post('/api/admin/webhooks').set(admin.auth).send({ url: receiver.url, events });
  if (response.status !== 201) throw new Error(`webhook: ${response.status} ${JSON.stringify(response.body)}`);
  receiver.secret = response.body.secret;
  return response.body as { id: string; url: string; events: string[]; secret: string };
}

describe('webhooks: signed, at least once, retried, logged', () => {
  let t: TestApp;
  let admin: TestUser;
  let reader: TestUser;
  let receiver: WebhookReceiver;
  let webhookId: string;

  beforeAll(async () => {
    t = await startTestApp({ ...FAST, WEBHOOK_ALLOW_PRIVATE: 'true' });
    admin = await newUser(t, { role: 'admin' });
    reader = await newUser(t);
    receiver = await new WebhookReceiver().start();
    const created = await register(t, admin, receiver, ALL_EVENTS);
    webhookId = created.id;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(32);
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('lists webhooks without their secret, and audits the creation', async () => {
    const list = await t.http.get('/api/admin/webhooks').set(admin.auth);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      { id: webhookId, url: receiver.url, events: ALL_EVENTS, createdAt: expect.any(String) },
    ]);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [webhookId]);
    expect(audit).toEqual([{ action: 'webhook.create' }]);
  });

  it('delivers post.created signed (Standard Webhooks), retrying failed attempts with the same webhook-id', async () => {
    receiver.failFirst = 2;
    const article = await insertArticle(t, { authorId: admin.id });
    const posted = await t.http
      .post(`/api/threads/${article.threadId}/posts`)
      .set(reader.auth)
      .send({ body: 'Premier avis.' });
    expect(posted.status).toBe(201);
    await receiver.waitFor(() => receiver.accepted('post.created').length === 1);
    receiver.failFirst = 0;

    const attempts = receiver.received.filter((entry) => entry.type === 'post.created');
    expect(attempts.map((entry) => entry.answered)).toEqual([503, 503, 200]);
    expect(attempts.every((entry) => entry.verified)).toBe(true);
    expect(new Set(attempts.map((entry) => entry.webhookId)).size).toBe(1);
    expect(attempts[2]!.body).toEqual({
      type: 'post.created',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: expect.objectContaining({ id: posted.body.id, threadId: article.threadId, number: 1 }),
    });

    // The receiver answered before Tribune recorded the answer: wait for the log to settle.
    const entryOf = async () => {
      const log = await t.http.get(`/api/admin/webhooks/${webhookId}/deliveries`).set(admin.auth);
      expect(log.status).toBe(200);
      return log.body.items.find((item: { id: string }) => item.id === attempts[0]!.webhookId);
    };
    const started = Date.now();
    while ((await entryOf()).status === 'pending' && Date.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const entry = await entryOf();
    expect(entry).toMatchObject({
      eventType: 'post.created',
      status: 'succeeded',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
    });
  });

  it('publishes every kind of event from its feature, once each, and nothing for a rolled-back change', async () => {
    const before = receiver.received.length;
    const editor = await newUser(t, { role: 'editor' });
    const moderator = await newUser(t, { role: 'moderator' });
    const article = await insertArticle(t, { authorId: editor.id, body: 'Le pont mesure 300 mètres.' });
    const post = await insertPost(t, { threadId: article.threadId, authorId: admin.id, body: 'Un avis.' });

    expect((await t.http.post(`/api/posts/${post.id}/flags`).set(reader.auth).send({ reason: 'spam' })).status).toBe(
      201,
    );
    // The second flag is refused (409): its transaction rolls back with its event.
    expect((await t.http.post(`/api/posts/${post.id}/flags`).set(reader.auth).send({ reason: 'spam' })).status).toBe(
      409,
    );
    const other = await insertPost(t, { threadId: article.threadId, authorId: reader.id, body: 'Un autre.' });
    const hidden = await t.http
      .post(`/api/moderation/posts/${other.id}/hide`)
      .set(moderator.auth)
      .send({ reason: 'hors sujet' });
    expect(hidden.status).toBe(200);
    const report = await t.http.post(`/api/articles/${article.slug}/error-reports`).send({ quote: '300 mètres' });
    expect(report.status).toBe(201);
    const fixed = await t.http
      .patch(`/api/error-reports/${report.body.id}`)
      .set(editor.auth)
      .send({ status: 'fixed', correctionNote: 'Le pont mesure 320 mètres.' });
    expect(fixed.status).toBe(200);
    const corrected = await t.http
      .patch(`/api/articles/${article.slug}`)
      .set(editor.auth)
      .send({ correctionNote: 'Précision sur la date.' });
    expect(corrected.status).toBe(200);

    const expected = {
      'post.flagged': 1,
      'moderation.action': 1,
      'error_report.created': 1,
      'error_report.updated': 1,
      'article.corrected': 2,
    };
    await receiver.waitFor(() =>
      Object.entries(expected).every(
        ([type, count]) => receiver.received.slice(before).filter((entry) => entry.type === type).length >= count,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const counts: Record<string, number> = {};
    for (const entry of receiver.received.slice(before)) counts[entry.type] = (counts[entry.type] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(receiver.received.slice(before).every((entry) => entry.verified && entry.answered === 200)).toBe(true);
    const flagged = receiver.received.find((entry) => entry.type === 'post.flagged')!;
    expect(flagged.body.data).toMatchObject({ postId: post.id, reason: 'spam', flagCount: 1 });
    const action = receiver.received.find((entry) => entry.type === 'moderation.action')!;
    expect(action.body.data).toMatchObject({ action: 'post.hide', target: { type: 'post', id: other.id } });
  });

  it('sends a webhook only the events it subscribed to; a removed webhook gets nothing more', async () => {
    const narrow = await new WebhookReceiver().start();
    try {
      const created = await register(t, admin, narrow, ['error_report.created']);
      const article = await insertArticle(t, { authorId: admin.id, body: 'Une phrase juste.' });
      await t.http.post(`/api/threads/${article.threadId}/posts`).set(reader.auth).send({ body: 'Avis.' });
      await t.http.post(`/api/articles/${article.slug}/error-reports`).send({ quote: 'phrase juste' });
      await narrow.waitFor(() => narrow.accepted().length === 1);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(narrow.received.map((entry) => entry.type)).toEqual(['error_report.created']);

      expect((await t.http.delete(`/api/admin/webhooks/${created.id}`).set(admin.auth)).status).toBe(204);
      await t.http.post(`/api/articles/${article.slug}/error-reports`).send({ quote: 'Une phrase' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(narrow.received).toHaveLength(1);
      expect((await t.http.get(`/api/admin/webhooks/${created.id}/deliveries`).set(admin.auth)).status).toBe(404);
      expect((await t.http.delete(`/api/admin/webhooks/${created.id}`).set(admin.auth)).status).toBe(404);
    } finally {
      await narrow.stop();
    }
  });

  it('refuses an unknown event (400) and a URL that is not a URL (400)', async () => {
    const unknown = await t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url: receiver.url, events: ['post.deleted'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('events');
    const notUrl = await t.http
      .post('/api/admin/webhooks')
      .set(admin.auth)
      .send({ url: 'not a url', events: ['post.created'] });
    expect(notUrl.status).toBe(400);
    expect(notUrl.body.errors[0].field).toBe('url');
  });
});

describe('webhooks: nothing lost across a restart', () => {
  it('an event committed before a restart is delivered after it, exactly once accepted, same webhook-id', async () => {
    const database = await createTestDatabase();
    const receiver = await new WebhookReceiver().start();
    try {
      // First instance: takes the change, makes one failing attempt, then stops before the retry is due.
      receiver.failFirst = 1;
      const first = await startAppOn(
        database,
        { ...FAST, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_MS: '400' },
        { keepDatabase: true },
      );
      let threadId: string;
      try {
        const admin = await newUser(first, { role: 'admin' });
        const reader = await newUser(first);
        await register(first, admin, receiver, ['post.created']);
        threadId = (await insertArticle(first, { authorId: admin.id })).threadId;
        const posted = await first.http
          .post(`/api/threads/${threadId}/posts`)
          .set(reader.auth)
          .send({ body: 'Avant.' });
        expect(posted.status).toBe(201);
        await receiver.waitFor(() => receiver.received.length === 1);
      } finally {
        await first.close();
      }
      // The retry (due 2 s after the failure) is a job row in PostgreSQL; the first instance is gone.
      expect(receiver.received.map((entry) => entry.answered)).toEqual([503]);

      const second = await startAppOn(database, { ...FAST, WEBHOOK_ALLOW_PRIVATE: 'true' }, { keepDatabase: true });
      try {
        await receiver.waitFor(() => receiver.accepted().length === 1);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(receiver.received.map((entry) => entry.answered)).toEqual([503, 200]);
        expect(new Set(receiver.received.map((entry) => entry.webhookId)).size).toBe(1);
        expect(receiver.received.every((entry) => entry.verified)).toBe(true);
        const [row] = await second.db.query(`SELECT status, attempts FROM webhook_deliveries`);
        expect(row).toEqual({ status: 'succeeded', attempts: 2 });
      } finally {
        await second.close();
      }
    } finally {
      await receiver.stop();
      await dropTestDatabase(database.name);
    }
  }, 60_000);

  it('an event taken by a web-only instance is delivered once a worker instance starts', async () => {
    const database = await createTestDatabase();
    const receiver = await new WebhookReceiver().start();
    try {
      const webOnly = await startAppOn(
        database,
        { ...FAST, WEBHOOK_ALLOW_PRIVATE: 'true', JOBS_WORKER: 'false' },
        { keepDatabase: true },
      );
      try {
        const admin = await newUser(webOnly, { role: 'admin' });
        const reader = await newUser(webOnly);
        await register(webOnly, admin, receiver, ['post.created']);
        const { threadId } = await insertArticle(webOnly, { authorId: admin.id });
        expect(
          (await webOnly.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Hop.' })).status,
        ).toBe(201);
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(receiver.received).toEqual([]);
      } finally {
        await webOnly.close();
      }
      const worker = await startAppOn(database, { ...FAST, WEBHOOK_ALLOW_PRIVATE: 'true' }, { keepDatabase: true });
      try {
        await receiver.waitFor(() => receiver.received.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(receiver.received.map((entry) => [entry.type, entry.answered, entry.verified])).toEqual([
          ['post.created', 200, true],
        ]);
      } finally {
        await worker.close();
      }
    } finally {
      await receiver.stop();
      await dropTestDatabase(database.name);
    }
  }, 60_000);
});
