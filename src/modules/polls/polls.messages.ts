import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'polls.closed': { en: 'This poll is closed.', fr: 'Ce sondage est clos.' },
  'polls.vote_final': {
    en: 'You already voted and this poll does not allow changing a vote.',
    fr: 'Vous avez déjà voté et ce sondage ne permet pas de modifier un vote.',
  },
  'polls.withdraw_not_allowed': {
    en: 'This poll does not allow withdrawing a vote.',
    fr: 'Ce sondage ne permet pas de retirer un vote.',
  },
  'polls.option_not_in_poll': {
    en: 'One of the chosen options does not belong to this poll.',
    fr: "Une des options choisies n'appartient pas à ce sondage.",
  },
  'polls.single_needs_one': {
    en: '{field} must hold exactly one option in a single-choice poll.',
    fr: '{field} doit contenir exactement une option dans un sondage à choix unique.',
  },
  'polls.too_many_choices': {
    en: '{field} may hold at most {max} options in this poll.',
    fr: '{field} peut contenir au plus {max} options dans ce sondage.',
  },
  'polls.max_choices_range': {
    en: '{field} must be between 2 and {max} (the number of options) in a multiple-choice poll.',
    fr: "{field} doit être compris entre 2 et {max} (le nombre d'options) dans un sondage à choix multiples.",
  },
  'polls.max_choices_single': {
    en: '{field} must be 1 or absent in a single-choice poll.',
    fr: '{field} doit valoir 1 ou être absent dans un sondage à choix unique.',
  },
  'polls.closes_at_past': {
    en: '{field} must be in the future.',
    fr: '{field} doit être dans le futur.',
  },
  'polls.blank_label': {
    en: '{field} must not be blank.',
    fr: '{field} ne doit pas être vide.',
  },
  'polls.duplicate_options': {
    en: '{field} must be distinct labels.',
    fr: '{field} doit contenir des libellés distincts.',
  },
});

registerMessages({
  'polls.not_found': { en: 'No such poll.', fr: 'Sondage introuvable.' },
  'polls.invalid_characters': {
    en: '{field} contains a forbidden character (NUL).',
    fr: '{field} contient un caractère interdit (NUL).',
  },
  'polls.article_not_found': { en: 'No such article.', fr: 'Article introuvable.' },
});
