import type { Language } from '../../common/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/mail.service.js';
import { appealDeadline, HOUSE_RULES_GROUND } from './dsa.policy.js';

/**
 * The mails of the DSA chain, in French or English. Plain text only: every
 * field that came from a reader is inserted as text, never as HTML.
 */
const lang = (locale: string): Language => (locale === 'en' ? 'en' : 'fr');

const dateIn = (date: Date, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);

const groundIn = (ground: string, language: Language) =>
  ground === HOUSE_RULES_GROUND ? (language === 'fr' ? 'la charte de participation' : 'the house rules') : ground;

export function noticeAcknowledgement(
  to: string,
  notice: { id: string; postId: string; legalGround: string },
  locale: string,
): OutgoingMail {
  const fr = lang(locale) === 'fr';
  return {
    to,
    subject: fr ? 'Nous avons reçu votre signalement' : 'We received your notice',
    text: fr
      ? `Bonjour,\n\nNous avons bien reçu votre signalement d'un contenu illicite (référence ${notice.id}) concernant le message ${notice.postId}, au motif : ${notice.legalGround}.\n\nNos modérateurs l'examinent ; nous vous informerons de la décision prise.\n`
      : `Hello,\n\nWe received your notice of illegal content (reference ${notice.id}) about post ${notice.postId}, on the ground: ${notice.legalGround}.\n\nOur moderators are reviewing it; we will tell you what we decide.\n`,
  };
}

export function noticeDecision(to: string, notice: { id: string }, actioned: boolean, locale: string): OutgoingMail {
  const fr = lang(locale) === 'fr';
  const outcome = actioned
    ? fr
      ? 'Le contenu signalé a été retiré de la vue du public.'
      : 'The content you reported has been removed from public view.'
    : fr
      ? 'Après examen, le contenu signalé reste en ligne : nous ne l’avons pas jugé illicite ni contraire à notre charte.'
      : 'After review, the content you reported stays online: we did not find it illegal or against our house rules.';
  return {
    to,
    subject: fr ? 'Décision sur votre signalement' : 'Decision on your notice',
    text: `${fr ? 'Bonjour' : 'Hello'},\n\n${outcome}\n\n${fr ? 'Référence' : 'Reference'} : ${notice.id}\n`,
  };
}

export function statementOfReasons(
  to: string,
  decision: {
    id: string;
    action: 'hide' | 'reject';
    ground: string;
    explanation: string;
    automated: boolean;
    createdAt: Date;
  },
  publicUrl: string,
  locale: string,
): OutgoingMail {
  const language = lang(locale);
  const fr = language === 'fr';
  const what = decision.action === 'hide' ? (fr ? 'masqué' : 'hidden') : fr ? 'refusé' : 'rejected';
  const how = decision.automated
    ? fr
      ? 'Cette décision a été prise de façon automatisée.'
      : 'This decision was taken by automated means.'
    : fr
      ? 'Cette décision a été prise par un modérateur.'
      : 'This decision was taken by a moderator.';
  const appealUrl = `${publicUrl.replace(/\/$/, '')}/api/decisions/${decision.id}/appeal`;
  const deadline = dateIn(appealDeadline(decision.createdAt), language);
  return {
    to,
    subject: fr ? `Votre message a été ${what} : les motifs` : `Your post was ${what}: the reasons`,
    text: fr
      ? `Bonjour,\n\nVotre message a été ${what}.\n\nFondement : ${groundIn(decision.ground, language)}\nFaits et circonstances : ${decision.explanation}\n${how}\n\nVous pouvez former un recours jusqu'au ${deadline} depuis votre espace (« Mes décisions ») ou via ${appealUrl}.\nRéférence de la décision : ${decision.id}\n`
      : `Hello,\n\nYour post was ${what}.\n\nGround: ${groundIn(decision.ground, language)}\nFacts and circumstances: ${decision.explanation}\n${how}\n\nYou may appeal until ${deadline} from your account ("My decisions") or through ${appealUrl}.\nDecision reference: ${decision.id}\n`,
  };
}

export function appealOutcome(
  to: string,
  appeal: { id: string; outcome: 'upheld' | 'reversed'; note: string },
  locale: string,
): OutgoingMail {
  const fr = lang(locale) === 'fr';
  const result =
    appeal.outcome === 'reversed'
      ? fr
        ? 'Votre recours a été accueilli : votre message est de nouveau visible.'
        : 'Your appeal was granted: your post is visible again.'
      : fr
        ? 'Votre recours a été rejeté : la décision est maintenue.'
        : 'Your appeal was dismissed: the decision stands.';
  return {
    to,
    subject: fr ? 'Décision sur votre recours' : 'Decision on your appeal',
    text: `${fr ? 'Bonjour' : 'Hello'},\n\n${result}\n${fr ? 'Motif' : 'Reason'} : ${appeal.note}\n\n${fr ? 'Référence' : 'Reference'} : ${appeal.id}\n`,
  };
}
