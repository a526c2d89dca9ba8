import { foldForMatch } from '../../common/text/normalize.js';

/**
 * Watched words: moderator-maintained terms that block a comment, hold it for approval
 * or flag it. Comments are matched after folding (case, accents, typographic quotes) so
 * "Arnaqué" and "ARNAQUE" are caught by "arnaque", but only as whole words so that
 * innocent longer words are not hit. A pattern may start and/or end with `*` to accept
 * any word prefix/continuation ("arnaque*" also catches "arnaques", "arnaqueur").
 */
export type WatchedAction = 'block' | 'require_approval' | 'flag';

export interface WatchedWord {
  id: string;
  pattern: string;
  action: WatchedAction;
}

export interface WatchedWordMatcher {
  /** Every distinct watched word found in `text`, most severe action first, then in list order. */
  match(text: string): WatchedWord[];
}

/** Most severe first: the caller typically acts on the first entry. */
export const WATCHED_ACTIONS_BY_SEVERITY: readonly WatchedAction[] = ['block', 'require_approval', 'flag'];

export class InvalidWatchedPatternError extends Error {
  constructor(
    readonly wordId: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`Watched word ${wordId} has an invalid pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'InvalidWatchedPatternError';
  }
}

const WORD_CHAR = '[\\p{L}\\p{N}]';
const WORD_CHAR_TEST = /^[\p{L}\p{N}]$/u;

/** Escapes syntax characters only: with the `u` flag, escaping anything else (e.g. "\\-") is a SyntaxError. */
function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Explains why a pattern cannot be used, or returns null when it is fine. Exposed so the
 * admin API can reject bad input with a 400 instead of failing later at compile time.
 */
export function describeInvalidWatchedPattern(pattern: string): string | null {
  const core = pattern.trim().replace(/^\*/, '').replace(/\*$/, '');
  if (foldForMatch(core).trim() === '') return 'it must contain at least one non-wildcard character';
  if (/\s\*|\*\s/.test(core)) return 'wildcards are only allowed at the very start or end of the pattern';
  return null;
}

/**
 * A pattern split into its literal body and the word-boundary assertions around it.
 * Keeping them apart lets us factor the assertions out of the per-action alternation:
 * V8 runs `(?<!W)(?:a|b|c)(?!W)` orders of magnitude faster than `(?<!W)a(?!W)|(?<!W)b(?!W)|…`.
 */
interface PatternParts {
  /** Escaped regex body, without flags or boundary assertions. */
  body: string;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;

function patternToParts(pattern: string): PatternParts {
  let core = foldForMatch(pattern).trim();
  const prefixWildcard = core.startsWith('*');
  if (prefixWildcard) core = core.slice(1);
  const suffixWildcard = core.endsWith('*');
  if (suffixWildcard) core = core.slice(0, -1);
  core = core.trim();

  // A whitespace run in the pattern matches any whitespace run in the text, so
  // "faux site" catches "faux\n  site". Any other `*` left inside is taken literally.
  const body = core.split(/\s+/u).map(escapeRegExp).join('\\s+');

  // Word boundaries are asserted only where the pattern edge is itself a letter or
  // digit, like \b but Unicode-aware: "arnaque" must not hit "darnaques", whereas a
  // symbol-edged pattern such as "$$$" should still hit "gagnez$$$". A wildcard edge
  // simply drops the assertion: for an existence test, "any continuation" and "no
  // boundary required" are equivalent, and it avoids backtracking over `[\p{L}]*`.
  const chars = [...core];
  return {
    body,
    boundaryBefore: !prefixWildcard && WORD_CHAR_TEST.test(chars[0]!),
    boundaryAfter: !suffixWildcard && WORD_CHAR_TEST.test(chars.at(-1)!),
  };
}

function wrapWithBoundaries(body: string, boundaryBefore: boolean, boundaryAfter: boolean): string {
  return `${boundaryBefore ? BOUNDARY_BEFORE : ''}${body}${boundaryAfter ? BOUNDARY_AFTER : ''}`;
}

/** One regex telling whether any of `parts` occurs, with boundary assertions factored per group. */
function buildAnyOfRegex(parts: readonly PatternParts[]): RegExp {
  const groups = new Map<string, { before: boolean; after: boolean; bodies: string[] }>();
  for (const { body, boundaryBefore, boundaryAfter } of parts) {
    const key = `${boundaryBefore}/${boundaryAfter}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { before: boundaryBefore, after: boundaryAfter, bodies: [] };
      groups.set(key, group);
    }
    group.bodies.push(body);
  }
  const source = [...groups.values()]
    .map(({ before, after, bodies }) => wrapWithBoundaries(`(?:${bodies.join('|')})`, before, after))
    .join('|');
  return new RegExp(source, 'u');
}

interface CompiledWord {
  word: WatchedWord;
  regex: RegExp;
}

interface CompiledAction {
  /**
   * Every pattern of this action in one regex: a single pass tells whether anything
   * matches at all, which is the common (clean comment) case.
   */
  anyWord: RegExp;
  /** Per-word regexes, only consulted when `anyWord` hit, to list every word that matched. */
  words: CompiledWord[];
}

export function compileWatchedWords(words: readonly WatchedWord[]): WatchedWordMatcher {
  const compiledActions: CompiledAction[] = [];

  for (const action of WATCHED_ACTIONS_BY_SEVERITY) {
    const compiledWords: CompiledWord[] = [];
    const actionParts: PatternParts[] = [];
    for (const word of words) {
      if (word.action !== action) continue;
      const reason = describeInvalidWatchedPattern(word.pattern);
      if (reason !== null) throw new InvalidWatchedPatternError(word.id, word.pattern, reason);
      const parts = patternToParts(word.pattern);
      actionParts.push(parts);
      const source = wrapWithBoundaries(parts.body, parts.boundaryBefore, parts.boundaryAfter);
      compiledWords.push({ word, regex: new RegExp(source, 'u') });
    }
    if (compiledWords.length === 0) continue;
    compiledActions.push({ anyWord: buildAnyOfRegex(actionParts), words: compiledWords });
  }

  return {
    match(text: string): WatchedWord[] {
      const folded = foldForMatch(text);
      const matches: WatchedWord[] = [];
      for (const { anyWord, words: compiledWords } of compiledActions) {
        if (!anyWord.test(folded)) continue;
        for (const { word, regex } of compiledWords) {
          if (regex.test(folded)) matches.push({ id: word.id, pattern: word.pattern, action: word.action });
        }
      }
      return matches;
    },
  };
}
