import { Logger, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { problemResponse, type ProblemStatus } from '../common/openapi/api-problems.decorator.js';
import { ProblemDto } from '../common/openapi/problem.dto.js';
import { routeTable, type AppRoute, type RoutePrefix } from './route-table.js';
import { API_TAGS } from './tags.js';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'apiKey';
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

const DESCRIPTION = `Reader discussions under news articles: threads and posts, votes, reader polls, error reports
("Signalez-nous"), moderation and administration.

- JSON in and out, camelCase fields, ISO-8601 UTC times.
- Authentication: \`Authorization: Bearer <accessToken>\` (a short-lived JWT from \`/api/auth/login\`,
  \`/api/auth/register\` or \`/api/auth/refresh\`). Routes without a security requirement are public: a valid
  token there still identifies the caller (\`myVote\`, staff views).
- Lists: \`{items, nextCursor}\`; pass \`?cursor=\` back for the next page; \`limit\` 1..100 (default 50).
- Errors: RFC 9457 problem details (\`application/problem+json\`, schema \`Problem\`); \`detail\` is in French when
  \`Accept-Language\` prefers French, else English; 400 answers name each invalid field in \`errors[]\`.
- This document is served at \`/openapi.json\` and \`/api/docs-json\`; \`npm run build\` writes it to
  \`public/openapi.json\`.`;

/**
 * Builds the OpenAPI document of the running code: the decorators describe
 * each route; what the access rule, the rate limit and the parameters imply is
 * added here from the same metadata the guards read, so the document cannot
 * drift from enforcement (security, 401/403, 400/404/413, 429, 503).
 */
export function buildOpenApiDocument(app: INestApplication, prefix: RoutePrefix): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Tribune')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('Proprietary', 'https://tribune.dev/license')
    .addServer('/', 'This server')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /api/auth/login' },
      BEARER_SCHEME,
    )
    .addSecurity(API_KEY_SCHEME, {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'trb_…',
      description:
        "A service API key for the newsroom's systems (POST /api/admin/api-keys), sent as `Authorization: Bearer trb_…`, " +
        'never in a query string. Accepted only by the operations that list this scheme, each needing one scope.',
    });
  for (const [name, description] of Object.entries(API_TAGS)) builder.addTag(name, description);
  const document = withoutDuplicateSchemas(() =>
    SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemDto] }),
  );
  document.components ??= {};
  document.components.parameters = { AcceptLanguage: ACCEPT_LANGUAGE };
  // RFC 9457 extension members (e.g. suspendedUntil and reason on auth.account_suspended) may follow.
  const problem = document.components.schemas?.Problem as { additionalProperties?: boolean } | undefined;
  if (problem) problem.additionalProperties = true;
  const routes = routeTable(app, prefix);
  for (const route of routes) {
    const operation = document.paths[route.path]?.[route.method as 'get'];
    if (operation) completeOperation(operation, route);
  }
  return withoutDtoSuffix(document);
}

/**
 * Schema names as clients see them: `Post`, not `PostDto` (the suffix is a
 * server-side convention). A name that would collide keeps its suffix.
 */
function withoutDtoSuffix(document: OpenAPIObject): OpenAPIObject {
  const names = Object.keys(document.components?.schemas ?? {});
  const renames = new Map<string, string>();
  for (const name of names) {
    const short = name.replace(/Dto$/, '');
    if (short !== name && short !== '' && !names.includes(short)) renames.set(name, short);
  }
  const text = JSON.stringify(document).replace(
    /"#\/components\/schemas\/([A-Za-z0-9_.-]+)"/g,
    (whole, name: string) => (renames.has(name) ? `"#/components/schemas/${renames.get(name)}"` : whole),
  );
  const renamed = JSON.parse(text) as OpenAPIObject;
  renamed.components!.schemas = Object.fromEntries(
    Object.entries(renamed.components!.schemas!).map(([name, schema]) => [renames.get(name) ?? name, schema]),
  );
  return renamed;
}

