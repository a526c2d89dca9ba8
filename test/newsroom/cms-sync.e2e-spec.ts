import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

describe('CMS sync: PUT /api/articles/by-external-id/:externalId', () => {
  let t: TestApp;
  let admin: TestUser;
  let key: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    admin = await newUser(t, { role: 'admin' });
    const created = await t.http
      .post('/api/admin/api-keys')
      .set(admin.auth)
      .send({ name: 'CMS', scopes: ['articles:write'] });
    key = created.body.key;
  });
  afterAll(async () => t.close());

  const put = (externalId: string, body: object) =>
    t.http.put(`/api/articles/by-external-id/${externalId}`).set('Authorization', `Bearer ${key}`).send(body);

  it('creates (201) then updates (200) the same article: same id, slug and thread', async () => {
    const first = await put('cms-101', {
      title: 'Le budget voté',
      body: 'Le Parlement a voté le budget mardi.',
      url: 'https://journal.example/politique/budget',
      summary: 'Un vote serré.',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      slug: 'le-budget-vote',
      externalId: 'cms-101',
      url: 'https://journal.example/politique/budget',
      revision: 1,
      author: { username: null, displayName: 'The newsroom' },
    });
    const second = await put('cms-101', { title: 'Le budget voté', body: 'Le Parlement a voté le budget mercredi.' });
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.slug).toBe(first.body.slug);
    expect(second.body.thread.id).toBe(first.body.thread.id);
    expect(second.body.revision).toBe(2);
    // Absent optional fields are reset by the PUT.
    expect(second.body.summary).toBe('');
    expect(second.body.url).toBeNull();

    const same = await put('cms-101', { title: 'Le budget voté', body: 'Le Parlement a voté le budget mercredi.' });
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(2);
    const revisions = await t.db.query(
      `SELECT revision, body FROM article_revisions WHERE article_id = $1 ORDER BY revision`,
      [first.body.id],
    );
    expect(revisions).toEqual([
      { revision: 1, body: 'Le Parlement a voté le budget mardi.' },
      { revision: 2, body: 'Le Parlement a voté le budget mercredi.' },
    ]);
  });

  it('two simultaneous first PUTs make one article (one 201, the others 200)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) => put('cms-race', { title: 'Course', body: `Version ${index}` })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(new Set(responses.map((response) => response.body.slug)).size).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM articles WHERE external_id = 'cms-race'`);
    expect(n).toBe(1);
    const [{ threads }] = await t.db.query(
      `SELECT count(*)::int AS threads FROM threads t JOIN articles a ON a.id = t.article_id WHERE a.external_id = 'cms-race'`,
    );
    expect(threads).toBe(1);
  });

  it('a malformed externalId is 400 naming the field, and writes nothing', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM articles`))[0].n;
    for (const bad of ['has%20space', 'x'.repeat(201), '-leading-dash', 'caf%C3%A9']) {
      const response = await put(bad, { title: 'Mauvais', body: 'Texte' });
      expect({ bad, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({
        bad,
        status: 400,
        field: 'externalId',
      });
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM articles`))[0].n).toBe(before);
  });

  it('a bad body is 400 naming the field (and slug cannot be set)', async () => {
    const response = await put('cms-bad', { title: 'T', body: 'B', slug: 'chosen', url: 'javascript:alert(1)' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['slug', 'url']);
  });

  it('a changed text recomputes quoteFound of every open error report', async () => {
    const created = await put('cms-quotes', {
      title: 'Le pont',
      body: 'Le pont mesure 300 mètres. Il a été inauguré en 1998.',
    });
    const slug = created.body.slug as string;
    const report = async (quote: string) =>
      (await t.http.post(`/api/articles/${slug}/error-reports`).set('X-Forwarded-For', '10.9.0.1').send({ quote })).body
        .id as string;
    const kept = await report('inauguré en 1998');
    const removed = await report('300 mètres');
    const quoteFound = async (id: string) =>
      (await t.http.get(`/api/error-reports/${id}`).set(admin.auth)).body.quoteFound as boolean;
    expect([await quoteFound(kept), await quoteFound(removed)]).toEqual([true, true]);

    await put('cms-quotes', { title: 'Le pont', body: 'Le pont mesure 320 mètres. Il a été inauguré en 1998.' });
    expect([await quoteFound(kept), await quoteFound(removed)]).toEqual([true, false]);

    // The text comes back: found again.
    await put('cms-quotes', { title: 'Le pont', body: 'Le pont mesure 300 mètres. Il a été inauguré en 1998.' });
    expect([await quoteFound(kept), await quoteFound(removed)]).toEqual([true, true]);
  });

  it('an editor may sync with a user token; a reader may not', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const reader = await newUser(t);
    const asEditor = await t.http
      .put('/api/articles/by-external-id/cms-editor')
      .set(editor.auth)
      .send({ title: 'Par un éditeur', body: 'Texte.' });
    expect(asEditor.status).toBe(201);
    expect(asEditor.body.author.username).toBe(editor.username);
    const asReader = await t.http
      .put('/api/articles/by-external-id/cms-reader')
      .set(reader.auth)
      .send({ title: 'Non', body: 'Texte.' });
    expect(asReader.status).toBe(403);
  });
});
