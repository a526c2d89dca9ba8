import { plainTypographyChar } from '../../common/text/normalize.js';

/**
 * Finds the passage a reader quoted when reporting an error in an article.
 *
 * Readers copy from the rendered page (where line breaks and spacing differ from the
 * stored source), retype on a phone (straight apostrophes instead of curly ones) or
 * change capitalisation. We therefore compare a normalised form of both strings and
 * translate the hit back to UTF-16 offsets in the original text, so the newsroom tool
 * can highlight the exact span. Spacing around guillemets and before ; : ! ? is
 * ignored too (French vs English typography). Accents are deliberately kept: "a" vs "à" can be the
 * very error being reported.
 */
export interface QuoteLocation {
  /** UTF-16 index of the first character of the match in the original text. */
  offset: number;
  /** UTF-16 length of the match in the original text. */
  length: number;
}

/** Invisible characters that copy/paste adds or drops (soft hyphen, zero-width space/joiners, BOM). */
const INVISIBLE_CHARS = /^[\u00AD\u200B\u200C\u200D\u2060\uFEFF]$/u;

/** One user-perceived unit: a base character followed by its combining marks. */
const CLUSTER_PATTERN = /\P{M}\p{M}*|\p{M}+/gu;

interface NormalizedText {
  text: string;
  /** For every UTF-16 unit of `text`, the original span it came from. */
  originStart: number[];
  originEnd: number[];
}

/**
 * Characters next to which spacing is a matter of typographic convention: French puts
 * (no-break) spaces inside guillemets and before ; : ! ? while readers quoting in English
 * style do not. Whitespace touching them is dropped on both sides of the comparison.
 */
const SPACING_INSENSITIVE_BEFORE = new Set(['"', ';', ':', '!', '?']);
const SPACING_INSENSITIVE_AFTER = new Set(['"']);

function normalizeWithOrigins(original: string): NormalizedText {
  let text = '';
  const originStart: number[] = [];
  const originEnd: number[] = [];
  // A whitespace run is only emitted (as one space) once we know what follows it,
  // so that runs at the edges or next to guillemets can be dropped.
  let pendingWhitespace: { start: number; end: number } | null = null;

  for (const match of original.matchAll(CLUSTER_PATTERN)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;

    if (INVISIBLE_CHARS.test(cluster)) continue;

    if (/^\s+$/u.test(cluster)) {
      if (pendingWhitespace === null) pendingWhitespace = { start, end };
      else pendingWhitespace.end = end;
      continue;
    }

    // NFC per cluster makes "é" and "e\u0301" compare equal; lowercasing may change
    // length ("İ" → "i̇"), so every produced unit maps back to the whole cluster.
    const folded = plainTypographyChar(cluster).normalize('NFC').toLowerCase();

    if (pendingWhitespace !== null) {
      const previous = text.at(-1);
      const keepSpace =
        previous !== undefined &&
        !SPACING_INSENSITIVE_AFTER.has(previous) &&
        !SPACING_INSENSITIVE_BEFORE.has(folded[0]!);
      if (keepSpace) {
        text += ' ';
        originStart.push(pendingWhitespace.start);
        originEnd.push(pendingWhitespace.end);
      }
      pendingWhitespace = null;
    }

    for (let i = 0; i < folded.length; i++) {
      originStart.push(start);
      originEnd.push(end);
    }
    text += folded;
  }

  return { text, originStart, originEnd };
}

export function locateQuote(text: string, quote: string): QuoteLocation | null {
  // Leading and trailing whitespace never survives normalisation.
  const normalizedQuote = normalizeWithOrigins(quote).text;
  if (normalizedQuote === '') return null;

  const haystack = normalizeWithOrigins(text);
  const index = haystack.text.indexOf(normalizedQuote);
  if (index === -1) return null;

  const offset = haystack.originStart[index]!;
  const end = haystack.originEnd[index + normalizedQuote.length - 1]!;
  return { offset, length: end - offset };
}
