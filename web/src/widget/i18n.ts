const fr = {
  discussion: 'Discussion',
  promptsTitle: 'Et vous ? Qu’en pensez-vous ?',
  loading: 'Chargement…',
  loadFailed: 'La discussion n’a pas pu être chargée.',
  retry: 'Réessayer',
  // auth
  signedInAs: 'Connecté en tant que',
  signIn: 'Se connecter',
  signUp: 'Créer un compte',
  signOut: 'Se déconnecter',
  cancel: 'Annuler',
  login: 'Nom d’utilisateur ou e-mail',
  password: 'Mot de passe',
  passwordHint: '10 caractères au moins',
  username: 'Nom d’utilisateur',
  usernameHint: '3 à 32 lettres, chiffres, _ . -',
  email: 'E-mail',
  displayName: 'Nom affiché (facultatif)',
  signInToPost: 'Connectez-vous ou créez un compte pour participer.',
  inactive: 'Votre compte ne peut pas publier pour le moment.',
  // thread
  messages: (n: number) => (n <= 1 ? `${n} message` : `${n} messages`),
  newMessages: (n: number) => (n === 1 ? '1 nouveau message' : `${n} nouveaux messages`),
  noPosts: 'Aucun message pour l’instant. Soyez le premier à réagir !',
  loadMore: 'Afficher les messages suivants',
  locked: 'Cette discussion est fermée.',
  yourMessage: 'Votre message',
  markdownHint: 'Markdown accepté : **gras**, *italique*, [lien](https://…)',
  publish: 'Publier',
  publishing: 'Publication…',
  replyingTo: (n: number, name: string) => `En réponse au message n° ${n} de ${name}`,
  cancelReply: 'Annuler la réponse',
  pendingNotice: 'Merci ! Votre message sera publié après validation par un modérateur.',
  inReplyTo: (n: number, name: string) => `En réponse au n° ${n} (${name})`,
  edited: 'modifié',
  reply: 'Répondre',
  upvote: 'Approuver ce message',
  downvote: 'Désapprouver ce message',
  score: 'Score',
  flag: 'Signaler',
  flagTitle: 'Signaler ce message',
  flagReason: 'Motif',
  flagReasons: {
    spam: 'Spam ou publicité',
    abuse: 'Propos injurieux ou harcèlement',
    off_topic: 'Hors sujet',
    illegal: 'Contenu illicite',
    other: 'Autre',
  } as Record<string, string>,
  flagComment: 'Précisions (facultatif)',
  flagSend: 'Envoyer le signalement',
  flagDone: 'Merci, ce message a été signalé aux modérateurs.',
  edit: 'Modifier',
  save: 'Enregistrer',
  delete: 'Supprimer',
  confirmDelete: 'Supprimer ce message ?',
  confirm: 'Confirmer',
  placeholder: {
    hidden: 'Ce message a été masqué par la modération.',
    pending: 'Ce message attend la validation d’un modérateur.',
    deleted: 'Ce message a été supprimé par son auteur.',
    visible: '',
  } as Record<string, string>,
  pendingBadge: 'En attente de validation',
  postNumber: (n: number) => `n° ${n}`,
  // poll
  poll: 'Sondage',
  vote: 'Voter',
  changeVote: 'Changer mon vote',
  withdrawVote: 'Retirer mon vote',
  voters: (n: number) => (n <= 1 ? `${n} votant` : `${n} votants`),
  pollClosed: 'Sondage clos',
  signInToVote: 'Connectez-vous pour voter.',
  resultsLater: 'Les résultats seront visibles après votre vote ou à la clôture.',
  chooseUpTo: (n: number) => `Jusqu’à ${n} choix`,
  yourChoice: 'votre choix',
  // error reports
  reportTitle: 'Une erreur dans cette actualité ? Signalez-nous-la !',
  reportIntro: 'Sélectionnez le passage erroné dans l’article, ou recopiez-le ci-dessous.',
  reportQuote: 'Passage erroné (tel qu’il figure dans l’article)',
  reportSuggestion: 'Correction proposée (facultatif)',
  reportComment: 'Commentaire (facultatif)',
  reportEmail: 'Votre e-mail, pour être tenu informé (facultatif)',
  reportSend: 'Envoyer à la rédaction',
  reportDone: 'Merci ! Votre signalement a été transmis à la rédaction.',
  reportOpen: 'Signaler une erreur',
  selectionButton: 'Signaler une erreur',
  close: 'Fermer',
  // account (auth.tsx): forgotten password, suspension, session end
  forgotPassword: 'Mot de passe oublié ?',
  forgotTitle: 'Mot de passe oublié',
  forgotIntro:
    'Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  forgotSend: 'Envoyer le lien',
  forgotDone:
    'Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé. Le lien qu’il contient est valable une heure.',
  backToSignIn: 'Retour à la connexion',
  otp: 'Code de vérification (application d’authentification)',
  passwordTooShort: 'Le mot de passe doit contenir au moins 10 caractères.',
  usernameInvalid: 'Le nom d’utilisateur doit compter de 3 à 32 caractères : lettres sans accent, chiffres, _ . -',
  emailInvalid: 'L’adresse e-mail n’a pas le bon format (exemple : marie@example.fr).',
  sessionEnded: 'Vous avez été déconnecté.',
};

