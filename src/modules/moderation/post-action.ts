import type { Actor, Role } from '../../common/auth/decorators.js';
import { conflict } from '../../common/errors/problem.js';
import type { FlagOutcome } from '../discussions/entities/post-flag.entity.js';
import type { PostStatus } from '../discussions/entities/post.entity.js';
import type { ModerationKind, ModerationReasons } from './entities/moderation-item.entity.js';
import { ensureCanModeratePostBy, isClaimedByAnother } from './moderation.policy.js';

export type PostAction = 'approve' | 'reject' | 'hide' | 'restore';

/** The post under its row lock. */
export interface LockedPost {
  id: string;
  status: PostStatus;
  thread_id: string;
  number: number;
  author_id: string | null;
  flag_count: number;
  moderation_reason: string | null;
}

/** The post's open queue item, if any, under its row lock. */
export interface OpenItem {
  id: string;
  kind: ModerationKind;
  reasons: ModerationReasons;
  created_at: Date;
  claimed_by_id: string | null;
  claimed_at: Date | null;
  claimed_by_username: string | null;
}

/** What the decision step reads: the post, its author's rank and its open item. */
export interface PostActionState {
  post: LockedPost;
  author: { id: string; role: Role } | null;
  item: OpenItem | null;
}

/** What an action does to a post in a given state; null when it does not apply (409). */
export interface Transition {
  status: PostStatus;
  flagOutcome: Exclude<FlagOutcome, 'pending'>;
  resetFlags: boolean;
  resolution: string;
  moderationReason: string | null;
}

/** The decision: the transition, the post's flag count after it, and whether it publishes the post. */
export interface PostActionDecision {
  transition: Transition;
  flagCount: number;
  /** An approved pending post goes out now (reply and mention news, a live post.created). */
  published: boolean;
}

export const PAST_TENSE: Record<PostAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  hide: 'hidden',
  restore: 'restored',
};

const dismissing = (status: PostStatus, resolution: string, moderationReason: string | null): Transition => ({
  status,
  flagOutcome: 'dismissed',
  resetFlags: true,
  resolution,
  moderationReason,
});

/** An open item of flags or DSA notices: on a hidden post, the review of an automatic hide. */
const underReview = (item: Pick<OpenItem, 'kind'> | null) => item?.kind === 'flagged' || item?.kind === 'dsa_notice';

export function transitionFor(
  action: PostAction,
  post: Pick<LockedPost, 'status' | 'moderation_reason'>,
  item: Pick<OpenItem, 'kind'> | null,
  reason: string | null,
): Transition | null {
  switch (action) {
    case 'approve':
      if (post.status === 'pending') return dismissing('visible', 'approved', null);
      // Flags, or notices of illegal content (DSA), found unfounded: the post stays or comes back.
      if (item?.kind === 'flagged' || item?.kind === 'dsa_notice') {
        return post.status === 'hidden'
          ? dismissing('visible', 'dismissed', null)
          : dismissing(post.status, 'dismissed', post.moderation_reason);
      }
      return null;
    case 'reject':
      return post.status === 'pending'
        ? {
            status: 'hidden',
            flagOutcome: 'agreed',
            resetFlags: false,
            resolution: 'rejected',
            moderationReason: reason,
          }
        : null;
    case 'hide':
      // A post hidden by the flag threshold (its flags or notices still open) is hidden again by a moderator
      // who confirms the automatic hide: the item is resolved, the flags agreed, the post stays hidden.
      return post.status === 'visible' || post.status === 'pending' || (post.status === 'hidden' && underReview(item))
        ? { status: 'hidden', flagOutcome: 'agreed', resetFlags: false, resolution: 'hidden', moderationReason: reason }
        : null;
    case 'restore':
      return post.status === 'hidden' ? dismissing('visible', 'restored', null) : null;
  }
}

/**
 * Decides a moderator's action on a post (pure: throws the 403/409 problems).
 * Rank first (moderators never act on staff posts, nobody on their own), then
 * another moderator's live claim, then whether the action applies to the state.
 */
export function decidePostAction(
  actor: Pick<Actor, 'id' | 'role'>,
  action: PostAction,
  reason: string | null,
  state: PostActionState,
  now: Date = new Date(),
): PostActionDecision {
  const { post, author, item } = state;
  ensureCanModeratePostBy(actor, author);
  if (
    item &&
    isClaimedByAnother(
      actor,
      { claimedById: item.claimed_by_id, claimedAt: item.claimed_at && new Date(item.claimed_at) },
      now,
    )
  ) {
    throw conflict('moderation.item_claimed', { username: item.claimed_by_username ?? '?' });
  }
  const transition = transitionFor(action, post, item, reason);
  if (!transition) throw conflict('moderation.invalid_transition', { status: post.status, action: PAST_TENSE[action] });
  return {
    transition,
    flagCount: transition.resetFlags ? 0 : post.flag_count,
    published: post.status === 'pending' && transition.status === 'visible',
  };
}
