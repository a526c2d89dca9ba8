import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.otp_required': {
    en: 'This account uses two-factor authentication: send the code of your authenticator as otp.',
    fr: "Ce compte utilise l'authentification à deux facteurs : envoyez le code de votre application dans otp.",
  },
  'auth.otp_invalid': {
    en: 'The two-factor code is wrong, expired or already used.',
    fr: 'Le code à deux facteurs est incorrect, expiré ou déjà utilisé.',
  },
  'auth.two_factor_already_enabled': {
    en: 'Two-factor authentication is already on; turn it off first to change authenticator.',
    fr: "L'authentification à deux facteurs est déjà active ; désactivez-la d'abord pour changer d'application.",
  },
  'auth.two_factor_not_set_up': {
    en: 'Start with POST /api/me/2fa/setup.',
    fr: 'Commencez par POST /api/me/2fa/setup.',
  },
  'auth.two_factor_not_enabled': {
    en: 'Two-factor authentication is not on.',
    fr: "L'authentification à deux facteurs n'est pas active.",
  },
  'auth.two_factor_required': {
    en: 'Staff accounts must turn on two-factor authentication to use this.',
    fr: "Les comptes de la rédaction et de la modération doivent activer l'authentification à deux facteurs pour cela.",
  },
  'admin.two_factor_first': {
    en: 'Turn on two-factor authentication for your own account before requiring it of staff.',
    fr: "Activez l'authentification à deux facteurs sur votre propre compte avant de l'exiger de l'équipe.",
  },
});
