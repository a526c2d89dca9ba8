import { readFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX, buildOfflineOpenApiDocument } from '../../src/app.factory.js';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/config.js';
import { API_KEY_SCHEME, BEARER_SCHEME } from '../../src/openapi/openapi-document.js';
import { routeTable, type AppRoute } from '../../src/openapi/route-table.js';
import { API_TAGS } from '../../src/openapi/tags.js';
import { generateWebTypes, WEB_TYPES_FILE } from '../../src/openapi/web-types.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { OpenApiResponseValidator } from '../support/openapi-validator.js';

/**
 * The OpenAPI document is complete and exact: every route the app registers
 * is documented (summary, description, operationId, tags, success schema,
 * problem answers, security as enforced), the web pages' generated types are
 * current, and the live validator catches what it should. A route added
 * without its documentation fails here.
 */

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** Routes left out of the document on purpose. */
const UNDOCUMENTED: Record<string, string> = {
  'get /metrics': 'Prometheus scrape endpoint, outside /api; bind it privately in production',
};

let document: OpenAPIObject;
let routes: AppRoute[];

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test' });
  document = await buildOfflineOpenApiDocument(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, databaseUrl: 'postgres://offline/offline' }),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  routes = routeTable(app, API_PREFIX);
  await app.close();
});

function operations(): Array<{ key: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const)
      .filter((method) => item[method])
      .map((method) => ({ key: `${method} ${path}`, operation: item[method]! })),
  );
}

/** Runs `check` on every operation and returns the failures, after proving it saw them all. */
function everyOperation(check: (operation: Operation, key: string) => string | undefined): string[] {
  const all = operations();
  expect(all.length).toBeGreaterThanOrEqual(60);
  return all.map(({ key, operation }) => check(operation, key)).filter((failure): failure is string => !!failure);
}

