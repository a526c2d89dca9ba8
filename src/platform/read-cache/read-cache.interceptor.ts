import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { PRIVATE_CACHE_CONTROL, READ_CACHE_TICKET, setPublicHeaders, type ReadCacheTicket } from './read-cache.http.js';
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
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const response = context.switchToHttp().getResponse<Response>();
    const ticket = (request as unknown as Record<symbol, ReadCacheTicket | undefined>)[READ_CACHE_TICKET];
    if (request.headers.authorization !== undefined) {
      response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
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
          setPublicHeaders(response, 'BYPASS');
          return body;
        }
        const json = Buffer.from(JSON.stringify(body));
        const { tags, expiresAt = null } = dependencies(body, request.params as Record<string, string>);
        const route = `${request.baseUrl}${(request.route as { path?: string } | undefined)?.path ?? ''}`;
        const stored = this.cache.store.set(ticket.key, { body: json, route, tags, ticket: ticket.ticket, expiresAt });
        setPublicHeaders(response, 'MISS', stored?.etag);
        // Serialised once: Express sends the string as is (Content-Type already set).
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
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
