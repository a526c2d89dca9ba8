/**
 * The built-in spam/abuse signals, pure: each names itself and says how much it
 * weighs; the post waits when their sum reaches SCORE_QUEUE_THRESHOLD (1 by
 * default, so one strong signal or two weaker ones hold a post).
 */
export interface ScoreSignal {
  signal: string;
  weight: number;
}

export interface ScoreInput {
  /** The same body (normalised) posted by this author in another thread within the last minutes. */
  duplicateElsewhere: boolean;
  links: number;
  words: number;
  newAccount: boolean;
  /** Watched words of the `flag` action the body matched. */
  flaggedWords: number;
  /** The newsroom scorer's score (0–1), when it answered. */
  external: number | null;
}

export const SIGNAL_WEIGHTS = {
  duplicate: 0.7,
  manyLinks: 0.5,
  linkDensity: 0.3,
  newAccount: 0.3,
  watchedWords: 0.3,
} as const;

export function scoreSignals(input: ScoreInput): ScoreSignal[] {
  const signals: ScoreSignal[] = [];
  if (input.duplicateElsewhere) signals.push({ signal: 'duplicate', weight: SIGNAL_WEIGHTS.duplicate });
  if (input.links >= 3) signals.push({ signal: 'many_links', weight: SIGNAL_WEIGHTS.manyLinks });
  else if (input.links > 0 && input.links / Math.max(1, input.words) > 0.2) {
    signals.push({ signal: 'link_density', weight: SIGNAL_WEIGHTS.linkDensity });
  }
  if (input.newAccount) signals.push({ signal: 'new_account', weight: SIGNAL_WEIGHTS.newAccount });
  if (input.flaggedWords > 0) signals.push({ signal: 'watched_words', weight: SIGNAL_WEIGHTS.watchedWords });
  if (input.external !== null && input.external > 0) signals.push({ signal: 'external', weight: input.external });
  return signals;
}

/** Sums the weights (rounded to 3 decimals, so 0.7 + 0.3 is exactly 1). */
export function totalScore(signals: ScoreSignal[]): number {
  return Math.round(signals.reduce((sum, signal) => sum + signal.weight, 0) * 1000) / 1000;
}

/** Lower case, whitespace folded: "the same body" whatever the spacing and case. */
export function normaliseBody(body: string): string {
  return body.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function wordCount(body: string): number {
  return body.split(/\s+/).filter(Boolean).length;
}
