import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface SseMessage {
  event: string;
  id: string | null;
  data: unknown;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every chunk of text received so far. */
  raw(): string;
  events: SseMessage[];
  comments: string[];
  /** Resolves with the first event (or comment, for `waitForComment`) matching, or rejects after `timeoutMs`. */
  waitFor(predicate: (event: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  waitForComment(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Starts listening on an ephemeral port (once) and returns it. */
export async function listeningPort(app: NestFastifyApplication): Promise<number> {
  const server = app.getHttpServer() as http.Server;
  if (!server.listening) await app.listen(0, '127.0.0.1');
  return (server.address() as AddressInfo).port;
}

/**
 * A minimal EventSource over node's http.get: resolves once the response
 * headers arrive (whatever the status), then parses events as they stream in.
 */
export function openSse(port: number, path: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream', ...headers } });
    request.on('error', reject);
    request.on('response', (response) => {
      response.setEncoding('utf8');
      let text = '';
      let buffer = '';
      const events: SseMessage[] = [];
      const comments: string[] = [];
      const watchers = new Set<() => void>();
      let resolveEnded: () => void = () => undefined;
      const ended = new Promise<void>((done) => (resolveEnded = done));
      response.on('end', () => resolveEnded());
      response.on('close', () => resolveEnded());
      response.on('error', () => resolveEnded());
      request.on('error', () => resolveEnded());
      response.on('data', (chunk: string) => {
        text += chunk;
        buffer += chunk;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          let event = 'message';
          let id: string | null = null;
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length > 0) events.push({ event, id, data: JSON.parse(data.join('\n')) });
        }
        for (const watcher of [...watchers]) watcher();
      });
      const waitUntil = <T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
        new Promise((done, fail) => {
          const check = () => {
            const found = find();
            if (found !== undefined) {
              watchers.delete(check);
              clearTimeout(timer);
              done(found);
            }
          };
          const timer = setTimeout(() => {
            watchers.delete(check);
            fail(new Error(`timed out waiting for ${what}; received: ${JSON.stringify(text)}`));
          }, timeoutMs);
          watchers.add(check);
          check();
        });
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        raw: () => text,
        events,
        comments,
        waitFor: (predicate, timeoutMs = 5000) => waitUntil(() => events.find(predicate), timeoutMs, 'an event'),
        waitForComment: (comment, timeoutMs = 5000) =>
          waitUntil(() => (comments.includes(comment) ? true : undefined), timeoutMs, `comment ${comment}`).then(
            () => undefined,
          ),
        ended,
        close: () => request.destroy(),
      });
    });
  });
}
