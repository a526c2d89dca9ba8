import { translate } from '../../src/common/i18n/messages.js';
import { startTestApp, type TestApp } from '../support/app.js';

describe('foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/health answers ok', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /api/health/ready answers 200 when the database answers', async () => {
    const response = await t.http.get('/api/health/ready').expect(200);
    expect(response.body.status).toBe('ok');
  });

  it('unknown route is a problem+json 404', async () => {
    const response = await t.http.get('/api/nope').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found', type: expect.any(String) });
    expect(response.body.detail).toContain('/api/nope');
  });

  it('answers in French when Accept-Language prefers fr', async () => {
    const response = await t.http.get('/api/nope').set('Accept-Language', 'fr-FR,fr;q=0.9,en;q=0.5').expect(404);
    expect(response.body.detail).toBe('Aucune route GET /api/nope.');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/health/ready');
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('serves Prometheus metrics with request counts by route', async () => {
    await t.http.get('/api/health').expect(200);
    const response = await t.http.get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(response.text).toContain('http_request_duration_seconds_bucket');
  });

  it('labels a request with parameters by its route template, never its raw path', async () => {
    const id = '00000000-0000-4000-8000-0000000000aa';
    await t.http.get(`/api/threads/${id}`).expect(404);
    const response = await t.http.get('/metrics').expect(200);
    expect(response.text).toMatch(/http_requests_total\{method="GET",route="\/api\/threads\/:id",status="404"\} \d+/);
    expect(response.text).not.toContain(id);
  });

  it('echoes a request id', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
  });

  it('answers a GET naming the ETag of its body with 304 and no body, outside the read cache too', async () => {
    const first = await t.http.get('/api/health').expect(200);
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    const again = await t.unchecked.get('/api/health').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const changed = await t.unchecked.get('/api/health').set('If-None-Match', 'W/"f-other"');
    expect(changed.status).toBe(200);
  });

  it('sets security headers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('applied the migrations (French unaccented search configuration exists)', async () => {
    const rows = await t.db.query(
      `SELECT to_tsvector('tribune_french', 'Élections présidentielles') @@ websearch_to_tsquery('tribune_french', 'election presidentielle') AS matches`,
    );
    expect(rows[0].matches).toBe(true);
  });

  describe('a malformed JSON body', () => {
    // Body parsing runs before routing, so any POST shows it: /api/health has
    // no POST handler, and the answer must still be 400, not 404 or 500.
    const postMalformed = (path: string, language?: string) => {
      const call = t.http.post(path).set('Content-Type', 'application/json');
      if (language) call.set('Accept-Language', language);
      return call.send('{"body": "Bonjour",');
    };
    const malformedDetails = (language: 'en' | 'fr') => [
      translate('http.malformed_json', language),
      translate('http.bad_request', language),
    ];

    it('is a 400 problem+json with a French detail under Accept-Language fr', async () => {
      const response = await postMalformed('/api/health', 'fr-FR,fr;q=0.9');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', type: expect.any(String) });
      expect(malformedDetails('fr')).toContain(response.body.detail);
    });

    it('is in English by default, and never echoes the parser message', async () => {
      const response = await postMalformed('/api/nope');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(malformedDetails('en')).toContain(response.body.detail);
      expect(response.text).not.toMatch(/Unexpected|position|SyntaxError/);
    });
  });
});

describe('CORS for the news sites that embed the widget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://www.journal.example' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the preflight of a configured origin, with the Authorization header allowed', async () => {
    const response = await t.http
      .options('/api/threads/00000000-0000-0000-0000-000000000000/posts')
      .set('Origin', 'https://www.journal.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(response.status).toBeLessThan(300);
    expect(response.headers['access-control-allow-origin']).toBe('https://www.journal.example');
    expect(response.headers['access-control-allow-headers']).toMatch(/Authorization/i);
  });

  it('gives no CORS grant to any other origin', async () => {
    const response = await t.http.get('/api/health').set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
