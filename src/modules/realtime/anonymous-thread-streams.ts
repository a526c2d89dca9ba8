import { Inject, Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../../common/http/fastify-server.js';
import { CORS_EXPOSED_HEADERS, fixedSecurityHeaders, requestIdFor } from '../../common/http/security-headers.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { ThreadStreamsService } from './thread-streams.service.js';

/** `GET /api/threads/<uuid>/events`, with or without a query string. */
const THREAD_EVENTS_PATH =
  /^\/api\/threads\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/events(?:\?(.*))?$/i;
const ROUTE = '/api/threads/:id/events';

/**
 * Anonymous readers' thread streams, answered before the web framework. A news site's
 * live readers are thousands of anonymous streams held open for minutes: through the
 * framework and Nest each one kept about 14 KiB of heap (measured under Express: its
 * and Nest's per-request state, pino-http's child loggers, helmet's header map) for a
 * handful of bytes of its own. Here a stream costs what Node's own request, response and socket cost.
 *
 * Only the plain case is served here: a GET from an anonymous reader (no
 * Authorization) for a published thread, with room under SSE_MAX_STREAMS_PER_IP,
 * on an instance that is not closing. Everything else, and any fault, goes on to
 * Fastify untouched, which answers it as the route always has (404, 429, 503,
 * staff viewers who see embargoed threads).
 * The stream sends the same headers as the route (helmet's, computed once; the
 * request id; CORS), is logged and counted in the metrics when it ends.
 */
@Injectable()
export class AnonymousThreadStreams {
  private readonly logger = new Logger('ThreadStreams');
  private readonly securityHeaders = fixedSecurityHeaders();
  private servedCount = 0;

  constructor(
    private readonly threads: ThreadStreamsService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Streams this path has opened since boot (the rest went through Fastify). */
  get served(): number {
    return this.servedCount;
  }

  /**
   * Puts this path in front of the server's request listeners (Fastify's).
   * `trustProxy` is the trust function Fastify was given, so the client IP
   * (and its stream cap) is the one the route would see.
   */
  install(server: Server, trustProxy: TrustProxy): void {
    const listeners = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const next = () => {
        for (const listener of listeners) listener.call(server, request, response);
      };
      if (!this.tryServe(request, response, trustProxy, next)) next();
    });
  }

  /** Whether this request is ours (then `next` runs later if it turns out not to be). */
  private tryServe(request: IncomingMessage, response: ServerResponse, trust: TrustProxy, next: () => void): boolean {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return false;
    const match = THREAD_EVENTS_PATH.exec(request.url ?? '');
    if (!match) return false;
    const ip = proxyaddr(request, trust);
    if (!this.threads.hasRoomFor(ip)) return false;
    const cors = this.corsHeaders(request.headers.origin);
    void this.serve(request, response, { id: match[1].toLowerCase(), query: match[2], ip, cors }, next).catch(
      (error: unknown) => {
        // Nothing was sent yet: the route answers (a database fault becomes its 503).
        this.logger.warn(`Anonymous thread stream failed before it started: ${String(error)}`);
        if (!response.headersSent) next();
      },
    );
    return true;
  }

  private async serve(
    request: IncomingMessage,
    response: ServerResponse,
    { id, query, ip, cors }: { id: string; query: string | undefined; ip: string; cors: string[] },
    next: () => void,
  ): Promise<void> {
    const started = process.hrtime.bigint();
    const threadId = await this.threads.visibleThread(id, undefined);
    // The checks are synchronous from here to the stream's start: no other request takes the last slot between.
    if (!threadId || !this.threads.hasRoomFor(ip)) return next();
    const requestId = requestIdFor(request.headers['x-request-id']);
    this.servedCount += 1;
    this.threads.open(threadId, response, ip, lastEventIdOf(request, query), [
      ...this.securityHeaders,
      'X-Request-Id',
      requestId,
      ...cors,
    ]);
    response.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.record('GET', ROUTE, response.statusCode, seconds);
      this.logger.log(
        {
          req: { id: requestId, method: 'GET', url: request.url },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(seconds * 1000),
        },
        'request completed',
      );
    });
  }

  /**
   * What @fastify/cors adds to a GET when CORS_ORIGINS is set: the origin
   * echoed when it is allowed (otherwise the browser refuses the answer), and always
   * `Vary: Origin` and the exposed headers.
   */
  private corsHeaders(origin: string | undefined): string[] {
    if (this.config.CORS_ORIGINS.length === 0) return [];
    const allowed = origin !== undefined && this.config.CORS_ORIGINS.includes(origin);
    return [
      ...(allowed ? ['Access-Control-Allow-Origin', origin] : []),
      'Vary',
      'Origin',
      'Access-Control-Expose-Headers',
      CORS_EXPOSED_HEADERS.join(', '),
    ];
  }
}

/** The `Last-Event-ID` header, else `?lastEventId=` (as the route reads them). */
function lastEventIdOf(request: IncomingMessage, query: string | undefined): string | undefined {
  const header = request.headers['last-event-id'];
  if (typeof header === 'string') return header;
  if (query === undefined) return undefined;
  // Repeated, it is a list to the route's query parser, which ignores it.
  const values = new URLSearchParams(query).getAll('lastEventId');
  return values.length === 1 ? values[0] : undefined;
}
