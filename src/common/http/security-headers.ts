import { randomUUID } from 'node:crypto';
import helmet from 'helmet';

/** The pages' Content-Security-Policy: everything from our own origin (inline styles allowed). */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'self'"],
};

/** helmet's middleware, called with a request and a response that only collect its headers. */
type Middleware = (request: unknown, response: unknown, next: (error?: unknown) => void) => void;

/**
 * The security headers of every answer, helmet's with Tribune's policy, as a flat
 * `[name, value, …]` list computed once: helmet's answer does not depend on the request
 * (no nonces), so Fastify's request hook and the anonymous thread streams set exactly
 * what helmet would, in one step, without running its dozen middlewares per request.
 */
export function fixedSecurityHeaders(): string[] {
  const headers = new Map<string, string>();
  const collector = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  const helmetMiddleware = helmet({ contentSecurityPolicy: { directives: CSP_DIRECTIVES } }) as unknown as Middleware;
  helmetMiddleware({ headers: {} }, collector, (error) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    done = true;
  });
  // helmet answers synchronously; a future version that did not would send no headers here.
  if (!done) throw new Error('helmet did not answer synchronously');
  return [...headers].flat();
}

/** Response headers a cross-origin page may read (CORS), for every path that answers one. */
export const CORS_EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id'];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Honours a sane upstream request id (a load balancer's), else mints one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
