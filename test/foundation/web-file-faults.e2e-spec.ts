import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppOn, type TestApp } from '../support/app.js';
import { createTestDatabase } from '../support/database.js';

/**
 * A file of the web front ends that breaks after startup (the files are routed when the
 * server starts): a clear answer, never Fastify's own body with the file's path on disk.
 */
describe('web front ends: a file that breaks under the running server', () => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tribune-web-root-'));
    for (const name of ['casse.txt', 'parti.txt']) writeFileSync(join(root, name), 'contenu');
    t = await startAppOn(await createTestDatabase(), {}, { webRoot: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a file that can no longer be read with a problem+json 500 that names no path', async () => {
    const before = await t.unchecked.get('/casse.txt').set('Accept-Encoding', 'identity').expect(200);
    expect(before.text).toBe('contenu');

    // A link to itself: stat fails with ELOOP (an error as root too, unlike a permission).
    rmSync(join(root, 'casse.txt'));
    symlinkSync('casse.txt', join(root, 'casse.txt'));
    expect(() => statSync(join(root, 'casse.txt'))).toThrow(expect.objectContaining({ code: 'ELOOP' }));

    const broken = await t.unchecked.get('/casse.txt').set('Accept-Language', 'en').expect(500);
    expect(broken.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(broken.body).toMatchObject({
      status: 500,
      code: 'http.internal',
      requestId: broken.headers['x-request-id'],
    });
    expect(broken.text).not.toContain(root);
    expect(broken.text).not.toContain('ELOOP');
    expect(broken.headers['cache-control']).toBeUndefined();
  });

  it('answers a file removed since startup like any unknown path: a problem+json 404', async () => {
    await t.unchecked.get('/parti.txt').set('Accept-Encoding', 'identity').expect(200);
    rmSync(join(root, 'parti.txt'));
    const gone = await t.unchecked.get('/parti.txt').expect(404);
    expect(gone.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(gone.body.code).toBe('http.route_not_found');
  });
});