const en: typeof fr = {
  discussion: 'Discussion',
  promptsTitle: 'What about you? What do you think?',
  loading: 'Loading…',
  loadFailed: 'The discussion could not be loaded.',
  retry: 'Retry',
  signedInAs: 'Signed in as',
  signIn: 'Sign in',
  signUp: 'Create an account',
  signOut: 'Sign out',
  cancel: 'Cancel',
  login: 'Username or email',
  password: 'Password',
  passwordHint: 'At least 10 characters',
  username: 'Username',
  usernameHint: '3 to 32 letters, digits, _ . -',
  email: 'Email',
  displayName: 'Display name (optional)',
  signInToPost: 'Sign in or create an account to take part.',
  inactive: 'Your account cannot post at the moment.',
  messages: (n: number) => (n === 1 ? '1 message' : `${n} messages`),
  newMessages: (n: number) => (n === 1 ? '1 new message' : `${n} new messages`),
  noPosts: 'No messages yet. Be the first to react!',
  loadMore: 'Show the next messages',
  locked: 'This discussion is closed.',
  yourMessage: 'Your message',
  markdownHint: 'Markdown accepted: **bold**, *italic*, [link](https://…)',
  publish: 'Post',
  publishing: 'Posting…',
  replyingTo: (n: number, name: string) => `Replying to message #${n} by ${name}`,
  cancelReply: 'Cancel reply',
  pendingNotice: 'Thank you! Your message will appear once a moderator approves it.',
  inReplyTo: (n: number, name: string) => `In reply to #${n} (${name})`,
  edited: 'edited',
  reply: 'Reply',
  upvote: 'Upvote this message',
  downvote: 'Downvote this message',
  score: 'Score',
  flag: 'Flag',
  flagTitle: 'Flag this message',
  flagReason: 'Reason',
  flagReasons: {
    spam: 'Spam or advertising',
    abuse: 'Abuse or harassment',
    off_topic: 'Off topic',
    illegal: 'Illegal content',
    other: 'Other',
  },
  flagComment: 'Details (optional)',
  flagSend: 'Send the flag',
  flagDone: 'Thank you, the moderators have been told.',
  edit: 'Edit',
  save: 'Save',
  delete: 'Delete',
  confirmDelete: 'Delete this message?',
  confirm: 'Confirm',
  placeholder: {
    hidden: 'This message was hidden by the moderators.',
    pending: 'This message is waiting for a moderator’s approval.',
    deleted: 'This message was deleted by its author.',
    visible: '',
  },
  pendingBadge: 'Waiting for approval',
  postNumber: (n: number) => `#${n}`,
  poll: 'Poll',
  vote: 'Vote',
  changeVote: 'Change my vote',
  withdrawVote: 'Withdraw my vote',
  voters: (n: number) => (n === 1 ? '1 voter' : `${n} voters`),
  pollClosed: 'Poll closed',
  signInToVote: 'Sign in to vote.',
  resultsLater: 'Results will show after you vote or when the poll closes.',
  chooseUpTo: (n: number) => `Up to ${n} choices`,
  yourChoice: 'your choice',
  reportTitle: 'Found an error in this story? Tell us!',
  reportIntro: 'Select the wrong passage in the article, or copy it below.',
  reportQuote: 'Wrong passage (as it reads in the article)',
  reportSuggestion: 'Suggested correction (optional)',
  reportComment: 'Comment (optional)',
  reportEmail: 'Your email, to hear back (optional)',
  reportSend: 'Send to the newsroom',
  reportDone: 'Thank you! Your report was sent to the newsroom.',
  reportOpen: 'Report an error',
  selectionButton: 'Report an error',
  close: 'Close',
  forgotPassword: 'Forgot your password?',
  forgotTitle: 'Forgotten password',
  forgotIntro: 'Enter your account’s email address: we will send you a link to choose a new password.',
  forgotSend: 'Send the link',
  forgotDone: 'If an account has this address, an email is on its way. Its link works for one hour.',
  backToSignIn: 'Back to sign in',
  otp: 'Verification code (authenticator app)',
  passwordTooShort: 'The password must be at least 10 characters long.',
  usernameInvalid: 'The username must be 3 to 32 characters: letters without accents, digits, _ . -',
  emailInvalid: 'The email address is not in the right form (example: marie@example.com).',
  sessionEnded: 'You were signed out.',
};

