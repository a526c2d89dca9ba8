// Runs once per `npm test`, outside jest's module system, so it uses the
// compiled app in dist/ (`pretest` builds it). It finds a PostgreSQL
// (DATABASE_URL, or an embedded one in a temp dir), migrates a template
// database, and tells the workers where it is; each test file then clones the
// template, which takes milliseconds.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../dist/src/config/config.js';
import { runMigrations, withDatabaseName } from '../dist/src/database/bootstrap.js';
import { startEmbeddedPostgres } from '../dist/src/database/embedded-postgres.js';

export default async function globalSetup() {
  const runId = `${process.pid}${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'tribune-test-pg-')), 'data');
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    globalThis.__TRIBUNE_EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  const templateName = `tribune_tpl_${runId}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(templateName)}`);
  await client.end();
  const templateUrl = withDatabaseName(serverUrl, templateName);
  await runMigrations(loadConfig({ NODE_ENV: 'test', DATABASE_URL: templateUrl }), templateUrl);

  process.env.TRIBUNE_TEST_SERVER_URL = serverUrl;
  process.env.TRIBUNE_TEST_TEMPLATE_DB = templateName;
  process.env.TRIBUNE_TEST_RUN_ID = runId;
}
