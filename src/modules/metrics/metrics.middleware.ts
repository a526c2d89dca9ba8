import { Injectable, type NestMiddleware, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeTemplate } from '../../common/http/route-template.js';
import { CACHED_ROUTE } from '../../platform/read-cache/read-cache.middleware.js';
import { MetricsService } from './metrics.service.js';

/** The route template Fastify matched, copied onto the Node request its middleware sees. */
const MATCHED_ROUTE = Symbol('matchedRoute');

type LabelledRequest = IncomingMessage & Record<symbol, string | undefined>;

/**
 * Times every request; labels by the matched route template, never the raw path
 * (cardinality). Nest hands middleware the Node request under both adapters: Express
 * routes it later and leaves `route` on it, read at finish; Fastify routes before its
 * onRequest hooks and keeps the route on its own request, which the adapter's request
 * hook copies onto the Node one. A read-cache hit names the route it was stored under.
 */
@Injectable()
export class MetricsMiddleware implements NestMiddleware, OnApplicationBootstrap {
  constructor(
    private readonly metrics: MetricsService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    this.adapterHost.httpAdapter.setOnRequestHook((request: { raw?: object }, _response: unknown, done: () => void) => {
      const route = routeTemplate(request);
      if (route !== undefined && request.raw) (request.raw as LabelledRequest)[MATCHED_ROUTE] = route;
      done();
    });
  }

  use(request: LabelledRequest, response: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const route = routeTemplate(request) ?? request[MATCHED_ROUTE] ?? request[CACHED_ROUTE] ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.record(request.method ?? 'GET', route, response.statusCode, seconds);
    });
    next();
  }
}
