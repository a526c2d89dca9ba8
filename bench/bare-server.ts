/**
 * The physical limit on this machine: a bare node:http + pg server that does
 * the same database work as Tribune and returns the same JSON (it reuses
 * Tribune's row mapper and SQL builders).
 *
 * - Thread page: the very SQL Tribune runs (captured from the app by the
 *   benchmark and passed in BENCH_CAPTURED_SQL), mapped with toPostResponse.
 * - Reply: the same statements Tribune runs, in the same order — the access
 *   guard's user lookup, the thread pre-check (CREATE_POST_PRECHECK_SQL), then
 *   the one write statement from createPostStatement (thread counter, post
 *   insert, author counter, pg_notify of the live event, the joined row) — plus
 *   the same Markdown render, and the same response body.
 *
 * Differences, all of them CPU-only work Tribune does and this does not: no
 * framework (Nest routing, guards, interceptors), no JWT verification (the
 * author comes from an `x-user-id` header), no DTO validation, no logging, no
 * metrics, no security headers, no rate limiting (Tribune's counters are in
 * memory without REDIS_URL: no I/O), and no watched-word matching (an
 * in-memory match against a cached list). Whatever Tribune costs above this
 * is framework and features.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { encodeCursor } from '../src/common/pagination/cursor.js';
import { renderPostMarkdown } from '../src/platform/markdown/markdown.js';
import type { Actor } from '../src/common/auth/decorators.js';
import { toPostResponse, type PostRow } from '../src/modules/discussions/posts.mapper.js';
import { CREATE_POST_PRECHECK_SQL, createPostStatement } from '../src/modules/discussions/posts.sql.js';

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

/** The access guard's per-request user lookup (src/modules/auth/jwt.strategy.ts). */
const USER_SQL = `SELECT id, username, role, status, suspended_until, created_at, last_seen_at
  FROM users WHERE id = $1 AND anonymized_at IS NULL`;

async function reply(threadId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const userId = String(request.headers['x-user-id'] ?? '');
  const { body } = JSON.parse(await readBody(request)) as { body: string };
  const { html } = renderPostMarkdown(body);
  // The statements Tribune runs for a reply, in the same order: user lookup, thread
  // pre-check, then the one write statement (counters, insert, NOTIFY, joined row).
  const {
    rows: [user],
  } = await pool.query<{ id: string; username: string; role: Actor['role']; created_at: Date }>(USER_SQL, [userId]);
  if (!user) return send(response, 401, { error: 'unknown user' });
  const {
    rows: [thread],
  } = await pool.query<{ status: string }>(CREATE_POST_PRECHECK_SQL, [threadId, null]);
  if (!thread) return send(response, 404, { error: 'not found' });
  if (thread.status !== 'open') return send(response, 409, { error: 'locked' });
  const write = createPostStatement({ threadId, authorId: user.id, body, html, replyToId: null, status: 'visible', autoCloseDays: 0 });
  const { rows } = await pool.query<PostRow>(write.sql, write.parameters);
  if (!rows[0]) return send(response, 409, { error: 'locked' });
  const viewer: Actor = {
    id: user.id,
    username: user.username,
    role: user.role,
    status: 'active',
    suspendedUntil: null,
    createdAt: user.created_at,
  };
  send(response, 201, toPostResponse(rows[0], { viewer, language: 'en', editWindowMinutes: 0 }));
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
