// Drops this run's template and any database a crashed test file left behind,
// then stops the embedded PostgreSQL if global setup started one.
import pg from 'pg';
import { checkOpenApiCoverage } from './openapi-coverage.mjs';

export default async function globalTeardown(globalConfig) {
  const serverUrl = process.env.TRIBUNE_TEST_SERVER_URL;
  const runId = process.env.TRIBUNE_TEST_RUN_ID;
  try {
    if (runId) checkOpenApiCoverage(globalConfig, runId, new URL('../public/openapi.json', import.meta.url).pathname);
  } finally {
    await dropDatabases(serverUrl, runId);
  }
}

async function dropDatabases(serverUrl, runId) {
  if (serverUrl && runId) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [process.env.TRIBUNE_TEST_TEMPLATE_DB, `tribune_t_${runId}_%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__TRIBUNE_EMBEDDED_PG__?.stop();
}
