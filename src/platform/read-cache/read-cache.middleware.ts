import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isAnonymousRead,
  READ_CACHE_TICKET,
  readCacheKey,
  setPublicHeaders,
  type ReadCacheTicket,
} from './read-cache.http.js';
import { ReadCacheService } from './read-cache.service.js';
import { etagMatches } from '../../common/http/etag.js';

/** The route of a cached answer, for the metrics label of a hit (no Express route matched). */
export const CACHED_ROUTE = Symbol('cachedRoute');

/**
 * Nest hands middleware the Node request and response under both adapters; Express and
 * Fastify's middleware engine both keep the URL before any mount in `originalUrl`.
 */
type MiddlewareRequest = IncomingMessage & { method: string; url: string; originalUrl?: string };

/**
 * Answers an anonymous GET from the read cache before routing, guards, pipes
 * and serialisation: the stored bytes, or 304 when If-None-Match names them.
 * It runs after the request id, logging, draining and metrics middleware, so
 * a hit is logged, counted and identified like any request. On a miss it
 * takes the ticket (before the handler reads the database) that decides
 * whether the answer may be stored.
 */
@Injectable()
export class ReadCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: ReadCacheService) {}

  use(request: MiddlewareRequest, response: ServerResponse, next: () => void): void {
    const store = this.cache.store;
    if (!store.isServing || !isAnonymousRead(request.method, request.headers)) return next();
    const key = readCacheKey(request.originalUrl ?? request.url, request.headers);
    const hit = store.get(key);
    if (!hit) {
      const ticket: ReadCacheTicket = { key, ticket: store.ticket() };
      (request as unknown as Record<symbol, unknown>)[READ_CACHE_TICKET] = ticket;
      return next();
    }
    (request as unknown as Record<symbol, unknown>)[CACHED_ROUTE] = hit.route;
    setPublicHeaders((name, value) => response.setHeader(name, value), 'HIT', hit.etag);
    if (etagMatches(request.headers['if-none-match'], hit.etag)) {
      response.statusCode = 304;
      response.end();
      return;
    }
    response.statusCode = 200;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Length', hit.body.length);
    response.end(hit.body);
  }
}
