import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'notifications.ids_or_all': {
    en: 'Send either ids or all: true.',
    fr: 'Envoyez soit ids, soit all: true.',
  },
});
