/**
 * The message catalogue: every user-facing error detail, in English and French.
 * Modules add their codes here so that translators have one file to read.
 * `{name}` placeholders are filled from the error's params.
 */
export type Language = 'en' | 'fr';

export const messages: Record<string, Record<Language, string>> = {
  // generic HTTP outcomes
  'http.bad_request': { en: 'The request is malformed.', fr: 'La requête est mal formée.' },
  'http.unauthorized': { en: 'Authentication is required.', fr: 'Une authentification est requise.' },
  'http.forbidden': { en: 'You are not allowed to do this.', fr: "Vous n'avez pas le droit de faire cela." },
  'http.not_found': { en: 'Not found.', fr: 'Introuvable.' },
  'http.route_not_found': { en: 'No route {method} {path}.', fr: 'Aucune route {method} {path}.' },
  'http.method_not_allowed': { en: 'Method not allowed.', fr: 'Méthode non autorisée.' },
  'http.conflict': {
    en: 'The request conflicts with the current state.',
    fr: "La requête est en conflit avec l'état actuel.",
  },
  'http.payload_too_large': { en: 'The request body is too large.', fr: 'Le corps de la requête est trop volumineux.' },
  'http.unsupported_media_type': {
    en: 'Send JSON (Content-Type: application/json).',
    fr: 'Envoyez du JSON (Content-Type: application/json).',
  },
  'http.unprocessable': { en: 'The request was refused by a rule.', fr: 'La requête a été refusée par une règle.' },
  'http.too_many_requests': {
    en: 'Too many requests; try again in {retryAfter} s.',
    fr: 'Trop de requêtes ; réessayez dans {retryAfter} s.',
  },
  'http.internal': {
    en: 'An unexpected error occurred (request {requestId}).',
    fr: 'Une erreur inattendue est survenue (requête {requestId}).',
  },
  'http.unavailable': {
    en: 'The service is temporarily unavailable; try again shortly.',
    fr: 'Le service est momentanément indisponible ; réessayez dans un instant.',
  },
  'http.malformed_json': { en: 'The body is not valid JSON.', fr: "Le corps n'est pas du JSON valide." },
  'http.headers_too_large': {
    en: 'The request line or headers are too large.',
    fr: 'La ligne de requête ou les en-têtes sont trop longs.',
  },
  'http.request_timeout': {
    en: 'The request took too long to arrive.',
    fr: 'La requête a mis trop de temps à arriver.',
  },
  'http.json_too_deep': {
    en: 'The body nests objects or arrays too deeply (at most 32 levels).',
    fr: 'Le corps imbrique trop profondément objets ou tableaux (32 niveaux au plus).',
  },
  'validation.failed': { en: 'The request has invalid fields.', fr: 'La requête contient des champs invalides.' },
  'validation.invalid_id': { en: 'Malformed identifier.', fr: 'Identifiant mal formé.' },
  'validation.nul_character': {
    en: '{field} must not contain a NUL character (U+0000).',
    fr: '{field} ne doit pas contenir de caractère NUL (U+0000).',
  },
  'validation.forbidden_key': {
    en: '{field} is not an accepted field name.',
    fr: "{field} n'est pas un nom de champ accepté.",
  },
  'validation.invalid_cursor': { en: 'The cursor is invalid.', fr: 'Le curseur est invalide.' },
  'conflict.duplicate': { en: 'This already exists.', fr: 'Cela existe déjà.' },
};

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish.
 * A Date is written out in words in the reader's language ("1 décembre 2026 à 06:49 UTC").
 */
export function translate(code: string, language: Language, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  const template = entry ? entry[language] : code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return value instanceof Date ? formatDateTime(value, language) : String(value);
  });
}

const DATE_TIME_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
};

/** A date and time in words, in UTC said explicitly (the server does not know the reader's time zone). */
export function formatDateTime(date: Date, language: Language): string {
  return `${DATE_TIME_FORMATS[language].format(date)} UTC`;
}

/** Adds a module's messages to the catalogue (called at import time by each module). */
export function registerMessages(moduleMessages: Record<string, Record<Language, string>>): void {
  for (const [code, entry] of Object.entries(moduleMessages)) {
    if (messages[code] && messages[code].en !== entry.en) throw new Error(`Message code ${code} registered twice`);
    messages[code] = entry;
  }
}

/**
 * Picks French when the Accept-Language header ranks some `fr` tag above every
 * `en` tag; English otherwise (the default for unknown languages).
 */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  let best: { language: Language; quality: number } | null = null;
  for (const part of acceptLanguage.split(',').slice(0, 20)) {
    const [tag, ...parameters] = part.trim().toLowerCase().split(';');
    const qParam = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(quality) || quality <= 0) continue;
    const primary = tag.split('-')[0];
    if (primary !== 'fr' && primary !== 'en') continue;
    if (!best || quality > best.quality) best = { language: primary, quality };
  }
  return best?.language ?? 'en';
}
