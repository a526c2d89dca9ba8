import type { IncomingHttpHeaders } from 'node:http';

/** A cookie's attributes, as Tribune sets them. */
export interface CookieOptions {
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

/**
 * A Set-Cookie value, as Express's response.cookie wrote it: the value URI-encoded,
 * Max-Age with the matching Expires (for clients that predate Max-Age).
 */
export function serializeCookie(name: string, value: string, options: CookieOptions, now = Date.now()): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Max-Age=${Math.floor(options.maxAge)}`,
    `Path=${options.path}`,
    `Expires=${new Date(options.maxAge > 0 ? now + options.maxAge * 1000 : 0).toUTCString()}`,
  ];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  parts.push(`SameSite=${options.sameSite}`);
  return parts.join('; ');
}

/** A cookie of the request, URI-decoded; undefined when absent or not decodable. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      return undefined; // a malformed %-escape: no cookie of ours
    }
  }
  return undefined;
}
