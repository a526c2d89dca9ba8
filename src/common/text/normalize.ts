/**
 * Text folding shared by the features that compare user-typed text with stored text
 * (error-report quotes, watched words). Readers type on phones, paste from Word or copy
 * from the page, so the same sentence arrives with curly or straight apostrophes,
 * non-breaking spaces and random capitalisation; these helpers erase those differences.
 */

/** Apostrophe look-alikes that French keyboards and word processors produce. */
const APOSTROPHE_LOOKALIKES = new Set(['\u2019', '\u2018', '\u02BC', '`', '\u00B4']);

/** Double-quote look-alikes, including French guillemets and German low quotes. */
const DOUBLE_QUOTE_LOOKALIKES = new Set(['\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E']);

/** No-break spaces that French typography puts before « ; : ! ? » and inside guillemets. */
const NO_BREAK_SPACES = new Set(['\u00A0', '\u202F']);

const TYPOGRAPHY_LOOKALIKE_PATTERN = new RegExp(
  `[${[...APOSTROPHE_LOOKALIKES, ...DOUBLE_QUOTE_LOOKALIKES, ...NO_BREAK_SPACES].join('')}]`,
  'gu',
);

/**
 * Maps one character to its plain-typography equivalent, or returns it unchanged.
 * Works on a single character and never changes length, so callers that keep an
 * index map (the quote locator) can use it safely.
 */
export function plainTypographyChar(char: string): string {
  if (APOSTROPHE_LOOKALIKES.has(char)) return "'";
  if (DOUBLE_QUOTE_LOOKALIKES.has(char)) return '"';
  if (NO_BREAK_SPACES.has(char)) return ' ';
  return char;
}

/** Replaces typographic apostrophes, quotes and no-break spaces with their plain forms. */
export function normalizeTypography(text: string): string {
  return text.replace(TYPOGRAPHY_LOOKALIKE_PATTERN, plainTypographyChar);
}

/** Removes diacritics: "Sécurité" → "Securite". NFC at the end recomposes scripts such as Hangul that NFD split. */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * Folds text for loose matching: lowercase, no accents, plain apostrophes and quotes,
 * ordinary spaces. Lowercasing happens before stripping accents because some
 * lowercase mappings introduce combining marks ("İ" → "i̇").
 */
export function foldForMatch(text: string): string {
  return stripAccents(normalizeTypography(text).toLowerCase());
}
