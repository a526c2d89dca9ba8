import { mkdtemp } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/config.js';
import { ensureDatabase, runMigrations, withDatabaseName } from '../../src/database/bootstrap.js';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';
import { whileTableLocked } from '../support/table-lock.js';
import { ensureStopped, spawnNode, waitForStatus } from '../support/process.js';

interface Timed {
  status: number;
  /** When the TCP connection was established, and when the answer ended (ms since epoch). */
  connectedAt: number;
  finishedAt: number;
}

/** POST over a connection of its own; resolves with the status code and its timing. */
function postJson(port: number, path: string, body: unknown, onConnect = () => {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    let connectedAt = 0;
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
        response.on('end', () => resolve({ status: response.statusCode ?? 0, connectedAt, finishedAt: Date.now() }));
      },
    );
    request.on('socket', (socket) =>
      socket.once('connect', () => {
        connectedAt = Date.now();
        onConnect();
      }),
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
  let app: NestFastifyApplication;
  let dataDir: string;
  let reader: TestUser;
  let threadId: string;
  let postId: string;

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
    await app.getHttpAdapter().getInstance().ready();
    // A signed-in reader and a thread with a post, made before the outage.
    const t = { app, db: app.get(DataSource), http: request(app.getHttpServer()) } as unknown as TestApp;
    reader = await newUser(t);
    ({ threadId } = await createArticle(t, await newUser(t, { role: 'editor' })));
    postId = (await createPost(t, reader, threadId)).id;
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
      // Every request that needs the database is a clean 503: anonymous or signed in
      // (never a 401 "invalid token"), a registration, a reply, a vote, a flag.
      const writes = await Promise.all([
        http
          .post('/api/auth/register')
          .send({ username: 'during_outage', email: 'o@example.fr', password: 'un mot de passe solide' }),
        http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Pendant la panne' }),
        http.put(`/api/posts/${postId}/vote`).set(reader.auth).send({ value: 1 }),
        http.post(`/api/posts/${postId}/flags`).set(reader.auth).send({ reason: 'spam' }),
        http.get('/api/me').set(reader.auth),
      ]);
      expect(writes.map((write) => [write.status, write.body.code])).toEqual(
        Array.from({ length: 5 }, () => [503, 'http.unavailable']),
      );
      await http.get('/api/health').expect(200);
      await sleep(1000);
    }
    expect(sawUnavailable).toBe(true);
    // The fault was real: nothing listens on the database's port any more.
    const refused = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 1000 });
    await expect(refused.connect()).rejects.toThrow(/ECONNREFUSED/);
    // A refused client never had a socket: there is nothing to end.

    database = await startEmbeddedPostgres({ dataDir, persistent: true, port });
    const recoveredIn = await waitFor(async () => (await http.get('/api/health/ready')).status === 200, 15_000);
    expect(recoveredIn).toBeLessThan(15_000);
    await http
      .post('/api/auth/register')
      .send({ username: 'after_outage', email: 'a@example.fr', password: 'un mot de passe solide' })
      .expect(201);
    await http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Après la panne' }).expect(201);
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
      // The grace is when requests already connected but not yet read get read: closing the
      // server then ends the connections without a request in progress (Node's
      // closeIdleConnections), as it must. On a loaded CI machine, 1 s once was not enough for
      // all 40 to be read (one ECONNRESET).
      SHUTDOWN_GRACE_SECONDS: '3',
      RATE_LIMIT_FACTOR: '1000',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForStatus(`${base}/api/health/ready`, 200, server);
      // Registrations hash a password with argon2: each one is in flight for a while.
      // One fresh connection per request (no keep-alive reuse), as a load balancer would open.
      let connected = 0;
      const inFlight = Array.from({ length: 40 }, (_, i) =>
        postJson(
          port,
          '/api/auth/register',
          { username: `load_${i}`, email: `load_${i}@example.fr`, password: 'un mot de passe solide' },
          () => (connected += 1),
        ),
      );
      // SIGTERM once every request is connected, while they are still being answered.
      await waitFor(async () => connected >= 40, 10_000);
      const killedAt = Date.now();
      server.child.kill('SIGTERM');
      await sleep(200);
      const duringDrain = await fetch(`${base}/api/health/ready`);
      expect(duringDrain.status).toBe(503);
      const answers = await Promise.all(inFlight);
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 40 }, () => 201));
      // They were in flight: connected before SIGTERM, answered after it. killedAt is read after
      // the 40th connected, in the same millisecond at times (CI once saw three equal to it).
      expect(answers.filter((answer) => answer.connectedAt > 0 && answer.connectedAt <= killedAt)).toHaveLength(40);
      expect(answers.filter((answer) => answer.finishedAt > killedAt).length).toBeGreaterThan(0);
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
    /** Status answered for each (unique) body sent, and when the request was in flight. */
    const answered = new Map<string, { status: number; sentAt: number; answeredAt: number }>();
    // The job queue's own pool (tribune-jobs) is spared: pg-boss 10 does not await the
    // complete/fail of a job, so a connection killed under it is an unhandled rejection
    // (a known defect of the jobs platform, reported; not what this test is about).
    /** When each kill that terminated at least one of the app's connections ran (from, to). */
    const kills: Array<{ from: number; to: number }> = [];
    let killing = true;
    const killer = (async () => {
      while (killing) {
        await sleep(150);
        const from = Date.now();
        const [row] = await t.db
          .query(
            `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                AND application_name <> 'tribune-jobs'`,
          )
          .catch(() => [{ killed: 0 }]);
        if (row.killed > 0) kills.push({ from, to: Date.now() });
      }
    })();

    const post = async (writer: TestUser, body: string) => {
      const sentAt = Date.now();
      const response = await t.http.post(`/api/threads/${thread.id}/posts`).set(writer.auth).send({ body });
      answered.set(body, { status: response.status, sentAt, answeredAt: Date.now() });
      if (response.status === 201) acknowledged.push(response.body.id);
      return response.status;
    };
    let next = 0;
    await Promise.all(
      writers.map(async (writer) => {
        while (next < 200) statuses.push(await post(writer, `Message numéro ${next++}`));
      }),
    );
    killing = false;
    await killer;

    // The fault happened, and was seen: connections were killed, and requests got 503s.
    expect(kills.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0);
    // Signed-in writers get exactly one of two answers: created, or unavailable (never a
    // 401 "invalid token" because the user lookup failed, never a 500).
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    let attempt = 0;
    const recoveredIn = await waitFor(
      async () => (await post(writers[0], `Après la tempête ${attempt++}`)) === 201,
      5_000,
    );
    expect(recoveredIn).toBeLessThan(5_000);

    // The test's own pool connections may have been killed too: a fresh one reads the result.
    const read = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
      const client = new pg.Client({ connectionString: t.databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    };
    const rows = await read<{ id: string; number: number; body: string }>(
      `SELECT id, number, body FROM posts WHERE thread_id = $1 ORDER BY number`,
      [thread.id],
    );
    // None lost: every acknowledged post is stored.
    const stored = new Set(rows.map((row) => row.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // None doubled: every write is stored at most once.
    expect(new Set(rows.map((row) => row.body)).size).toBe(rows.length);
    // A post stored without a 201 has two possible causes: a kill that landed after the
    // commit and before the answer (inherent: the client saw 503 and could not know), or a
    // step after the commit that failed on its own (a bug: the write was not atomic). Tell
    // them apart: each such post must have had a kill land while its request was in flight.
    const acknowledgedIds = new Set(acknowledged);
    const unacknowledged = rows.map((row) => ({ row, answer: answered.get(row.body)! }));
    const storedBehind503 = unacknowledged.filter(({ row }) => !acknowledgedIds.has(row.id));
    expect(storedBehind503.filter(({ answer }) => answer.status !== 503)).toEqual([]);
    const withoutKill = storedBehind503.filter(
      ({ answer }) => !kills.some((kill) => kill.from <= answer.answeredAt && kill.to >= answer.sentAt),
    );
    expect(withoutKill.map(({ row }) => row.body)).toEqual([]);
    expect(rows.map((row) => row.number)).toEqual(rows.map((_, i) => i + 1));
    const [counter] = await read<{ post_count: number }>(`SELECT post_count FROM threads WHERE id = $1`, [thread.id]);
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

    await whileTableLocked(t.databaseUrl, 'users', async () => {
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
    });
    await t.http.get('/api/me').set(reader.auth).expect(200);
  }, 60_000);
});
