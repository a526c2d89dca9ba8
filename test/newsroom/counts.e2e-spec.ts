import vm from 'node:vm';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

describe('comment counts: GET /api/counts and /count.js', () => {
  let t: TestApp;
  let slugs: { busy: string; quiet: string; future: string };

  beforeAll(async () => {
    t = await startTestApp();
    const author = await newUser(t, { role: 'editor' });
    const busy = await insertArticle(t, { authorId: author.id });
    const quiet = await insertArticle(t, { authorId: author.id });
    const future = await insertArticle(t, { authorId: author.id, publishedAt: new Date(Date.now() + 86_400_000) });
    for (const status of ['visible', 'visible', 'visible', 'hidden', 'pending', 'deleted'] as const) {
      await insertPost(t, { threadId: busy.threadId, authorId: author.id, body: `Avis ${status}`, status });
    }
    await insertPost(t, { threadId: future.threadId, authorId: author.id, body: 'Tôt.' });
    slugs = { busy: busy.slug, quiet: quiet.slug, future: future.slug };
  });
  afterAll(async () => t.close());

  it('counts visible posts only, leaves out unknown and unpublished articles, and is cacheable', async () => {
    const response = await t.http.get(`/api/counts?articles=${slugs.busy},${slugs.quiet},${slugs.future},nope`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ counts: { [slugs.busy]: 3, [slugs.quiet]: 0 } });
    expect(response.headers['cache-control']).toBe('public, max-age=30');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses no slug, more than 100, and a malformed slug with 400 naming the parameter', async () => {
    const many = Array.from({ length: 101 }, (_, index) => `a-${index}`).join(',');
    for (const query of ['', '?articles=', `?articles=${many}`, '?articles=Not%20A%20Slug']) {
      const response = await t.http.get(`/api/counts${query}`);
      expect({ query, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({
        query,
        status: 400,
        field: 'articles',
      });
    }
    const hundred = Array.from({ length: 100 }, (_, index) => `a-${index}`).join(',');
    expect((await t.http.get(`/api/counts?articles=${hundred}`)).status).toBe(200);
  });

  it('serves /count.js: small, cacheable JavaScript that fills every counter with one request', async () => {
    const response = await t.http.get('/count.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/javascript');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const script = response.text;
    expect(Buffer.byteLength(script)).toBeLessThan(700);

    // Run it against a minimal page: three counters for two articles.
    const elements = [slugs.busy, slugs.quiet, slugs.busy].map((slug) => ({
      slug,
      textContent: '…',
      getAttribute: () => slug,
    }));
    const requested: string[] = [];
    const origin = 'http://tribune.test';
    const context = {
      URL,
      encodeURIComponent,
      Object,
      document: {
        currentScript: { src: `${origin}/count.js` },
        querySelectorAll: () => elements,
      },
      fetch: async (url: string) => {
        requested.push(url);
        const answer = await t.http.get(url.slice(origin.length));
        return { json: async () => answer.body };
      },
    };
    vm.runInNewContext(script, context);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested).toEqual([`${origin}/api/counts?articles=${slugs.busy},${slugs.quiet}`]);
    // A real DOM turns the number into text; the fake elements keep what was assigned.
    expect(elements.map((element) => String(element.textContent))).toEqual(['3', '0', '3']);
  });
});
