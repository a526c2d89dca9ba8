import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabaseName } from '../../src/database/bootstrap.js';

/** Server-level connection string set by jest's global setup. */
export function testServerUrl(): string {
  const url = process.env.TRIBUNE_TEST_SERVER_URL;
  if (!url) throw new Error('TRIBUNE_TEST_SERVER_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function templateDatabaseName(): string {
  const name = process.env.TRIBUNE_TEST_TEMPLATE_DB;
  if (!name) throw new Error('TRIBUNE_TEST_TEMPLATE_DB is not set: run the tests through jest (global setup)');
  return name;
}

export async function withServerClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `tribune_t_${process.env.TRIBUNE_TEST_RUN_ID ?? 'x'}_${randomBytes(5).toString('hex')}`;
  await withServerClient(async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(templateDatabaseName())}`,
        );
        return;
      } catch (error) {
        // Two clones started at the same instant can see each other on the template.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  return { name, url: withDatabaseName(testServerUrl(), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withServerClient((client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
