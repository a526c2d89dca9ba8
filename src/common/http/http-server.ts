import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AppConfig } from '../../config/config.js';
import { translate } from '../i18n/messages.js';

/** What Node's HTTP parser refuses before any route runs, as a status and a catalogue code. */
function clientErrorProblem(code: unknown): { status: number; code: string } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'http.headers_too_large' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'http.request_timeout' };
  return { status: 400, code: 'http.bad_request' };
}

/**
 * Answers a request Node's parser refused (headers too large, a malformed request line,
 * a client too slow) with problem+json like every other error, instead of Node's bare
 * status line. There are no parsed headers to pick a language from: English.
 */
export function answerClientError(error: Error & { code?: unknown }, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const { status, code } = clientErrorProblem(error.code);
  const body = JSON.stringify({
    type: `https://tribune.dev/problems/${code.replace(/[._]/g, '-')}`,
    title: STATUS_CODES[status],
    status,
    detail: translate(code, 'en'),
    code,
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Timeouts suited to an API (Node's default lets a slow body hold a socket for 300 s),
 * enforced on a timer set to match. Parser-level refusals are answerClientError, which
 * createApp hands to Fastify as its clientErrorHandler (Fastify listens for them itself).
 */
export function hardenHttpServer(server: Server, config: AppConfig): void {
  server.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS);
  // Read when the server starts listening (typed as a constructor option only).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    50,
    Math.min(1000, Math.floor(server.headersTimeout / 4)),
  );
}