// ---- Reader widget: bell, reading, DSA notices, fixes of #20 (owned by the widget) ----
const moderatedFr: Record<string, string> = {
  approve: 'a été validé et publié',
  reject: 'a été refusé par la modération',
  hide: 'a été masqué par la modération',
  restore: 'a été rétabli',
};
const reportStatusFr: Record<string, string> = {
  accepted: 'il a été accepté',
  rejected: 'il n’a pas été retenu',
  fixed: 'l’article a été corrigé',
  duplicate: 'l’erreur avait déjà été signalée',
};

const frWidget = {
  // bell
  bellTitle: 'Notifications',
  unread: (n: number): string => (n <= 1 ? 'non lue' : 'non lues'),
  newNotification: 'Nouveau :',
  noNotifications: 'Aucune notification pour l’instant.',
  markAllRead: 'Tout marquer comme lu',
  markRead: 'Marquer comme lu',
  seePost: 'Voir le message',
  someone: 'Quelqu’un',
  notifReply: (by: string, n: number) => `${by} vous a répondu (message n° ${n})`,
  notifMention: (by: string, n: number) => `${by} vous a mentionné dans le message n° ${n}`,
  notifModerated: (action: string, n: number) =>
    `Votre message n° ${n} ${moderatedFr[action] ?? 'a été examiné par la modération'}`,
  notifFlag: (outcome: string, n: number) =>
    outcome === 'agreed'
      ? `Merci : le message n° ${n} que vous avez signalé a été masqué`
      : `Le message n° ${n} que vous avez signalé a été examiné et reste publié`,
  notifReport: (title: string, status: string) =>
    `Votre signalement d’erreur sur « ${title || 'un article'} » : ${reportStatusFr[status] ?? 'il a été traité'}`,
  notifAppeal: (outcome: string): string =>
    outcome === 'reversed'
      ? 'Votre recours a été accepté : votre message est rétabli'
      : 'Votre recours a été examiné : la décision est maintenue',
  notifOther: 'Nouvelle notification',
  quoted: (text: string) => `« ${text} »`,
  // reading
  sortLabel: 'Ordre des messages',
  sortOldest: 'Plus anciens',
  sortNewest: 'Plus récents',
  featuredTitle: 'Choix de la rédaction',
  featuredBadge: 'Choix de la rédaction',
  badges: { journalist: 'Journaliste', staff: 'Équipe' } as Record<string, string>,
  replies: (n: number) => (n === 1 ? '1 réponse' : `${n} réponses`),
  hideReplies: 'Masquer les réponses',
  myPosts: 'Mes commentaires',
  myPostsTitle: 'Mes commentaires',
  noMyPosts: 'Vous n’avez encore publié aucun commentaire visible.',
  onArticle: (title: string) => `Sur « ${title} »`,
  searchLabel: 'Rechercher dans la discussion',
  searchButton: 'Rechercher',
  searchResults: (n: number) => (n === 0 ? 'Aucun résultat.' : n === 1 ? '1 résultat' : `${n} résultats`),
  searchClear: 'Effacer la recherche',
  theArticle: 'Dans l’article',
  percent: (n: number) => `${n} %`,
  voteUp: 'Approuver',
  voteDown: 'Désapprouver',
  charCount: (n: number, max: number) => `${n.toLocaleString('fr-FR')} / ${max.toLocaleString('fr-FR')} caractères`,
  tooLong: (n: number, max: number) =>
    `Votre message fait ${n.toLocaleString('fr-FR')} caractères : la limite est de ${max.toLocaleString('fr-FR')}. Raccourcissez-le avant de publier.`,
  blankPost: 'Votre message est vide : écrivez quelques mots avant de publier.',
  // DSA notice (EU Digital Services Act, art. 16)
  more: 'Plus d’actions',
  dsaOpen: 'Signaler un contenu illicite',
  dsaTitle: 'Signaler un contenu illicite',
  dsaIntro:
    'Ce formulaire sert à signaler un contenu que vous estimez illégal (règlement européen sur les services numériques, art. 16). Pour un simple désaccord, utilisez « Signaler ».',
  dsaLegalGround: 'Loi ou règle enfreinte',
  dsaLegalGroundHint:
    'Le motif juridique : la loi ou la règle que ce contenu enfreint selon vous. Par exemple : diffamation (loi du 29 juillet 1881, art. 29), provocation à la haine, atteinte à la vie privée. Si vous ne connaissez pas l’article exact, nommez simplement l’infraction.',
  dsaExplanation: 'Pourquoi ce contenu est-il illicite ?',
  dsaExplanationHint:
    'Expliquez précisément en quoi ce message enfreint la loi : quel passage, pourquoi, qui est visé. Le règlement demande une explication étayée, qui permette à un modérateur de constater l’illégalité sans enquête : un signalement vague ne peut souvent pas être suivi d’effet.',
  dsaName: 'Votre nom (facultatif)',
  dsaNameHint:
    'Le règlement demande le nom et l’adresse e-mail de l’auteur d’un signalement, sauf pour un contenu d’abus sexuels sur enfants, que vous pouvez signaler sans donner votre nom. Seule l’équipe de modération voit votre nom et votre adresse.',
  dsaEmail: 'Votre e-mail (obligatoire, pour l’accusé de réception et la décision)',
  dsaEmailHint:
    'Nous y envoyons l’accusé de réception, puis la décision prise. Votre adresse est demandée dans tous les cas, y compris pour un contenu d’abus sexuels sur enfants, pour pouvoir vous répondre.',
  dsaGoodFaith: 'Je déclare de bonne foi que les informations de ce signalement sont exactes et complètes.',
  dsaGoodFaithHint:
    'Cette déclaration est exigée par le règlement : vous confirmez croire sincèrement que le contenu est illicite et que ce que vous en dites est exact et complet. Sans elle, le signalement ne peut pas être envoyé.',
  dsaSend: 'Envoyer le signalement',
  dsaDone: 'Merci. Votre signalement a été enregistré ; un accusé de réception vous a été envoyé par e-mail.',
  required: 'obligatoire',
  // e-mail verification
  resendVerification: 'Renvoyer le lien de vérification',
  resendingVerification: 'Envoi du lien…',
  verificationSent: (email: string | null) =>
    `Un nouveau lien vient d’être envoyé à ${email ?? 'votre adresse e-mail'}. Il est valable 48 heures ; pensez à regarder dans les indésirables.`,
  alreadyVerified: 'Votre adresse e-mail est déjà confirmée : vous pouvez publier.',
};

