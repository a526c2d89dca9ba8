/**
 * What a reader reads when the API refuses something: the one place where
 * problem `code`s and field names become sentences (French by default,
 * English when the page speaks English). Never an HTTP status, an enum value,
 * a setting key or an English field name in French text.
 */
import { ApiError } from './api.js';
import { frenchTypography } from './french-typography.js';

export type Lang = 'fr' | 'en';

/** Field names of the API, as a sentence's subject ("Le mot de passe doit …"). */
const FIELD_SUBJECTS: Record<Lang, Record<string, string>> = {
  fr: {
    login: 'L’identifiant',
    username: 'Le nom d’utilisateur',
    email: 'L’adresse e-mail',
    password: 'Le mot de passe',
    newPassword: 'Le nouveau mot de passe',
    currentPassword: 'Le mot de passe actuel',
    displayName: 'Le nom affiché',
    bio: 'La présentation',
    token: 'Le lien',
    otp: 'Le code de vérification',
    q: 'La recherche',
    body: 'Le message',
  },
  en: {
    login: 'The login',
    username: 'The username',
    email: 'The email address',
    password: 'The password',
    newPassword: 'The new password',
    currentPassword: 'The current password',
    displayName: 'The display name',
    bio: 'The bio',
    token: 'The link',
    otp: 'The verification code',
    q: 'The search',
    body: 'The message',
  },
};

/** Problem codes whose sentence the page words itself (the server's detail may name internals). */
const CODE_TEXT: Record<Lang, Record<string, string>> = {
  fr: {
    'auth.invalid_credentials': 'Identifiant ou mot de passe incorrect.',
    'auth.otp_required': 'Saisissez le code à six chiffres de votre application d’authentification.',
    'auth.reset_invalid':
      'Ce lien de réinitialisation n’est plus valable : il a expiré (il vaut une heure) ou a déjà servi.',
    'auth.verify_invalid': 'Ce lien de confirmation n’est plus valable : il a expiré ou a déjà servi.',
    'auth.password_too_common': 'Ce mot de passe fait partie des plus courants : choisissez-en un autre.',
    'auth.username_taken': 'Ce nom d’utilisateur est déjà pris.',
    'auth.email_taken': 'Cette adresse e-mail a déjà un compte.',
    'auth.invalid_token': 'Votre session a expiré : reconnectez-vous.',
    'notifications.unsubscribe_invalid': 'Ce lien de désabonnement n’est pas valable ou a expiré.',
    'notifications.already_unsubscribed': 'Vous ne recevez déjà plus ces e-mails.',
    'http.too_many_requests': 'Trop de tentatives en peu de temps : patientez quelques minutes avant de réessayer.',
    'http.unavailable': 'Le service est momentanément indisponible : réessayez dans un instant.',
    'validation.failed': 'Certains champs sont à corriger.',
    'http.not_found': 'Introuvable.',
  },
  en: {
    'auth.invalid_credentials': 'Wrong login or password.',
    'auth.otp_required': 'Enter the six-digit code of your authenticator app.',
    'auth.reset_invalid': 'This reset link no longer works: it expired (it lasts one hour) or was already used.',
    'auth.verify_invalid': 'This confirmation link no longer works: it expired or was already used.',
    'auth.password_too_common': 'This password is among the most common: choose another.',
    'auth.username_taken': 'This username is taken.',
    'auth.email_taken': 'This email address already has an account.',
    'auth.invalid_token': 'Your session expired: sign in again.',
    'notifications.unsubscribe_invalid': 'This unsubscribe link is invalid or expired.',
    'notifications.already_unsubscribed': 'You already no longer receive these emails.',
    'http.too_many_requests': 'Too many attempts in a short time: wait a few minutes before trying again.',
    'http.unavailable': 'The service is briefly unavailable: try again in a moment.',
    'validation.failed': 'Some fields need correcting.',
    'http.not_found': 'Not found.',
  },
};

/** Field errors whose sentence depends only on their field and code. */
const FIELD_CODE_TEXT: Record<Lang, Record<string, string>> = {
  fr: {
    'token:auth.reset_invalid': CODE_TEXT.fr['auth.reset_invalid'],
    'token:auth.verify_invalid': CODE_TEXT.fr['auth.verify_invalid'],
    'token:notifications.unsubscribe_invalid': CODE_TEXT.fr['notifications.unsubscribe_invalid'],
  },
  en: {
    'token:auth.reset_invalid': CODE_TEXT.en['auth.reset_invalid'],
    'token:auth.verify_invalid': CODE_TEXT.en['auth.verify_invalid'],
    'token:notifications.unsubscribe_invalid': CODE_TEXT.en['notifications.unsubscribe_invalid'],
  },
};

