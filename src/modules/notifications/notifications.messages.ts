import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'notifications.ids_or_all': {
    en: 'Send either ids or all: true.',
    fr: 'Envoyez soit ids, soit all: true.',
  },
  'notifications.ticket_invalid': {
    en: 'This event ticket is unknown, used or expired: ask for a new one.',
    fr: 'Ce ticket est inconnu, déjà utilisé ou expiré : demandez-en un nouveau.',
  },
});
