import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

type TestAgent = ReturnType<typeof request>;
import { DataSource } from 'typeorm';
import { createApp, openApiDocumentOf } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createTestDatabase, dropTestDatabase } from './database.js';
import { OpenApiResponseValidator } from './openapi-validator.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** supertest bound to the app's HTTP server; every response is checked against the OpenAPI document. */
  http: TestAgent;
  /** supertest without the OpenAPI check: only for faults injected on purpose (a provoked 500 is no contract). */
  unchecked: TestAgent;
  db: DataSource;
  databaseName: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Boots the real application on its own database cloned from the template.
 * `env` overrides configuration (rate limits, thresholds) for one test file.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startAppOn(await createTestDatabase(), env);
}

/**
 * Boots the application on an existing test database (e.g. a second instance, or
 * the same one after a restart); `close()` drops the database unless `keepDatabase`.
 * `webRoot`: the web front ends from another folder than public/.
 */
export async function startAppOn(
  database: { name: string; url: string },
  env: Record<string, string> = {},
  options: { keepDatabase?: boolean; webRoot?: string } = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    MAIL_DIR: `/tmp/tribune-test-mail/${database.name}`,
    // supertest connects over loopback, standing in for a proxy: tests set X-Forwarded-For
    // to play distinct clients. test/security/http-hardening proves the default (none).
    TRUST_PROXY: 'loopback',
    ...env,
  });
  const app = await createApp({ config, databaseUrl: database.url, webRoot: options.webRoot });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    http: validatedAgent(request(app.getHttpServer()), new OpenApiResponseValidator(openApiDocumentOf(app))),
    unchecked: request(app.getHttpServer()),
    db: app.get(DataSource),
    databaseName: database.name,
    databaseUrl: database.url,
    async close() {
      await app.close();
      if (!options.keepDatabase) await dropTestDatabase(database.name);
    },
  };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

interface ThenableTest {
  method: string;
  url: string;
  then: (resolve?: (value: unknown) => unknown, reject?: (reason: unknown) => unknown) => Promise<unknown>;
}

/**
 * supertest whose every awaited response is checked against the OpenAPI
 * document: a response the document does not describe fails the test that
 * received it (see openapi-validator.ts).
 */
export function validatedAgent(agent: TestAgent, validator: OpenApiResponseValidator): TestAgent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const test = (value as (...a: unknown[]) => ThenableTest).apply(target, args);
        const then = test.then.bind(test);
        test.then = (resolve, reject) =>
          then((value: unknown) => {
            const response = value as request.Response;
            const problems = validator.check({
              method: property,
              url: test.url,
              status: response.status,
              contentType: response.headers['content-type'] as string | undefined,
              body: response.body as unknown,
              text: response.text,
            });
            if (problems.length > 0) throw new Error(`OpenAPI mismatch:\n${problems.join('\n')}`);
            return response;
          }).then(resolve, reject);
        return test;
      };
    },
  });
}
