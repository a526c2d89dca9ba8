import { api, L } from '../shared/staff.js';
import type { QueueItem } from './types.js';

/** What an action leaves behind: a message, and the inverse action when there is one. */
export interface Outcome {
  message: string;
  undo?: () => Promise<unknown>;
}

export interface ItemAction {
  id: string;
  label: string;
  /** The keyboard shortcut, `a` (approve) or `r` (reject or hide). */
  key?: 'a' | 'r';
  danger?: boolean;
  /** No inverse action exists: the button asks for a confirmation first. */
  confirm?: string;
  run: (reason: string) => Promise<Outcome>;
}

const UNDO_REASON = L('Décision annulée aussitôt par le modérateur', 'Decision undone at once by the moderator');
const defaultMotive = () => L('Contraire à la charte de la discussion', 'Against the discussion rules');

const postCall = (postId: string, verb: 'approve' | 'reject' | 'hide' | 'restore', reason?: string) =>
  api.request('POST', `/api/moderation/posts/${postId}/${verb}`, reason ? { reason } : {});

/** Hiding and rejecting can be undone: the post is restored (with the reason written to the log). */
const restorable = (postId: string, message: string) => ({
  message,
  undo: () => postCall(postId, 'restore', UNDO_REASON),
});

/**
 * The actions the item's state allows, and only those: a pending post is approved or
 * rejected; a flagged post that is still visible is kept or hidden, an auto-hidden one
 * restored or its hide confirmed; a post of a resolved item can be restored (hidden) or hidden (visible);
 * an error report moves along open → accepted → fixed | rejected. DSA notices and
 * appeals have their own forms (dsa-forms.tsx).
 */
export function itemActions(item: QueueItem): ItemAction[] {
  if (item.subject.type === 'error_report') return reportActions(item);
  const post = item.subject.post;
  if (!post) return [];
  if (item.status === 'resolved') {
    if (post.status === 'hidden')
      return [
        {
          id: 'restore',
          label: L('Rétablir le message', 'Restore the post'),
          run: async (reason) => {
            await postCall(post.id, 'restore', reason || L('Décision revue', 'Decision reviewed'));
            return { message: L('Message rétabli.', 'Post restored.') };
          },
        },
      ];
    if (post.status === 'visible') return [hideAction(post.id)];
    return [];
  }
  if (item.kind === 'pending' && post.status === 'pending') {
    return [
      {
        id: 'approve',
        label: L('Approuver', 'Approve'),
        key: 'a',
        run: async (reason) => {
          await postCall(post.id, 'approve', reason || undefined);
          return { message: L('Message approuvé.', 'Post approved.') };
        },
      },
      {
        id: 'reject',
        label: L('Rejeter', 'Reject'),
        key: 'r',
        danger: true,
        run: async (reason) => {
          await postCall(post.id, 'reject', reason || undefined);
          return restorable(post.id, L('Message rejeté.', 'Post rejected.'));
        },
      },
    ];
  }
  if (item.kind === 'flagged' && post.status === 'visible') {
    return [
      {
        id: 'approve',
        label: L('Conserver le message', 'Keep the post'),
        key: 'a',
        run: async (reason) => {
          await postCall(post.id, 'approve', reason || undefined);
          return {
            message: L('Signalements écartés\u202f; le message reste publié.', 'Flags dismissed; the post stays.'),
          };
        },
      },
      { ...hideAction(post.id), key: 'r' },
    ];
  }
  if (item.kind === 'flagged' && post.status === 'hidden') {
    // Hidden at once by the flag threshold: the moderator restores it, or confirms the hide (the item is resolved).
    return [
      {
        id: 'approve',
        label: L('Rétablir le message', 'Restore the post'),
        key: 'a',
        run: async (reason) => {
          await postCall(post.id, 'approve', reason || undefined);
          return { message: L('Signalements écartés\u202f; message rétabli.', 'Flags dismissed; post restored.') };
        },
      },
      {
        // Nothing to undo: the post stays as it was; the handled item can still be restored from "déjà traités".
        id: 'hide',
        label: L('Confirmer le masquage', 'Confirm the hide'),
        danger: true,
        run: async (reason) => {
          await postCall(post.id, 'hide', reason || defaultMotive());
          return {
            message: L('Masquage confirmé\u202f; le message reste masqué.', 'Hide confirmed; the post stays hidden.'),
          };
        },
      },
    ];
  }
  return [];
}

function hideAction(postId: string): ItemAction {
  return {
    id: 'hide',
    label: L('Masquer', 'Hide'),
    danger: true,
    run: async (reason) => {
      await postCall(postId, 'hide', reason || defaultMotive());
      return restorable(postId, L('Message masqué.', 'Post hidden.'));
    },
  };
}

function reportActions(item: QueueItem): ItemAction[] {
  if (item.subject.type !== 'error_report' || !item.subject.report || item.status !== 'open') return [];
  const report = item.subject.report;
  const patch =
    (status: 'accepted' | 'fixed' | 'rejected', message: string) =>
    async (reason: string): Promise<Outcome> => {
      await api.request('PATCH', `/api/error-reports/${report.id}`, { status, ...(reason ? { note: reason } : {}) });
      return { message };
    };
  const actions: ItemAction[] = [];
  if (report.status === 'open')
    actions.push({
      id: 'accept',
      label: L('Accepter', 'Accept'),
      key: 'a',
      run: patch(
        'accepted',
        L('Signalement accepté\u202f; la correction reste à faire.', 'Report accepted; to be fixed.'),
      ),
    });
  if (report.status === 'open' || report.status === 'accepted') {
    actions.push({
      id: 'fixed',
      label: L('Marquer corrigé', 'Mark fixed'),
      run: patch('fixed', L('Signalement marqué corrigé.', 'Report marked fixed.')),
    });
    actions.push({
      id: 'reject',
      label: L('Rejeter', 'Reject'),
      key: 'r',
      danger: true,
      confirm: L(
        'Rejeter ce signalement\u202f? Son auteur en sera informé\u202f; ce choix ne peut pas être annulé.',
        'Reject this report? Its author is told; this cannot be undone.',
      ),
      run: patch('rejected', L('Signalement rejeté.', 'Report rejected.')),
    });
  }
  return actions;
}

/** Whether the signed-in staff member may suspend or pre-moderate this account (the server's rank rule). */
export function canSanction(target: { id: string; role: string }): boolean {
  const me = api.user;
  if (!me || me.id === target.id) return false;
  if (me.role === 'admin') return true;
  return me.role === 'moderator' && (target.role === 'reader' || target.role === 'editor');
}

/** An appeal is decided by someone other than the moderator who took the decision (403 otherwise). */
export const isOwnDecision = (item: QueueItem): boolean =>
  item.kind === 'appeal' && !!item.reasons.appeal?.decidedById && item.reasons.appeal.decidedById === api.user?.id;
