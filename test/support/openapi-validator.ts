import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Checks every response the e2e suite receives against the OpenAPI document
 * of the app that answered it: the status must be documented for the
 * operation, an error must be application/problem+json, and a JSON body must
 * match the documented schema — with objects closed (a field the document
 * does not declare is a mismatch too, so generated clients never miss one).
 *
 * Each worker appends the operations it saw answer to a file of this run
 * (TRIBUNE_TEST_RUN_ID); test/global-teardown.mjs counts them.
 */

type Schema = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface DocumentedOperation {
  operationId: string;
  method: Method;
  pattern: RegExp;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  body: unknown;
  text: string | undefined;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const OPENAPI_ONLY_KEYWORDS = ['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated'];

/** An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a null alternative, objects are closed. */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Schema;
  if (typeof source.$ref === 'string') {
    return { $ref: source.$ref.replace('#/components/schemas/', 'components#/schemas/') };
  }
  const converted: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (OPENAPI_ONLY_KEYWORDS.includes(key) || key === 'nullable') continue;
    if (key === 'properties') {
      converted.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([name, property]) => [name, toJsonSchema(property)]),
      );
    } else {
      converted[key] = typeof value === 'object' ? toJsonSchema(value) : value;
    }
  }
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return source.nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

function pathPattern(template: string): RegExp {
  const escaped = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}$`);
}

export class OpenApiResponseValidator {
  private readonly ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  private readonly operations: DocumentedOperation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly recorded = new Set<string>();

  constructor(document: OpenAPIObject) {
    this.ajv.addSchema({ $id: 'components', schemas: toJsonSchema(document.components?.schemas ?? {}) });
    // Templates without parameters first, so /api/me/export never matches /api/me/{x}-like patterns.
    const entries = Object.entries(document.paths).sort(
      ([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
    );
    for (const [template, item] of entries) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const operation = item[method];
        if (!operation?.operationId) continue;
        this.operations.push({
          operationId: operation.operationId,
          method,
          pattern: pathPattern(template),
          responses: operation.responses as DocumentedOperation['responses'],
        });
      }
    }
  }

  /** The documented operation a request names, if any. */
  find(method: string, url: string): DocumentedOperation | undefined {
    const pathname = new URL(url, 'http://tribune.test').pathname;
    return this.operations.find(
      (operation) => operation.method === method.toLowerCase() && operation.pattern.test(pathname),
    );
  }

  /** Problems of one response against the document; [] when it matches (or names no documented operation). */
  check(response: ObservedResponse): string[] {
    const operation = this.find(response.method, response.url);
    if (!operation) return [];
    const label = `${response.method.toUpperCase()} ${response.url} → ${response.status} (${operation.operationId})`;
    const documented = operation.responses[String(response.status)];
    if (!documented) {
      return [
        `${label}: status ${response.status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`,
      ];
    }
    this.record(operation.operationId, response.status);
    // A redirect's body is whatever the framework writes; only its status (and Location) matter.
    if (response.status >= 300 && response.status < 400) return [];
    const mediaType = (response.contentType ?? '').split(';')[0].trim();
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      return response.text ? [`${label}: documented without a body, but one came: ${response.text.slice(0, 200)}`] : [];
    }
    const declared = content[mediaType];
    if (!declared)
      return [`${label}: content type "${mediaType}" is not documented (${Object.keys(content).join(', ')})`];
    if (!declared.schema || mediaType === 'text/event-stream') return [];
    const validate = this.validator(`${operation.operationId} ${response.status} ${mediaType}`, declared.schema);
    // A JSON body is checked parsed; any other (text/csv…) as the text it is.
    const body = /json/.test(mediaType) ? response.body : response.text;
    if (validate(body)) return [];
    return [
      `${label}: the body does not match the documented schema:\n` +
        (validate.errors ?? [])
          .map((error) => `  ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)
          .join('\n') +
        `\n  body: ${JSON.stringify(response.body).slice(0, 1500)}`,
    ];
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Appends `operationId status` to this run's coverage file, once per worker. */
  private record(operationId: string, status: number): void {
    const line = `${operationId} ${status}`;
    if (this.recorded.has(line)) return;
    this.recorded.add(line);
    const file = coverageFile();
    if (file) appendFileSync(file, `${line}\n`);
  }
}

/** The directory where this run's workers write the operations they covered (null outside `npm test`). */
export function coverageDirectory(runId = process.env.TRIBUNE_TEST_RUN_ID): string | null {
  return runId ? path.join(tmpdir(), `tribune-openapi-coverage-${runId}`) : null;
}

function coverageFile(): string | null {
  const directory = coverageDirectory();
  if (!directory) return null;
  mkdirSync(directory, { recursive: true });
  return path.join(directory, `worker-${process.pid}.txt`);
}
