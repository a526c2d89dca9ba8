import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, type Cast, type TestUser } from '../support/factories.js';
import {
  ACCESS_MATRIX,
  createAccessFixtures,
  type AccessFixtures,
  type AccessRequest,
  type Caller,
} from './access-matrix.js';
import { dbFingerprint } from './db-fingerprint.js';

/**
 * Staff-only state reached through type coercion, and mass assignment
 * (the anchors' CVE classes): on EVERY route that takes a body, each field is
 * sent with the wrong shape (array, `{"$ne": null}`, number as string and back,
 * boolean, `__proto__` object) and privileged extra fields are added (`role`,
 * `status`, `id`, `authorId`, `score`, `number`, `__proto__`, `constructor`).
 * Every such request is refused with a 4xx problem+json, and the database is
 * byte-for-byte the same afterwards.
 */

const PREFERRED: Caller[] = ['reader', 'admin', 'editor', 'moderator', 'otherReader', 'anonymous'];

interface Probe {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Raw JSON text, so that `__proto__` travels as an own key. */
  json: string;
}

function coercions(value: unknown): Array<[string, string]> {
  const v = JSON.stringify(value);
  const variants: Array<[string, string]> = [
    ['array', `[${v}]`],
    ['$ne', '{"$ne": null}'],
    ['$gt', '{"$gt": ""}'],
    ['__proto__ object', '{"__proto__": {"isAdmin": true, "role": "admin"}}'],
    ['nested array', `[[${v}]]`],
  ];
  if (typeof value === 'number') variants.push(['number as string', JSON.stringify(String(value))]);
  if (typeof value === 'string') variants.push(['string as number', /^-?\d+$/.test(value) ? value : '1']);
  if (typeof value !== 'boolean') variants.push(['boolean', 'true']);
  if (Array.isArray(value)) variants.push(['array as string', JSON.stringify(String(value[0]))]);
  if (Array.isArray(value)) variants.push(['array as object', `{"0": ${JSON.stringify(value[0])}}`]);
  return variants;
}

const MASS_ASSIGNMENT: Array<[string, string]> = [
  ['role', '"admin"'],
  ['status', '"visible"'],
  ['id', JSON.stringify(randomUUID())],
  ['authorId', JSON.stringify(randomUUID())],
  ['userId', JSON.stringify(randomUUID())],
  ['score', '1000'],
  ['number', '1'],
  ['isAdmin', 'true'],
  ['__proto__', '{"role": "admin", "isAdmin": true}'],
  ['constructor', '{"prototype": {"isAdmin": true}}'],
];

function probesFor(key: string, request: AccessRequest, headers: Record<string, string>): Probe[] {
  const [method, route] = key.split(' ') as [string, string];
  const body = request.body as Record<string, unknown>;
  const fields = Object.entries(body).map(([name, value]) => [JSON.stringify(name), JSON.stringify(value)] as const);
  const withField = (name: string, raw: string | null) =>
    `{${[...fields.filter(([n]) => n !== JSON.stringify(name)).map(([n, v]) => `${n}: ${v}`), ...(raw === null ? [] : [`${JSON.stringify(name)}: ${raw}`])].join(', ')}}`;
  const probes: Probe[] = [];
  const base = { method, path: request.path, headers: { ...(request.headers ?? {}), ...headers } };
  for (const [name, value] of Object.entries(body)) {
    for (const [label, raw] of coercions(value)) {
      probes.push({ ...base, label: `${method} ${route} ${name}: ${label}`, json: withField(name, raw) });
    }
  }
  for (const [name, raw] of MASS_ASSIGNMENT) {
    if (Object.hasOwn(body, name)) continue;
    probes.push({ ...base, label: `${method} ${route} + ${name}`, json: withField(name, raw) });
  }
  return probes;
}

