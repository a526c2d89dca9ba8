import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.invalid_credentials': { en: 'Wrong login or password.', fr: 'Identifiant ou mot de passe incorrect.' },
  'auth.invalid_token': { en: 'The token is invalid or expired.', fr: 'Le jeton est invalide ou a expiré.' },
  'auth.refresh_reused': {
    en: 'This refresh token was already used; every session of its family has been revoked.',
    fr: 'Ce jeton de rafraîchissement a déjà servi ; toutes les sessions de sa famille ont été révoquées.',
  },
  'auth.session_logged_out': {
    en: 'This session was signed out; sign in again.',
    fr: 'Cette session a été fermée (déconnexion) ; reconnectez-vous.',
  },
  'auth.session_password_reset': {
    en: 'This session ended when the password was reset; sign in with the new password.',
    fr: 'Cette session a pris fin à la réinitialisation du mot de passe ; reconnectez-vous avec le nouveau.',
  },
  'auth.session_password_changed': {
    en: 'This session ended when the password was changed; sign in with the new password.',
    fr: 'Cette session a pris fin au changement du mot de passe ; reconnectez-vous avec le nouveau.',
  },
  'auth.session_ended_by_sanction': {
    en: 'This session was ended by a sanction on the account; sign in again.',
    fr: 'Cette session a été fermée par une sanction du compte ; reconnectez-vous.',
  },
  'auth.session_revoked_reuse': {
    en: 'This session was revoked because one of its refresh tokens was used twice (possible theft); sign in again.',
    fr: 'Cette session a été révoquée car un de ses jetons de rafraîchissement a servi deux fois (vol possible) ; reconnectez-vous.',
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
  'auth.verify_invalid': {
    en: 'This verification link is invalid, expired or already used.',
    fr: 'Ce lien de confirmation est invalide, expiré ou déjà utilisé.',
  },
  'auth.email_already_verified': {
    en: 'Your e-mail address is already confirmed.',
    fr: 'Votre adresse e-mail est déjà confirmée.',
  },
  'auth.email_missing': {
    en: 'This account has no e-mail address to confirm.',
    fr: 'Ce compte n’a pas d’adresse e-mail à confirmer.',
  },
  'auth.reset_invalid': {
    en: 'This reset link is invalid, expired or already used.',
    fr: 'Ce lien de réinitialisation est invalide, expiré ou déjà utilisé.',
  },
});
