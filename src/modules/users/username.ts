import { randomBytes } from 'node:crypto';
import { slugify } from '../../common/text/slugify.js';

/** Used when a name yields nothing usable (emoji only, one letter, absent). */
const FALLBACK_USERNAME = 'lecteur';

/**
 * A valid username (3–32 of [A-Za-z0-9_.-]) drawn from a display name, for
 * accounts that Tribune creates itself: SSO and OIDC sign-ins, imported authors.
 * "Marie-Hélène Dupont" → "marie.helene.dupont" (accents dropped, words joined by dots).
 */
export function usernameBase(name: string | null | undefined): string {
  const words = slugify(name ?? '', 200)
    .split('-')
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base === '' ? word : `${base}.${word}`;
    if (next.length > 24) break;
    base = next;
  }
  if (base === '' && words.length > 0) base = words[0].slice(0, 24);
  return base.length >= 3 ? base : FALLBACK_USERNAME;
}

/**
 * Candidates in order of preference; the caller takes the first one free. The
 * last ones carry random suffixes, so a crowded name still finds a free one.
 */
export function usernameCandidates(name: string | null | undefined): string[] {
  const base = usernameBase(name);
  const numbered = Array.from({ length: 8 }, (_, index) => `${base}${index + 2}`);
  const random = Array.from({ length: 4 }, () => `${base}-${randomBytes(3).toString('hex')}`);
  return [base, ...numbered, ...random];
}
