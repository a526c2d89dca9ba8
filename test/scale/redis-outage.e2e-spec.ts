import { connect, createServer, type AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { findFreePort } from '../../src/database/embedded-postgres.js';
import { startTestApp, type TestApp } from '../support/app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * Redis holds only rate-limit counters. When it is unreachable the app keeps
 * serving and the limits keep biting, counted in each process instead.
 */
describe('Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, connections are refused at once.
    t = await startTestApp({
      REDIS_URL: 'redis://127.0.0.1:1/0',
      RATE_LIMIT_REGISTER_PER_HOUR: '2',
      RATE_LIMIT_FACTOR: '1',
    });
  });
  afterAll(async () => t.close());

  it('serves requests, and rate limits fall back to this process instead of failing', async () => {
    const register = (n: number) =>
      t.http
        .post('/api/auth/register')
        .set('X-Forwarded-For', '198.51.100.20')
        .send({ username: `sans_redis_${n}`, email: `sans-redis-${n}@example.fr`, password: 'un mot de passe solide' });
    await register(1).expect(201);
    await register(2).expect(201);
    const limited = await register(3).expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('Redis unreachable when the app closes', () => {
  it('stops the reconnection loop: nothing is left trying, or holding the process open', async () => {
    // A "Redis" that hangs up on every connection: the client retries, and each try is counted.
    let attempts = 0;
    const hangUp = createServer((socket) => {
      attempts += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    const { port } = hangUp.address() as AddressInfo;
    try {
      const t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}/0` });
      // The fault is in place: the client keeps trying (its delay grows, up to 2 s).
      for (let waited = 0; attempts < 3 && waited < 10_000; waited += 100) await sleep(100);
      expect(attempts).toBeGreaterThanOrEqual(3);

      await t.close();
      const atClose = attempts;
      await sleep(2_500); // Longer than the client's longest delay between tries.
      expect(attempts).toBe(atClose);
    } finally {
      await new Promise((resolve) => hangUp.close(resolve));
    }
  }, 30_000);
});

/** A private redis-server on a free port (the shared one must not be killed). */
function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      if (/Ready to accept connections/.test(chunk.toString())) resolve(child);
    });
  });
}

describe('Redis failing mid-run', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;
  let probe: Redis;
  beforeAll(async () => {
    port = await findFreePort();
    redis = await startRedis(port);
    probe = new Redis(`redis://127.0.0.1:${port}/0`, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${port}/0`,
      RATE_LIMIT_REDIS_PREFIX: 'midrun:',
      RATE_LIMIT_REGISTER_PER_HOUR: '2',
      RATE_LIMIT_FACTOR: '1',
    });
  });
  afterAll(async () => {
    await t.close();
    probe.disconnect();
    redis.kill('SIGKILL');
  });

  let n = 0;
  const register = (ip: string) => {
    n += 1;
    return t.http
      .post('/api/auth/register')
      .set('X-Forwarded-For', ip)
      .send({ username: `midrun_${n}`, email: `midrun-${n}@example.fr`, password: 'un mot de passe solide' });
  };

  it('counts in Redis, keeps serving with per-process limits once Redis dies, and counts in Redis again when it is back', async () => {
    // 1. Redis up: the counter lives there.
    await register('198.51.100.31').expect(201);
    await probe.connect();
    expect(await probe.get('midrun:registerPerHour:ip:198.51.100.31')).toBe('1');
    probe.disconnect();

    // 2. Redis killed: the fault is real (the process is gone, the port refuses).
    const exited = new Promise((resolve) => redis.once('exit', (_code, signal) => resolve(signal)));
    redis.kill('SIGKILL');
    await expect(exited).resolves.toBe('SIGKILL');
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve('connected'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(String(error.code)));
    });
    expect(refused).toBe('ECONNREFUSED');

    // Requests keep being served, and the limit still bites, counted in this process.
    const during = [];
    for (let i = 0; i < 3; i += 1) during.push((await register('198.51.100.32')).status);
    expect(during).toEqual([201, 201, 429]);

    // 3. Redis back on the same port: counting goes back to Redis by itself.
    redis = await startRedis(port);
    await probe.connect();
    let counted: string | null = null;
    for (let attempt = 0; attempt < 50 && counted === null; attempt += 1) {
      await register(`198.51.100.${40 + attempt}`).expect(201);
      counted = await probe.get(`midrun:registerPerHour:ip:198.51.100.${40 + attempt}`);
      if (counted === null) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(counted).toBe('1');
  }, 60_000);
});
