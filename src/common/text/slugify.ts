/**
 * URL slugs for article titles. French-first: accents are dropped rather than
 * percent-encoded so URLs stay readable and shareable.
 */

/** Letters that NFD does not decompose but that have a conventional ASCII spelling. */
const LIGATURE_TRANSLITERATIONS: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURE_TRANSLITERATIONS).join('')}]`, 'g');

/** Slug used when the title contains nothing transliterable (e.g. only emoji or CJK). */
export const FALLBACK_SLUG = 'article';

export function slugify(title: string, maxLength = 80): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`slugify maxLength must be a positive integer, got ${maxLength}`);
  }

  // Lowercase first so "Œ" and "Æ" hit the lowercase transliteration table.
  // Apostrophes (' and ’) are not special-cased: like any other non [a-z0-9]
  // character they become separators, so "L’été" → "l-ete" rather than "lete".
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURE_TRANSLITERATIONS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

  const shortened = truncateOnHyphen(slug, maxLength);
  return shortened === '' ? FALLBACK_SLUG.slice(0, maxLength) : shortened;
}

/** Cuts at a word boundary so the slug does not end with half a word, unless the first word alone is too long. */
function truncateOnHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const hardCut = slug.slice(0, maxLength);
  if (slug[maxLength] === '-') return hardCut.replace(/-+$/, '');
  const lastHyphen = hardCut.lastIndexOf('-');
  const cut = lastHyphen > 0 ? hardCut.slice(0, lastHyphen) : hardCut;
  return cut.replace(/-+$/, '');
}
