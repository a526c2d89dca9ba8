import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.invalid_credentials': { en: 'Wrong login or password.', fr: 'Identifiant ou mot de passe incorrect.' },
  'auth.invalid_token': { en: 'The token is invalid or expired.', fr: 'Le jeton est invalide ou a expiré.' },
  'auth.refresh_reused': {
    en: 'This refresh token was already used; every session of its family has been revoked.',
    fr: 'Ce jeton de rafraîchissement a déjà servi ; toutes les sessions de sa famille ont été révoquées.',
  },
  'auth.account_banned': { en: 'This account is banned: {reason}', fr: 'Ce compte est banni : {reason}' },
  'auth.account_suspended': {
    en: 'This account is suspended until {until}: {reason}',
    fr: "Ce compte est suspendu jusqu'au {until} : {reason}",
  },
  'auth.role_required': {
    en: 'This requires one of the roles: {roles}.',
    fr: 'Cela requiert un de ces rôles : {roles}.',
  },
  'auth.no_access_rule': {
    en: 'This route declares no access rule.',
    fr: "Cette route ne déclare aucune règle d'accès.",
  },
  'auth.username_taken': { en: 'This username is taken.', fr: "Ce nom d'utilisateur est déjà pris." },
  'auth.email_taken': { en: 'This email is already registered.', fr: 'Cette adresse e-mail est déjà inscrite.' },
  'auth.password_too_common': {
    en: 'This password is among the most common; choose another.',
    fr: 'Ce mot de passe fait partie des plus courants ; choisissez-en un autre.',
  },
  'auth.wrong_password': { en: 'The current password is wrong.', fr: 'Le mot de passe actuel est incorrect.' },
  'auth.reset_invalid': {
    en: 'This reset link is invalid, expired or already used.',
    fr: 'Ce lien de réinitialisation est invalide, expiré ou déjà utilisé.',
  },
});
