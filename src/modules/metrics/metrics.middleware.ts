import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CACHED_ROUTE } from '../../platform/read-cache/read-cache.middleware.js';
import { MetricsService } from './metrics.service.js';

/** Times every request; labels by the matched route pattern, never the raw path (cardinality). */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const routePath = (request.route as { path?: string } | undefined)?.path;
      const cached = (request as unknown as Record<symbol, string | undefined>)[CACHED_ROUTE];
      const route = routePath ? `${request.baseUrl}${routePath}` : (cached ?? 'unmatched');
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.record(request.method, route, response.statusCode, seconds);
    });
    next();
  }
}
