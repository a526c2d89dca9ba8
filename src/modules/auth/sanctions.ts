import { ProblemError } from '../../common/errors/problem.js';

/**
 * The 403 of a write by a suspended account: the message says until when (in
 * words, in the reader's language) and why; `suspendedUntil` (ISO 8601) and
 * `reason` are members of the problem document so a page can show the date in
 * the reader's own time zone.
 */
export function suspendedError(until: Date | null, reason: string | null): ProblemError {
  return new ProblemError(
    403,
    'auth.account_suspended',
    { until: until ?? '?', reason: reason ?? '—' },
    [],
    {},
    { suspendedUntil: until?.toISOString() ?? null, reason },
  );
}
