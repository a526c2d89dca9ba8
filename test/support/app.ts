import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

type TestAgent = ReturnType<typeof request>;
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** supertest bound to the app's HTTP server. */
  http: TestAgent;
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
 */
export async function startAppOn(
  database: { name: string; url: string },
  env: Record<string, string> = {},
  options: { keepDatabase?: boolean } = {},
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
  const app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  return {
    app,
    config,
    http: request(app.getHttpServer()),
    db: app.get(DataSource),
    databaseName: database.name,
    databaseUrl: database.url,
    async close() {
      await app.close();
      if (!options.keepDatabase) await dropTestDatabase(database.name);
    },
  };
}
