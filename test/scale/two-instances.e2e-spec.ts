import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import pg from 'pg';
import { findFreePort } from '../../src/database/embedded-postgres.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { spawnNode, stopServers, waitForStatus, type Spawned } from '../support/process.js';
import { openSse } from '../support/sse-client.js';

/*
 * Two app processes (A and B, as behind a load balancer) on one PostgreSQL and
 * one Redis: the app keeps no state of its own that matters. Redis db 7, with
 * a key prefix of this run only (other tests may use Redis; only our keys are removed).
 */
const REDIS_URL = 'redis://127.0.0.1:6379/7';
const JWT_SECRET = `two-instances-${randomBytes(16).toString('hex')}`;

/**
 * CI always has Redis (.ci/run starts it), so there this suite always runs. On a
 * developer's machine without Redis it is reported as skipped, with the reason,
 * rather than failing `npm test` for a service the newcomer never installed.
 */
async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 1000,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = process.env.CI ? true : await redisReachable();
if (!redisUp) process.stderr.write(`two-instances: skipped, no Redis at ${REDIS_URL} (CI starts one)\n`);
const describeWithRedis = redisUp ? describe : describe.skip;

describeWithRedis('two instances behind a load balancer', () => {
  const prefix = `tribune:test:${randomBytes(6).toString('hex')}:rl:`;
  let database: { name: string; url: string };
  let db: pg.Client;
  let redis: Redis;
  let a: Spawned | undefined;
  let b: Spawned | undefined;
  let portA: number;
  let portB: number;

  const start = async (port: number): Promise<Spawned> => {
    const server = spawnNode('dist/src/main.js', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: database.url,
      REDIS_URL,
      RATE_LIMIT_REDIS_PREFIX: prefix,
      RATE_LIMIT_REGISTER_PER_HOUR: '2',
      JWT_SECRET,
      MAIL_DIR: `/tmp/tribune-test-mail/${database.name}`,
    });
    await waitForStatus(`http://127.0.0.1:${port}/api/health/ready`, 200, server);
    return server;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    portA = await findFreePort();
    portB = await findFreePort();
    [a, b] = await Promise.all([start(portA), start(portB)]);
  }, 150_000);

  afterAll(async () => {
    await stopServers(a, b);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 100);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
    await db.end();
    await dropTestDatabase(database.name);
  });

  it('a post written on A arrives on the SSE stream of a client connected to B', async () => {
    const [user] = (
      await db.query<{ id: string }>(
        `INSERT INTO users (username, email, password_hash) VALUES ('lectrice_a', 'lectrice_a@example.test', 'x') RETURNING id`,
      )
    ).rows;
    const [article] = (
      await db.query<{ id: string }>(
        `INSERT INTO articles (slug, title, summary, body, body_html, author_id)
         VALUES ('deux-instances', 'Deux instances', '', 'Texte', '<p>Texte</p>', $1) RETURNING id`,
        [user.id],
      )
    ).rows;
    const [thread] = (
      await db.query<{ id: string }>(`INSERT INTO threads (article_id) VALUES ($1) RETURNING id`, [article.id])
    ).rows;
    const token = await new JwtService({ secret: JWT_SECRET, signOptions: { expiresIn: 900 } }).signAsync({
      sub: user.id,
      typ: 'access',
    });

    const stream = await openSse(portB, `/api/threads/${thread.id}/events`);
    try {
      expect(stream.status).toBe(200);
      await stream.waitForComment('connected');
      const response = await fetch(`http://127.0.0.1:${portA}/api/threads/${thread.id}/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ body: 'Écrit sur A, lu sur B.' }),
      });
      expect(response.status).toBe(201);
      const post = (await response.json()) as { id: string; number: number };
      const event = await stream.waitFor((e) => e.event === 'post.created');
      expect(event.data).toMatchObject({ threadId: thread.id, id: post.id, number: 1, status: 'visible' });
    } finally {
      stream.close();
    }
  });

  it('a rate limit reached on A holds on B (counters in Redis): two registrations on A, the third on B is 429', async () => {
    const register = (port: number, n: number) =>
      fetch(`http://127.0.0.1:${port}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: `inscrit_${n}`,
          email: `inscrit_${n}@example.test`,
          password: 'un mot de passe solide',
        }),
      });
    expect((await register(portA, 1)).status).toBe(201);
    expect((await register(portA, 2)).status).toBe(201);
    const third = await register(portB, 3);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const keys = await redis.keys(`${prefix}registerPerHour:*`);
    expect(keys).toHaveLength(1);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM users WHERE username LIKE 'inscrit\\_%'`);
    expect(rows[0].n).toBe(2);
  });
});
