import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import type { PostStatus } from '../discussions/entities/post.entity.js';
import type { ModerationKind, ModerationReasons } from './entities/moderation-item.entity.js';

export type PostDecisionAction = 'approve' | 'reject' | 'hide' | 'restore';

/** A decision on a post, as the features that follow moderation see it. */
export interface PostDecision {
  /** The moderator; null when the system decided (auto-hide after flags). */
  actor: Pick<Actor, 'id' | 'role'> | null;
  action: PostDecisionAction;
  automated: boolean;
  reason: string | null;
  post: { id: string; threadId: string; number: number; authorId: string | null; from: PostStatus; to: PostStatus };
  /** The queue item the decision resolved (or updated, for an auto-hide), if any. */
  item: { id: string; kind: ModerationKind; reasons: ModerationReasons; createdAt: Date } | null;
}

export interface ModerationHook {
  /** Runs inside the decision's transaction, after the post changed and before it commits. */
  afterPostDecision(manager: EntityManager, decision: PostDecision): Promise<void>;
}

/**
 * Lets higher features follow moderation without moderation importing them
 * (the DSA module writes statements of reasons and tells notifiers), as
 * `PostPipeline.register` does for the post pipeline.
 */
@Injectable()
export class ModerationHooks {
  private readonly hooks: ModerationHook[] = [];

  register(hook: ModerationHook): void {
    this.hooks.push(hook);
  }

  async afterPostDecision(manager: EntityManager, decision: PostDecision): Promise<void> {
    for (const hook of this.hooks) await hook.afterPostDecision(manager, decision);
  }
}