describe('security: type coercion and mass assignment on every route with a body', () => {
  let t: TestApp;
  let cast: Cast;
  let fixtures: AccessFixtures;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000', FLAG_HIDE_THRESHOLD: '100' });
    cast = await newCast(t);
    fixtures = await createAccessFixtures(t, cast);
  }, 60_000);
  afterAll(async () => t.close());

  const send = (probe: Probe): Promise<Response> => {
    let pending = t.http[probe.method.toLowerCase() as 'post'](probe.path).set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(probe.headers)) pending = pending.set(name, value);
    return pending.send(probe.json);
  };

  it('refuses every coerced field and every privileged extra field with a 4xx problem+json, and writes nothing', async () => {
    // Build every request first (fixtures are created here), then fingerprint, then attack.
    const probes: Probe[] = [];
    const routesWithBody: string[] = [];
    for (const [key, entry] of Object.entries(ACCESS_MATRIX)) {
      if (entry.stream) continue;
      const caller = PREFERRED.find((c) => entry.expect[c] >= 200 && entry.expect[c] < 300);
      if (!caller) continue;
      const user: TestUser | null =
        caller === 'anonymous' ? null : entry.freshCast ? (await newCast(t))[caller] : cast[caller];
      const request = await entry.request(fixtures, caller, user);
      if (request.body === undefined) continue;
      routesWithBody.push(key);
      probes.push(...probesFor(key, request, user?.auth ?? {}));
    }
    expect(routesWithBody.length).toBeGreaterThanOrEqual(30);
    expect(probes.length).toBeGreaterThan(300);

    const before = await dbFingerprint(t);
    const accepted: string[] = [];
    for (const probe of probes) {
      const response = await send(probe);
      const problem = String(response.headers['content-type']).includes('application/problem+json');
      if (response.status < 400 || response.status >= 500 || !problem) {
        accepted.push(`${probe.label} → ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(await dbFingerprint(t)).toEqual(before);
    // The process itself was not polluted by any `__proto__` key.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  }, 90_000);

  it('`{"status": ["visible"]}` does not publish a pending post, and `{"status": ["fixed"]}` does not close a report', async () => {
    const report = await fixtures.anonymousReport();
    await t.http
      .patch(`/api/error-reports/${report}`)
      .set(cast.editor.auth)
      .set('Content-Type', 'application/json')
      .send('{"status": ["fixed"]}')
      .expect(400);
    const [row] = await t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [report]);
    expect(row.status).toBe('open');

    const response = await t.http
      .post(`/api/threads/${fixtures.article.threadId}/posts`)
      .set(cast.reader.auth)
      .set('Content-Type', 'application/json')
      .send('{"body": "Publié ?", "status": ["visible"]}')
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('status');
  });

  it('`{"role": {"$ne": null}}` changes no role, on PATCH /api/me or on the admin route', async () => {
    await t.http
      .patch('/api/me')
      .set(cast.reader.auth)
      .set('Content-Type', 'application/json')
      .send('{"role": {"$ne": null}}')
      .expect(400);
    const target = await fixtures.user();
    await t.http
      .patch(`/api/admin/users/${target.id}`)
      .set(cast.admin.auth)
      .set('Content-Type', 'application/json')
      .send('{"role": {"$ne": null}}')
      .expect(400);
    await t.http
      .patch(`/api/admin/users/${target.id}`)
      .set(cast.admin.auth)
      .send({ role: ['admin'] })
      .expect(400);
    const rows = await t.db.query(`SELECT id, role FROM users WHERE id = ANY($1)`, [[cast.reader.id, target.id]]);
    expect(rows.map((r: { role: string }) => r.role)).toEqual(['reader', 'reader']);
  });

  it('`{"resultsVisibility": 1}` creates no poll', async () => {
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM polls`);
    const response = await t.http
      .post(`/api/articles/${fixtures.article.slug}/polls`)
      .set(cast.editor.auth)
      .send({ question: 'Q ?', options: ['a', 'b'], mode: 'single', resultsVisibility: 1, allowVoteChange: true })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('resultsVisibility');
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM polls`);
    expect(after).toBe(before);
  });

  it('a vote of "1", [1], 100 or "-1" never moves a score past one vote', async () => {
    const postId = await fixtures.post();
    for (const value of ['"1"', '[1]', '100', '"-1"', '{"$gt": 0}', '1e3', '0']) {
      await t.http
        .put(`/api/posts/${postId}/vote`)
        .set(cast.otherReader.auth)
        .set('Content-Type', 'application/json')
        .send(`{"value": ${value}}`)
        .expect(400);
    }
    const [row] = await t.db.query(`SELECT score FROM posts WHERE id = $1`, [postId]);
    expect(row.score).toBe(0);
  });
});
