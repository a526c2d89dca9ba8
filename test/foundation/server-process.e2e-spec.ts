import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import { withDatabaseName } from '../../src/database/bootstrap.js';
import { findFreePort } from '../../src/database/embedded-postgres.js';
import { createTestDatabase, dropTestDatabase, testServerUrl, withServerClient } from '../support/database.js';
import { ensureStopped, spawnNode, waitForStatus, type Spawned } from '../support/process.js';

/** The real entry point, `node dist/src/main.js`, as production runs it. */
describe('the server process', () => {
  const databases: string[] = [];
  let server: Spawned | undefined;

  afterEach(async () => {
    await ensureStopped(server);
    server = undefined;
  });
  afterAll(async () => {
    for (const name of databases) await dropTestDatabase(name);
  });

  const start = async (databaseUrl: string, env: Record<string, string> = {}) => {
    const port = await findFreePort();
    server = spawnNode('dist/src/main.js', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      MAIL_DIR: `/tmp/tribune-test-mail/process-${port}`,
      ...env,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForStatus(`${base}/api/health/ready`, 200, server, 45000);
    return { base, server };
  };

  it('applies every migration to an empty database before serving, and exits 0 on SIGTERM', async () => {
    // Deliberately not cloned from the migrated template: nothing is there yet.
    const name = `tribune_t_${process.env.TRIBUNE_TEST_RUN_ID ?? 'x'}_${randomBytes(5).toString('hex')}`;
    await withServerClient((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    databases.push(name);
    const databaseUrl = withDatabaseName(testServerUrl(), name);

    const { server } = await start(databaseUrl);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
    } finally {
      await client.end();
    }

    server.child.kill('SIGTERM');
    await expect(server.exited).resolves.toEqual({ code: 0, signal: null });
  }, 60000);

  it('drains on SIGTERM: readiness 503 and liveness 200 during the grace period, then exit 0', async () => {
    const database = await createTestDatabase();
    databases.push(database.name);
    const { base, server } = await start(database.url, { SHUTDOWN_GRACE_SECONDS: '1' });

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');

    // The signal is handled asynchronously: poll until readiness flips, well within the grace second.
    let ready = 0;
    while (Date.now() - signalledAt < 900) {
      ready = (await fetch(`${base}/api/health/ready`)).status;
      if (ready === 503) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ready).toBe(503);
    const live = await fetch(`${base}/api/health`);
    expect(live.status).toBe(200);
    await expect(live.json()).resolves.toEqual({ status: 'ok' });
    expect(Date.now() - signalledAt).toBeLessThan(1000);

    await expect(server.exited).resolves.toEqual({ code: 0, signal: null });
    // It kept serving for the whole grace period before closing.
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(1000);
  }, 60000);
});
