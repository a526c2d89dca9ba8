import type { Language } from '../../common/i18n/messages.js';
import type { NotificationKind } from './entities/notification.entity.js';
import type { MailKind } from './preferences.service.js';

/** The mail kind (and preference) of a notification kind; null when that kind is never mailed. */
export function mailKindOf(kind: NotificationKind): MailKind | null {
  switch (kind) {
    case 'post.reply':
      return 'reply';
    case 'post.mention':
      return 'mention';
    case 'error_report.resolved':
      return 'reportResolved';
    case 'post.moderated':
      return 'moderation';
    default:
      return null;
  }
}

/**
 * What gathers notifications into one mail: their thread, or their error report; null
 * when this notification is not mailed. A post hidden or rejected is not: its author
 * gets the statement of reasons by mail (DSA art. 17, written in the same transaction),
 * and one decision is one mail; the notification still shows in the bell.
 */
export function mailKeyOf(kind: NotificationKind, data: Record<string, unknown>): string | null {
  if (mailKindOf(kind) === null) return null;
  if (kind === 'post.moderated' && (data.action === 'hide' || data.action === 'reject')) return null;
  if (kind === 'error_report.resolved') return typeof data.reportId === 'string' ? `report:${data.reportId}` : null;
  return typeof data.threadId === 'string' ? data.threadId : null;
}

export interface MailItem {
  kind: NotificationKind;
  data: Record<string, unknown>;
}

export interface NotificationMailInput {
  language: Language;
  displayName: string;
  /** The article the news is about, and its page. */
  article: { title: string; url: string };
  items: MailItem[];
  unsubscribeUrl: string;
  unsubscribeKind: MailKind;
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const LINES: Record<Language, Record<string, (data: Record<string, unknown>) => string>> = {
  fr: {
    'post.reply': (d) => `${text(d.by) || 'Quelqu’un'} a répondu à votre commentaire : « ${text(d.excerpt)} »`,
    'post.mention': (d) => `${text(d.by) || 'Quelqu’un'} vous a mentionné : « ${text(d.excerpt)} »`,
    'post.moderated': (d) =>
      `Votre commentaire n° ${text(d.number)} a été modéré (${text(d.action)})${d.reason ? ` : ${text(d.reason)}` : ''}.`,
    'error_report.resolved': (d) =>
      `Votre signalement d’erreur a été traité (${text(d.status)})${d.note ? ` : ${text(d.note)}` : ''}.`,
  },
  en: {
    'post.reply': (d) => `${text(d.by) || 'Someone'} replied to your comment: “${text(d.excerpt)}”`,
    'post.mention': (d) => `${text(d.by) || 'Someone'} mentioned you: “${text(d.excerpt)}”`,
    'post.moderated': (d) =>
      `Your comment #${text(d.number)} was moderated (${text(d.action)})${d.reason ? `: ${text(d.reason)}` : ''}.`,
    'error_report.resolved': (d) =>
      `Your error report was handled (${text(d.status)})${d.note ? `: ${text(d.note)}` : ''}.`,
  },
};

const KIND_NAMES: Record<Language, Record<MailKind, string>> = {
  fr: {
    reply: 'les réponses',
    mention: 'les mentions',
    reportResolved: 'le suivi de vos signalements',
    moderation: 'les décisions de modération',
  },
  en: {
    reply: 'replies',
    mention: 'mentions',
    reportResolved: 'error report outcomes',
    moderation: 'moderation decisions',
  },
};

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The mail gathering a recipient's news about one article: subject, plain text
 * and HTML (every interpolated value escaped), in French or English.
 */
export function renderNotificationMail(input: NotificationMailInput): { subject: string; text: string; html: string } {
  const fr = input.language === 'fr';
  const lines = input.items.map((item) => LINES[input.language][item.kind]?.(item.data) ?? item.kind);
  const subject = fr ? `Du nouveau sur « ${input.article.title} »` : `News on “${input.article.title}”`;
  const hello = fr ? `Bonjour ${input.displayName},` : `Hello ${input.displayName},`;
  const see = fr ? 'Voir la discussion :' : 'See the discussion:';
  const stop = fr
    ? `Pour ne plus recevoir de mail pour ${KIND_NAMES.fr[input.unsubscribeKind]} :`
    : `To stop mail about ${KIND_NAMES.en[input.unsubscribeKind]}:`;
  const plain = [
    hello,
    '',
    ...lines.map((line) => `- ${line}`),
    '',
    `${see} ${input.article.url}`,
    '',
    `${stop} ${input.unsubscribeUrl}`,
  ];
  const html = [
    `<!doctype html><html lang="${input.language}"><body>`,
    `<p>${escapeHtml(hello)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(input.article.url)}">${escapeHtml(see.replace(/ ?:$/, ''))}</a></p>`,
    `<p style="font-size:small">${escapeHtml(stop)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(input.unsubscribeUrl)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: plain.join('\n'), html };
}
