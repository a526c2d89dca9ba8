import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'users.display_name_invisible_characters': {
    en: 'The display name contains invisible or control characters (zero-width, direction overrides); remove them.',
    fr: "Le nom affiché contient des caractères invisibles ou de contrôle (largeur nulle, inversion du sens d'écriture) ; retirez-les.",
  },
  'users.display_name_empty': {
    en: 'The display name must contain at least one visible character.',
    fr: 'Le nom affiché doit contenir au moins un caractère visible.',
  },
  'users.display_name_too_long': {
    en: 'The display name is at most 64 characters long.',
    fr: 'Le nom affiché compte au plus 64 caractères.',
  },
  'users.display_name_mixed_scripts': {
    en: 'The display name mixes alphabets (Latin, Cyrillic, Greek) within one word, such as a Cyrillic “а” in a Latin name: this can imitate another name. Write each word in a single alphabet.',
    fr: 'Le nom affiché mêle des alphabets (latin, cyrillique, grec) dans un même mot, par exemple un « а » cyrillique dans un nom latin : cela permet d’imiter un autre nom. Écrivez chaque mot dans un seul alphabet.',
  },
  'users.display_name_reserved': {
    en: 'This display name is reserved: it reads as the name of a staff member or of the newsroom. Choose another.',
    fr: "Ce nom affiché est réservé : il se lit comme celui d'un membre de l'équipe ou de la rédaction. Choisissez-en un autre.",
  },
});
