import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';

/**
 * The post-creation (and edit) pipeline, in the spirit of Coral's phases.
 * DiscussionsModule runs its own checks (thread locked, account status,
 * length), then every registered PostCheck in order. A check may throw (e.g.
 * 422 for a blocked watched word) or mark the verdict: hold the post for
 * approval (`status = 'pending'`, answered with 202) or queue it for review
 * while publishing it. After the post row is written, in the same transaction,
 * every check's `afterStore` runs (the moderation module opens queue items there).
 */
/**
 * Why a post should be reviewed: flag counts by reason, watched words matched,
 * a new account's post, whether it was auto-hidden. The pipeline's vocabulary;
 * the moderation queue stores it as an item's `reasons`.
 */
export interface QueueReasons {
  flags?: Partial<Record<string, number>>;
  watchedWords?: string[];
  newAccount?: boolean;
  autoHidden?: boolean;
  errorReport?: boolean;
  /** Open notices of illegal content (DSA art. 16) about the post, and the legal grounds they cite. */
  dsaNotices?: number;
  legalGrounds?: string[];
  /** Held because a moderator put the author under pre-moderation, or because the post has links. */
  userPremoderation?: boolean;
  links?: number;
  /** The spam/abuse scorer's verdict: each signal's weight, their sum and the threshold it reached. */
  score?: { total: number; threshold: number; signals: Array<{ signal: string; weight: number }>; automated: true };
  /** The author's appeal against a decision (DSA art. 20). */
  appeal?: { id: string; decisionId: string; decidedById: string | null; explanation: string };
}

export interface PostDraft {
  actor: Actor;
  threadId: string;
  body: string;
  /** Set on edits. */
  postId?: string;
  isEdit: boolean;
}

export interface PostVerdict {
  status: 'visible' | 'pending';
  /** Non-null when the post should appear in the moderation queue. */
  queue: { kind: 'pending' | 'flagged'; reasons: QueueReasons } | null;
}

export interface StoredPost {
  id: string;
  threadId: string;
  number: number;
  authorId: string;
  status: 'visible' | 'pending';
}

export interface PostCheck {
  /**
   * Reads only. `manager` is the edit's transaction, or for a new post the plain
   * data source (the write that follows is one statement, or a transaction of its own).
   */
  check(draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void>;
  afterStore?(post: StoredPost, draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void>;
  /** After its author soft-deleted a post, in the same transaction; `previousStatus` is its status before. */
  afterDelete?(post: DeletedPost, actor: Actor, manager: EntityManager): Promise<void>;
}

export interface DeletedPost {
  id: string;
  threadId: string;
  previousStatus: 'visible' | 'pending' | 'hidden';
}

/**
 * Other modules add checks by calling `PostPipeline.register(check)` (exported by
 * DiscussionsModule) from their `onModuleInit`; checks run in registration order.
 */
export interface PostCheckRegistry {
  register(check: PostCheck): void;
}
