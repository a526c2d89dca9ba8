/**
 * Where a reader's quote sits in the article's text, for the <mark>.
 *
 * The API gives the quote and its UTF-16 offset in `title + "\n" + summary +
 * "\n" + body` (the Markdown source), found after folding whitespace, case and
 * typographic quotes; the span's length in the original text is not given
 * (spacing may differ). So the desk matches the quote again, loosely in the
 * same way, starting exactly at that offset (else anywhere, else nowhere).
 */
const APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4";
const DOUBLE_QUOTES = '"\u00AB\u00BB\u201C\u201D\u201E';
/** Whitespace and the invisible characters copy/paste adds or drops. */
const GAP = '[\\s\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]*';

/** Escapes a character outside a class: with the `u` flag, escaping anything else (`\-`) is a syntax error. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function charPattern(char: string): string {
  // Neither class holds ] \ ^ or -, so they need no escaping inside the brackets.
  if (APOSTROPHES.includes(char)) return `[${APOSTROPHES}]`;
  if (DOUBLE_QUOTES.includes(char)) return `[${DOUBLE_QUOTES}]`;
  // The text may hold an accented letter decomposed (e + U+0301): the server compares clusters in NFC.
  const decomposed = char.normalize('NFD');
  return decomposed === char ? escapeRegExp(char) : `(?:${escapeRegExp(char)}|${escapeRegExp(decomposed)})`;
}

export interface Span {
  start: number;
  end: number;
}

export function quotePattern(quote: string, flags: string): RegExp | null {
  const chars = [...quote.normalize('NFC')].filter(
    (char) => !/\s/u.test(char) && !/[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(char),
  );
  if (chars.length === 0) return null;
  return new RegExp(chars.map(charPattern).join(GAP), flags);
}

export function locateQuote(text: string, quote: string, offset: number): Span | null {
  const sticky = quotePattern(quote, 'iuy');
  if (!sticky) return null;
  sticky.lastIndex = Math.max(0, Math.min(offset, text.length));
  const here = sticky.exec(text);
  if (here) return { start: here.index, end: here.index + here[0].length };
  const anywhere = quotePattern(quote, 'iu')!.exec(text);
  return anywhere ? { start: anywhere.index, end: anywhere.index + anywhere[0].length } : null;
}

/** The text the offsets count in. */
export const articleText = (article: { title: string; summary?: string | null; body: string }): string =>
  `${article.title}\n${article.summary ?? ''}\n${article.body}`;
