import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';

/** Raw bytes and headers (supertest and fetch would decompress behind our back). */
function get(
  base: string,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

const PUBLIC = join(process.cwd(), 'public');

describe('static files: precompressed brotli and gzip, cache headers', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

  it.each(['br', 'gzip'] as const)('sends /embed.js %s-encoded, decompressing to the file', async (encoding) => {
    const original = readFileSync(join(PUBLIC, 'embed.js'));
    const response = await get(base, '/embed.js', { 'Accept-Encoding': `${encoding}, identity;q=0.5` });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.body.length).toBeLessThan(original.length / 2);
    expect(decoders[encoding](response.body).equals(original)).toBe(true);
  });

  it('prefers brotli when both are accepted, and sends the file as is to a client that accepts neither', async () => {
    const both = await get(base, '/embed.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(both.headers['content-encoding']).toBe('br');
    const plain = await get(base, '/embed.js', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    expect(plain.body.equals(readFileSync(join(PUBLIC, 'embed.js')))).toBe(true);
  });

  it('revalidates /embed.js by ETag (304), one ETag per encoding', async () => {
    const br = await get(base, '/embed.js', { 'Accept-Encoding': 'br' });
    const gzip = await get(base, '/embed.js', { 'Accept-Encoding': 'gzip' });
    expect(br.headers.etag).toBeDefined();
    expect(br.headers.etag).not.toBe(gzip.headers.etag);
    const again = await get(base, '/embed.js', { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('compresses the pages and the hashed assets, which stay immutable', async () => {
    const page = await get(base, '/', { 'Accept-Encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(page.body).toString();
    expect(html).toBe(readFileSync(join(PUBLIC, 'index.html'), 'utf8'));
    const article = await get(base, '/articles/un-article', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(article.body).toString()).toBe(readFileSync(join(PUBLIC, 'article', 'index.html'), 'utf8'));
    await newUser(t, { username: 'marie_l' }); // a profile page of nobody is a 404 page, not this file
    const profile = await get(base, '/u/marie_l', { 'Accept-Encoding': 'br' });
    expect(profile.status).toBe(200);
    expect(brotliDecompressSync(profile.body).toString()).toBe(
      readFileSync(join(PUBLIC, 'reader', 'index.html'), 'utf8'),
    );
    const desk = await get(base, '/moderation', { 'Accept-Encoding': 'br' });
    expect(brotliDecompressSync(desk.body).toString()).toBe(readFileSync(join(PUBLIC, 'moderation.html'), 'utf8'));
    const asset = /\/assets\/[\w.-]+\.js/.exec(html)![0];
    const served = await get(base, asset, { 'Accept-Encoding': 'br' });
    expect(served.headers['content-encoding']).toBe('br');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(served.body).equals(readFileSync(join(PUBLIC, asset)))).toBe(true);
  });

  it('answers HEAD with the headers and no body, and leaves the API alone', async () => {
    const head = await get(base, '/embed.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const api = await get(base, '/api/health', { 'Accept-Encoding': 'br' });
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(api.body.toString())).toEqual({ status: 'ok' });
  });
});
