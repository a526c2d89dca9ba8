import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'admin.last_admin': {
    en: 'This is the last admin: promote another user to admin first.',
    fr: "C'est le dernier administrateur : promouvez d'abord un autre utilisateur administrateur.",
  },
  'admin.cannot_change_own_role': {
    en: 'An admin cannot change their own role.',
    fr: 'Un administrateur ne peut pas changer son propre rôle.',
  },
  'admin.cannot_sanction_self': {
    en: 'An admin cannot ban or unban themself.',
    fr: 'Un administrateur ne peut pas se bannir ni se débannir lui-même.',
  },
  'admin.cannot_erase_self': {
    en: 'An admin cannot erase their own account here; use DELETE /api/me.',
    fr: 'Un administrateur ne peut pas effacer son propre compte ici ; utilisez DELETE /api/me.',
  },
  'admin.no_longer_admin': {
    en: 'You are no longer an active admin.',
    fr: "Vous n'êtes plus un administrateur actif.",
  },
  'admin.already_banned': { en: 'This account is already banned.', fr: 'Ce compte est déjà banni.' },
  'admin.not_banned': { en: 'This account is not banned.', fr: "Ce compte n'est pas banni." },
  'admin.user_anonymized': {
    en: 'This account has been erased.',
    fr: 'Ce compte a été effacé.',
  },
});
