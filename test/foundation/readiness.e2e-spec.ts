import { startTestApp, type TestApp } from '../support/app.js';
import { withServerClient } from '../support/database.js';

/**
 * The database goes away under a running app: readiness must say so (503,
 * problem+json) while liveness stays 200 and the process survives, then
 * recover on its own when the database is back.
 */
describe('readiness follows the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    // Whatever a test left, the database takes connections again (failing loudly if it cannot).
    await setConnectionsAllowed(true);
    await t.close();
  });

  const setConnectionsAllowed = (allowed: boolean) =>
    withServerClient(async (client) => {
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(t.databaseName)} ALLOW_CONNECTIONS ${allowed}`);
      if (!allowed) {
        // Cut the pool's open connections too: from now on nothing reaches this database.
        await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [t.databaseName],
        );
      }
    });

  it('is ready while the database answers', async () => {
    await t.http.get('/api/health/ready').expect(200);
  });

  it('answers 503 problem+json when the database is unreachable, while liveness stays 200', async () => {
    await setConnectionsAllowed(false);

    const ready = await t.http.get('/api/health/ready').set('Accept-Language', 'fr');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.body).toMatchObject({ status: 503, title: 'Service Unavailable', type: expect.any(String) });
    expect(ready.body.detail).toEqual(expect.any(String));

    // Ask again: a second failure (no cached pool client left) must be the same answer, not a crash.
    await t.http.get('/api/health/ready').expect(503);
    const live = await t.http.get('/api/health').expect(200);
    expect(live.body).toEqual({ status: 'ok' });
  });

  it('recovers without a restart once the database accepts connections again', async () => {
    await setConnectionsAllowed(true);
    const deadline = Date.now() + 10000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await t.http.get('/api/health/ready')).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    const rows = await t.db.query('SELECT 1 AS one');
    expect(rows).toEqual([{ one: 1 }]);
  });
});
