import type { Language } from './messages.js';

/**
 * class-validator speaks English only. Its default messages follow a handful of
 * templates; these turn them into French (and keep English as is). A message
 * no template knows falls back to a generic French sentence naming the field.
 */
const frenchTemplates: Array<[RegExp, string]> = [
  [/^property (\S+) should not exist$/, 'le champ $1 est inconnu'],
  [/^(\S+) must be longer than or equal to (\d+) characters$/, '$1 doit contenir au moins $2 caractères'],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, '$1 doit contenir au plus $2 caractères'],
  [/^(\S+) must be a string$/, '$1 doit être une chaîne de caractères'],
  [/^(\S+) must be a boolean value$/, '$1 doit être un booléen'],
  [/^(\S+) must be an integer number$/, '$1 doit être un nombre entier'],
  [/^(\S+) must be a number conforming to the specified constraints$/, '$1 doit être un nombre'],
  [/^(\S+) must not be less than (-?[\d.]+)$/, '$1 doit être supérieur ou égal à $2'],
  [/^(\S+) must not be greater than (-?[\d.]+)$/, '$1 doit être inférieur ou égal à $2'],
  [/^(\S+) must be one of the following values: (.*)$/, '$1 doit valoir une de ces valeurs : $2'],
  [/^(\S+) must be an email$/, '$1 doit être une adresse e-mail'],
  [/^(\S+) must be a URL address$/, '$1 doit être une URL'],
  [/^(\S+) must be a UUID$/, '$1 doit être un UUID'],
  [/^(\S+) should not be empty$/, '$1 ne doit pas être vide'],
  [/^(\S+) must be an array$/, '$1 doit être une liste'],
  [/^(\S+) must contain at least (\d+) elements$/, '$1 doit contenir au moins $2 éléments'],
  [/^(\S+) must contain no more than (\d+) elements$/, '$1 doit contenir au plus $2 éléments'],
  [/^All (\S+)'s elements must be unique$/, 'les éléments de $1 doivent être distincts'],
  [/^(\S+) must be a valid ISO 8601 date string$/, '$1 doit être une date ISO 8601'],
  [/^(\S+) must match (.*) regular expression$/, "$1 n'a pas le format attendu"],
  [/^nested property (\S+) must be either object or array$/, '$1 doit être un objet ou une liste'],
  [
    /^(\S+) must be true: in good faith$/,
    '$1 doit valoir true : confirmez de bonne foi que le signalement est exact et complet',
  ],
  [/^each value in (.*)$/, 'chaque valeur de $1'],
];

export function translateValidationMessage(message: string, field: string, language: Language): string {
  if (language === 'en') return message;
  if (message.startsWith('fr:')) return message.slice(3);
  for (const [pattern, replacement] of frenchTemplates) {
    if (pattern.test(message)) {
      const translated = message.replace(pattern, replacement);
      // "each value in tags must be a string" → translate the tail too.
      return translated.startsWith('chaque valeur de ')
        ? `chaque valeur de ${translateValidationMessage(translated.slice(17), field, language)}`
        : translated;
    }
  }
  return `${field} : valeur invalide`;
}
