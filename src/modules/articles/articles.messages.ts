import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'counts.articles_required': {
    en: 'Give the article slugs, comma-separated.',
    fr: 'Indiquez les slugs des articles, séparés par des virgules.',
  },
  'counts.too_many': { en: 'At most 100 articles at once.', fr: 'Au plus 100 articles à la fois.' },
  'counts.bad_slug': { en: 'One of these is not an article slug.', fr: "L'un d'eux n'est pas un slug d'article." },
  'articles.slug_taken': {
    en: 'This slug is already used by another article.',
    fr: 'Ce slug est déjà utilisé par un autre article.',
  },
  'articles.invalid_external_id': {
    en: 'The external id must be 1 to 200 letters, digits, dots, underscores, colons or hyphens.',
    fr: "L'identifiant externe doit compter 1 à 200 lettres, chiffres, points, tirets bas, deux-points ou tirets.",
  },
  'articles.slug_exhausted': {
    en: 'No free slug could be derived from this title.',
    fr: "Aucun slug libre n'a pu être tiré de ce titre.",
  },
  'articles.nothing_to_change': {
    en: 'Send at least one field to change.',
    fr: 'Envoyez au moins un champ à modifier.',
  },
});
