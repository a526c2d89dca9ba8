import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.invalid_api_key': {
    en: 'This API key is unknown or revoked.',
    fr: 'Cette clé d’API est inconnue ou révoquée.',
  },
  'auth.api_key_scope_required': {
    en: 'This API key lacks the scope {scope}.',
    fr: 'Cette clé d’API n’a pas la portée {scope}.',
  },
  'auth.api_key_not_allowed': {
    en: 'An API key cannot call this route; it is for signed-in users.',
    fr: 'Une clé d’API ne peut pas appeler cette route ; elle est réservée aux utilisateurs connectés.',
  },
  'auth.api_key_required': {
    en: 'This route is for service API keys.',
    fr: 'Cette route est réservée aux clés d’API de service.',
  },
  'auth.api_key_in_query': {
    en: 'An API key must not travel in the query string (it ends up in logs): send it in the Authorization header.',
    fr: 'Une clé d’API ne doit pas passer dans l’URL (elle finit dans les journaux) : envoyez-la dans l’en-tête Authorization.',
  },
  'auth.api_key_in_query.field': {
    en: 'looks like an API key: use the Authorization header',
    fr: 'ressemble à une clé d’API : utilisez l’en-tête Authorization',
  },
});
