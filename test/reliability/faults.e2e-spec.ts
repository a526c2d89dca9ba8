import { mkdtemp } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/config.js';
import { ensureDatabase, runMigrations, withDatabaseName } from '../../src/database/bootstrap.js';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { createArticle } from '../support/discussions.js';
import { newUser } from '../support/factories.js';
import { ensureStopped, spawnNode, waitForStatus } from '../support/process.js';

/** POST over a connection of its own; resolves with the status code. */
function postJson(port: number, path: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`condition not reached within ${timeoutMs} ms`);
}

describe('PostgreSQL stopped for 10 s and restarted', () => {
  // A private embedded server: stopping the shared one would break the other test files.
  let database: EmbeddedDatabase;
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'tribune-fault-pg-')), 'data');
    database = await startEmbeddedPostgres({ dataDir, persistent: true });
    await ensureDatabase(database.url, 'tribune');
    const url = withDatabaseName(database.url, 'tribune');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    await runMigrations(config, url);
    app = await createApp({ config, databaseUrl: url });
    await app.init();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('answers readiness 503 while the database is down, 200 again after it returns, and never crashes', async () => {
    const http = request(app.getHttpServer());
    await http.get('/api/health/ready').expect(200);
    const port = database.port;
    await database.stop();

    const downSince = Date.now();
    let sawUnavailable = false;
    while (Date.now() - downSince < 10_000) {
      const ready = await http.get('/api/health/ready');
      expect([503]).toContain(ready.status);
      expect(ready.headers['content-type']).toMatch(/problem\+json/);
      sawUnavailable = true;
      // A request that needs the database is a clean 503 too, never a 500.
      const write = await http
        .post('/api/auth/register')
        .send({ username: 'during_outage', email: 'o@example.fr', password: 'un mot de passe solide' });
      expect(write.status).toBe(503);
      await http.get('/api/health').expect(200);
      await sleep(1000);
    }
    expect(sawUnavailable).toBe(true);

    database = await startEmbeddedPostgres({ dataDir, persistent: true, port });
    const recoveredIn = await waitFor(async () => (await http.get('/api/health/ready')).status === 200, 15_000);
    expect(recoveredIn).toBeLessThan(15_000);
    await http
      .post('/api/auth/register')
      .send({ username: 'after_outage', email: 'a@example.fr', password: 'un mot de passe solide' })
      .expect(201);
  }, 60_000);
});

describe('SIGTERM under load', () => {
  it('completes in-flight requests, answers readiness 503 while draining, and exits 0', async () => {
    const database = await createTestDatabase();
    const port = await findFreePort();
    const server = spawnNode('dist/src/main.js', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: database.url,
      SHUTDOWN_GRACE_SECONDS: '1',
      RATE_LIMIT_FACTOR: '1000',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForStatus(`${base}/api/health/ready`, 200, server);
      // Registrations hash a password with argon2: each one is in flight for a while.
      // One fresh connection per request (no keep-alive reuse), as a load balancer would open.
      const inFlight = Array.from({ length: 40 }, (_, i) =>
        postJson(port, '/api/auth/register', {
          username: `load_${i}`,
          email: `load_${i}@example.fr`,
          password: 'un mot de passe solide',
        }),
      );
      await sleep(20);
      server.child.kill('SIGTERM');
      await sleep(200);
      const duringDrain = await fetch(`${base}/api/health/ready`);
      expect(duringDrain.status).toBe(503);
      const statuses = await Promise.all(inFlight);
      expect(statuses.every((status) => status === 201)).toBe(true);
      await expect(server.exited).resolves.toEqual({ code: 0, signal: null });
    } finally {
      await ensureStopped(server);
      await dropTestDatabase(database.name);
    }
  }, 60_000);
});

