import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'moderation.already_flagged': { en: 'You already flagged this post.', fr: 'Vous avez déjà signalé ce message.' },
  'moderation.own_post_flag': {
    en: 'You cannot flag your own post.',
    fr: 'Vous ne pouvez pas signaler votre propre message.',
  },
  'moderation.blocked_word': {
    en: 'The text contains a forbidden word: "{word}".',
    fr: 'Le texte contient un mot interdit : « {word} ».',
  },
  'moderation.item_claimed': {
    en: 'Another moderator ({username}) is handling this item.',
    fr: 'Un autre modérateur ({username}) traite cet élément.',
  },
  'moderation.item_resolved': { en: 'This item is already resolved.', fr: 'Cet élément est déjà traité.' },
  'moderation.invalid_transition': {
    en: 'This post is {status}: it cannot be {action}.',
    fr: "Ce message est à l'état « {status} » : action « {action} » impossible.",
  },
  'moderation.thread_already': { en: 'The thread is already {status}.', fr: 'Le fil est déjà {status}.' },
  'moderation.cannot_act_on_staff': {
    en: 'Moderators act on readers and editors only.',
    fr: "Les modérateurs n'agissent que sur les lecteurs et les rédacteurs.",
  },
  'moderation.cannot_act_on_self': {
    en: 'You cannot sanction yourself.',
    fr: 'Vous ne pouvez pas vous sanctionner vous-même.',
  },
  'moderation.user_banned': {
    en: 'This account is banned; lift the ban instead.',
    fr: 'Ce compte est banni ; levez plutôt le bannissement.',
  },
  'moderation.not_suspended': { en: 'This account is not suspended.', fr: "Ce compte n'est pas suspendu." },
  'moderation.until_not_future': {
    en: '{field} must be a time in the future.',
    fr: '{field} doit être une date future.',
  },
  'moderation.invalid_pattern': { en: 'Invalid pattern: {reason}.', fr: 'Motif invalide : {reason}.' },
  'moderation.duplicate_word': {
    en: 'This watched word already exists.',
    fr: 'Ce mot surveillé existe déjà.',
  },
  'moderation.invalid_filter': { en: '{field} is malformed.', fr: '{field} est mal formé.' },
});
