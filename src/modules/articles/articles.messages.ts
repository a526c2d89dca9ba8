import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'articles.slug_taken': {
    en: 'This slug is already used by another article.',
    fr: 'Ce slug est déjà utilisé par un autre article.',
  },
  'articles.nothing_to_change': {
    en: 'Send at least one field to change.',
    fr: 'Envoyez au moins un champ à modifier.',
  },
});
