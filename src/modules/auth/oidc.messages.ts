import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.oidc_disabled': {
    en: 'OpenID Connect login is not configured on this server.',
    fr: "La connexion OpenID Connect n'est pas configurée sur ce serveur.",
  },
  'auth.oidc_unavailable': {
    en: 'The identity provider cannot be reached; try again shortly.',
    fr: "Le fournisseur d'identité est injoignable ; réessayez dans un instant.",
  },
  'auth.oidc_return_to': {
    en: 'returnTo must be a page of this site or of a site listed in CORS_ORIGINS.',
    fr: 'returnTo doit être une page de ce site ou d’un site listé dans CORS_ORIGINS.',
  },
  'auth.oidc_no_login': {
    en: 'No sign-in is in progress in this browser (or it took more than 10 minutes); start again.',
    fr: "Aucune connexion n'est en cours dans ce navigateur (ou elle a pris plus de 10 minutes) ; recommencez.",
  },
  'auth.oidc_failed': {
    en: 'The identity provider did not confirm the sign-in.',
    fr: "Le fournisseur d'identité n'a pas confirmé la connexion.",
  },
  'auth.oidc_code_invalid': {
    en: 'This sign-in code is invalid, expired or already used.',
    fr: 'Ce code de connexion est invalide, expiré ou déjà utilisé.',
  },
});
