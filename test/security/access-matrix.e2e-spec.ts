import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, type Cast, type TestUser } from '../support/factories.js';
import { declaredRoutes } from '../support/routes.js';
import {
  ACCESS_MATRIX,
  CALLERS,
  MATRIX_SSO,
  createAccessFixtures,
  routeKey,
  type AccessEntry,
  type AccessFixtures,
  type Caller,
} from './access-matrix.js';

/**
 * The global permission matrix: every route of the app × every caller, from
 * one table (access-matrix.ts). The route list comes from the app itself, so a
 * route without an entry fails here.
 */
describe('security: the global permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let fixtures: AccessFixtures;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_FACTOR: '1000',
      FLAG_HIDE_THRESHOLD: '100',
      SSO_ISSUER: MATRIX_SSO.issuer,
      SSO_SECRET: MATRIX_SSO.secret,
      // The webhook routes register a local URL.
      WEBHOOK_ALLOW_PRIVATE: 'true',
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    cast = await newCast(t);
    fixtures = await createAccessFixtures(t, cast);
  }, 60_000);
  afterAll(async () => t.close());

  it('has exactly one entry for every route the app declares, and none for a route that is gone', () => {
    const declared = [...new Set(declaredRoutes(t.app).map(routeKey))].sort();
    const table = Object.keys(ACCESS_MATRIX).sort();
    expect({ missingFromTable: declared.filter((key) => !table.includes(key)) }).toEqual({ missingFromTable: [] });
    expect({ routeGone: table.filter((key) => !declared.includes(key)) }).toEqual({ routeGone: [] });
  });

  it('has an expectation for every caller on every entry', () => {
    const incomplete = Object.entries(ACCESS_MATRIX)
      .filter(([, entry]) => CALLERS.some((caller) => typeof entry.expect[caller] !== 'number'))
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  async function call(key: string, entry: AccessEntry, caller: Caller, user: TestUser | null): Promise<string> {
    const method = key.split(' ')[0]!;
    const request = await entry.request(fixtures, caller, user);
    const headers: Record<string, string> = { ...(request.headers ?? {}), ...(user?.auth ?? {}) };
    if (entry.stream) {
      // Judge the stream on its head, then hang up: it never ends by itself.
      const abort = new AbortController();
      const response = await fetch(`${base}${request.path}`, { headers, signal: abort.signal });
      const contentType = response.headers.get('content-type') ?? '';
      abort.abort();
      return response.status === 200 && !contentType.includes('text/event-stream')
        ? `${key} as ${caller}: 200 but Content-Type ${contentType}`
        : String(response.status);
    }
    let pending = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](request.path);
    for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
    const response = request.body === undefined ? await pending : await pending.send(request.body as object);
    if (response.status >= 400 && !String(response.headers['content-type']).includes('application/problem+json')) {
      return `${key} as ${caller}: ${response.status} without problem+json`;
    }
    return String(response.status);
  }

  it.each(Object.keys(ACCESS_MATRIX))('%s answers every caller as the table says', async (key) => {
    const entry = ACCESS_MATRIX[key]!;
    const callers = entry.freshCast ? await newCast(t) : cast;
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const user = caller === 'anonymous' ? null : callers[caller];
      const outcome = await call(key, entry, caller, user);
      if (outcome !== String(entry.expect[caller])) {
        mismatches.push(`${key} as ${caller}: expected ${entry.expect[caller]}, got ${outcome}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('declares what a service key gets on every route that admits keys', () => {
    const admitting = declaredRoutes(t.app).filter((route) => route.apiKeyScope !== null);
    expect(admitting.length).toBeGreaterThan(0);
    expect(admitting.map(routeKey).filter((key) => ACCESS_MATRIX[key]?.service === undefined)).toEqual([]);
  });

  /** A service API key with every scope: public routes as anonymous, routes that admit keys as declared, else 403. */
  it.each(Object.keys(ACCESS_MATRIX))('%s answers a service API key as the table says', async (key) => {
    const entry = ACCESS_MATRIX[key]!;
    const route = declaredRoutes(t.app).find((candidate) => routeKey(candidate) === key);
    const expected = entry.service ?? (route?.access === 'public' ? entry.expect.anonymous : 403);
    const service = { auth: { Authorization: `Bearer ${fixtures.serviceKey}` } } as TestUser;
    expect(`${key} as service: ${await call(key, entry, 'anonymous', service)}`).toBe(`${key} as service: ${expected}`);
  });
});
