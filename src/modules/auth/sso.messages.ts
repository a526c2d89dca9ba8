import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'auth.sso_disabled': {
    en: 'Single sign-on is not configured on this server.',
    fr: "L'authentification unique n'est pas configurée sur ce serveur.",
  },
  'auth.sso_malformed': { en: 'The sign-in token is not a JWT.', fr: "Le jeton de connexion n'est pas un JWT." },
  'auth.sso_alg_none': {
    en: 'The sign-in token is unsigned (alg "none").',
    fr: "Le jeton de connexion n'est pas signé (alg « none »).",
  },
  'auth.sso_alg_not_allowed': {
    en: 'The sign-in token is signed with an algorithm this server does not accept.',
    fr: "Le jeton de connexion est signé avec un algorithme que ce serveur n'accepte pas.",
  },
  'auth.sso_bad_signature': {
    en: 'The signature of the sign-in token is wrong.',
    fr: 'La signature du jeton de connexion est incorrecte.',
  },
  'auth.sso_wrong_issuer': {
    en: 'The sign-in token comes from another issuer (iss).',
    fr: "Le jeton de connexion vient d'un autre émetteur (iss).",
  },
  'auth.sso_expired': { en: 'The sign-in token has expired (exp).', fr: 'Le jeton de connexion a expiré (exp).' },
  'auth.sso_exp_too_far': {
    en: 'The sign-in token lives too long: exp must be at most 10 minutes ahead.',
    fr: 'Le jeton de connexion vit trop longtemps : exp doit être à 10 minutes au plus.',
  },
  'auth.sso_iat_in_future': {
    en: 'The sign-in token was issued in the future (iat).',
    fr: 'Le jeton de connexion est émis dans le futur (iat).',
  },
  'auth.sso_claim_missing': {
    en: 'The sign-in token lacks the claim {claim}.',
    fr: 'Il manque au jeton de connexion la revendication {claim}.',
  },
  'auth.sso_claim_invalid': {
    en: 'The claim {claim} of the sign-in token is invalid.',
    fr: 'La revendication {claim} du jeton de connexion est invalide.',
  },
  'auth.sso_replayed': {
    en: 'This sign-in token was already used (jti).',
    fr: 'Ce jeton de connexion a déjà servi (jti).',
  },
});
