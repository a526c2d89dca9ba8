import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

/**
 * Property-based fuzzing of every route in the OpenAPI document: hostile
 * bodies, path parameters and query strings, as anonymous, reader and
 * moderator. The properties: never a 5xx, and every 4xx is problem+json.
 */

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
}

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);
// Streams never end by themselves; they are exercised by their own tests.
const SKIPPED = [/\/events$/];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '__proto__',
    'constructor',
    'toString',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\uD800',
    '😀'.repeat(50),
    'x'.repeat(25_000),
    '00000000-0000-0000-0000-000000000000',
    '-1',
    '1e309',
    'NaN',
    'true',
    'null',
  ),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'role', 'status', 'id')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** JSON text nested `depth` levels deep. */
const deepNesting = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const rawBody = fc.oneof(
  hostileValue.map((value) => ({ kind: 'json' as const, value })),
  fc.constantFrom(
    { kind: 'raw' as const, value: Buffer.from('{"body": "\xff\xfe invalid utf8"}', 'latin1') },
    { kind: 'raw' as const, value: Buffer.from(deepNesting(5000)) },
    { kind: 'raw' as const, value: Buffer.from('{"__proto__": {"isAdmin": true}}') },
    { kind: 'raw' as const, value: Buffer.from('{not json') },
    { kind: 'raw' as const, value: Buffer.from('') },
  ),
);

const queryString = fc.dictionary(
  fc.constantFrom(
    'limit',
    'cursor',
    'after',
    'sort',
    'q',
    'article',
    'status',
    'kind',
    'role',
    'actor',
    'action',
    '__proto__',
  ),
  fc.oneof(hostileString, fc.constantFrom('0', '101', '-5', '50', 'top', 'open', 'abc')),
  { maxKeys: 4 },
);

function operations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods.filter((method) => method in item).map((method) => ({ method, path })),
  );
}

describe('fuzzing every route of the OpenAPI document', () => {
  let t: TestApp;
  let callers: Array<{ name: string; user: TestUser | null }>;
  let routes: Operation[];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    callers = [
      { name: 'anonymous', user: null },
      { name: 'reader', user: await newUser(t) },
      { name: 'moderator', user: await newUser(t, { role: 'moderator' }) },
    ];
    const document = (await t.http.get('/api/docs-json').expect(200)).body;
    routes = operations(document).filter((op) => !SKIPPED.some((pattern) => pattern.test(op.path)));
  }, 60_000);
  afterAll(async () => t.close());

  it('finds the routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('answers every hostile request with a non-5xx, and every 4xx with problem+json', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom(...callers),
            fc.array(hostileString, { minLength: 4, maxLength: 4 }),
            queryString,
            rawBody,
            async (caller, params, query, body) => {
              let index = 0;
              const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[index++ % params.length]));
              let request = t.http[route.method](path).query(query).set('Accept-Language', 'fr');
              if (caller.user) request = request.set(caller.user.auth);
              if (route.method !== 'get') {
                request =
                  body.kind === 'json'
                    ? request.set('Content-Type', 'application/json').send(JSON.stringify(body.value ?? null))
                    : request.set('Content-Type', 'application/json').send(body.value);
              }
              const response = await request;
              const problem =
                response.status >= 400 && !/application\/problem\+json/.test(response.headers['content-type'] ?? '');
              if (response.status >= 500 || problem) {
                failures.push(
                  `${route.method.toUpperCase()} ${path.slice(0, 120)} as ${caller.name} → ${response.status} ${String(response.text).slice(0, 200)}`,
                );
                return false;
              }
              return true;
            },
          ),
          { numRuns: RUNS_PER_ROUTE, endOnFailure: true, seed: Number(process.env.FUZZ_SEED ?? 20261127) },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
