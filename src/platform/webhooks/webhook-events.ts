/** The events a webhook may subscribe to (API.md part two). */
export const WEBHOOK_EVENTS = [
  'post.created',
  'post.flagged',
  'moderation.action',
  'error_report.created',
  'error_report.updated',
  'article.corrected',
  'dsa.notice.created',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Attempts per delivery: the first, then 7 retries. */
export const MAX_ATTEMPTS = 8;

/**
 * How long to wait after failed attempt `attempt` (1-based) before the next one:
 * 5·4^(attempt−1) × base. At the default base of 1 s: 5 s, 20 s, 80 s, 5 min 20 s,
 * 21 min, 85 min, 5 h 41 min — eight attempts over about 7 h 35 min.
 */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 5 * 4 ** (attempt - 1);
}
