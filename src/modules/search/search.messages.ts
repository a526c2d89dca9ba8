import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'search.article_not_found': {
    en: 'No published article has the slug {slug}.',
    fr: "Aucun article publié n'a pour identifiant {slug}.",
  },
});
