import { stripAccents } from '../../common/text/normalize.js';
import { DELETED_USER_NAME } from './users.mapper.js';

/**
 * Display names: what a reader sees beside every post, so what an impostor
 * would forge. Pure functions; the users service applies them at every door
 * (registration, profile edit, SSO, OIDC, import, CLI).
 */

/** Why a display name is refused (a message code of users.messages.ts). */
export type DisplayNameRefusal =
  | 'users.display_name_invisible_characters'
  | 'users.display_name_empty'
  | 'users.display_name_too_long'
  | 'users.display_name_mixed_scripts'
  | 'users.display_name_reserved';

export const DISPLAY_NAME_MAX = 64;

/**
 * Control characters (C0, C1), format characters — which include the bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the marks
 * LRM/RLM/ALM and the zero-width space, joiners and word joiner (U+200B–200D,
 * U+2060, U+FEFF) — surrogates, private-use and unassigned code points, and
 * line or paragraph separators.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** Blank-looking letters that fonts draw as nothing (Hangul fillers, braille blank). */
const BLANK_LOOKALIKES = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * The alphabets whose letters stand in for one another ("а" U+0430 Cyrillic
 * for "a", "ο" U+03BF Greek for "o"): one word may use letters of one of them
 * only, as browsers refuse such mixes in a domain name's label (UTS #39,
 * "highly restrictive"). Letters of other scripts, digits, marks and symbols
 * do not count; several words may each use another alphabet.
 */
const CONFUSABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** Whether one word (a run without spaces) of `value` mixes Latin, Cyrillic and Greek letters. */
export function mixesScripts(value: string): boolean {
  return value.split(/[\p{Z}\s]+/u).some((word) => CONFUSABLE_SCRIPTS.filter((script) => script.test(word)).length > 1);
}

/** Names no reader may take: the newsroom's and the moderation's voices, and the site's own. */
const RESERVED_WORDS = [
  'Administration',
  'Administrateur',
  'Administratrice',
  'Admin',
  'Administrator',
  'Modération',
  'Modérateur',
  'Modératrice',
  'Moderator',
  'Équipe de modération',
  'Rédaction',
  'La rédaction',
  'The newsroom',
  'Newsroom',
  'Tribune',
  'Staff',
  DELETED_USER_NAME.fr,
  DELETED_USER_NAME.en,
];

/**
 * Cyrillic and Greek letters drawn like a Latin one, each with that letter, case kept (Greek
 * "Η" is an H, "η" an n): the prototypes of Unicode's confusables (UTS #39) for the letters
 * that pass for Latin in common fonts. A word written wholly in them ("Ѕсоре", "Расо") is one
 * alphabet, so mixesScripts lets it through; folded, it meets the Latin name it copies.
 */
const LATIN_LOOKALIKES = new Map<string, string>(
  [
    // Cyrillic capitals, then small letters.
    ['АВЕЅІЈКМНОРСТХУҮԚԜӀ', 'ABESIJKMHOPCTXYYQWl'],
    ['аеѕіјԁһорсухүԛԝӏьпгѵѡ', 'aesijdhopcyxyqwlbnrvw'],
    // Greek capitals, then small letters.
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
    ['αηικνορυχγ', 'anikvopuxy'],
  ].flatMap(([from, to]) => [...from].map((letter, i) => [letter, to[i]] as [string, string])),
);

/**
 * The comparison key for impersonation: NFKC (so full-width, ligatures and
 * mathematical letters fold to plain ones), Cyrillic and Greek look-alikes as
 * the Latin letter they pass for, lowercase, no diacritics, and without spaces
 * or punctuation ("Modé-ration", "m o d e r a t i o n", "ＭＯＤＥＲＡＴＩＯＮ" all
 * give "moderation"; Cyrillic "Расо" gives "paco").
 */
export function displayNameKey(name: string): string {
  const latin = [...name.normalize('NFKC')].map((letter) => LATIN_LOOKALIKES.get(letter) ?? letter).join('');
  return stripAccents(latin.toLowerCase()).replace(/[\p{Z}\p{P}\s]/gu, '');
}

const RESERVED_KEYS = new Set(RESERVED_WORDS.map(displayNameKey));

/**
 * The stored form of a typed display name (NFKC, trimmed, inner runs of
 * spaces made one), or why it is refused: forbidden characters, nothing
 * visible (only spaces, combining marks or blank look-alikes), too long, a
 * word mixing Latin, Cyrillic or Greek letters (after NFKC, so full-width or
 * mathematical Latin counts as Latin).
 */
export function normalizeDisplayName(raw: string): { value: string } | { refusal: DisplayNameRefusal } {
  if (FORBIDDEN.test(raw)) return { refusal: 'users.display_name_invisible_characters' };
  const value = raw.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  if (FORBIDDEN.test(value)) return { refusal: 'users.display_name_invisible_characters' };
  const visible = value.replace(BLANK_LOOKALIKES, '').replace(/[\p{M}\p{Z}\s]/gu, '');
  if (visible === '') return { refusal: 'users.display_name_empty' };
  if ([...value].length > DISPLAY_NAME_MAX) return { refusal: 'users.display_name_too_long' };
  if (mixesScripts(value)) return { refusal: 'users.display_name_mixed_scripts' };
  return { value };
}

/**
 * Whether a reader's display name (already normalized) reads as a reserved
 * word or as the display name or username of a staff account.
 */
export function isReservedDisplayName(
  value: string,
  staff: ReadonlyArray<{ username: string | null; displayName: string | null }>,
): boolean {
  const key = displayNameKey(value);
  if (RESERVED_KEYS.has(key)) return true;
  return staff.some(
    (member) =>
      (member.displayName !== null && displayNameKey(member.displayName) === key) ||
      (member.username !== null && displayNameKey(member.username) === key),
  );
}
