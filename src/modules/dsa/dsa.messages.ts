import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'dsa.good_faith_required': {
    en: 'Confirm that the information in this notice is accurate and complete, to the best of your knowledge (goodFaith: true).',
    fr: 'Confirmez que les informations de ce signalement sont exactes et complètes à votre connaissance (goodFaith : true).',
  },
  'dsa.post_not_found': {
    en: 'There is no such post.',
    fr: "Ce message n'existe pas.",
  },
  'dsa.appeal_too_late': {
    en: 'An appeal must be made within six months of the decision (decided on {date}).',
    fr: 'Un recours doit être formé dans les six mois suivant la décision (prise le {date}).',
  },
  'dsa.appeal_exists': {
    en: 'This decision has already been appealed; each decision can be appealed once.',
    fr: 'Cette décision a déjà fait l’objet d’un recours ; chaque décision ne peut être contestée qu’une fois.',
  },
  'dsa.appeal_decided': {
    en: 'This appeal has already been decided.',
    fr: 'Ce recours a déjà été tranché.',
  },
  'dsa.appeal_same_moderator': {
    en: 'An appeal must be decided by someone other than the moderator who took the decision.',
    fr: 'Un recours doit être tranché par une autre personne que le modérateur qui a pris la décision.',
  },
  'dsa.invalid_period': {
    en: '"from" must be a date (YYYY-MM-DD) no later than "to".',
    fr: '« from » doit être une date (AAAA-MM-JJ) antérieure ou égale à « to ».',
  },
});
