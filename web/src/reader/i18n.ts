/** The reader pages' texts: French by default (typeset), English when the browser prefers it. */
import { typeset } from '../shared/french-typography.js';

const fr = {
  loading: 'Chargement…',
  backHome: 'Retour aux actualités',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette page n’existe pas ou plus.',
  missingToken: 'Ce lien est incomplet : ouvrez-le directement depuis l’e-mail reçu, sans le recopier à la main.',
  // reset password
  resetTitle: 'Choisir un nouveau mot de passe',
  resetIntro: 'Choisissez le nouveau mot de passe de votre compte.',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmez le nouveau mot de passe',
  passwordRules:
    'Au moins 10 caractères (256 au plus). Une phrase de plusieurs mots est plus sûre et plus facile à retenir ; les mots de passe les plus courants sont refusés.',
  passwordTooShort: 'Le mot de passe doit contenir au moins 10 caractères.',
  passwordTooLong: 'Le mot de passe doit contenir au plus 256 caractères.',
  passwordsDiffer: 'Les deux mots de passe ne sont pas identiques.',
  confirmMissing: 'Recopiez le nouveau mot de passe pour le confirmer.',
  resetSubmit: 'Enregistrer le nouveau mot de passe',
  resetDone: 'Votre mot de passe a été changé. Par sécurité, toutes vos sessions ouvertes ont été fermées.',
  signInNow: 'Se connecter avec le nouveau mot de passe',
  askNewLink: 'Recevoir un nouveau lien',
  askNewLinkIntro:
    'Indiquez l’adresse e-mail de votre compte : nous vous enverrons un nouveau lien, valable une heure.',
  email: 'Adresse e-mail',
  emailInvalid: 'L’adresse e-mail n’a pas le bon format (exemple : marie@example.fr).',
  sendLink: 'Envoyer le lien',
  linkSent:
    'Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé. Le lien qu’il contient est valable une heure.',
  // verify e-mail
  verifyTitle: 'Confirmation de votre adresse e-mail',
  verifying: 'Confirmation en cours…',
  verified: 'Merci : votre adresse e-mail est confirmée.',
  verifyInvalidHelp:
    'Si vous avez déjà cliqué sur ce lien, votre adresse est sans doute déjà confirmée : rien d’autre à faire.',
  // unsubscribe
  unsubscribeTitle: 'Se désabonner des e-mails',
  unsubscribeAsk: (what: string) =>
    `Vous ne recevrez plus d’e-mail pour ${what}. Les autres e-mails de Tribune ne changent pas.`,
  unsubscribeConfirm: 'Confirmer le désabonnement',
  unsubscribeDone: (what: string) => `C’est fait : vous ne recevrez plus d’e-mail pour ${what}.`,
  unsubscribeAlready: (what: string) => `Vous ne receviez déjà plus d’e-mail pour ${what} : rien n’a changé.`,
  kinds: {
    reply: 'les réponses à vos commentaires',
    mention: 'les mentions de votre nom dans un commentaire',
    reportResolved: 'le suivi de vos signalements d’erreur',
    moderation: 'les décisions de modération sur vos commentaires',
  } as Record<string, string>,
  someMail: 'ce type de notification',
  // profile
  profileNotFoundTitle: 'Profil introuvable',
  profileNotFound: (name: string) => `Aucun lecteur ne porte le nom « ${name} ».`,
  memberSince: (date: string) => `Membre depuis le ${date}`,
  postCount: (n: number) => (n <= 1 ? `${n} commentaire` : `${n} commentaires`),
  badges: { journalist: 'Journaliste', staff: 'Équipe de modération' } as Record<string, string>,
  recentPosts: 'Derniers commentaires',
  noPosts: 'Aucun commentaire visible pour l’instant.',
  onArticle: 'Sur l’article',
  seeInThread: (n: number) => `Voir le commentaire n° ${n} dans sa discussion`,
  morePosts: 'Afficher plus de commentaires',
  loadFailed: 'Le contenu n’a pas pu être chargé.',
  retry: 'Réessayer',
};

type Messages = typeof fr;

const en: Messages = {
  loading: 'Loading…',
  backHome: 'Back to the news',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist (any more).',
  missingToken: 'This link is incomplete: open it straight from the email, without copying it by hand.',
  resetTitle: 'Choose a new password',
  resetIntro: 'Choose the new password of your account.',
  newPassword: 'New password',
  confirmPassword: 'Confirm the new password',
  passwordRules:
    'At least 10 characters (at most 256). A phrase of several words is safer and easier to remember; the most common passwords are refused.',
  passwordTooShort: 'The password must be at least 10 characters long.',
  passwordTooLong: 'The password must be at most 256 characters long.',
  passwordsDiffer: 'The two passwords differ.',
  confirmMissing: 'Type the new password again to confirm it.',
  resetSubmit: 'Save the new password',
  resetDone: 'Your password was changed. For your safety, every open session was signed out.',
  signInNow: 'Sign in with the new password',
  askNewLink: 'Get a new link',
  askNewLinkIntro: 'Enter your account’s email address: we will send you a new link, valid for one hour.',
  email: 'Email address',
  emailInvalid: 'The email address is not in the right form (example: marie@example.com).',
  sendLink: 'Send the link',
  linkSent: 'If an account has this address, an email is on its way. Its link works for one hour.',
  verifyTitle: 'Confirming your email address',
  verifying: 'Confirming…',
  verified: 'Thank you: your email address is confirmed.',
  verifyInvalidHelp:
    'If you already clicked this link, your address is probably confirmed already: nothing else to do.',
  unsubscribeTitle: 'Unsubscribe from emails',
  unsubscribeAsk: (what: string) =>
    `You will no longer get emails about ${what}. Tribune’s other emails do not change.`,
  unsubscribeConfirm: 'Confirm',
  unsubscribeDone: (what: string) => `Done: you will no longer get emails about ${what}.`,
  unsubscribeAlready: (what: string) => `You already got no emails about ${what}: nothing changed.`,
  kinds: {
    reply: 'replies to your comments',
    mention: 'mentions of your name in a comment',
    reportResolved: 'the outcome of your error reports',
    moderation: 'moderation decisions about your comments',
  },
  someMail: 'this kind of notification',
  profileNotFoundTitle: 'Profile not found',
  profileNotFound: (name: string) => `No reader is called “${name}”.`,
  memberSince: (date: string) => `Member since ${date}`,
  postCount: (n: number) => (n === 1 ? '1 comment' : `${n} comments`),
  badges: { journalist: 'Journalist', staff: 'Moderation team' },
  recentPosts: 'Latest comments',
  noPosts: 'No visible comments yet.',
  onArticle: 'On the article',
  seeInThread: (n: number) => `See comment #${n} in its discussion`,
  morePosts: 'Show more comments',
  loadFailed: 'The content could not be loaded.',
  retry: 'Retry',
};

export type { Messages };
export const messages: { fr: Messages; en: Messages } = { fr: typeset(fr), en };