const enWidget: typeof frWidget = {
  bellTitle: 'Notifications',
  unread: () => 'unread',
  newNotification: 'New:',
  noNotifications: 'No notifications yet.',
  markAllRead: 'Mark all as read',
  markRead: 'Mark as read',
  seePost: 'See the message',
  someone: 'Someone',
  notifReply: (by: string, n: number) => `${by} replied to you (message #${n})`,
  notifMention: (by: string, n: number) => `${by} mentioned you in message #${n}`,
  notifModerated: (action: string, n: number) =>
    `Your message #${n} ${
      (
        { approve: 'was approved', reject: 'was rejected', hide: 'was hidden', restore: 'was restored' } as Record<
          string,
          string
        >
      )[action] ?? 'was reviewed'
    }`,
  notifFlag: (outcome: string, n: number) =>
    outcome === 'agreed'
      ? `Thank you: message #${n} you flagged was hidden`
      : `Message #${n} you flagged was reviewed and stays`,
  notifReport: (title: string, status: string) =>
    `Your error report on “${title || 'an article'}”: ${status || 'handled'}`,
  notifAppeal: (outcome: string) =>
    outcome === 'reversed'
      ? 'Your appeal was granted: your message is restored'
      : 'Your appeal was reviewed: the decision stands',
  notifOther: 'New notification',
  quoted: (text: string) => `“${text}”`,
  sortLabel: 'Order of messages',
  sortOldest: 'Oldest',
  sortNewest: 'Newest',
  featuredTitle: 'Editors’ picks',
  featuredBadge: 'Editors’ pick',
  badges: { journalist: 'Journalist', staff: 'Staff' },
  replies: (n: number) => (n === 1 ? '1 reply' : `${n} replies`),
  hideReplies: 'Hide replies',
  myPosts: 'My comments',
  myPostsTitle: 'My comments',
  noMyPosts: 'You have not posted any visible comment yet.',
  onArticle: (title: string) => `On “${title}”`,
  searchLabel: 'Search this discussion',
  searchButton: 'Search',
  searchResults: (n: number) => (n === 0 ? 'No results.' : n === 1 ? '1 result' : `${n} results`),
  searchClear: 'Clear the search',
  theArticle: 'In the article',
  percent: (n: number) => `${n}%`,
  voteUp: 'Upvote',
  voteDown: 'Downvote',
  charCount: (n: number, max: number) => `${n.toLocaleString('en-GB')} / ${max.toLocaleString('en-GB')} characters`,
  tooLong: (n: number, max: number) =>
    `Your message is ${n.toLocaleString('en-GB')} characters long: the limit is ${max.toLocaleString('en-GB')}. Shorten it before posting.`,
  blankPost: 'Your message is empty: write a few words before posting.',
  more: 'More actions',
  dsaOpen: 'Report illegal content',
  dsaTitle: 'Report illegal content',
  dsaIntro:
    'This form reports content you believe is illegal (EU Digital Services Act, art. 16). For a mere disagreement, use “Flag”.',
  dsaLegalGround: 'Law or rule broken',
  dsaLegalGroundHint:
    'The legal ground: the law or rule you believe this content breaks. For instance: defamation, incitement to hatred, invasion of privacy. If you do not know the exact article, just name the offence.',
  dsaExplanation: 'Why is this content illegal?',
  dsaExplanationHint:
    'Explain precisely how this message breaks the law: which passage, why, who is targeted. The regulation asks for a substantiated explanation that lets a moderator see the illegality without an investigation: a vague notice often cannot be acted upon.',
  dsaName: 'Your name (optional)',
  dsaNameHint:
    'The regulation asks for the name and e-mail address of whoever sends a notice, except for child sexual abuse material, which you may report without giving your name. Only the moderation team sees your name and address.',
  dsaEmail: 'Your email (required, for the acknowledgement and the decision)',
  dsaEmailHint:
    'We send the acknowledgement there, then the decision taken. It is needed in every case, child sexual abuse material included, so that we can answer you.',
  dsaGoodFaith: 'I declare in good faith that the information in this notice is accurate and complete.',
  dsaGoodFaithHint:
    'The regulation requires this statement: you confirm that you sincerely believe the content is illegal and that what you say about it is accurate and complete. Without it, the notice cannot be sent.',
  dsaSend: 'Send the notice',
  dsaDone: 'Thank you. Your notice was recorded; an acknowledgement was sent to your email.',
  required: 'required',
  resendVerification: 'Send the verification link again',
  resendingVerification: 'Sending the link…',
  verificationSent: (email: string | null) =>
    `A new link was just sent to ${email ?? 'your e-mail address'}. It works for 48 hours; check your spam folder too.`,
  alreadyVerified: 'Your e-mail address is already confirmed: you can post.',
};

/**
 * French typography in the widget's own texts: a narrow no-break space (U+202F)
 * before ? ! ; and %, a no-break space (U+00A0) before : and inside « », and after n°.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([?!;%])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/n° /g, 'n°\u00a0');
}

function typeset<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => typeset(call(...args))) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, typeset(entry)])) as T;
  }
  return value;
}

type Messages = typeof fr & typeof frWidget;
export type { Messages };
export const messages: { fr: Messages; en: Messages } = {
  fr: typeset({ ...fr, ...frWidget }),
  en: { ...en, ...enWidget },
};
