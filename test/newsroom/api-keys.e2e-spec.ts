import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

const SCOPES = ['articles:write', 'error-reports:read', 'error-reports:write', 'moderation:read', 'sso'];

describe('service API keys', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const createKey = (scopes: string[], name = 'CMS') =>
    t.http.post('/api/admin/api-keys').set(admin.auth).send({ name, scopes });
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const article = (n: number) => ({ title: `Article ${n}`, body: `Le texte de l'article ${n}.` });

  it('creates a key shown once with the trb_ prefix, stored only as its SHA-256, and audited', async () => {
    const response = await createKey(SCOPES);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'CMS',
      scopes: SCOPES,
      key: expect.stringMatching(/^trb_[A-Za-z0-9_-]{43}$/),
      prefix: response.body.key.slice(0, 8),
      createdAt: expect.any(String),
      lastUsedAt: null,
    });
    const [row] = await t.db.query(`SELECT key_hash FROM api_keys WHERE id = $1`, [response.body.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(response.body.key).digest('hex'));
    const stored = JSON.stringify(await t.db.query(`SELECT * FROM api_keys WHERE id = $1`, [response.body.id]));
    expect(stored).not.toContain(response.body.key);

    const list = await t.http.get('/api/admin/api-keys').set(admin.auth);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(response.body.key);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(response.body.id);

    const audit = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1`, [response.body.id]);
    expect(audit).toEqual([{ action: 'api_key.create', actor_id: admin.id }]);
  });

  it('refuses an unknown scope, an empty scope list and a missing name with 400 naming the field', async () => {
    const unknown = await createKey(['articles:write', 'users:delete']);
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect([...new Set(unknown.body.errors.map((error: { field: string }) => error.field))]).toEqual(['scopes']);
    expect((await createKey([])).status).toBe(400);
    const noName = await t.http
      .post('/api/admin/api-keys')
      .set(admin.auth)
      .send({ scopes: ['sso'] });
    expect(noName.status).toBe(400);
    expect([...new Set(noName.body.errors.map((error: { field: string }) => error.field))]).toEqual(['name']);
  });

  it('a key with the scope passes the route that opts in; without it 403; a key never passes a user route', async () => {
    const writer = (await createKey(['articles:write'])).body.key as string;
    const reader = (await createKey(['error-reports:read'])).body.key as string;
    expect((await t.http.put('/api/articles/by-external-id/k-1').set(bearer(writer)).send(article(1))).status).toBe(
      201,
    );
    const noScope = await t.http.put('/api/articles/by-external-id/k-2').set(bearer(reader)).send(article(2));
    expect(noScope.status).toBe(403);
    expect(noScope.body.code).toBe('auth.api_key_scope_required');

    // User-only routes: the key is a valid credential, but not a user.
    for (const [method, path] of [
      ['get', '/api/me'],
      ['get', '/api/admin/api-keys'],
      ['post', '/api/articles'],
      ['get', '/api/moderation/watched-words'],
    ] as const) {
      const response = await t.http[method](path)
        .set(bearer(writer))
        .send(method === 'post' ? article(3) : undefined);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 403,
        code: 'auth.api_key_not_allowed',
      });
    }
    // A public route reads the key's caller as anonymous.
    expect((await t.http.get('/api/articles').set(bearer(writer))).status).toBe(200);
  });

  it('an unknown or malformed key is 401', async () => {
    const forged = `trb_${'A'.repeat(43)}`;
    const response = await t.http.put('/api/articles/by-external-id/k-9').set(bearer(forged)).send(article(9));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('auth.invalid_api_key');
    expect(
      (await t.http.put('/api/articles/by-external-id/k-9').set(bearer('trb_short')).send(article(9))).status,
    ).toBe(401);
  });

  it('refuses a key in the query string (400 naming the parameter), even on a public route', async () => {
    const key = (await createKey(['articles:write'])).body.key as string;
    for (const path of [`/api/articles?api_key=${key}`, `/api/articles/by-external-id/k-3?key=${key}`]) {
      const response = path.includes('by-external-id')
        ? await t.http.put(path).send(article(3))
        : await t.http.get(path);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('auth.api_key_in_query');
      expect(response.body.errors[0].field).toBe(path.includes('api_key') ? 'api_key' : 'key');
    }
  });

  it('revocation bites on the very next request, and is audited', async () => {
    const created = (await createKey(['articles:write'])).body as { id: string; key: string };
    expect(
      (await t.http.put('/api/articles/by-external-id/k-4').set(bearer(created.key)).send(article(4))).status,
    ).toBe(201);
    expect((await t.http.delete(`/api/admin/api-keys/${created.id}`).set(admin.auth)).status).toBe(204);
    const after = await t.http.put('/api/articles/by-external-id/k-4').set(bearer(created.key)).send(article(4));
    expect(after.status).toBe(401);
    expect((await t.http.delete(`/api/admin/api-keys/${created.id}`).set(admin.auth)).status).toBe(404);
    const list = await t.http.get('/api/admin/api-keys').set(admin.auth);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['api_key.create', 'api_key.revoke']);
  });

  it('an editor token cannot manage keys (403) and an anonymous caller gets 401', async () => {
    const editor = await newUser(t, { role: 'editor' });
    expect((await t.http.get('/api/admin/api-keys').set(editor.auth)).status).toBe(403);
    expect((await t.http.post('/api/admin/api-keys').send({ name: 'x', scopes: ['sso'] })).status).toBe(401);
  });
});
