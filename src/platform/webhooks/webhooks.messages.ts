import { registerMessages } from '../../common/i18n/messages.js';

registerMessages({
  'webhooks.url_invalid': { en: 'This is not a URL.', fr: "Ce n'est pas une URL." },
  'webhooks.url_scheme': {
    en: 'A webhook URL must use http or https.',
    fr: "L'URL d'un webhook doit utiliser http ou https.",
  },
  'webhooks.url_private': {
    en: 'This URL leads to a private, loopback or link-local address; webhooks only call public addresses.',
    fr: "Cette URL mène à une adresse privée, locale ou de lien local ; les webhooks n'appellent que des adresses publiques.",
  },
  'webhooks.url_unresolvable': {
    en: 'The host of this URL could not be resolved.',
    fr: "L'hôte de cette URL est introuvable.",
  },
});
