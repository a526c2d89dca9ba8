import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'error_report.quote_not_found': {
    en: 'This passage does not appear in the article; copy the exact words you think are wrong.',
    fr: "Ce passage ne figure pas dans l'article ; copiez les mots exacts que vous pensez erronés.",
  },
  'error_report.duplicate': {
    en: 'You already reported this passage of this article today.',
    fr: "Vous avez déjà signalé ce passage de cet article aujourd'hui.",
  },
  'error_report.illegal_transition': {
    en: 'A report in status {from} cannot become {to}.',
    fr: 'Un signalement au statut {from} ne peut pas passer au statut {to}.',
  },
  'error_report.duplicate_of_required': {
    en: 'Name the report this one duplicates (another report on the same article).',
    fr: 'Indiquez le signalement dont celui-ci est le doublon (un autre signalement du même article).',
  },
  'error_report.duplicate_of_invalid': {
    en: 'The report named as the original must be another report on the same article.',
    fr: 'Le signalement désigné comme original doit être un autre signalement du même article.',
  },
  'error_report.duplicate_of_only_for_duplicate': {
    en: 'duplicateOfId only goes with the status "duplicate".',
    fr: "duplicateOfId ne s'emploie qu'avec le statut « duplicate ».",
  },
  'error_report.correction_only_when_fixed': {
    en: 'correctionNote only goes with the status "fixed".',
    fr: "correctionNote ne s'emploie qu'avec le statut « fixed ».",
  },
});
