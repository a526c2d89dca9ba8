import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { NonPublicAddressError, type AddressPolicy } from './address-guard.js';

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** No point retrying: the target is not allowed (private address, bad scheme). */
  permanent: boolean;
}

interface HopResult {
  status: number;
  location: string | undefined;
}

const MAX_REDIRECTS = 3;
/** Only these keep the method and body of a POST; the others are not followed. */
const FOLLOWED_REDIRECTS = new Set([307, 308]);

/** Refuses a URL whose scheme is not http(s) or whose literal address is not permitted. */
export function assertTarget(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetRefusedError('scheme');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !policy.permits(host)) throw new NonPublicAddressError(host, host);
}

export class TargetRefusedError extends Error {
  constructor(readonly reason: 'scheme') {
    super('only http and https URLs are allowed');
  }
}

/** One request, no redirect followed; the connection goes only to a permitted, resolved address. */
function hop(
  url: URL,
  method: 'POST' | 'HEAD',
  body: string,
  headers: Record<string, string>,
  policy: AddressPolicy,
  timeoutMs: number,
): Promise<HopResult> {
  assertTarget(url, policy);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: policy.guardedLookup(),
        timeout: timeoutMs,
        agent: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(method === 'POST' ? body : undefined);
  });
}

/**
 * POSTs a signed delivery. Follows at most 3 redirects that keep the method
 * (307, 308), each to a permitted address too; any other answer outside 2xx is a
 * failure, as is a timeout.
 */
export async function postDelivery(
  target: string,
  body: string,
  headers: Record<string, string>,
  policy: AddressPolicy,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  let url = new URL(target);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const result = await hop(url, 'POST', body, headers, policy, timeoutMs);
      if (FOLLOWED_REDIRECTS.has(result.status) && result.location && redirects < MAX_REDIRECTS) {
        url = new URL(result.location, url);
        continue;
      }
      const ok = result.status >= 200 && result.status < 300;
      return { ok, statusCode: result.status, error: ok ? null : `HTTP ${result.status}`, permanent: false };
    }
  } catch (error) {
    const refused = error instanceof NonPublicAddressError || error instanceof TargetRefusedError;
    return { ok: false, statusCode: null, error: String((error as Error).message).slice(0, 500), permanent: refused };
  }
}

/**
 * At registration: where does this URL redirect? Follows up to 3 redirects of any
 * kind with HEAD requests and throws when one leads to a refused target. An
 * unreachable endpoint is not an error here (deliveries will retry).
 */
export async function probeRedirects(target: string, policy: AddressPolicy, timeoutMs: number): Promise<void> {
  let url = new URL(target);
  for (let redirects = 0; redirects < MAX_REDIRECTS; redirects += 1) {
    let result: HopResult;
    try {
      result = await hop(url, 'HEAD', '', {}, policy, timeoutMs);
    } catch (error) {
      if (error instanceof NonPublicAddressError || error instanceof TargetRefusedError) throw error;
      return;
    }
    if (result.status < 300 || result.status >= 400 || !result.location) return;
    url = new URL(result.location, url);
    assertTarget(url, policy);
    await policy.check(url.hostname);
  }
}
