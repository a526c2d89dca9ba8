/**
 * The physical limit on this machine: a bare node:http + pg server that runs
 * the very SQL Tribune runs for a thread page (captured from the app by the
 * benchmark and passed in BENCH_CAPTURED_SQL) and returns the same JSON (it
 * reuses Tribune's row mapper), and for a reply does the same inserts and
 * counter updates in one transaction. No framework, no validation, no logging,
 * no rate limiting, no moderation hooks: whatever Tribune costs above this is
 * framework and features.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { encodeCursor } from '../src/common/pagination/cursor.js';
import { renderPostMarkdown } from '../src/modules/discussions/markdown.js';
import { toPostResponse, type PostRow } from '../src/modules/discussions/posts.mapper.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
const pageSql = process.env.BENCH_CAPTURED_SQL ?? '';
if (!pageSql.includes('FROM posts p'))
  throw new Error('BENCH_CAPTURED_SQL must hold the captured thread-page statement');

const send = (response: ServerResponse, status: number, body: unknown) => {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
};

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });

async function threadPage(threadId: string, url: URL, response: ServerResponse): Promise<void> {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const after = Number(url.searchParams.get('after') ?? 0);
  const { rows } = await pool.query<PostRow>(pageSql, [threadId, null, limit + 1, after]);
  const page = rows.slice(0, limit);
  const context = { viewer: undefined, language: 'en' as const, editWindowMinutes: 0 };
  send(response, 200, {
    items: page.map((row) => toPostResponse(row, context)),
    nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].number]) : null,
  });
}

async function reply(threadId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const userId = String(request.headers['x-user-id'] ?? '');
  const { body } = JSON.parse(await readBody(request)) as { body: string };
  const { html } = renderPostMarkdown(body);
  const client = await pool.connect();
  try {
    // The same per-request user lookup Tribune's auth does, then the same writes.
    await client.query(
      `SELECT id, username, role, status, suspended_until, created_at, last_seen_at FROM users WHERE id = $1 AND anonymized_at IS NULL`,
      [userId],
    );
    await client.query('BEGIN');
    const { rows: counter } = await client.query<{ post_count: number }>(
      `UPDATE threads SET post_count = post_count + 1, last_post_at = now() WHERE id = $1 AND status = 'open' RETURNING post_count`,
      [threadId],
    );
    const { rows } = await client.query(
      `INSERT INTO posts (thread_id, number, author_id, body, html, status) VALUES ($1, $2, $3, $4, $5, 'visible') RETURNING id, number, created_at`,
      [threadId, counter[0].post_count, userId, body, html],
    );
    await client.query(`UPDATE users SET post_count = post_count + 1 WHERE id = $1`, [userId]);
    await client.query('COMMIT');
    send(response, 201, rows[0]);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    send(response, 500, { error: String(error) });
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://bare');
  const match = /^\/api\/threads\/([0-9a-f-]{36})\/posts$/.exec(url.pathname);
  if (!match) return send(response, 404, { error: 'not found' });
  const work = request.method === 'POST' ? reply(match[1], request, response) : threadPage(match[1], url, response);
  work.catch((error: unknown) => send(response, 500, { error: String(error) }));
});
server.keepAliveTimeout = 10_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