describe('database connections killed under write load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
  });
  afterAll(async () => t.close());

  it('survives, answers 503 at worst, recovers within 5 s, and loses or doubles no acknowledged post', async () => {
    const author = await newUser(t);
    const [article] = await t.db.query(
      `INSERT INTO articles (slug, title, body, body_html, author_id) VALUES ('pannes', 'Pannes', 'Texte', '<p>Texte</p>', $1) RETURNING id`,
      [author.id],
    );
    const [thread] = await t.db.query(`INSERT INTO threads (article_id) VALUES ($1) RETURNING id`, [article.id]);
    const writers = await Promise.all(Array.from({ length: 10 }, () => newUser(t)));

    const acknowledged: string[] = [];
    const statuses: number[] = [];
    /** Status answered for each (unique) body sent. */
    const answered = new Map<string, number>();
    let killing = true;
    const killer = (async () => {
      while (killing) {
        await sleep(150);
        await t.db
          .query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
          .catch(() => undefined);
      }
    })();

    let next = 0;
    await Promise.all(
      writers.map(async (writer) => {
        while (next < 200) {
          const index = next++;
          const body = `Message numéro ${index}`;
          const response = await t.http.post(`/api/threads/${thread.id}/posts`).set(writer.auth).send({ body });
          statuses.push(response.status);
          answered.set(body, response.status);
          if (response.status === 201) acknowledged.push(response.body.id);
        }
      }),
    );
    killing = false;
    await killer;

    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
    let attempt = 0;
    const recoveredIn = await waitFor(async () => {
      const body = `Après la tempête ${attempt++}`;
      const response = await t.http.post(`/api/threads/${thread.id}/posts`).set(writers[0].auth).send({ body });
      answered.set(body, response.status);
      if (response.status === 201) acknowledged.push(response.body.id);
      return response.status === 201;
    }, 5_000);
    expect(recoveredIn).toBeLessThan(5_000);

    const rows: Array<{ id: string; number: number; body: string }> = await t.db.query(
      `SELECT id, number, body FROM posts WHERE thread_id = $1 ORDER BY number`,
      [thread.id],
    );
    // None lost: every acknowledged post is stored.
    const stored = new Set(rows.map((row) => row.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // None doubled: every write is stored at most once.
    expect(new Set(rows.map((row) => row.body)).size).toBe(rows.length);
    // A post stored without a 201 can only be one whose connection died after the commit,
    // before the answer (the client saw 503 and could not know): never one refused outright.
    const acknowledgedIds = new Set(acknowledged);
    const unacknowledged = rows.filter((row) => !acknowledgedIds.has(row.id));
    expect(unacknowledged.map((row) => answered.get(row.body)).filter((status) => status !== 503)).toEqual([]);
    expect(unacknowledged.length).toBeLessThanOrEqual(statuses.filter((status) => status === 503).length);
    expect(rows.map((row) => row.number)).toEqual(rows.map((_, i) => i + 1));
    const [counter] = await t.db.query(`SELECT post_count FROM threads WHERE id = $1`, [thread.id]);
    expect(counter.post_count).toBe(rows.length);
  }, 120_000);
});

describe('a database error in the access guard (the user lookup of a signed-in request)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A short statement timeout turns "the users table is locked" into a real database
    // error (57014, statement cancelled) in the guard's lookup, on every signed-in request.
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300', RATE_LIMIT_FACTOR: '1000' });
  });
  afterAll(async () => t.close());

  it('is a 503 whatever the route (never 401 "invalid token", never anonymous)', async () => {
    const reader = await newUser(t);
    const editor = await newUser(t, { role: 'editor' });
    const { threadId } = await createArticle(t, editor);
    await t.http.get('/api/me').set(reader.auth).expect(200);

    const locker = new pg.Client({ connectionString: t.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const attempts = [
        t.http.get('/api/me').set(reader.auth),
        t.http.get(`/api/threads/${threadId}/posts`).set(reader.auth),
        t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Pendant la panne' }),
        t.http.post('/api/auth/logout').set(reader.auth).send({ refreshToken: 'x' }),
      ];
      const statuses = [];
      for (const attempt of attempts) {
        const response = await attempt;
        statuses.push(response.status);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
        expect(response.body.code).toBe('http.unavailable');
      }
      expect(statuses).toEqual([503, 503, 503, 503]);
      // The fault was in place for every request: the lock was held throughout.
      const held = await locker.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'users'::regclass AND mode = 'AccessExclusiveLock' AND granted`,
      );
      expect(held.rows[0].n).toBe(1);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    await t.http.get('/api/me').set(reader.auth).expect(200);
  }, 60_000);
});
