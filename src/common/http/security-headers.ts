import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
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

/** helmet with Tribune's policy. */
function helmetMiddleware(): RequestHandler {
  return helmet({ contentSecurityPolicy: { directives: CSP_DIRECTIVES } }) as RequestHandler;
}

/**
 * The security headers of every answer: helmet's, computed once (fixedSecurityHeaders) and
 * set in one step. helmet itself runs a chain of a dozen middlewares per request, each
 * setting one constant header: 1-2% of a reply's CPU profile for the same headers in the
 * same order.
 */
export function securityHeaders(): RequestHandler {
  const headers = fixedSecurityHeaders();
  return (_request, response, next) => {
    for (let i = 0; i < headers.length; i += 2) response.setHeader(headers[i]!, headers[i + 1]!);
    next();
  };
}

/**
 * The same headers as a flat `[name, value, …]` list, computed once: helmet's answer does
 * not depend on the request (no nonces), so a path that answers outside Express (the
 * anonymous thread streams) sends exactly what helmet would, without running it.
 */
export function fixedSecurityHeaders(): string[] {
  const headers = new Map<string, string>();
  const collector = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  (helmetMiddleware() as unknown as (req: unknown, res: unknown, next: (error?: unknown) => void) => void)(
    { headers: {} },
    collector,
    (error) => {
      if (error) throw error instanceof Error ? error : new Error(String(error));
      done = true;
    },
  );
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