const SUCCESS_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'Done, no content',
};

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header' as const,
  required: false,
  description: 'fr or en: the language of `detail` in errors and of neutral names (default en)',
  schema: { type: 'string' as const, example: 'fr-FR,fr;q=0.9' },
};

/** @nestjs/swagger only warns when two classes share a schema name: here it is an error. */
function withoutDuplicateSchemas<T>(build: () => T): T {
  const warn = Logger.warn.bind(Logger);
  const duplicates: string[] = [];
  Logger.warn = (message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.startsWith('Duplicate DTO')) duplicates.push(message.split('\n')[0]);
    else warn(message as string, ...(rest as string[]));
  };
  try {
    const result = build();
    if (duplicates.length > 0) throw new Error(`OpenAPI: ${duplicates.join('; ')}`);
    return result;
  } finally {
    Logger.warn = warn;
  }
}

/** The error statuses a route can answer because of what it declares, whatever its handler does. */
export function derivedProblemStatuses(route: AppRoute, operation: Operation): ProblemStatus[] {
  const { access } = route;
  // Any request: a malformed JSON body or an API key in the query string is a 400.
  const statuses: ProblemStatus[] = [400, 503];
  const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
  // Signed-in routes: no or a bad token is 401; a role, an inactive account or an API key the route does not take, 403.
  if (!access.isPublic) statuses.push(401, 403);
  // A suspended or banned caller is refused every write, even on public routes.
  if (WRITE_METHODS.has(route.method) && !access.allowInactive) statuses.push(403);
  if (WRITE_METHODS.has(route.method) || operation.requestBody) statuses.push(413);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.push(404);
  if (route.rateLimited) statuses.push(429);
  return statuses;
}

/** Public: explicitly no requirement (a token, when sent, still identifies the caller). */
function securityOf(route: AppRoute): Operation['security'] {
  const { isPublic, roles, requiresActive, apiKeyScope } = route.access;
  if (isPublic) return [];
  const users = roles !== undefined || requiresActive ? [{ [BEARER_SCHEME]: [] }] : [];
  return [...users, ...(apiKeyScope ? [{ [API_KEY_SCHEME]: [] }] : [])];
}

function completeOperation(operation: Operation, route: AppRoute): void {
  operation.security = securityOf(route);
  const scope = route.access.apiKeyScope;
  if (scope) {
    operation.description =
      `${operation.description ?? ''}\n\nService API keys with the scope \`${scope}\` are accepted.`.trim();
  }

  operation.parameters = [
    ...(operation.parameters ?? []).filter(
      (parameter) =>
        !('in' in parameter && parameter.in === 'header' && parameter.name.toLowerCase() === 'accept-language'),
    ),
    { $ref: '#/components/parameters/AcceptLanguage' },
  ];
  for (const parameter of operation.parameters) {
    // A header read with @Headers() is optional to the caller (Last-Event-ID, Accept…).
    if ('in' in parameter && parameter.in === 'header') parameter.required = false;
    if ('in' in parameter && parameter.in === 'path' && route.uuidParams.includes(parameter.name)) {
      parameter.schema = { type: 'string', format: 'uuid' };
      parameter.description ??= 'A UUID; a malformed one answers 404 like an absent one';
    }
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (response && 'description' in response && !response.description) {
      response.description = SUCCESS_DESCRIPTIONS[status] ?? 'Success';
    }
  }

  if (route.readCached) {
    operation.responses['304'] ??= {
      description: 'Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body)',
    };
  }
  for (const status of derivedProblemStatuses(route, operation)) {
    operation.responses[status] ??= problemResponse(status);
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || '$ref' in response) continue;
    const code = Number(status);
    // Every error answer carries the Problem body, whether declared with @ApiProblems or not.
    if (code >= 400 && !response.content?.['application/problem+json']) {
      operation.responses[status] = problemResponse(code as ProblemStatus, response.description || undefined);
    }
    // A stream's body is text (its events are described in the operation's description).
    const stream = response.content?.['text/event-stream'];
    if (code < 400 && stream && !stream.schema) stream.schema = { type: 'string', description: 'Server-Sent Events' };
  }
  operation.responses = Object.fromEntries(
    Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
  ) as Operation['responses'];
}
