import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { startTestApp, type TestApp } from '../support/app.js';

const PASSWORD = 'un mot de passe solide';

/** Registers `count` accounts, each claiming its own client IP through X-Forwarded-For. */
async function registerFromSpoofedIps(t: TestApp, count: number, prefix: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await t.http
      .post('/api/auth/register')
      .set('X-Forwarded-For', `203.0.113.${i + 1}`)
      .send({ username: `${prefix}${i}`, email: `${prefix}${i}@example.fr`, password: PASSWORD });
    statuses.push(response.status);
  }
  return statuses;
}

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default: X-Forwarded-For cannot escape a per-IP limit', async () => {
    // TRUST_PROXY empty = unset = the default (test/support/app sets loopback for the other suites).
    const t = await startTestApp({ TRUST_PROXY: '', RATE_LIMIT_REGISTER_PER_HOUR: '3' });
    try {
      expect(t.config.TRUST_PROXY).toBe('none');
      expect(await registerFromSpoofedIps(t, 4, 'spoof')).toEqual([201, 201, 201, 429]);
    } finally {
      await t.close();
    }
  });

  it('honours X-Forwarded-For from a trusted proxy (here loopback)', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'loopback', RATE_LIMIT_REGISTER_PER_HOUR: '3' });
    try {
      expect(await registerFromSpoofedIps(t, 4, 'proxied')).toEqual([201, 201, 201, 201]);
    } finally {
      await t.close();
    }
  });
});

describe('request and headers timeouts', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ HTTP_REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '800' });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => t.close());

  /** Sends `text` and then nothing more; resolves with what came back and when the socket closed. */
  const stall = (text: string) =>
    new Promise<{ answer: string; closedAfterMs: number }>((resolve, reject) => {
      const started = Date.now();
      const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
      // Far beyond the configured timeouts, far below Node's 300 s default.
      setTimeout(() => socket.destroy(new Error('the server kept a stalled request open for 10 s')), 10_000);
    });

  it('answers 408 and closes a request whose body stalls', async () => {
    const { answer, closedAfterMs } = await stall(
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"login":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/"code":"http\.request_timeout"/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1400);
    expect(closedAfterMs).toBeLessThan(5000);
  }, 15_000);

  it('closes a connection whose headers stall', async () => {
    const { answer, closedAfterMs } = await stall('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeGreaterThanOrEqual(700);
    expect(closedAfterMs).toBeLessThan(5000);
  }, 15_000);

  it('answers what the HTTP parser refuses with problem+json too (headers too large: 431)', async () => {
    const { answer } = await stall(`GET /api/health?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 431,
      code: 'http.headers_too_large',
    });
  });

  it('leaves a normal request alone', async () => {
    await t.http.get('/api/health').expect(200);
  });
});
