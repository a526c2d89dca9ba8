import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'realtime.thread_not_found': { en: 'No such thread.', fr: 'Cette discussion est introuvable.' },
});