describe('the OpenAPI document', () => {
  it('documents every route the app registers, and only those', () => {
    const documented = new Set(operations().map(({ key }) => key));
    const registered = routes.map((route) => `${route.method} ${route.path}`);
    const missing = registered.filter((key) => !documented.has(key) && !UNDOCUMENTED[key]);
    const stale = [...documented].filter((key) => !registered.includes(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    for (const route of routes) {
      expect({ route: `${route.method} ${route.path}`, excluded: route.excluded }).toEqual({
        route: `${route.method} ${route.path}`,
        excluded: !!UNDOCUMENTED[`${route.method} ${route.path}`],
      });
    }
  });

  it('gives every operation a generator-friendly operationId, a summary, a description and a defined tag', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const failures = everyOperation((operation, key) => {
      if (!operation.operationId || !/^[a-z][A-Za-z0-9]+$/.test(operation.operationId)) {
        return `${key}: operationId "${operation.operationId}" (set a camelCase operationId in @ApiOperation)`;
      }
      if (!operation.summary?.trim()) return `${key}: no summary`;
      if (!operation.description?.trim()) return `${key}: no description`;
      const tags = operation.tags ?? [];
      if (tags.length === 0 || tags.some((tag) => !API_TAGS[tag])) {
        return `${key}: tags ${JSON.stringify(tags)} (each must be listed in src/openapi/tags.ts)`;
      }
      return undefined;
    });
    expect(failures).toEqual([]);
    expect(document.tags?.map((tag) => tag.name).sort()).toEqual(Object.keys(API_TAGS).sort());
  });

  it('describes every success with a schema and every error with the Problem schema', () => {
    const failures = everyOperation((operation, key) => {
      const entries = Object.entries(operation.responses) as Array<
        [string, { content?: Record<string, { schema?: unknown }> }]
      >;
      // A success is a 2xx, or the redirect of a browser flow (OIDC), which carries no body.
      const successes = entries.filter(([status]) => status.startsWith('2'));
      if (successes.length === 0 && entries.some(([status]) => status.startsWith('3'))) return undefined;
      if (successes.length === 0) return `${key}: no success response`;
      for (const [status, response] of successes) {
        const media = Object.values(response.content ?? {});
        // A body-less answer (204, or 202 "accepted") is checked live to carry no body.
        if (media.length === 0 && (status === '204' || status === '202')) continue;
        if (media.length === 0 || media.some((entry) => !entry.schema)) return `${key}: ${status} has no schema`;
      }
      for (const [status, response] of entries.filter(([code]) => Number(code) >= 400)) {
        const schema = response.content?.['application/problem+json']?.schema as { $ref?: string } | undefined;
        if (schema?.$ref !== '#/components/schemas/Problem') return `${key}: ${status} is not a Problem`;
      }
      if (!entries.some(([status]) => status === '503')) return `${key}: no 503`;
      return undefined;
    });
    expect(failures).toEqual([]);
    const problem = document.components?.schemas?.Problem as { required?: string[]; properties?: object };
    expect(problem.required).toEqual(['type', 'title', 'status', 'detail', 'code']);
    expect(Object.keys(problem.properties ?? {})).toContain('errors');
  });

  it('declares security exactly as the access guard enforces it', () => {
    const byKey = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));
    let publicCount = 0;
    const failures = everyOperation((operation, key) => {
      const route = byKey.get(key);
      if (!route) return `${key}: no route`;
      if (route.access.isPublic) {
        publicCount += 1;
        if (JSON.stringify(operation.security) !== '[]')
          return `${key}: public, but security ${JSON.stringify(operation.security)}`;
      } else {
        const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement)).sort();
        const expected = [
          ...(route.access.apiKeyScope ? [API_KEY_SCHEME] : []),
          ...(route.access.roles || route.access.requiresActive ? [BEARER_SCHEME] : []),
        ].sort();
        if (JSON.stringify(schemes) !== JSON.stringify(expected)) return `${key}: security ${schemes} ≠ ${expected}`;
        if (!operation.responses['401'] || !operation.responses['403']) return `${key}: no 401 and 403`;
      }
      if (route.rateLimited && !operation.responses['429']) return `${key}: rate-limited, without 429`;
      return undefined;
    });
    expect(failures).toEqual([]);
    expect(publicCount).toBeGreaterThan(10);
    const keyRoutes = routes.filter((route) => route.access.apiKeyScope).length;
    expect(keyRoutes).toBeGreaterThanOrEqual(1);
  });

  it('marks no header parameter as required (Accept-Language is optional)', () => {
    const required = everyOperation((operation, key) => {
      const header = (operation.parameters ?? []).find(
        (parameter) => 'in' in parameter && parameter.in === 'header' && parameter.required,
      );
      return header ? `${key}: required header` : undefined;
    });
    expect(required).toEqual([]);
  });

  it('names the post vote and the poll ballot differently, with their own fields', () => {
    const body = (path: string) =>
      (document.paths[path].put!.requestBody as { content: Record<string, { schema: { $ref: string } }> }).content[
        'application/json'
      ].schema.$ref;
    expect(body('/api/posts/{id}/vote')).toBe('#/components/schemas/PostVote');
    expect(body('/api/polls/{id}/vote')).toBe('#/components/schemas/PollBallot');
    const schemas = document.components!.schemas as Record<string, { properties: object }>;
    expect(Object.keys(schemas.PostVote.properties)).toEqual(['value']);
    expect(Object.keys(schemas.PollBallot.properties)).toEqual(['optionIds']);
  });

  it('keeps the generated web types current (npm run openapi regenerates them)', async () => {
    const committed = await readFile(WEB_TYPES_FILE, 'utf8');
    const generated = await generateWebTypes(document);
    expect(committed === generated).toBe(true);
  });
});

describe('the live response validator', () => {
  let validator: OpenApiResponseValidator;
  beforeAll(() => {
    validator = new OpenApiResponseValidator(document);
  });
  const thread = {
    id: '0b9c1b1e-6d1a-4f7e-9a57-3b2f1d0c9e11',
    articleSlug: 'a',
    title: 'A',
    status: 'open',
    postCount: 0,
    lastPostAt: null,
  };
  const answer = (status: number, body: unknown, contentType = 'application/json') => ({
    method: 'get',
    url: `/api/threads/${thread.id}`,
    status,
    contentType,
    body,
    text: JSON.stringify(body),
  });

  it('accepts a response that matches, nullable fields included', () => {
    expect(validator.check(answer(200, thread))).toEqual([]);
  });

  it('refuses an undeclared field, a wrong type, an undocumented status and a non-problem error', () => {
    expect(validator.check(answer(200, { ...thread, secret: 1 }))).toHaveLength(1);
    expect(validator.check(answer(200, { ...thread, postCount: '0' }))).toHaveLength(1);
    expect(validator.check(answer(500, { status: 500 }, 'application/problem+json'))).toHaveLength(1);
    expect(validator.check(answer(404, { status: 404 }, 'application/json'))).toHaveLength(1);
  });
});

describe('the served document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('is the same at /openapi.json and /api/docs-json, and equals the offline build', async () => {
    const short = await t.http.get('/openapi.json').expect(200);
    const long = await t.http.get('/api/docs-json').expect(200);
    expect(short.headers['content-type']).toMatch(/^application\/json/);
    expect(short.body).toEqual(long.body);
    expect(short.body).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
