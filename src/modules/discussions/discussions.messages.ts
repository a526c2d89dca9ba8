import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'discussions.thread_locked': {
    en: 'This thread is locked: no new posts or edits.',
    fr: 'Cette discussion est verrouillée : plus de nouvelles contributions ni de modifications.',
  },
  'discussions.reply_to_other_thread': {
    en: 'replyTo must be a post of the same thread.',
    fr: 'replyTo doit désigner une contribution de la même discussion.',
  },
  'discussions.reply_not_found': {
    en: 'replyTo: no such post.',
    fr: 'replyTo : cette contribution est introuvable.',
  },
  'discussions.body_empty': { en: 'The post is empty.', fr: 'La contribution est vide.' },
  'discussions.not_author': {
    en: 'Only the author or a moderator may do this.',
    fr: "Seul l'auteur ou un modérateur peut faire cela.",
  },
  'discussions.only_author_deletes': {
    en: 'Only its author may delete a post.',
    fr: 'Seul son auteur peut supprimer une contribution.',
  },
  'discussions.edit_window_passed': {
    en: 'Posts can only be edited within {minutes} minutes of being written.',
    fr: 'Une contribution ne peut être modifiée que dans les {minutes} minutes qui suivent sa publication.',
  },
  'discussions.post_deleted': { en: 'This post was deleted.', fr: 'Cette contribution a été supprimée.' },
  'discussions.own_post_vote': {
    en: 'You cannot vote on your own post.',
    fr: 'Vous ne pouvez pas voter pour votre propre contribution.',
  },
  'discussions.post_not_votable': {
    en: 'Only visible posts can be voted on.',
    fr: 'Seules les contributions visibles peuvent recevoir des votes.',
  },
  'discussions.revisions_forbidden': {
    en: "Only the post's author and moderators may read its revisions.",
    fr: "Seuls l'auteur de la contribution et les modérateurs peuvent en lire les versions.",
  },
  'discussions.after_with_top': {
    en: '`after` only applies to post-number order, not to sort=top or sort=newest.',
    fr: "`after` ne s'applique qu'à l'ordre des numéros, pas à sort=top ni sort=newest.",
  },
  'discussions.feature_not_visible': {
    en: 'Only a visible post can be featured.',
    fr: 'Seul un commentaire visible peut être mis en avant.',
  },
  'discussions.user_not_found': { en: 'No such user.', fr: 'Cet utilisateur est introuvable.' },
  'discussions.email_unverified': {
    en: 'Confirm your e-mail address (the link we mailed you) before posting.',
    fr: 'Confirmez votre adresse e-mail (le lien que nous vous avons envoyé) avant de publier.',
  },
});
