import { L } from '../shared/staff.js';
import type { Kind, QueueItem, Reasons } from './types.js';

export const FLAG_LABELS: Record<string, string> = {
  spam: L('spam', 'spam'),
  abuse: L('injures', 'abuse'),
  off_topic: L('hors sujet', 'off topic'),
  illegal: L('illicite', 'illegal'),
  other: L('autre', 'other'),
};

export const KIND_LABELS: Record<Kind, string> = {
  flagged: L('Signalés', 'Flagged'),
  pending: L('En attente', 'Pending'),
  error_report: L('Erreurs signalées', 'Error reports'),
  dsa_notice: L('Notifications DSA', 'DSA notices'),
  appeal: L('Recours', 'Appeals'),
};

export const POST_STATUS: Record<string, string> = {
  visible: L('publié', 'published'),
  pending: L('en attente de validation', 'awaiting approval'),
  hidden: L('masqué', 'hidden'),
  deleted: L('supprimé par son auteur', 'deleted by its author'),
};

export const REPORT_STATUS: Record<string, string> = {
  open: L('à traiter', 'to handle'),
  accepted: L('accepté, correction à faire', 'accepted, to fix'),
  fixed: L('corrigé', 'fixed'),
  rejected: L('rejeté', 'rejected'),
  duplicate: L('doublon', 'duplicate'),
};

export const ROLE_LABELS: Record<string, string> = {
  reader: L('lecteur', 'reader'),
  editor: L('rédacteur', 'editor'),
  moderator: L('modérateur', 'moderator'),
  admin: L('administrateur', 'admin'),
};

export const USER_STATUS: Record<string, string> = {
  active: L('actif', 'active'),
  suspended: L('suspendu', 'suspended'),
  banned: L('banni', 'banned'),
};

/** How an item left the queue (its `resolution`). */
export const RESOLUTIONS: Record<string, string> = {
  approved: L('approuvé', 'approved'),
  rejected: L('rejeté', 'rejected'),
  hidden: L('masqué', 'hidden'),
  restored: L('rétabli', 'restored'),
  dismissed: L('signalements écartés', 'flags dismissed'),
  upheld: L('décision maintenue', 'decision upheld'),
  reversed: L('décision annulée', 'decision reversed'),
  accepted: L('accepté', 'accepted'),
  fixed: L('corrigé', 'fixed'),
  duplicate: L('doublon', 'duplicate'),
  deleted: L('supprimé par son auteur', 'deleted by its author'),
};

/** The audit log's actions, in words. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'post.approve': L('Message approuvé', 'Post approved'),
  'post.reject': L('Message rejeté', 'Post rejected'),
  'post.hide': L('Message masqué', 'Post hidden'),
  'post.restore': L('Message rétabli', 'Post restored'),
  'post.auto_hide': L('Message masqué automatiquement', 'Post hidden automatically'),
  'thread.lock': L('Discussion verrouillée', 'Thread locked'),
  'thread.unlock': L('Discussion déverrouillée', 'Thread unlocked'),
  'user.suspend': L('Compte suspendu', 'Account suspended'),
  'user.unsuspend': L('Suspension levée', 'Suspension lifted'),
  'user.ban': L('Compte banni', 'Account banned'),
  'user.unban': L('Bannissement levé', 'Ban lifted'),
  'user.premoderate': L('Pré-modération imposée', 'Pre-moderation imposed'),
  'user.unpremoderate': L('Pré-modération levée', 'Pre-moderation lifted'),
  'user.note': L('Note ajoutée', 'Note added'),
  'user.role': L('Rôle changé', 'Role changed'),
  'user.anonymize': L('Compte anonymisé', 'Account anonymized'),
  'user.self_erase': L('Compte effacé par son titulaire', 'Account erased by its owner'),
  'appeal.decide': L('Recours tranché', 'Appeal decided'),
  'watched_word.create': L('Mot surveillé ajouté', 'Watched word added'),
  'watched_word.delete': L('Mot surveillé retiré', 'Watched word removed'),
  'settings.update': L('Réglages modifiés', 'Settings changed'),
  'error_report.accepted': L('Erreur signalée acceptée', 'Error report accepted'),
  'error_report.fixed': L('Erreur signalée corrigée', 'Error report fixed'),
  'error_report.rejected': L('Erreur signalée rejetée', 'Error report rejected'),
  'error_report.duplicate': L('Erreur signalée classée en doublon', 'Error report marked duplicate'),
  'article.create': L('Article créé', 'Article created'),
  'article.update': L('Article modifié', 'Article updated'),
  'article.sync_create': L('Article importé', 'Article imported'),
  'article.sync_update': L('Article mis à jour par import', 'Article updated by import'),
  'poll.create': L('Sondage créé', 'Poll created'),
  'poll.close': L('Sondage clos', 'Poll closed'),
  'api_key.create': L('Clé d’accès créée', 'API key created'),
  'api_key.revoke': L('Clé d’accès révoquée', 'API key revoked'),
  'webhook.create': L('Webhook créé', 'Webhook created'),
  'webhook.delete': L('Webhook supprimé', 'Webhook deleted'),
};

export const TARGET_TYPES: Record<string, string> = {
  post: L('message', 'post'),
  thread: L('discussion', 'thread'),
  user: L('compte', 'account'),
  appeal: L('recours', 'appeal'),
  error_report: L('erreur signalée', 'error report'),
  watched_word: L('mot surveillé', 'watched word'),
  settings: L('réglages', 'settings'),
  article: L('article', 'article'),
  poll: L('sondage', 'poll'),
  api_key: L('clé d’accès', 'API key'),
  webhook: L('webhook', 'webhook'),
};

export const auditAction = (action: string): string => AUDIT_ACTIONS[action] ?? L('Autre action', 'Other action');

const nbsp = '\u00a0';

export function reasonList(reasons: Reasons): string[] {
  const list: string[] = [];
  for (const [reason, count] of Object.entries(reasons.flags ?? {}))
    list.push(`${FLAG_LABELS[reason] ?? L('autre', 'other')} × ${count}`);
  if (reasons.watchedWords?.length)
    list.push(`${L(`mot surveillé${nbsp}:`, 'watched word:')} ${reasons.watchedWords.join(', ')}`);
  if (reasons.newAccount) list.push(L('nouveau compte', 'new account'));
  if (reasons.autoHidden) list.push(L('masqué automatiquement', 'auto-hidden'));
  if (reasons.errorReport) list.push(L('erreur signalée', 'error report'));
  if (reasons.dsaNotices)
    list.push(
      `${reasons.dsaNotices} ${L(reasons.dsaNotices > 1 ? 'notifications DSA' : 'notification DSA', reasons.dsaNotices > 1 ? 'DSA notices' : 'DSA notice')}`,
    );
  if (reasons.userPremoderation) list.push(L('auteur sous pré-modération', 'author under pre-moderation'));
  if (reasons.links) list.push(`${L('liens', 'links')} × ${reasons.links}`);
  if (reasons.appeal) list.push(L('recours de l’auteur', 'author’s appeal'));
  return list;
}

export function itemTitle(item: QueueItem): string {
  if (item.subject.type === 'post') {
    const post = item.subject.post;
    const who = item.subject.author?.username ?? L('compte supprimé', 'deleted account');
    return `${post ? `n°${nbsp}${post.number}` : '—'} · ${who} · ${item.subject.article?.title ?? ''}`;
  }
  return `«${nbsp}${item.subject.report?.quote.slice(0, 60) ?? ''}${nbsp}» · ${item.subject.article?.title ?? ''}`;
}

export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
