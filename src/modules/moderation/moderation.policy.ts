import { isStaff, type Actor, type Role } from '../../common/auth/decorators.js';
import { forbidden, notFound, unprocessable } from '../../common/errors/problem.js';

export interface PostForPolicy {
  status: 'visible' | 'pending' | 'hidden' | 'deleted';
  authorId: string | null;
}

export interface UserForPolicy {
  id: string;
  role: Role;
}

/** Staff see every post but deleted ones; an author sees their own pending post; everyone sees visible posts. */
export function canSeePost(actor: Pick<Actor, 'id' | 'role'> | null | undefined, post: PostForPolicy): boolean {
  if (post.status === 'deleted') return false;
  if (post.status === 'visible') return true;
  if (isStaff(actor as Actor | undefined)) return true;
  return post.status === 'pending' && !!actor && post.authorId === actor.id;
}

/** Flagging is for posts one can see and did not write. */
export function canFlagPost(actor: Pick<Actor, 'id' | 'role'>, post: PostForPolicy): boolean {
  return canSeePost(actor, post) && post.authorId !== actor.id;
}

/** 404 for a post the caller may not see, 422 for one's own post. */
export function ensureCanFlagPost(actor: Pick<Actor, 'id' | 'role'>, post: PostForPolicy): void {
  if (!canSeePost(actor, post)) throw notFound();
  if (post.authorId === actor.id) throw unprocessable('moderation.own_post_flag');
}

/** Moderators sanction readers and editors; admins anyone but themselves. */
export function canSanctionUser(actor: Pick<Actor, 'id' | 'role'>, target: UserForPolicy): boolean {
  if (actor.id === target.id) return false;
  if (actor.role === 'admin') return true;
  if (actor.role === 'moderator') return target.role === 'reader' || target.role === 'editor';
  return false;
}

export function ensureCanSanctionUser(actor: Pick<Actor, 'id' | 'role'>, target: UserForPolicy): void {
  if (actor.id === target.id) throw forbidden('moderation.cannot_act_on_self');
  if (!canSanctionUser(actor, target)) throw forbidden('moderation.cannot_act_on_staff');
}

/**
 * Acting on a post is acting on its author: the same rule as sanctions, so a
 * moderator cannot hide or dismiss flags on a moderator's or an admin's post,
 * and nobody moderates their own. A post of an erased author (no author) is fair game.
 */
export function ensureCanModeratePostBy(actor: Pick<Actor, 'id' | 'role'>, author: UserForPolicy | null): void {
  if (author) ensureCanSanctionUser(actor, author);
}

export const CLAIM_TTL_MS = 15 * 60_000;

/** A claim binds other moderators for 15 minutes. */
export function isClaimedByAnother(
  actor: Pick<Actor, 'id'>,
  item: { claimedById: string | null; claimedAt: Date | null },
  now = new Date(),
): boolean {
  if (!item.claimedById || !item.claimedAt || item.claimedById === actor.id) return false;
  return now.getTime() - item.claimedAt.getTime() < CLAIM_TTL_MS;
}
