import { startTestApp, type TestApp } from '../support/app.js';

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
