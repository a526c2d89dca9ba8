import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isStaff } from '../../common/auth/decorators.js';
import { unprocessable } from '../../common/errors/problem.js';
import { SettingsService } from '../../platform/settings/settings.service.js';
import type { Actor } from '../../common/auth/decorators.js';
import type { DeletedPost, PostCheck, PostDraft, PostVerdict, StoredPost } from '../discussions/post-pipeline.types.js';
import { PostsRepository } from '../discussions/posts.repository.js';
import type { ModerationReasons } from './entities/moderation-item.entity.js';
import { ModerationQueueRepository } from './moderation-queue.repository.js';
import { WatchedWordsService } from './watched-words.service.js';

/** Adds a reason to the verdict's queue entry (a pending reason makes the whole item pending). */
export function addToQueue(verdict: PostVerdict, kind: 'pending' | 'flagged', reasons: ModerationReasons): void {
  const current = verdict.queue;
  const mergedKind = kind === 'pending' || current?.kind === 'pending' ? 'pending' : 'flagged';
  const watchedWords = [...new Set([...(current?.reasons.watchedWords ?? []), ...(reasons.watchedWords ?? [])])];
  verdict.queue = {
    kind: mergedKind,
    reasons: { ...(current?.reasons ?? {}), ...reasons, ...(watchedWords.length > 0 ? { watchedWords } : {}) },
  };
}

/**
 * The moderation phase of the post pipeline (new posts and edits):
 * watched words (block → 422 naming the word; require_approval → pending;
 * flag → published but queued), then pre-moderation of a new account's first
 * posts. `afterStore` opens or updates the queue item in the post's transaction.
 */
@Injectable()
export class ModerationPostCheck implements PostCheck {
  constructor(
    private readonly watchedWords: WatchedWordsService,
    private readonly settings: SettingsService,
  ) {}

  async check(draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void> {
    const matches = (await this.watchedWords.getMatcher(manager)).match(draft.body);
    const blocked = matches.find((match) => match.action === 'block');
    if (blocked) {
      throw unprocessable('moderation.blocked_word', { word: blocked.pattern }, [
        { field: 'body', code: 'moderation.blocked_word', params: { word: blocked.pattern } },
      ]);
    }
    const held = matches.filter((match) => match.action === 'require_approval').map((match) => match.pattern);
    const flagged = matches.filter((match) => match.action === 'flag').map((match) => match.pattern);
    if (held.length > 0) {
      verdict.status = 'pending';
      addToQueue(verdict, 'pending', { watchedWords: held });
    }
    if (flagged.length > 0) addToQueue(verdict, 'flagged', { watchedWords: flagged });

    if (!draft.isEdit && !isStaff(draft.actor)) {
      const { premoderateFirstPosts } = await this.settings.get(manager);
      if (premoderateFirstPosts > 0) {
        // Approved (published) posts, not written ones: pending posts must not open the gate.
        const published = await PostsRepository.publishedCount(manager, draft.actor.id, premoderateFirstPosts);
        if (published < premoderateFirstPosts) {
          verdict.status = 'pending';
          addToQueue(verdict, 'pending', { newAccount: true });
        }
      }
    }
  }

  /** A pending post its author deleted leaves the queue (nothing left to approve or reject). */
  async afterDelete(post: DeletedPost, actor: Actor, manager: EntityManager): Promise<void> {
    if (post.previousStatus !== 'pending') return;
    await ModerationQueueRepository.resolvePostItem(manager, post.id, 'deleted_by_author', actor.id);
  }

  async afterStore(post: StoredPost, draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void> {
    if (!verdict.queue) return;
    await ModerationQueueRepository.upsertPostItem(manager, post.id, verdict.queue.kind, verdict.queue.reasons, {
      actorId: draft.actor.id,
      action: draft.isEdit ? 'edited' : 'updated',
      data: { source: draft.isEdit ? 'edit' : 'post' },
    });
  }
}
