import type { IncomingHttpHeaders } from 'node:http';
import { preferredLanguage } from '../../common/i18n/messages.js';

/**
 * Cache-Control of an anonymous answer: any cache (a CDN in front) may keep it
 * but must revalidate it on every use (If-None-Match → 304 from memory), so it
 * is never older than Tribune's own cache, which is exact within the delivery
 * of an invalidation. `Vary`: the language of placeholders and names, and the
 * Authorization header (a signed-in reader's answer differs and is private).
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';
export const PUBLIC_VARY = 'Accept-Language, Authorization';
/** A signed-in reader's answer carries their vote and permissions: never in a shared cache. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';

/** The ticket a cacheable anonymous request carries from the middleware (miss) to the interceptor. */
export const READ_CACHE_TICKET = Symbol('readCacheTicket');

export interface ReadCacheTicket {
  key: string;
  ticket: number;
}

/** The cache key: the resolved language (placeholders, "deleted user") and the path with its query. */
export function readCacheKey(url: string, headers: IncomingHttpHeaders): string {
  return `${preferredLanguage(headers['accept-language'])} ${url}`;
}

/** Whether the request can be answered from (or stored in) the anonymous cache. */
export function isAnonymousRead(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'GET' && headers.authorization === undefined;
}

/**
 * `X-Cache`: HIT (answered from memory), MISS (read from the database; stored
 * unless something it shows changed meanwhile) or BYPASS (the cache is not
 * serving: its LISTEN connection is down, or it is turned off).
 */
export type CacheOutcome = 'HIT' | 'MISS' | 'BYPASS';

/** Sets one response header: Node's `setHeader` before routing, the HTTP adapter's after. */
export type HeaderWriter = (name: string, value: string) => void;

export function setPublicHeaders(setHeader: HeaderWriter, outcome: CacheOutcome, etag?: string): void {
  setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  setHeader('Vary', PUBLIC_VARY);
  setHeader('X-Cache', outcome);
  if (etag) setHeader('ETag', etag);
}
