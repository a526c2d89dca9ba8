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
  'notifications.unsubscribe_invalid': {
    en: 'This unsubscribe link is invalid or expired.',
    fr: 'Ce lien de désabonnement est invalide ou expiré.',
  },
  'notifications.already_unsubscribed': {
    en: 'This kind of mail is already turned off.',
    fr: 'Ce type de mail est déjà désactivé.',
  },
});
