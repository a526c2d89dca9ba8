import { findFreePort } from '../../src/database/embedded-postgres.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { ensureStopped, spawnNode, waitForStatus, type Spawned } from '../support/process.js';
import pg from 'pg';

/**
 * What README's security model claims about logs, errors and headers, checked on the
 * real server process and its real log output (JSON lines on stdout).
 */
describe('logs, 500s and security headers of the server process', () => {
  let database: { name: string; url: string };
  let server: Spawned;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await findFreePort();
    server = spawnNode('dist/src/main.js', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(port),
      DATABASE_URL: database.url,
      MAIL_DIR: `/tmp/tribune-test-mail/${database.name}`,
    });
    base = `http://127.0.0.1:${port}`;
    await waitForStatus(`${base}/api/health/ready`, 200, server, 60_000);
  }, 90_000);

  afterAll(async () => {
    await ensureStopped(server);
    await dropTestDatabase(database.name);
  });

  /** The log lines (parsed) that mention `text`, waiting a moment for them to be written. */
  const logLinesWith = async (text: string): Promise<Array<Record<string, unknown>>> => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const lines = server
        .stdout()
        .split('\n')
        .filter((line) => line.includes(text))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      if (lines.length > 0) return lines;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return [];
  };

  it('keeps Authorization, cookies and bodies out of the request log', async () => {
    const requestId = 'redaction-probe-0001';
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer SECRET-BEARER-TOKEN-123',
        Cookie: 'session=SECRET-COOKIE-456',
        'X-Request-Id': requestId,
      },
      body: JSON.stringify({ login: 'nobody', password: 'SECRET-PASSWORD-789' }),
    });
    expect(response.status).toBe(401);
    const [line] = await logLinesWith(requestId);
    // The request is logged by id, method, URL and status: no header, no body.
    expect(line).toMatchObject({
      req: { id: requestId, method: 'POST', url: '/api/auth/login' },
      res: { statusCode: 401 },
    });
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'url']);
    expect(server.stdout()).not.toMatch(/SECRET-BEARER-TOKEN-123|SECRET-COOKIE-456|SECRET-PASSWORD-789/);
  });

  it('answers a 500 with its request id and never a stack; the stack goes to the log under that id', async () => {
    // A real bug, not a fault: the code queries a column that no longer exists (42703).
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('ALTER TABLE articles RENAME COLUMN summary TO summary_gone');
    await client.end();

    const response = await fetch(`${base}/api/articles`, { headers: { 'Accept-Language': 'en' } });
    const text = await response.text();
    const requestId = response.headers.get('x-request-id');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(text)).toEqual({
      type: 'https://tribune.dev/problems/http-internal',
      title: 'Internal Server Error',
      status: 500,
      detail: `An unexpected error occurred (request ${requestId}).`,
      code: 'http.internal',
      requestId,
    });
    expect(text).not.toMatch(/summary|QueryFailedError|\bat\b|\.js:\d+/);
    const logged = (await logLinesWith(requestId!)).find((line) => line.msg === 'Unhandled error');
    expect(logged).toBeDefined();
    expect(String((logged!.err as { stack?: string }).stack)).toMatch(/summary[\s\S]*\n\s+at /);
  });

  it('sends the Content-Security-Policy README describes', async () => {
    const response = await fetch(`${base}/`);
    await response.arrayBuffer();
    const policy = new Map(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    expect(Object.fromEntries(policy)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'frame-ancestors': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
