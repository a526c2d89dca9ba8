import { isStaff, type Actor } from '../../common/auth/decorators.js';
import { conflict, forbidden, unprocessable, type ProblemError } from '../../common/errors/problem.js';
import type { PostStatus } from './entities/post.entity.js';
import type { ThreadStatus } from './entities/thread.entity.js';

/**
 * Object-level rules for posts (Discourse's Guardian vocabulary). The same
 * functions feed the `permissions` of every Post response, so clients never
 * re-implement them.
 *
 * Visibility: every post is public at least as a placeholder (its number,
 * status and author keep their place in the thread), so "may not see the post"
 * never arises; what varies is whether the caller may read its body.
 */
export interface PostFacts {
  authorId: string | null;
  status: PostStatus;
  threadStatus: ThreadStatus;
  createdAt: Date;
}

const isActive = (actor: Actor | null | undefined): actor is Actor => !!actor && actor.status === 'active';
const isAuthor = (actor: Actor | null | undefined, post: Pick<PostFacts, 'authorId'>): boolean =>
  !!actor && post.authorId !== null && post.authorId === actor.id;

/** Body and HTML: visible posts to all; anything to staff; a pending post to its author. */
export function canReadPostBody(
  actor: Actor | null | undefined,
  post: Pick<PostFacts, 'authorId' | 'status'>,
): boolean {
  if (post.status === 'visible') return true;
  if (isStaff(actor)) return true;
  return post.status === 'pending' && isAuthor(actor, post);
}

/**
 * Why an edit is refused (a factory of the error), or null when it is allowed.
 * The error is built only when thrown: `canEditPost` runs for every post of
 * every page, and building an exception (stack trace included) per post was a
 * tenth of a thread page's CPU.
 */
function editRefusal(
  actor: Actor | null | undefined,
  post: PostFacts,
  editWindowMinutes: number,
  now: Date,
): (() => ProblemError) | null {
  if (!isActive(actor)) return () => forbidden();
  if (post.status === 'deleted') return () => conflict('discussions.post_deleted');
  if (isStaff(actor)) return null;
  if (!isAuthor(actor, post)) return () => forbidden('discussions.not_author');
  if (post.threadStatus !== 'open') return () => conflict('discussions.thread_locked');
  if (editWindowMinutes > 0 && now.getTime() - post.createdAt.getTime() > editWindowMinutes * 60_000) {
    return () => forbidden('discussions.edit_window_passed', { minutes: editWindowMinutes });
  }
  return null;
}

/** The author while the thread is open (and within the edit window, when one is set); moderators and admins always. */
export function canEditPost(
  actor: Actor | null | undefined,
  post: PostFacts,
  editWindowMinutes: number,
  now = new Date(),
): boolean {
  return editRefusal(actor, post, editWindowMinutes, now) === null;
}

export function ensureCanEditPost(
  actor: Actor | null | undefined,
  post: PostFacts,
  editWindowMinutes: number,
  now = new Date(),
): void {
  const refusal = editRefusal(actor, post, editWindowMinutes, now);
  if (refusal) throw refusal();
}

/** Only the author soft-deletes (moderators hide instead, which is audited and reversible). */
export function canDeletePost(actor: Actor | null | undefined, post: Pick<PostFacts, 'authorId' | 'status'>): boolean {
  return isActive(actor) && isAuthor(actor, post) && post.status !== 'deleted';
}

export function ensureCanDeletePost(
  actor: Actor | null | undefined,
  post: Pick<PostFacts, 'authorId' | 'status'>,
): void {
  if (!isAuthor(actor, post)) throw forbidden('discussions.only_author_deletes');
}

/** Revisions: the author and staff. Everyone else gets 403 (the post itself is public as a placeholder). */
export function canReadRevisions(actor: Actor | null | undefined, post: Pick<PostFacts, 'authorId'>): boolean {
  return isStaff(actor) || isAuthor(actor, post);
}

export function ensureCanReadRevisions(actor: Actor | null | undefined, post: Pick<PostFacts, 'authorId'>): void {
  if (!canReadRevisions(actor, post)) throw forbidden('discussions.revisions_forbidden');
}

/** Votes: never on one's own post (422), only on visible posts (409). */
export function ensureCanVote(actor: Actor, post: Pick<PostFacts, 'authorId' | 'status'>): void {
  if (isAuthor(actor, post)) throw unprocessable('discussions.own_post_vote');
  if (post.status !== 'visible') throw conflict('discussions.post_not_votable');
}
