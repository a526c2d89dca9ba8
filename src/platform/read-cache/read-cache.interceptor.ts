import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { IncomingHttpHeaders } from 'node:http';
import { map, type Observable } from 'rxjs';
import { routeTemplate } from '../../common/http/route-template.js';
import {
  PRIVATE_CACHE_CONTROL,
  READ_CACHE_TICKET,
  setPublicHeaders,
  type HeaderWriter,
  type ReadCacheTicket,
} from './read-cache.http.js';
import { ReadCacheService } from './read-cache.service.js';

/** What a cacheable answer depends on: the tags whose change voids it, and when it changes by itself. */
export interface CacheDependencies {
  tags: string[];
  /** Epoch ms at which the answer changes without any write (a poll reaching closesAt), else null. */
  expiresAt?: number | null;
}

const READ_CACHE_ROUTE = Symbol('readCacheRoute');

/**
 * Marks a public GET route whose anonymous answer may be served from the read
 * cache; `dependencies` names what the answer shows (from the answer itself).
 * A signed-in reader is never served from it nor stored into it (their vote
 * and permissions are in the answer), and gets `Cache-Control: private`.
 */
export function ReadCached<T>(
  dependencies: (body: T, params: Record<string, string>) => CacheDependencies,
): MethodDecorator {
  return applyDecorators(SetMetadata(READ_CACHE_ROUTE, dependencies), UseInterceptors(ReadCacheInterceptor));
}

@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly cache: ReadCacheService,
    private readonly reflector: Reflector,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Headers and status go through Nest's HTTP adapter, so the interceptor works under Express and Fastify. */
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const adapter = this.adapterHost.httpAdapter;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: IncomingHttpHeaders; params: unknown; user?: unknown; raw?: object }>();
    const response = context.switchToHttp().getResponse<{ statusCode: number }>();
    const setHeader: HeaderWriter = (name, value) => adapter.setHeader(response, name, value);
    // The middleware left the ticket on the Node request (Fastify wraps it as `raw`).
    const ticket = ((request.raw ?? request) as Record<symbol, ReadCacheTicket | undefined>)[READ_CACHE_TICKET];
    if (request.headers.authorization !== undefined) {
      setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next.handle();
    }
    const dependencies = this.reflector.get<(body: unknown, params: Record<string, string>) => CacheDependencies>(
      READ_CACHE_ROUTE,
      context.getHandler(),
    );
    return next.handle().pipe(
      map((body: unknown) => {
        if (request.user !== undefined) return body;
        if (!ticket || response.statusCode !== 200 || body === undefined) {
          setPublicHeaders(setHeader, 'BYPASS');
          return body;
        }
        const json = Buffer.from(JSON.stringify(body));
        const { tags, expiresAt = null } = dependencies(body, request.params as Record<string, string>);
        const route = routeTemplate(request) ?? '';
        const stored = this.cache.store.set(ticket.key, { body: json, route, tags, ticket: ticket.ticket, expiresAt });
        setPublicHeaders(setHeader, 'MISS', stored?.etag);
        // Serialised once: both adapters send the string as is (Content-Type already set).
        setHeader('Content-Type', 'application/json; charset=utf-8');
        return json.toString();
      }),
    );
  }
}

/** The time an open poll closes by itself (its answer changes then without any write), or null. */
export function pollExpiry(polls: ReadonlyArray<{ status?: string; closesAt?: string | null }>): number | null {
  let earliest: number | null = null;
  for (const poll of polls) {
    if (poll.status !== 'open' || !poll.closesAt) continue;
    const at = Date.parse(poll.closesAt);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}
