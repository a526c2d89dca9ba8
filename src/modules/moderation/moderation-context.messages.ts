import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'moderation.not_premoderated': {
    en: 'This account is not under pre-moderation.',
    fr: 'Ce compte n’est pas en prémodération.',
  },
  'moderation.events_staff_only': {
    en: 'The moderation stream is for moderators and admins.',
    fr: 'Le flux de modération est réservé aux modérateurs et aux administrateurs.',
  },
});
