import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, newUser, type TestUser } from '../support/factories.js';

/**
 * Property-based fuzzing of every route in the OpenAPI document, as every role
 * (anonymous, reader, editor, moderator, admin, suspended, banned): hostile path
 * parameters, query strings and bodies, plus real ids now and then so that requests
 * get past the lookups. The properties: never a 5xx, and every 4xx is problem+json.
 * Every route must have received at least RUNS_PER_ROUTE requests, each role its share.
 */

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
}

interface Caller {
  name: string;
  user: TestUser | null;
}

const ROLES = ['anonymous', 'reader', 'editor', 'moderator', 'admin', 'suspended', 'banned'] as const;
const PER_ROLE = Number(process.env.FUZZ_RUNS_PER_ROLE ?? 8);
const RUNS_PER_ROUTE = PER_ROLE * ROLES.length;
const MINIMUM_PER_ROUTE = 50;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

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
    'a\uDC00b',
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
    { kind: 'raw' as const, value: Buffer.from(`[${'['.repeat(3000)}${']'.repeat(3000)}]`) },
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
    'ticket',
    '__proto__',
  ),
  fc.oneof(hostileString, fc.constantFrom('0', '101', '-5', '50', 'top', 'open', 'abc')),
  { maxKeys: 4 },
);

/**
 * Percent-encodes any JavaScript string, lone surrogates included (encodeURIComponent
 * throws on those): each code point as its UTF-8 bytes, a lone surrogate as the three
 * bytes it would have (WTF-8), which is exactly the kind of path a server must survive.
 */
function encodeHostile(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

function operations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods.filter((method) => method in item).map((method) => ({ method, path })),
  );
}

interface Case {
  params: string[];
  query: Record<string, string>;
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; value: Buffer };
  /** Per path parameter: the index of a real id to use instead of the hostile string, or null. */
  realIds: Array<number | null>;
}

/** Runs `tasks` with at most `limit` in flight. */
async function runPool(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

describe('fuzzing every route of the OpenAPI document, as every role', () => {
  let t: TestApp;
  let base: string;
  let callers: Caller[];
  let routes: Operation[];
  let realIds: string[];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const cast = await newCast(t);
    callers = ROLES.map((name) => ({
      name,
      user: name === 'anonymous' ? null : cast[name as Exclude<(typeof ROLES)[number], 'anonymous'>],
    }));
    // Real ids and names, so that some requests reach the code behind the lookups.
    const author = await newUser(t);
    const article = await createArticle(t, cast.editor);
    const post = await createPost(t, author, article.threadId);
    realIds = [article.id, article.slug, article.threadId, post.id, author.id, author.username];
    const document = (await t.http.get('/api/docs-json').expect(200)).body;
    routes = operations(document);
  }, 60_000);
  afterAll(async () => t.close());

  it('finds the routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(50);
  });

  it('encodes lone surrogates instead of throwing', () => {
    expect(encodeHostile('\uD800')).toBe('%ED%A0%80');
    expect(encodeHostile('a😀b')).toBe('a%F0%9F%98%80b');
  });

  const send = async (route: Operation, caller: Caller, testCase: Case) => {
    let index = 0;
    const path = route.path.replace(/\{[^}]+\}/g, () => {
      const i = index++;
      const real = testCase.realIds[i % testCase.realIds.length];
      return encodeHostile(real === null ? testCase.params[i % testCase.params.length] : realIds[real]);
    });
    const query = Object.entries(testCase.query)
      .map(([key, value]) => `${encodeHostile(key)}=${encodeHostile(value)}`)
      .join('&');
    const headers: Record<string, string> = { 'Accept-Language': 'fr' };
    if (caller.user) headers.Authorization = caller.user.auth.Authorization;
    let body: string | Buffer | undefined;
    if (route.method !== 'get') {
      headers['Content-Type'] = 'application/json';
      body = testCase.body.kind === 'json' ? JSON.stringify(testCase.body.value ?? null) : testCase.body.value;
    }
    const url = `${base}${path}${query ? `?${query}` : ''}`;
    const response = await fetch(url, {
      method: route.method.toUpperCase(),
      headers,
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
    });
    const type = response.headers.get('content-type') ?? '';
    // An event stream never ends by itself: its status and type are the answer.
    const text = type.startsWith('text/event-stream') ? '' : await response.text();
    if (type.startsWith('text/event-stream')) await response.body?.cancel();
    return { status: response.status, type, text, url };
  };

  it(`answers every hostile request with a non-5xx and every 4xx with problem+json (≥ ${MINIMUM_PER_ROUTE} per route)`, async () => {
    const cases = fc.sample(
      fc.record({
        params: fc.array(hostileString, { minLength: 4, maxLength: 4 }),
        query: queryString,
        body: rawBody,
        realIds: fc.array(fc.option(fc.nat(realIds.length - 1), { nil: null, freq: 2 }), {
          minLength: 4,
          maxLength: 4,
        }),
      }),
      { numRuns: RUNS_PER_ROUTE, seed: SEED },
    ) as Case[];
    const sent = new Map<string, number>();
    const sentByRole = new Map<string, number>();
    const failures: string[] = [];
    const tasks = routes.flatMap((route) =>
      cases.map((testCase, i) => async () => {
        const caller = callers[i % callers.length];
        const key = `${route.method.toUpperCase()} ${route.path}`;
        try {
          const response = await send(route, caller, testCase);
          const problem = response.status >= 400 && !/application\/problem\+json/.test(response.type);
          if (response.status >= 500 || problem) {
            failures.push(
              `${key} as ${caller.name} → ${response.status} ${response.url.slice(0, 160)} ${response.text.slice(0, 200)}`,
            );
          }
        } catch (error) {
          failures.push(`${key} as ${caller.name} → the request failed: ${String(error)}`);
        }
        sent.set(key, (sent.get(key) ?? 0) + 1);
        sentByRole.set(`${key} as ${caller.name}`, (sentByRole.get(`${key} as ${caller.name}`) ?? 0) + 1);
      }),
    );
    await runPool(tasks, CONCURRENCY);

    expect(failures.slice(0, 20)).toEqual([]);
    const starved = routes
      .map((route) => `${route.method.toUpperCase()} ${route.path}`)
      .filter((key) => (sent.get(key) ?? 0) < MINIMUM_PER_ROUTE);
    expect(starved).toEqual([]);
    const starvedRoles = routes.flatMap((route) =>
      ROLES.map((role) => `${route.method.toUpperCase()} ${route.path} as ${role}`).filter(
        (key) => (sentByRole.get(key) ?? 0) < PER_ROLE,
      ),
    );
    expect(starvedRoles).toEqual([]);
    process.stdout.write(`fuzz: ${tasks.length} requests over ${routes.length} routes × ${ROLES.length} roles\n`);
  }, 600_000);
});