const BY_STATUS: Record<Lang, Record<number, string>> = {
  fr: {
    0: 'Le serveur est injoignable : vérifiez votre connexion, puis réessayez.',
    400: 'La demande est incomplète ou mal formée.',
    401: 'Connectez-vous pour continuer.',
    403: 'Cette action ne vous est pas permise.',
    404: 'Introuvable.',
    409: 'Cette action a déjà été faite ou n’est plus possible.',
    422: 'Cette demande ne peut pas être acceptée.',
    429: CODE_TEXT.fr['http.too_many_requests'],
    503: CODE_TEXT.fr['http.unavailable'],
  },
  en: {
    0: 'The server cannot be reached: check your connection, then try again.',
    400: 'The request is incomplete or malformed.',
    401: 'Sign in to continue.',
    403: 'You may not do this.',
    404: 'Not found.',
    409: 'This was already done or is no longer possible.',
    422: 'This request cannot be accepted.',
    429: CODE_TEXT.en['http.too_many_requests'],
    503: CODE_TEXT.en['http.unavailable'],
  },
};

const FALLBACK: Record<Lang, string> = {
  fr: 'Une erreur est survenue : réessayez dans un instant.',
  en: 'Something went wrong: try again in a moment.',
};

/** "10 décembre 2026 à 14:30" in the reader's time zone; never the raw ISO text. */
export function longDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
    date,
  );
}

/** "10 décembre 2026". */
export function longDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(date);
}

/** The suspension sentence: until when (local date and time) and why. */
function suspensionSentence(until: string | null | undefined, reason: string | null | undefined, lang: Lang) {
  const when = longDateTime(until, lang);
  if (lang === 'en') {
    return `Your account is suspended${when ? ` until ${when}` : ''}: you can read, but not post, vote or flag.${
      reason ? ` Reason: ${reason}` : ''
    }`;
  }
  return `Votre compte est suspendu${when ? ` jusqu’au ${when}` : ''} : vous pouvez lire, mais pas publier, voter ni signaler.${
    reason ? ` Motif : ${reason}` : ''
  }`;
}

/** Replaces a leading English field name ("password doit …") with its words ("Le mot de passe doit …"). */
function wordField(field: string, message: string, lang: Lang): string {
  const subject = FIELD_SUBJECTS[lang][field] ?? FIELD_SUBJECTS[lang][field.split('.')[0]];
  if (!subject) return message;
  if (message.startsWith(`${field} `)) return `${subject} ${message.slice(field.length + 1)}`;
  if (message.startsWith(`${field} : `)) return `${subject} : ${message.slice(field.length + 3)}`;
  return message;
}

/** The sentence for one field of a 400/422 problem, next to its input. */
function fieldSentence(error: unknown, field: string, lang: Lang): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`));
  if (!found) return undefined;
  const code = (found as { code?: string }).code ?? error.problem.code;
  const known = code ? FIELD_CODE_TEXT[lang][`${field}:${code}`] : undefined;
  if (known) return known;
  const message = wordField(found.field, found.message, lang);
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The one sentence for a refused request (the fields' own sentences go next to their inputs). */
function problemSentence(error: unknown, lang: Lang): string {
  if (!(error instanceof ApiError)) return FALLBACK[lang];
  const { code } = error.problem;
  if (code === 'auth.account_suspended') {
    return suspensionSentence(error.problem.suspendedUntil, error.problem.reason, lang);
  }
  if (code && CODE_TEXT[lang][code]) return CODE_TEXT[lang][code];
  // Session endings and bans: the server's own sentence in the reader's language names the reason.
  if (code && /^auth\.(session_|refresh_reused|account_banned)/.test(code) && error.problem.detail) {
    return error.problem.detail;
  }
  return BY_STATUS[lang][error.status] ?? FALLBACK[lang];
}

const typeset = (text: string, lang: Lang) => (lang === 'fr' ? frenchTypography(text) : text);

/** The suspension sentence: until when (local date and time) and why. */
export const suspensionText = (until: string | null | undefined, reason: string | null | undefined, lang: Lang) =>
  typeset(suspensionSentence(until, reason, lang), lang);

/** The sentence for one field of a 400/422 problem, next to its input. */
export function fieldText(error: unknown, field: string, lang: Lang): string | undefined {
  const text = fieldSentence(error, field, lang);
  return text === undefined ? undefined : typeset(text, lang);
}

/** The one sentence for a refused request (the fields' own sentences go next to their inputs). */
export const problemText = (error: unknown, lang: Lang): string => typeset(problemSentence(error, lang), lang);
