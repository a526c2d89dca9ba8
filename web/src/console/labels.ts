import { L } from '../shared/staff.js';
import type { QueueItem, Reasons } from './types.js';

export const FLAG_LABELS: Record<string, string> = {
  spam: L('spam', 'spam'),
  abuse: L('injures', 'abuse'),
  off_topic: L('hors sujet', 'off topic'),
  illegal: L('illicite', 'illegal'),
  other: L('autre', 'other'),
};

export function reasonList(reasons: Reasons): string[] {
  const list: string[] = [];
  for (const [reason, count] of Object.entries(reasons.flags ?? {}))
    list.push(`${FLAG_LABELS[reason] ?? reason} × ${count}`);
  if (reasons.watchedWords?.length)
    list.push(`${L('mot surveillé', 'watched word')} : ${reasons.watchedWords.join(', ')}`);
  if (reasons.newAccount) list.push(L('nouveau compte', 'new account'));
  if (reasons.autoHidden) list.push(L('masqué automatiquement', 'auto-hidden'));
  if (reasons.errorReport) list.push(L('erreur signalée', 'error report'));
  return list;
}

export function itemTitle(item: QueueItem): string {
  if (item.subject.type === 'post') {
    const post = item.subject.post;
    const who = item.subject.author?.username ?? L('compte supprimé', 'deleted account');
    return `${post ? `n° ${post.number}` : '—'} · ${who} · ${item.subject.article?.title ?? ''}`;
  }
  return `« ${item.subject.report?.quote.slice(0, 60) ?? ''} » · ${item.subject.article?.title ?? ''}`;
}

export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
